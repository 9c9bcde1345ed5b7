import { DDSketch, type SketchJson } from './ddsketch.js';
import type { Sample, SampleStatus } from './samples.js';
import { columnsOf, DEGRADED, DOWN, STATUS_NAMES, type SampleColumns } from './sample-columns.js';

/** A down run: from the first down sample to the first sample that is not down (absent while ongoing). */
export interface Incident {
  start: string;
  end?: string;
  /** Time-weighted minutes of down samples in the run. */
  'down-minutes': number;
}

/**
 * What a set of samples adds up to. Every sample stands for the time since the previous sample of
 * its service, capped at the probe interval: a schedule that skipped runs leaves gaps, and gaps are
 * "no data" (not covered), never "up".
 */
export interface Totals {
  samples: number;
  ok: number;
  degraded: number;
  down: number;
  attempts: number;
  errors: number;
  coveredMs: number;
  downMs: number;
  degradedMs: number;
  /** Latency of answered samples (ok and degraded). */
  latency: DDSketch;
  incidents: Incident[];
  firstAt?: number;
  lastAt?: number;
  lastStatus?: SampleStatus;
}

export function emptyTotals(): Totals {
  return {
    samples: 0,
    ok: 0,
    degraded: 0,
    down: 0,
    attempts: 0,
    errors: 0,
    coveredMs: 0,
    downMs: 0,
    degradedMs: 0,
    latency: new DDSketch(),
    incidents: [],
  };
}

/**
 * Adds the samples (sorted by time) that fall in [from, to) to totals. `previousAt` is the time of the
 * last sample before the first one given (any day), which bounds the first sample's weight; the
 * first sample ever weighs one probe interval. A weight never reaches back before `from`.
 */
export function accumulate(
  totals: Totals,
  samples: readonly Sample[] | SampleColumns,
  options: AccumulateOptions,
): Totals {
  return accumulateColumns(
    totals,
    Array.isArray(samples) ? columnsOf(samples as Sample[]) : (samples as SampleColumns),
    options,
  );
}

export interface AccumulateOptions {
  intervalMs: number;
  previousAt?: number;
  previousStatus?: SampleStatus;
  from?: number;
  to?: number;
}

function accumulateColumns(totals: Totals, columns: SampleColumns, options: AccumulateOptions): Totals {
  const from = options.from ?? Number.NEGATIVE_INFINITY;
  const to = options.to ?? Number.POSITIVE_INFINITY;
  const { t: times, status: statuses, ms, attempts, errors } = columns;
  let previous = options.previousAt;
  let previousStatus =
    options.previousStatus === undefined ? -1 : STATUS_NAMES.indexOf(options.previousStatus);
  let last = -1;
  for (let i = 0; i < columns.length; i++) {
    const t = times[i];
    const status = statuses[i];
    const gap = previous === undefined ? options.intervalMs : Math.max(0, t - previous);
    const before = previous;
    previous = t;
    const statusBefore = previousStatus;
    previousStatus = status;
    if (t < from || t >= to) continue;
    const weight = Math.min(gap, options.intervalMs, t - from);
    totals.samples++;
    totals.attempts += attempts[i];
    totals.errors += errors[i];
    totals.coveredMs += weight;
    const open = totals.incidents.at(-1);
    if (status === DOWN) {
      totals.down++;
      totals.downMs += weight;
      if (open && open.end === undefined) open['down-minutes'] += weight / 60_000;
      else
        totals.incidents.push({
          // A run already going at the window start begins where the window's data begins.
          start:
            statusBefore === DOWN && before !== undefined && before < from
              ? new Date(from).toISOString()
              : columns.sample(i).t,
          'down-minutes': weight / 60_000,
        });
    } else {
      if (status === DEGRADED) {
        totals.degraded++;
        totals.degradedMs += weight;
      } else totals.ok++;
      if (!Number.isNaN(ms[i])) totals.latency.add(ms[i]);
      if (open && open.end === undefined) open.end = columns.sample(i).t;
    }
    totals.firstAt ??= t;
    last = i;
  }
  if (last >= 0) {
    totals.lastAt = times[last];
    totals.lastStatus = STATUS_NAMES[statuses[last]];
  }
  return totals;
}

