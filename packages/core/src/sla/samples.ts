/**
 * Raw probe samples: one JSON line per probe, in `samples/<service>/<YYYY-MM-DD>.jsonl` (UTC day),
 * so each run appends a line to a small file and git diffs stay small.
 */
import { parseSampleColumns } from './sample-columns.js';

export type SampleStatus = 'ok' | 'degraded' | 'down';

export interface Sample {
  /** When the probe actually ran (RFC 3339, UTC). */
  t: string;
  status: SampleStatus;
  /** HTTP status of the answer that decided the sample; absent when nothing answered. */
  code?: number;
  /** Latency of that answer in milliseconds; absent when nothing answered. */
  ms?: number;
  /** Requests made (1 + retries used to confirm a failure). */
  attempts: number;
  /** Requests among them that failed. */
  errors: number;
  /** Why the sample is degraded or down. */
  reason?: string;
  /** The workflow run that took it (`<run id>/<attempt>`). */
  run?: string;
}

export const DAY_MS = 86_400_000;

const dayKeys = new Map<number, string>();

export function dayKey(ms: number): string {
  // Reports walk the days of a year many times over: format each day once.
  const day = Math.floor(ms / DAY_MS);
  let key = dayKeys.get(day);
  if (key === undefined) {
    key = new Date(ms).toISOString().slice(0, 10);
    if (dayKeys.size < 100_000) dayKeys.set(day, key);
  }
  return key;
}

const dayStarts = new Map<string, number>();

export function dayStart(key: string): number {
  let start = dayStarts.get(key);
  if (start === undefined) {
    start = Date.parse(`${key}T00:00:00Z`);
    if (dayStarts.size < 100_000) dayStarts.set(key, start);
  }
  return start;
}

export function addDays(key: string, days: number): string {
  return dayKey(dayStart(key) + days * DAY_MS);
}

export const samplesPath = (service: string, day: string) => `samples/${service}/${day}.jsonl`;
export const rollupPath = (service: string, day: string) => `rollups/${service}/${day}.json`;
/** The monthly rollup (`YYYY-MM`) sits beside the daily ones of its month. */
export const monthRollupPath = (service: string, month: string) => `rollups/${service}/${month}.json`;
/** The daily rollups of a month in one file, beside its monthly rollup. */
export const monthDaysPath = (service: string, month: string) => `rollups/${service}/${month}.days.json`;
export const monthOf = (day: string) => day.slice(0, 7);
export const STATUS_PATH = 'status.json';

export function formatSample(sample: Sample): string {
  return `${JSON.stringify(sample)}\n`;
}

/** Parses a samples file; lines that are not samples are skipped and counted, never guessed. */
export function parseSamples(text: string | undefined): { samples: Sample[]; invalid: number } {
  const { columns, invalid } = parseSampleColumns(text);
  return { samples: Array.from({ length: columns.length }, (_, i) => columns.sample(i)), invalid };
}
