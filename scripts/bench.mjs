// Runs every benchmark (bench/<name>/run.ts) one after another, each printing its own table as it goes,
// then prints one summary table of the headline figures and ratios the benches reported through
// bench/report.ts (one JSON line per figure, appended to the file named by SHIPGATE_BENCH_OUT).
// Usage: node scripts/bench.mjs [name...]   (no names: every bench)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const benches = readdirSync(path.join(root, 'bench'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(root, 'bench', entry.name, 'run.ts')))
  .map((entry) => entry.name)
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();
const unknown = only.filter((name) => !benches.includes(name));
if (unknown.length > 0) {
  console.error(`unknown bench(es): ${unknown.join(', ')}`);
  process.exit(2);
}
if (benches.length === 0) {
  console.log('no benchmarks found under bench/<name>/run.ts');
  process.exit(0);
}

const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'shipgate-bench-'));
const out = path.join(tmp, 'figures.jsonl');
const failed = [];
const wall = new Map();
try {
  for (const name of benches) {
    console.log(`\n=== bench/${name} ===`);
    const started = performance.now();
    const result = spawnSync(process.execPath, [tsx, path.join('bench', name, 'run.ts')], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, SHIPGATE_BENCH_OUT: out },
    });
    wall.set(name, (performance.now() - started) / 1000);
    if (result.status !== 0)
      failed.push(`${name} (${result.signal ? `signal ${result.signal}` : `exit ${result.status}`})`);
  }

  const rows = [];
  const lines = existsSync(out) ? readFileSync(out, 'utf8').split('\n') : [];
  for (const text of lines) {
    if (text.trim() === '') continue;
    try {
      const r = JSON.parse(text);
      rows.push(
        [r.bench, r.figure, r.value, r.unit, r.baseline, r.ratio].map((c) => (c == null ? '' : String(c))),
      );
    } catch {
      console.error(`ignored a malformed figure line: ${text}`);
    }
  }
  for (const name of benches) rows.push([name, 'bench wall time', wall.get(name).toFixed(1), 's', '', '']);

  const header = ['bench', 'figure', 'value', 'unit', 'against', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const numeric = new Set([2, 5]);
  const line = (cells) =>
    `| ${cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  console.log(`\n=== summary: ${benches.length} bench(es) ===`);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  if (failed.length > 0)
    console.log(`\nFAILED: ${failed.join(', ')} (figures above come from the benches that got that far)`);
  else console.log(`\nall ${benches.length} bench(es) passed`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(failed.length > 0 ? 1 : 0);
