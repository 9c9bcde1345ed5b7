/**
 * Raw probe samples: one JSON line per probe, in `samples/<service>/<YYYY-MM-DD>.jsonl` (UTC day),
 * so each run appends a line to a small file and git diffs stay small.
 */
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

export function dayKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function dayStart(key: string): number {
  return Date.parse(`${key}T00:00:00Z`);
}

export function addDays(key: string, days: number): string {
  return dayKey(dayStart(key) + days * DAY_MS);
}

export const samplesPath = (service: string, day: string) => `samples/${service}/${day}.jsonl`;
export const rollupPath = (service: string, day: string) => `rollups/${service}/${day}.json`;
/** The monthly rollup (`YYYY-MM`) sits beside the daily ones of its month. */
export const monthRollupPath = (service: string, month: string) => `rollups/${service}/${month}.json`;
export const monthOf = (day: string) => day.slice(0, 7);
export const STATUS_PATH = 'status.json';

export function formatSample(sample: Sample): string {
  return `${JSON.stringify(sample)}\n`;
}

/** Parses a samples file; lines that are not samples are skipped and counted, never guessed. */
export function parseSamples(text: string | undefined): { samples: Sample[]; invalid: number } {
  const body = (text ?? '').trim();
  if (body === '') return { samples: [], invalid: 0 };
  let values: unknown[];
  let invalid = 0;
  try {
    // One parse of the whole file is several times faster than one per line.
    values = JSON.parse(`[${body.replace(/\n\s*(?=\S)/g, ',')}]`) as unknown[];
  } catch {
    values = [];
    for (const line of body.split('\n')) {
      if (line.trim() === '') continue;
      try {
        values.push(JSON.parse(line));
      } catch {
        invalid++;
      }
    }
  }
  const samples: Sample[] = [];
  const times: number[] = [];
  let ordered = true;
  for (const item of values) {
    const value = item as Sample;
    const t = typeof value?.t === 'string' ? Date.parse(value.t) : Number.NaN;
    if (
      Number.isFinite(t) &&
      (value.status === 'ok' || value.status === 'degraded' || value.status === 'down')
    ) {
      value.attempts ??= 1;
      value.errors ??= value.status === 'down' ? 1 : 0;
      if (times.length > 0 && t < times[times.length - 1]) ordered = false;
      samples.push(value);
      times.push(t);
    } else invalid++;
  }
  if (ordered) return { samples, invalid };
  // Concurrent writers may append out of order.
  const order = samples.map((_, i) => i).sort((a, b) => times[a] - times[b]);
  return { samples: order.map((i) => samples[i]), invalid };
}
