// `npm run demo`: a complete governed deployment on this machine, with no GitHub account (see README):
// the GitHub API emulator, a sample service behind a local router, and the bundled actions run in the
// order deploy.yml runs them. Output goes to demo-output/ (or SHIPGATE_DEMO_OUTPUT).
import path from 'node:path';
import { bundleDirs, runDemo } from '../demo/main.js';
import { signalBundles } from '../demo/processes.js';
import { repoRoot } from '../test/harness/runner.js';

const outputDir = path.resolve(process.env.SHIPGATE_DEMO_OUTPUT ?? path.join(repoRoot, 'demo-output'));
const controller = new AbortController();
let firstSignalAt = 0;

// A Ctrl-C in a terminal reaches every process of the group: signals within two seconds of the first are
// the same interrupt. A later one (pressed again) kills the running step. The demo runs as
// `node --import tsx`, one process: the tsx command relays a signal to its child and, when the child
// has not confirmed it within 30 ms (a busy machine), kills it outright, leaving nginx and Prometheus
// running and printing nothing.
const onSignal = (signal: NodeJS.Signals) => {
  if (firstSignalAt === 0) {
    firstSignalAt = Date.now();
    console.log(`\n${signal}: cancelling the running step (as the runner does), then stopping everything…`);
    controller.abort(new Error(`${signal} received`));
    signalBundles(bundleDirs(), 'SIGTERM');
  } else if (Date.now() - firstSignalAt > 2000) {
    console.log(`\n${signal} again: killing the running step`);
    signalBundles(bundleDirs(), 'SIGKILL');
  }
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const code = await runDemo({ outputDir, print: (line) => console.log(line), signal: controller.signal });
process.exitCode = code;
