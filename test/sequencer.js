// The order Jest starts test files in. The journeys and the demo run whole workflows against real nginx
// and Prometheus (the journeys on scaled clocks, the demo and the canary's component suites on the wall
// clock): each takes a minute or more, mostly waiting, so they start first and the quicker suites fill
// the workers beside them. Otherwise Jest's own order: failed last time first, then
// the slowest it remembers, then the largest files (on a fresh clone it remembers nothing, and these
// suites' files are small, so they would start last and leave one worker running them alone).
import Sequencer from '@jest/test-sequencer';

const longRunning = [
  /\/test\/e2e\/journeys\//,
  /\/test\/e2e\/demo\//,
  /\/test\/e2e\/canary\/(nginx-prometheus|action)\.test\.ts$/,
];

export default class LongRunningFirst extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    const isLong = (test) => longRunning.some((pattern) => pattern.test(test.path));
    return [...ordered.filter(isLong), ...ordered.filter((test) => !isLong(test))];
  }
}
