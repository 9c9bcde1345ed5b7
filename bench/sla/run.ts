// SLA benchmark: build daily rollups from one-minute samples, then produce 30-day and 365-day reports
// from rollups, and count the API requests of a 30-day report read from a data branch through the
// GitHub API emulator. Prints measured figures and ratios side by side.
//
// Scale (samples are generated on disk in a temp dir, streamed one day-file at a time):
//   default             100 services × 3 days of one-minute samples (432,000 samples, ~45 MB)
//   SLA_BENCH_FULL=1    100 services × 365 days (52.6 M samples, ~5.5 GB of sample files)
//   SLA_BENCH_SERVICES / SLA_BENCH_DAYS override either.
// The report phase always runs on 100 services × 365 days of rollups: rollups for days beyond the
// generated ones are copies (with their date changed) of generated rollups, so report cost and
// memory are measured at full history whatever the sample scale. Days a report window cuts get
// real one-minute samples (a report reads those raw), and one warm-up report writes the monthly
// rollups, as the daily report run does, before the measured ones.
//
// Reports are measured twice: in process under tsx (the figures alone: `analyse`, beside a bare tsx
// process, about 95 MB of which is tsx itself), and as users run them, the shipped bundle
// dist/sla-report/index.js under Node 24 (the whole action: figures, dashboard, reports, the
// status.json commit), timed from process start, beside a bare Node 24 process.
//   SLA_BENCH_ACTION=<folder>        an action folder (action.yml + its bundle) to run instead, e.g.
//                                    an older build, for before/after figures from one sitting
//   SLA_BENCH_BEFORE=<folder>        an action folder to measure beside the bundle, round by round in
//                                    turn (before/after rows side by side from one run)
//   SLA_BENCH_BUNDLE_ROUNDS=<n>      bundle runs per figure (default 3); each figure is the median
//                                    (on a shared machine one run moves by tens of percent)
//   SLA_BENCH_NODE_OPTIONS=<flags>   added to the bundle's NODE_OPTIONS (e.g. --cpu-prof)
import { spawnSync } from 'node:child_process';
import { createWriteStream, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DirectoryStore, type Snapshot } from '../../packages/core/src/branch-store.js';
import { startEmulator } from '../../test/harness/emulator/index.js';
import { node24, runAction } from '../../test/harness/runner.js';
import { parseSlaConfig } from '../../packages/core/src/sla/config.js';
import { ServiceHistory } from '../../packages/core/src/sla/history.js';
import { addDays, DAY_MS, rollupPath, samplesPath } from '../../packages/core/src/sla/samples.js';
import { analyse, reportSelection } from '../../actions/sla-report/src/analysis.js';
import { reportFigures } from '../report.js';
import ownPeakRssKb from '../own-peak-rss.mjs';
import { resolvePeriod } from '../../actions/sla-report/src/periods.js';

const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), '..', '..');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
/** Imported by the children's probes (see the file). */
const OWN_PEAK_RSS = pathToFileURL(path.join(root, 'bench', 'own-peak-rss.mjs')).href;
const REPORT_SERVICES = 100;
const REPORT_DAYS = 365;
const LAST_DAY = '2026-06-30';

function configText(services: number, windowDays: number): string {
  const lines = ['probe-interval: 1m', 'services:'];
  for (let i = 0; i < services; i++)
    lines.push(
      `  - name: svc-${String(i).padStart(3, '0')}`,
      '    url: http://127.0.0.1:9/',
      `    slo: {window: ${windowDays}d}`,
    );
  return lines.join('\n');
}

