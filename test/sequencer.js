// The order Jest starts test files in. The journeys and the demo run whole workflows against real nginx
// and Prometheus (the journeys on scaled clocks, the demo and the canary's component suites on the wall
// clock): each takes a minute or more, mostly waiting, so they start first and the quicker suites fill
// the workers beside them. Otherwise Jest's own order: failed last time first, then
// the slowest it remembers, then the largest files (on a fresh clone it remembers nothing, and these
// suites' files are small, so they would start last and leave one worker running them alone).
//
// The demo's four cases are four files, each a run of `npm run demo` on the wall clock whose own checks
// (an SLA probe against a latency objective) a saturated machine can miss, so they are spread
// through the long suites, every `DEMO_SPACING`th, rather than started all at once.
import Sequencer from '@jest/test-sequencer';

const longRunning = [
  /\/test\/e2e\/journeys\//,
  /\/test\/e2e\/demo\//,
  /\/test\/e2e\/canary\/(nginx-prometheus|action)\.test\.ts$/,
];
const demo = /\/test\/e2e\/demo\//;
const DEMO_SPACING = 5;

export default class LongRunningFirst extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    const isLong = (test) => longRunning.some((pattern) => pattern.test(test.path));
    const demos = ordered.filter((test) => demo.test(test.path));
    const others = ordered.filter((test) => isLong(test) && !demo.test(test.path));
    const long = [];
    while (demos.length > 0 || others.length > 0) {
      if (demos.length > 0) long.push(demos.shift());
      long.push(...others.splice(0, DEMO_SPACING - 1));
    }
    return [...long, ...ordered.filter((test) => !isLong(test))];
  }
}
