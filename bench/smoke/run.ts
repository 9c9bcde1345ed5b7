// Smoke-test throughput: 200 checks against a local server that answers after 50 ms, run by the
// shipped bundle (dist/smoke-test) at concurrency 1, 4 and 16. Prints the action's own run time, the
// step's wall time (process start included), and their ratio to the ideal (total latency ÷ concurrency).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { runAction } from '../../test/harness/runner.js';
import { reportFigures, type FigureRow } from '../report.js';

const CHECKS = 200;
const LATENCY_MS = 50;

const server = http.createServer((request, response) => {
  setTimeout(() => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ status: 'up', path: request.url }));
  }, LATENCY_MS);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const checks = Array.from(
  { length: CHECKS },
  (_, i) => `- { name: check-${i}, url: "${base}/item/${i}", expect: { json: { $.status: up } } }`,
).join('\n');

const rows: string[][] = [];
const figures: FigureRow[] = [];
for (const concurrency of [1, 4, 16]) {
  const started = performance.now();
  const result = await runAction('smoke-test', {
    inputs: { checks, concurrency, retries: 0 },
    killAfterMs: 120_000,
  });
  const wallMs = performance.now() - started;
  if (result.outputs.result !== 'passed')
    throw new Error(`run at concurrency ${concurrency} failed:\n${result.log}`);
  const report = JSON.parse(result.outputs.report) as {
    'duration-ms': number;
    checks: { latencyMs: number }[];
  };
  const totalLatency = report.checks.reduce((sum, c) => sum + c.latencyMs, 0);
  const ideal = totalLatency / concurrency;
  const nominal = (CHECKS * LATENCY_MS) / concurrency;
  rows.push([
    String(concurrency),
    `${Math.round(nominal)}`,
    (report['duration-ms'] / nominal).toFixed(2),
    `${Math.round(totalLatency)}`,
    `${Math.round(ideal)}`,
    `${report['duration-ms']}`,
    (report['duration-ms'] / ideal).toFixed(2),
    `${Math.round(wallMs)}`,
    (wallMs / ideal).toFixed(2),
  ]);
  figures.push({
    figure: `step wall time, concurrency ${concurrency}`,
    value: Math.round(wallMs),
    unit: 'ms',
    baseline: 'ideal',
    ratio: (wallMs / ideal).toFixed(2),
  });
}
server.close();

const header = [
  'concurrency',
  'nominal ideal ms',
  'run/nominal',
  'total latency ms',
  'ideal ms',
  'action run ms',
  'run/ideal',
  'step wall ms',
  'wall/ideal',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
console.log(
  `${CHECKS} checks, server latency ${LATENCY_MS} ms, retries 0. nominal ideal = ${CHECKS} x ${LATENCY_MS} ms / concurrency; ` +
    "ideal = sum of measured request latencies / concurrency; run = the action's own time, wall = the whole step",
);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
reportFigures('smoke', figures);