/** Runs one report from rollups in this (child) process and prints its time and peak memory. */
async function reportChild(dir: string, windowDays: number, write = false): Promise<void> {
  const config = await parseSlaConfig(configText(REPORT_SERVICES, windowDays), {
    input: 'config-file',
    file: 'bench',
  });
  const now = Date.parse(`${LAST_DAY}T23:59:00Z`);
  const period = 'rolling-30d' as const;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const store = new DirectoryStore({ directory: dir });
  const options = {
    now,
    period: { name: period, ...resolvePeriod(period, now) },
    minSamples: 10,
    minCoverage: 50,
    rebuild: false,
  };
  // The warm-up writes what it built (monthly rollups); measured runs only read.
  const analysis = write
    ? (
        await store.update('bench warm-up', async (snapshot) => {
          const result = await analyse(snapshot, config, options);
          return { changes: result.changes, result };
        })
      ).result
    : await analyse(await store.snapshot(), config, options);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const uptime = analysis.reports[0].slo.uptime;
  console.log(
    JSON.stringify({
      ms,
      cpuMs: (used.user + used.system) / 1000,
      maxRssKb: ownPeakRssKb(),
      services: analysis.reports.length,
      uptime,
      deferred: analysis.deferredRollups,
    }),
  );
}

/**
 * Runs the shipped sla-report bundle (`dist/sla-report/index.js`, or the action folder in
 * SLA_BENCH_ACTION, e.g. an older build) under Node 24 on the data folder, as a user's workflow does:
 * the whole run, including the dashboard, the markdown and JSON reports and the status.json commit.
 * Time and peak RSS come from the child itself (a preload prints them at exit); time is from process
 * start, so it includes loading the bundle.
 */
async function bundleReport(
  dir: string,
  windowDays: number,
  action: string,
): Promise<{ ms: number; cpuMs: number; maxRssKb: number }> {
  const ws = await fs.mkdtemp(path.join(os.tmpdir(), 'sla-bench-bundle-'));
  try {
    const preload = path.join(ws, 'measure.mjs');
    await fs.writeFile(
      preload,
      `import own from ${JSON.stringify(OWN_PEAK_RSS)};process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nSLA_BENCH '+JSON.stringify({ms:performance.now(),cpuMs:(u.userCPUTime+u.systemCPUTime)/1000,maxRssKb:own()})+'\\n')});`,
    );
    await fs.writeFile(path.join(ws, 'sla.yml'), configText(REPORT_SERVICES, windowDays));
    const now = Date.parse(`${LAST_DAY}T23:59:00Z`);
    const result = await runAction(action, {
      cwd: ws,
      inputs: {
        'github-token': 'unused',
        'config-file': path.join(ws, 'sla.yml'),
        'data-dir': dir,
        'output-dir': path.join(ws, 'out'),
        period: 'rolling-30d',
        'incident-issues': 'false',
        'burn-rate-alerts': 'false',
      },
      clock: { epochMs: Date.now(), factor: 1, startMs: now },
      env: {
        NODE_OPTIONS:
          `--import ${pathToFileURL(preload).href} ${process.env.SLA_BENCH_NODE_OPTIONS ?? ''}`.trim(),
      },
    });
    console.error(
      result.log
        .split('\n')
        .filter((l) => l.startsWith('MEM'))
        .join('\n'),
    );
    if (result.exitCode !== 0) throw new Error(`sla-report bundle failed: ${result.log.slice(-2000)}`);
    const line = /SLA_BENCH (\{.*\})/.exec(result.log);
    if (!line) throw new Error('sla-report bundle: no measurement printed');
    return JSON.parse(line[1]);
  } finally {
    await fs.rm(ws, { recursive: true, force: true });
  }
}

