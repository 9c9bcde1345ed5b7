// SLA benchmark: build daily rollups from one-minute samples, then produce 30-day and 365-day reports
// from rollups. Prints measured figures and ratios side by side.
//
// Scale (samples are generated on disk in a temp dir, streamed one day-file at a time):
//   default             100 services × 3 days of one-minute samples (432,000 samples, ~45 MB)
//   SLA_BENCH_FULL=1    100 services × 365 days (52.6 M samples, ~5.5 GB of sample files)
//   SLA_BENCH_SERVICES / SLA_BENCH_DAYS override either.
// The report phase always runs on 100 services × 365 days of rollups: rollups for days beyond the
// generated ones are copies (with their date changed) of generated rollups, so report cost and
// memory are measured at full history whatever the sample scale.
import { spawnSync } from 'node:child_process';
import { createWriteStream, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DirectoryStore } from '../../packages/core/src/branch-store.js';
import { parseSlaConfig } from '../../packages/core/src/sla/config.js';
import { ServiceHistory } from '../../packages/core/src/sla/history.js';
import { addDays, DAY_MS, rollupPath, samplesPath } from '../../packages/core/src/sla/samples.js';
import { analyse } from '../../actions/sla-report/src/analysis.js';
import { reportFigures } from '../report.js';
import { resolvePeriod } from '../../actions/sla-report/src/periods.js';

const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), '..', '..');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
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
async function reportChild(dir: string, windowDays: number): Promise<void> {
  const config = parseSlaConfig(configText(REPORT_SERVICES, windowDays), {
    input: 'config-file',
    file: 'bench',
  });
  const now = Date.parse(`${LAST_DAY}T23:59:00Z`);
  const period = 'rolling-30d' as const;
  const started = performance.now();
  const snapshot = await new DirectoryStore({ directory: dir }).snapshot();
  const analysis = await analyse(snapshot, config, {
    now,
    period: { name: period, ...resolvePeriod(period, now) },
    minSamples: 10,
    minCoverage: 50,
    rebuild: false,
  });
  const ms = performance.now() - started;
  const uptime = analysis.reports[0].slo.uptime;
  console.log(
    JSON.stringify({
      ms,
      maxRssKb: process.resourceUsage().maxRSS,
      services: analysis.reports.length,
      uptime,
    }),
  );
}

