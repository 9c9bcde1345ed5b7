// Shared by the benchmarks: each reports its headline figures so scripts/bench.mjs can print one
// summary table after running them all. When SHIPGATE_BENCH_OUT names a file, one JSON line per row is
// appended to it; otherwise nothing happens (a bench run on its own prints only its own table).
import { appendFileSync, readFileSync } from 'node:fs';

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

/**
 * JavaScript source of an expression (CommonJS, any Node) giving the evaluating process's own peak
 * RSS in KiB, for a preload or `-e` probe in a child. `process.resourceUsage().maxRSS` cannot be
 * used there: on Linux a child starts with its parent's high-water mark (the rusage maximum survives
 * fork and exec), so a child of a 185 MB bench process reports at least 185 MB. /proc/self/status's
 * VmHWM belongs to the process's own memory map, which exec makes new.
 */
export const OWN_PEAK_RSS_KB_JS =
  "(()=>{try{return +/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status','utf8'))[1]}catch{return process.resourceUsage().maxRSS}})()";

/** The same, in this process (for a bench child that reports its own figures). */
export function ownPeakRssKb(): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]);
  } catch {
    return process.resourceUsage().maxRSS;
  }
}