/** A bare Node 24 process with the same preload: what any bundle costs before it does anything. */
function bareNode24(): { ms: number; maxRssKb: number } {
  const probe = `import own from ${JSON.stringify(OWN_PEAK_RSS)};process.on('exit',()=>process.stdout.write(JSON.stringify({ms:performance.now(),maxRssKb:own()})))`;
  const result = spawnSync(node24, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
  return JSON.parse(result.stdout);
}

function child(args: string[]): {
  ms: number;
  cpuMs?: number;
  maxRssKb: number;
  uptime?: number;
  deferred?: number;
} {
  // The warm-up writes every monthly rollup and may hold more; measured runs get Node's default heap.
  const heap = args.includes('write') ? ['--max-old-space-size=4096'] : [];
  const result = spawnSync(process.execPath, [...heap, tsx, self, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (result.status !== 0) throw new Error(`child ${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!);
}

async function generate(
  dir: string,
  services: number,
  days: number,
): Promise<{ samples: number; bytes: number }> {
  let samples = 0;
  let bytes = 0;
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let s = 0; s < services; s++) {
    const name = `svc-${String(s).padStart(3, '0')}`;
    await fs.mkdir(path.join(dir, 'samples', name), { recursive: true });
    for (let d = days - 1; d >= 0; d--) {
      const day = addDays(LAST_DAY, -d);
      const start = Date.parse(`${day}T00:00:00Z`);
      const out = createWriteStream(path.join(dir, samplesPath(name, day)));
      let chunk = '';
      for (let m = 0; m < 1440; m++) {
        const r = random();
        const t = new Date(start + m * 60_000 + Math.floor(random() * 3000)).toISOString();
        const line =
          r < 0.0005
            ? `{"t":"${t}","status":"down","attempts":3,"errors":3,"reason":"HTTP 503, expected 200","run":"${s}/${m}"}\n`
            : `{"t":"${t}","status":"${r < 0.01 ? 'degraded' : 'ok'}","code":200,"ms":${(r < 0.01 ? 250 : 20 + 60 * random()).toFixed(1)},"attempts":1,"errors":0,"run":"${s}/${m}"}\n`;
        chunk += line;
        samples++;
      }
      bytes += Buffer.byteLength(chunk);
      await new Promise<void>((resolve, reject) => out.end(chunk, () => resolve()).on('error', reject));
    }
  }
  return { samples, bytes };
}

/** Reads every samples file (its bytes, as the build does) and counts its lines: the floor for any build. */
async function bareRead(dir: string): Promise<{ ms: number; bytes: number; lines: number }> {
  const started = performance.now();
  let bytes = 0;
  let lines = 0;
  for (const service of await fs.readdir(path.join(dir, 'samples'))) {
    for (const file of await fs.readdir(path.join(dir, 'samples', service))) {
      const data = await fs.readFile(path.join(dir, 'samples', service, file));
      bytes += data.length;
      for (let i = data.indexOf(10); i >= 0; i = data.indexOf(10, i + 1)) lines++;
    }
  }
  return { ms: performance.now() - started, bytes, lines };
}

/** Builds every service's daily and monthly rollups from the snapshot (what a report run does first). */
async function computeRollups(
  snapshot: Snapshot,
  services: number,
  days: number,
): Promise<{ ms: number; rollups: number; changes: Record<string, string> }> {
  // "now" is just after the last day, so every generated day is complete and gets a rollup.
  const now = Date.parse(`${addDays(LAST_DAY, 1)}T00:01:00Z`);
  const started = performance.now();
  const changes: Record<string, string> = {};
  let rollups = 0;
  for (let s = 0; s < services; s++) {
    const name = `svc-${String(s).padStart(3, '0')}`;
    const history = await new ServiceHistory(snapshot, name, 60_000, now).init();
    rollups += await history.buildRollups(addDays(LAST_DAY, -days), { recentDays: 0, rebuild: true });
    Object.assign(changes, history.changes);
  }
  return { ms: performance.now() - started, rollups, changes };
}

/**
 * Builds every service's rollups in one store update, as a report run does (one commit per run),
 * and times the building apart from the writing of the files (a directory store's file system work).
 */
async function buildRollups(
  dir: string,
  services: number,
  days: number,
): Promise<{ ms: number; computeMs: number; rollups: number; files: number }> {
  const store = new DirectoryStore({ directory: dir });
  const started = performance.now();
  let computeMs = 0;
  const result = await store.update('rollups', async (snapshot) => {
    const built = await computeRollups(snapshot, services, days);
    computeMs = built.ms;
    return {
      changes: built.changes,
      result: { rollups: built.rollups, files: Object.keys(built.changes).length },
    };
  });
  return { ms: performance.now() - started, computeMs, ...result.result };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Fills 100 services × 365 days of rollups by copying generated ones (date changed). */
async function fillRollups(dir: string, services: number, days: number): Promise<void> {
  const edges = await edgeDays();
  for (let s = 0; s < REPORT_SERVICES; s++) {
    const name = `svc-${String(s).padStart(3, '0')}`;
    const source = `svc-${String(s % services).padStart(3, '0')}`;
    await fs.mkdir(path.join(dir, 'rollups', name), { recursive: true });
    for (let d = 0; d < REPORT_DAYS; d++) {
      const day = addDays(LAST_DAY, -d);
      const target = path.join(dir, rollupPath(name, day));
      if (s < services && d < days) continue;
      // A day a window cuts gets the samples of the source's last day (below): its rollup is that
      // day's, so its hour offsets point into the same bytes.
      const copied = edges.has(day) ? 0 : d % days;
      const from = JSON.parse(
        await fs.readFile(path.join(dir, rollupPath(source, addDays(LAST_DAY, -copied))), 'utf8'),
      );
      const shift = (iso: string) => new Date(Date.parse(iso) - (d - copied) * DAY_MS).toISOString();
      await fs.writeFile(
        target,
        JSON.stringify({
          ...from,
          service: name,
          date: day,
          'first-at': shift(from['first-at']),
          'last-at': shift(from['last-at']),
          incidents: from.incidents.map((i: { start: string; end?: string }) => ({
            ...i,
            start: shift(i.start),
            ...(i.end ? { end: shift(i.end) } : {}),
          })),
        }),
      );
    }
    // The reader lists samples/<service>/ to know which days have data: every day gets a samples file,
    // empty where the rollup stands for it, and one of real samples (a generated day's, with its date
    // changed) on the days a report window cuts, which a report reads raw.
    await fs.mkdir(path.join(dir, 'samples', name), { recursive: true });
    const template = await fs.readFile(path.join(dir, samplesPath(source, LAST_DAY)), 'utf8');
    for (let d = 0; d < REPORT_DAYS; d++) {
      const day = addDays(LAST_DAY, -d);
      const file = path.join(dir, samplesPath(name, day));
      if (s < services && d < days) continue;
      await fs.writeFile(file, edges.has(day) ? template.replaceAll(`"t":"${LAST_DAY}`, `"t":"${day}`) : '');
    }
  }
}

/** The days the measured reports cut with a window edge (they read those days' raw samples). */
async function edgeDays(): Promise<Set<string>> {
  const edges = new Set<string>();
  const now = Date.parse(`${LAST_DAY}T23:59:00Z`);
  for (const windowDays of [30, 365]) {
    const config = await parseSlaConfig(configText(1, windowDays), { input: 'config-file', file: 'bench' });
    const keep = reportSelection(config, { now, period: resolvePeriod('rolling-30d', now) });
    for (let d = 0; d < REPORT_DAYS; d++) {
      const day = addDays(LAST_DAY, -d);
      // With every daily rollup listed first, the selection keeps exactly the edge and recent days.
      keep(rollupPath('svc-000', day));
    }
    for (let d = 0; d < REPORT_DAYS; d++) {
      const day = addDays(LAST_DAY, -d);
      if (keep(samplesPath('svc-000', day))) edges.add(day);
    }
  }
  return edges;
}

/**
 * The API requests of sla-report (the shipped bundle) over a data branch in the emulator: 100 services,
 * 31 days of 15-minute samples, a 30-day SLO. The first run builds every rollup; the second is the
 * steady daily run. Requests are counted by the emulator (a followed tarball redirect is not one).
 */
async function branchRequests(): Promise<{
  runs: { name: string; ops: string[]; ms: number }[];
  files: number;
  mb: number;
}> {
  const emulator = await startEmulator();
  try {
    emulator.addUser('sla-bot', { type: 'Bot' });
    const step = 15 * 60_000;
    const now = Math.floor(Date.now() / step) * step;
    const files: Record<string, string> = {};
    let bytes = 0;
    for (let s = 0; s < REPORT_SERVICES; s++) {
      const name = `svc-${String(s).padStart(3, '0')}`;
      for (let t = now - 31 * DAY_MS; t <= now; t += step) {
        const file = samplesPath(name, new Date(t).toISOString().slice(0, 10));
        const down = (t / step + s) % 2897 === 0;
        const line = `{"t":"${new Date(t).toISOString()}","status":"${down ? 'down' : 'ok'}",${down ? '' : `"code":200,"ms":${20 + ((t / step) % 60)},`}"attempts":${down ? 3 : 1},"errors":${down ? 3 : 0}}\n`;
        files[file] = (files[file] ?? '') + line;
        bytes += line.length;
      }
    }
    emulator.addRepo('octo-org/service', { defaultBranch: 'sla-data', files });
    emulator.setPermission('octo-org/service', 'sla-bot', 'write');
    const token = emulator.tokenFor('sla-bot');
    const ws = await fs.mkdtemp(path.join(os.tmpdir(), 'sla-bench-ws-'));
    await fs.mkdir(path.join(ws, '.github'));
    await fs.writeFile(
      path.join(ws, '.github', 'sla.yml'),
      configText(REPORT_SERVICES, 30).replace('1m', '15m'),
    );
    const runs: { name: string; ops: string[]; ms: number }[] = [];
    for (const name of ['first run (builds every rollup)', 'next run (steady state)']) {
      const from = emulator.requests.length;
      const started = performance.now();
      const result = await runAction('sla-report', {
        cwd: ws,
        apiUrl: emulator.url,
        token,
        repository: 'octo-org/service',
        inputs: {
          'github-token': token,
          'data-branch': 'sla-data',
          'incident-issues': 'false',
          'burn-rate-alerts': 'false',
        },
      });
      if (result.exitCode !== 0) throw new Error(`sla-report failed: ${result.log.slice(-2000)}`);
      runs.push({
        name,
        ops: emulator.requests.slice(from).map((r) => r.operationId ?? r.path),
        ms: performance.now() - started,
      });
    }
    emulator.assertValid();
    await fs.rm(ws, { recursive: true, force: true });
    return { runs, files: Object.keys(files).length, mb: bytes / 1e6 };
  } finally {
    await emulator.stop();
  }
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  if (process.argv[2] === '--report')
    return reportChild(process.argv[3], Number(process.argv[4]), process.argv[5] === 'write');
  if (process.argv[2] === '--bundle') {
    console.log(
      JSON.stringify(
        await bundleReport(process.argv[3], Number(process.argv[4]), process.argv[5] ?? 'sla-report'),
      ),
    );
    return;
  }
  if (process.argv[2] === '--baseline') {
    console.log(JSON.stringify({ ms: 0, maxRssKb: ownPeakRssKb() }));
    return;
  }
  const full = process.env.SLA_BENCH_FULL === '1';
  const services = Number(process.env.SLA_BENCH_SERVICES ?? 100);
  const days = Number(process.env.SLA_BENCH_DAYS ?? (full ? 365 : 3));
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sla-bench-'));
  try {
    console.log(
      `scale: ${services} services × ${days} days of one-minute samples = ${fmt(services * days * 1440)} samples` +
        (full ? ' (full size)' : ' (reduced default; SLA_BENCH_FULL=1 for 100 × 365)'),
    );
    console.log(`machine: ${os.cpus().length} CPU(s), node ${process.version}; data in ${dir}`);
    const genStart = performance.now();
    const generated = await generate(dir, services, days);
    console.log(
      `generated ${fmt(generated.samples)} samples, ${fmt(generated.bytes / 1e6, 1)} MB, in ${fmt((performance.now() - genStart) / 1000, 1)} s`,
    );
    // The bare read and the build take turns, and each figure is the median of its rounds: on a
    // shared machine one run of either moves by tens of percent (the last build also writes).
    const rounds = Number(process.env.SLA_BENCH_ROUNDS ?? (full ? 1 : 5));
    const readMs: number[] = [];
    const computeMs: number[] = [];
    let read = { ms: 0, bytes: 0, lines: 0 };
    for (let round = 1; round < rounds; round++) {
      read = await bareRead(dir);
      readMs.push(read.ms);
      computeMs.push(
        (await computeRollups(await new DirectoryStore({ directory: dir }).snapshot(), services, days)).ms,
      );
    }
    read = await bareRead(dir);
    readMs.push(read.ms);
    const built = await buildRollups(dir, services, days);
    computeMs.push(built.computeMs);
    read.ms = median(readMs);
    const rollups = { ...built, computeMs: median(computeMs), writeMs: built.ms - built.computeMs };
    const rows = [
      [
        'bare read of the sample files',
        `${fmt(read.ms)} ms`,
        `${fmt(read.lines / (read.ms / 1000))} lines/s`,
        '1.0×',
      ],
      [
        'build rollups (read, parse, sketch)',
        `${fmt(rollups.computeMs)} ms`,
        `${fmt(generated.samples / (rollups.computeMs / 1000))} samples/s`,
        `${fmt(rollups.computeMs / read.ms, 1)}× the bare read`,
      ],
      [
        `… and write them (${fmt(rollups.files)} files, one store update)`,
        `${fmt(rollups.computeMs + rollups.writeMs)} ms`,
        `${fmt(generated.samples / ((rollups.computeMs + rollups.writeMs) / 1000))} samples/s`,
        `${fmt((rollups.computeMs + rollups.writeMs) / read.ms, 1)}× the bare read`,
      ],
    ];
    console.log(
      `\nRollups: ${fmt(rollups.rollups)} daily rollups from ${fmt(generated.samples)} samples (${fmt(read.bytes / 1e6, 1)} MB); median of ${rounds} round(s), bare read and build in turn (reads ${readMs.map((ms) => fmt(ms)).join(', ')} ms; builds ${computeMs.map((ms) => fmt(ms)).join(', ')} ms)`,
    );
    console.log('| step | time | rate | ratio |\n| --- | --- | --- | --- |');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    if (full && days >= 365 && services >= 100) console.log('(full size: extrapolation not needed)');
    else
      console.log(
        `extrapolated to 52.6 M samples at this rate: ${fmt(52_560_000 / (generated.samples / ((rollups.computeMs + rollups.writeMs) / 1000)) / 60, 1)} min to build every rollup from scratch (a daily run builds only new days: ${fmt((100 * 1440) / (generated.samples / ((rollups.computeMs + rollups.writeMs) / 1000)), 1)} s for 100 services)`,
      );

    await fillRollups(dir, services, days);
    // A run writes at most MAX_ROLLUP_WRITES files, so the first runs over a long history leave
    // monthly rollups for later ones: warm up as the daily runs would until nothing is deferred,
    // then measure the steady state.
    const warm = child(['--report', dir, '365', 'write']);
    let warmRuns = 1;
    for (let last = warm; (last.deferred ?? 0) > 0 && warmRuns < 20; warmRuns++)
      last = child(['--report', dir, '365', 'write']);
    const baseline = child(['--baseline']);
    const r30 = child(['--report', dir, '30']);
    const r365 = child(['--report', dir, '365']);
    console.log(
      `\nReports from rollups: ${REPORT_SERVICES} services, each report also charts 90 days and computes 24h/7d/30d/90d uptime`,
    );
    console.log(
      '| report | rollups read per service | time | CPU time | peak RSS | RSS above a bare tsx process |\n| --- | --- | --- | --- | --- | --- |',
    );
    console.log(`| bare process (tsx + modules) | 0 | — | — | ${fmt(baseline.maxRssKb / 1024, 1)} MB | 0 |`);
    console.log(
      `| warm-up: first of ${warmRuns} report runs that write the ${fmt(REPORT_SERVICES * 13)} monthly rollups and their days files (not a steady figure) | 365 | ${fmt(warm.ms)} ms | ${fmt(warm.cpuMs ?? 0)} ms | ${fmt(warm.maxRssKb / 1024, 1)} MB | ${fmt((warm.maxRssKb - baseline.maxRssKb) / 1024, 1)} MB |`,
    );
    for (const [name, r, n] of [
      ['30-day SLO window', r30, '≤ 4 monthly + edge months’ days files'],
      ['365-day SLO window', r365, '≤ 13 monthly + edge months’ days files'],
    ] as const)
      console.log(
        `| ${name} | ${n} | ${fmt(r.ms)} ms | ${fmt(r.cpuMs ?? 0)} ms | ${fmt(r.maxRssKb / 1024, 1)} MB | ${fmt((r.maxRssKb - baseline.maxRssKb) / 1024, 1)} MB |`,
      );
    console.log(
      `ratio 365-day / 30-day: time ${fmt(r365.ms / r30.ms, 2)}×, peak RSS ${fmt(r365.maxRssKb / r30.maxRssKb, 2)}×`,
    );

    // What users run: the shipped bundle under Node 24, the whole action (reading, figures,
    // dashboard, reports, the status.json commit), timed from process start.
    const action = process.env.SLA_BENCH_ACTION ? path.resolve(process.env.SLA_BENCH_ACTION) : 'sla-report';
    const before = process.env.SLA_BENCH_BEFORE ? path.resolve(process.env.SLA_BENCH_BEFORE) : undefined;
    const bundleRounds = Number(process.env.SLA_BENCH_BUNDLE_ROUNDS ?? 3);
    const bare = bareNode24();
    // Each subject and window in turn, round after round, so a change in the machine's load falls on
    // all of them alike; each figure is the median of its rounds.
    const subjects = [...(before ? [before] : []), action];
    const measured = new Map<string, { ms: number; cpuMs: number; maxRssKb: number }[]>();
    for (let round = 0; round < bundleRounds; round++)
      for (const windowDays of [30, 365])
        for (const subject of subjects) {
          const key = `${subject}|${windowDays}`;
          measured.set(key, [...(measured.get(key) ?? []), await bundleReport(dir, windowDays, subject)]);
        }
    const medianOf = (subject: string, windowDays: number) => {
      const runs = measured.get(`${subject}|${windowDays}`)!;
      return {
        ms: median(runs.map((r) => r.ms)),
        cpuMs: median(runs.map((r) => r.cpuMs)),
        maxRssKb: median(runs.map((r) => r.maxRssKb)),
      };
    };
    const b30 = medianOf(action, 30);
    const b365 = medianOf(action, 365);
    const shipped = process.env.SLA_BENCH_ACTION ? action : 'dist/sla-report/index.js';
    console.log(
      `\nThe shipped bundle (${shipped}) under Node 24, the whole action on the same data (from process start, so loading the bundle is included); median of ${bundleRounds} round(s)${before ? `, in turn with ${before} (before)` : ''}`,
    );
    console.log(
      '| report | time | CPU time | peak RSS | RSS above a bare Node 24 process |\n| --- | --- | --- | --- | --- |',
    );
    console.log(`| bare Node 24 process | ${fmt(bare.ms)} ms | — | ${fmt(bare.maxRssKb / 1024, 1)} MB | 0 |`);
    for (const windowDays of [30, 365])
      for (const subject of subjects) {
        const r = medianOf(subject, windowDays);
        const label = before ? (subject === before ? 'before: ' : 'after: ') : '';
        console.log(
          `| ${label}${windowDays}-day SLO window | ${fmt(r.ms)} ms | ${fmt(r.cpuMs)} ms | ${fmt(r.maxRssKb / 1024, 1)} MB | ${fmt((r.maxRssKb - bare.maxRssKb) / 1024, 1)} MB |`,
        );
      }
    console.log(
      `ratio 365-day / 30-day: time ${fmt(b365.ms / b30.ms, 2)}×, peak RSS ${fmt(b365.maxRssKb / b30.maxRssKb, 2)}×`,
    );

    const branch = await branchRequests();
    console.log(
      `\nAPI requests of sla-report on a data branch (emulator): ${REPORT_SERVICES} services, ${fmt(branch.files)} sample files (${fmt(branch.mb, 1)} MB), 30-day SLO, issue listings off (each adds one paginated list)`,
    );
    console.log(
      '| run | API requests | of which data branch | time | requests |\n| --- | --- | --- | --- | --- |',
    );
    const dataOps = (ops: string[]) => ops.filter((op) => op.startsWith('git/') || op.startsWith('repos/'));
    for (const run of branch.runs) {
      const counts = new Map<string, number>();
      for (const op of run.ops) counts.set(op, (counts.get(op) ?? 0) + 1);
      console.log(
        `| ${run.name} | ${run.ops.length} | ${dataOps(run.ops).length} | ${fmt(run.ms)} ms | ${[...counts].map(([op, n]) => `${op}${n > 1 ? ` ×${n}` : ''}`).join(', ')} |`,
      );
    }
    reportFigures('sla', [
      {
        figure: `build rollups, ${services} services × ${days} days`,
        value: Math.round(generated.samples / (rollups.computeMs / 1000)),
        unit: 'samples/s',
        baseline: 'bare read',
        ratio: `${fmt(rollups.computeMs / read.ms, 1)}× the time (${fmt((rollups.computeMs + rollups.writeMs) / read.ms, 1)}× with the writes)`,
      },
      { figure: '30-day report', value: Math.round(r30.ms), unit: 'ms' },
      {
        figure: '30-day report on a data branch, API requests',
        value: branch.runs[1].ops.length,
        unit: 'requests',
        baseline: 'first run',
        ratio: `${branch.runs[0].ops.length} requests`,
      },
      {
        figure: '365-day report',
        value: Math.round(r365.ms),
        unit: 'ms',
        baseline: '30-day report',
        ratio: fmt(r365.ms / r30.ms, 2),
      },
      { figure: '30-day report peak RSS', value: fmt(r30.maxRssKb / 1024, 1), unit: 'MB' },
      {
        figure: '365-day report, shipped bundle under Node 24',
        value: Math.round(b365.ms),
        unit: 'ms',
        baseline: '30-day report',
        ratio: fmt(b365.ms / b30.ms, 2),
      },
      {
        figure: '365-day report peak RSS, shipped bundle under Node 24',
        value: fmt(b365.maxRssKb / 1024, 1),
        unit: 'MB',
        baseline: 'bare Node 24',
        ratio: `${fmt(bare.maxRssKb / 1024, 1)} MB`,
      },
      {
        figure: '365-day report peak RSS',
        value: fmt(r365.maxRssKb / 1024, 1),
        unit: 'MB',
        baseline: '30-day report',
        ratio: fmt(r365.maxRssKb / r30.maxRssKb, 2),
      },
    ]);
  } finally {
    if (process.env.SLA_BENCH_KEEP === '1') console.log(`kept ${dir}`);
    else await fs.rm(dir, { recursive: true, force: true });
  }
}

await main();