function child(args: string[]): { ms: number; maxRssKb: number; uptime?: number } {
  const result = spawnSync(process.execPath, [tsx, self, ...args], {
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

async function bareRead(dir: string): Promise<{ ms: number; bytes: number; lines: number }> {
  const started = performance.now();
  let bytes = 0;
  let lines = 0;
  for (const service of await fs.readdir(path.join(dir, 'samples'))) {
    for (const file of await fs.readdir(path.join(dir, 'samples', service))) {
      const text = await fs.readFile(path.join(dir, 'samples', service, file), 'utf8');
      bytes += text.length;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    }
  }
  return { ms: performance.now() - started, bytes, lines };
}

async function buildRollups(
  dir: string,
  services: number,
  days: number,
): Promise<{ ms: number; rollups: number }> {
  const store = new DirectoryStore({ directory: dir });
  // "now" is just after the last day, so every generated day is complete and gets a rollup.
  const now = Date.parse(`${addDays(LAST_DAY, 1)}T00:01:00Z`);
  const started = performance.now();
  let rollups = 0;
  for (let s = 0; s < services; s++) {
    const name = `svc-${String(s).padStart(3, '0')}`;
    const result = await store.update(`rollups ${name}`, async (snapshot) => {
      const history = await new ServiceHistory(snapshot, name, 60_000, now).init();
      const built = await history.buildRollups(addDays(LAST_DAY, -days), { recentDays: 0, rebuild: true });
      return { changes: history.changes, result: built };
    });
    rollups += result.result;
  }
  return { ms: performance.now() - started, rollups };
}

/** Fills 100 services × 365 days of rollups by copying generated ones (date changed). */
async function fillRollups(dir: string, services: number, days: number): Promise<void> {
  for (let s = 0; s < REPORT_SERVICES; s++) {
    const name = `svc-${String(s).padStart(3, '0')}`;
    const source = `svc-${String(s % services).padStart(3, '0')}`;
    await fs.mkdir(path.join(dir, 'rollups', name), { recursive: true });
    for (let d = 0; d < REPORT_DAYS; d++) {
      const day = addDays(LAST_DAY, -d);
      const target = path.join(dir, rollupPath(name, day));
      if (s < services && d < days) continue;
      const from = JSON.parse(
        await fs.readFile(path.join(dir, rollupPath(source, addDays(LAST_DAY, -(d % days)))), 'utf8'),
      );
      const shift = (iso: string) => new Date(Date.parse(iso) - (d - (d % days)) * DAY_MS).toISOString();
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
    // Each service also needs its sample-day listing for the history reader: an empty file per day is not
    // written; the reader lists samples/<service>/ to know which days have data, so mirror the days.
    await fs.mkdir(path.join(dir, 'samples', name), { recursive: true });
    for (let d = 0; d < REPORT_DAYS; d++) {
      const file = path.join(dir, samplesPath(name, addDays(LAST_DAY, -d)));
      await fs.writeFile(file, '', { flag: 'a' });
    }
  }
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  if (process.argv[2] === '--report') return reportChild(process.argv[3], Number(process.argv[4]));
  if (process.argv[2] === '--baseline') {
    console.log(JSON.stringify({ ms: 0, maxRssKb: process.resourceUsage().maxRSS }));
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
    const read = await bareRead(dir);
    const rollups = await buildRollups(dir, services, days);
    const rows = [
      [
        'bare read of the sample files',
        `${fmt(read.ms)} ms`,
        `${fmt(read.lines / (read.ms / 1000))} lines/s`,
        '1.0×',
      ],
      [
        'build rollups (parse, sketch, write)',
        `${fmt(rollups.ms)} ms`,
        `${fmt(generated.samples / (rollups.ms / 1000))} samples/s`,
        `${fmt(rollups.ms / read.ms, 1)}× the bare read`,
      ],
    ];
    console.log(
      `\nRollups: ${fmt(rollups.rollups)} daily rollups from ${fmt(generated.samples)} samples (${fmt(read.bytes / 1e6, 1)} MB)`,
    );
    console.log('| step | time | rate | ratio |\n| --- | --- | --- | --- |');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    if (full && days >= 365 && services >= 100) console.log('(full size: extrapolation not needed)');
    else
      console.log(
        `extrapolated to 52.6 M samples at this rate: ${fmt(52_560_000 / (generated.samples / (rollups.ms / 1000)) / 60, 1)} min to build every rollup from scratch (a daily run builds only new days: ${fmt((100 * 1440) / (generated.samples / (rollups.ms / 1000)), 1)} s for 100 services)`,
      );

    await fillRollups(dir, services, days);
    const baseline = child(['--baseline']);
    const r30 = child(['--report', dir, '30']);
    const r365 = child(['--report', dir, '365']);
    console.log(
      `\nReports from rollups: ${REPORT_SERVICES} services, each report also charts 90 days and computes 24h/7d/30d/90d uptime`,
    );
    console.log(
      '| report | rollups read per service | time | peak RSS | RSS above a bare tsx process |\n| --- | --- | --- | --- | --- |',
    );
    console.log(`| bare process (tsx + modules) | 0 | — | ${fmt(baseline.maxRssKb / 1024, 1)} MB | 0 |`);
    for (const [name, r, n] of [
      ['30-day SLO window', r30, 90],
      ['365-day SLO window', r365, 365],
    ] as const)
      console.log(
        `| ${name} | ${n} | ${fmt(r.ms)} ms | ${fmt(r.maxRssKb / 1024, 1)} MB | ${fmt((r.maxRssKb - baseline.maxRssKb) / 1024, 1)} MB |`,
      );
    console.log(
      `ratio 365-day / 30-day: time ${fmt(r365.ms / r30.ms, 2)}×, peak RSS ${fmt(r365.maxRssKb / r30.maxRssKb, 2)}×`,
    );
    reportFigures('sla', [
      {
        figure: `build rollups, ${services} services × ${days} days`,
        value: Math.round(generated.samples / (rollups.ms / 1000)),
        unit: 'samples/s',
        baseline: 'bare read',
        ratio: `${fmt(rollups.ms / read.ms, 1)}× the time`,
      },
      { figure: '30-day report', value: Math.round(r30.ms), unit: 'ms' },
      {
        figure: '365-day report',
        value: Math.round(r365.ms),
        unit: 'ms',
        baseline: '30-day report',
        ratio: fmt(r365.ms / r30.ms, 2),
      },
      { figure: '30-day report peak RSS', value: fmt(r30.maxRssKb / 1024, 1), unit: 'MB' },
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
