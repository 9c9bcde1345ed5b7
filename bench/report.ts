// Shared by the benchmarks: each reports its headline figures so scripts/bench.mjs can print one
// summary table after running them all. When SHIPGATE_BENCH_OUT names a file, one JSON line per row is
// appended to it; otherwise nothing happens (a bench run on its own prints only its own table).
import { appendFileSync } from 'node:fs';

export interface FigureRow {
  figure: string;
  value: number | string;
  unit?: string;
  /** What the ratio is taken against. */
  baseline?: string;
  ratio?: number | string;
}

export function reportFigures(bench: string, rows: FigureRow[]): void {
  const out = process.env.SHIPGATE_BENCH_OUT;
  if (!out) return;
  appendFileSync(out, rows.map((row) => `${JSON.stringify({ bench, ...row })}\n`).join(''));
}