/** Adds `later` (which follows `earlier` in time) into `earlier`; a down run spanning both is joined. */
export function mergeTotals(earlier: Totals, later: Totals): Totals {
  earlier.samples += later.samples;
  earlier.ok += later.ok;
  earlier.degraded += later.degraded;
  earlier.down += later.down;
  earlier.attempts += later.attempts;
  earlier.errors += later.errors;
  earlier.coveredMs += later.coveredMs;
  earlier.downMs += later.downMs;
  earlier.degradedMs += later.degradedMs;
  earlier.latency.merge(later.latency);
  const incidents = later.incidents.map((incident) => ({ ...incident }));
  const open = earlier.incidents.at(-1);
  const first = incidents[0];
  if (open && open.end === undefined && later.firstAt !== undefined) {
    if (first && Date.parse(first.start) <= later.firstAt) {
      // The later part starts down: the same run goes on.
      open['down-minutes'] += first['down-minutes'];
      if (first.end !== undefined) open.end = first.end;
      incidents.shift();
    } else open.end = new Date(later.firstAt).toISOString();
  }
  earlier.incidents.push(...incidents);
  if (later.firstAt !== undefined) {
    earlier.firstAt ??= later.firstAt;
    earlier.lastAt = later.lastAt;
    earlier.lastStatus = later.lastStatus;
  }
  return earlier;
}

/** The daily rollup file: `rollups/<service>/<YYYY-MM-DD>.json`, derived from that day's samples. */
export interface RollupJson {
  schema: 1;
  service: string;
  date: string;
  'built-at': string;
  'interval-ms': number;
  samples: number;
  'invalid-lines': number;
  ok: number;
  degraded: number;
  down: number;
  attempts: number;
  errors: number;
  'covered-ms': number;
  'down-ms': number;
  'degraded-ms': number;
  'first-at'?: string;
  'last-at'?: string;
  'last-status'?: SampleStatus;
  incidents: Incident[];
  latency: SketchJson;
  /** Fingerprint of what the day's rollup was built from (see ServiceHistory); absent in older ones. */
  'source-sha1'?: string;
  /**
   * Where each hour's lines start in the samples file it was built from: 25 byte offsets, entry h
   * the line of the first sample at or after hour h, the last one the file's length. Only when the
   * file's lines were in time order; absent in older rollups. A window that cuts the day then
   * parses only the hours around the cut, not the whole file, as long as the file still has that
   * length (a late sample appended to the day makes it longer: then the whole file is parsed).
   */
  'hour-offsets'?: number[];
}

export function toRollup(
  totals: Totals,
  meta: {
    service: string;
    date: string;
    builtAt: number;
    intervalMs: number;
    invalid: number;
    source?: string;
    hourOffsets?: number[];
  },
): RollupJson {
  return {
    schema: 1,
    service: meta.service,
    date: meta.date,
    'built-at': new Date(meta.builtAt).toISOString(),
    'interval-ms': meta.intervalMs,
    samples: totals.samples,
    'invalid-lines': meta.invalid,
    ok: totals.ok,
    degraded: totals.degraded,
    down: totals.down,
    attempts: totals.attempts,
    errors: totals.errors,
    'covered-ms': totals.coveredMs,
    'down-ms': totals.downMs,
    'degraded-ms': totals.degradedMs,
    ...(totals.firstAt !== undefined ? { 'first-at': new Date(totals.firstAt).toISOString() } : {}),
    ...(totals.lastAt !== undefined ? { 'last-at': new Date(totals.lastAt).toISOString() } : {}),
    ...(totals.lastStatus ? { 'last-status': totals.lastStatus } : {}),
    incidents: totals.incidents,
    latency: totals.latency.toJSON(),
    ...(meta.source ? { 'source-sha1': meta.source } : {}),
    ...(meta.hourOffsets ? { 'hour-offsets': meta.hourOffsets } : {}),
  };
}

