// `node scripts/parallel.mjs <npm script>... [--nice <npm script>...]`: runs the named npm scripts at the
// same time (npm test's suites and checks: they do not depend on each other, and each alone leaves a core
// idle for much of its run). Scripts after --nice run at a lower CPU priority (nice 10), so they take only
// the CPU the others leave: the end-to-end suites, which run real components against scaled clocks, keep
// the cores when they need them, and the checks fill the time those suites spend waiting.
// Each script's output is held back and printed in one piece when it ends, under a header with its exit
// status and duration, so the lines of two scripts never interleave. Exits 1 when any script failed, after
// all of them have ended; a script killed by a signal counts as failed.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';

const args = process.argv.slice(2);
const niceAt = args.indexOf('--nice');
const names = args.filter((arg) => arg !== '--nice');
const niced = new Set(niceAt < 0 ? [] : args.slice(niceAt + 1));
if (names.length === 0) {
  console.error('usage: node scripts/parallel.mjs <npm script>... [--nice <npm script>...]');
  process.exit(2);
}

const npm = process.env.npm_execpath;
const started = Date.now();

function run(name) {
  const begin = Date.now();
  // Through the npm that runs us (npm_execpath) when there is one, so `npm test` and `npm run` agree.
  const [command, args] = npm ? [process.execPath, [npm, 'run', name]] : ['npm', ['run', name]];
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
  });
  // The priority is inherited by everything the script starts (Jest workers, ncc, tsc).
  if (niced.has(name) && child.pid !== undefined) setPriority(child.pid, 10);
  const chunks = [];
  child.stdout.on('data', (c) => chunks.push(c));
  child.stderr.on('data', (c) => chunks.push(c));
  return new Promise((resolve) => {
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${error.message}\n`));
      resolve({ name, ok: false, status: 'could not start', output: Buffer.concat(chunks), ms: 0 });
    });
    child.on('close', (code, signal) =>
      resolve({
        name,
        ok: code === 0,
        status: signal ? `killed by ${signal}` : `exit ${code}`,
        output: Buffer.concat(chunks),
        ms: Date.now() - begin,
      }),
    );
  });
}

const pending = names.map((name) =>
  run(name).then((result) => {
    const mark = result.ok ? 'ok' : 'FAILED';
    process.stdout.write(
      `\n── npm run ${result.name}: ${mark} (${result.status}, ${(result.ms / 1000).toFixed(1)} s)\n`,
    );
    process.stdout.write(result.output);
    return result;
  }),
);
const results = await Promise.all(pending);
const failed = results.filter((r) => !r.ok).map((r) => r.name);
const total = ((Date.now() - started) / 1000).toFixed(1);
if (failed.length > 0) {
  console.error(`\n✘ ${failed.join(', ')} failed (${names.length} scripts side by side, ${total} s)`);
  process.exitCode = 1;
} else {
  console.log(`\n✔ ${names.join(', ')} passed (side by side, ${total} s)`);
}