export function fromRollup(rollup: DayRollupJson): Totals {
  return {
    samples: rollup.samples,
    ok: rollup.ok,
    degraded: rollup.degraded,
    down: rollup.down,
    attempts: rollup.attempts,
    errors: rollup.errors,
    coveredMs: rollup['covered-ms'],
    downMs: rollup['down-ms'],
    degradedMs: rollup['degraded-ms'],
    latency: DDSketch.fromJSON(rollup.latency),
    incidents: rollup.incidents.map((incident) => ({ ...incident })),
    ...(rollup['first-at'] ? { firstAt: Date.parse(rollup['first-at']) } : {}),
    ...(rollup['last-at'] ? { lastAt: Date.parse(rollup['last-at']) } : {}),
    ...(rollup['last-status'] ? { lastStatus: rollup['last-status'] } : {}),
  };
}

/** One day in a monthly rollup: enough for charts and burn-down without the day's own file. */
export interface DayPoint {
  samples: number;
  'covered-ms': number;
  'down-ms': number;
  'degraded-ms': number;
  attempts: number;
  errors: number;
  'p50-ms'?: number;
  'p95-ms'?: number;
  'p99-ms'?: number;
  /** The day's last sample, which bounds the weight of the next day's first one. */
  'last-at'?: string;
  'last-status'?: SampleStatus;
}

export function dayPoint(totals: Totals): DayPoint {
  const q = (p: number) => {
    const v = totals.latency.quantile(p);
    return v === undefined ? undefined : Number(v.toFixed(1));
  };
  const p50 = q(0.5);
  return {
    samples: totals.samples,
    'covered-ms': totals.coveredMs,
    'down-ms': totals.downMs,
    'degraded-ms': totals.degradedMs,
    attempts: totals.attempts,
    errors: totals.errors,
    ...(p50 !== undefined ? { 'p50-ms': p50, 'p95-ms': q(0.95), 'p99-ms': q(0.99) } : {}),
    ...(totals.lastAt !== undefined ? { 'last-at': new Date(totals.lastAt).toISOString() } : {}),
    ...(totals.lastStatus ? { 'last-status': totals.lastStatus } : {}),
  };
}

/**
 * The monthly rollup `rollups/<service>/<YYYY-MM>.json`: the daily rollups of the month's complete
 * days added up (`total`), and each day's point. A report reads one file per month instead of one per
 * day; it is rebuilt when one of its days changes and extended when days are added.
 */
export interface MonthRollupJson {
  schema: 1;
  service: string;
  month: string;
  'built-at': string;
  /**
   * Its days file (`YYYY-MM.days.json`) was written with it, in the same commit. Absent in months
   * written before days files existed, and in those an older writer rewrote without one: such a
   * month is rebuilt once, with its days file.
   */
  'with-days'?: true;
  days: Record<string, DayPoint>;
  total: RollupJson;
}

/**
 * `rollups/<service>/<YYYY-MM>.days.json`, written with each monthly rollup: the daily rollups of the
 * days it covers, so a window edge inside the month reads this one file rather than up to 31 (and
 * a month wholly inside a window reads only the small monthly rollup). Months written before it
 * existed are still read (their days from the daily files) and rewritten with it once.
 */
export interface MonthDaysJson {
  schema: 1;
  service: string;
  month: string;
  /** The `built-at` of the monthly rollup it was written with: it stands for that one only. */
  'month-built-at': string;
  rollups: Record<string, DayRollupJson>;
}

/** A daily rollup as a month's days file holds it: without its build time, which says nothing about the data. */
export type DayRollupJson = Omit<RollupJson, 'built-at'> & { 'built-at'?: string };
