/**
 * The samples of one file as columns of numbers (typed arrays), which is all that adding them up
 * needs: a report and a rollup build go through millions of samples, and one object with four
 * strings per sample (what `JSON.parse` gives) costs more to make and to collect than to add up.
 * The few samples that are shown whole (the latest, an incident's start) are parsed again from
 * their line on demand.
 *
 * Lines in the form sla-probe writes (`JSON.stringify` of a flat object: no whitespace, no escapes)
 * are read by a scanner that checks the JSON grammar as it goes; any other line (whitespace,
 * escapes, nested values, another time format) falls back to `JSON.parse`, so both paths accept and
 * reject exactly the same lines.
 */
import type { Sample, SampleStatus } from './samples.js';

export const STATUS_NAMES: readonly SampleStatus[] = ['ok', 'degraded', 'down'];
export const OK = 0;
export const DEGRADED = 1;
export const DOWN = 2;

export interface SampleColumns {
  readonly length: number;
  /** Sample time, ms since the epoch (ascending). */
  readonly t: Float64Array;
  /** OK, DEGRADED or DOWN. */
  readonly status: Uint8Array;
  /** Latency in ms; NaN where the sample has none. */
  readonly ms: Float64Array;
  readonly attempts: Float64Array;
  readonly errors: Float64Array;
  /** The whole sample i (parsed again from its line). */
  sample(i: number): Sample;
}

/** The last valid line's fields (one scratch record: no object per line). */
const fields = { t: 0, status: 0, ms: 0, attempts: 0, errors: 0 };

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Whether a line's values make a sample (then in `fields`). Shared by both paths so they agree. */
function checked(t: number, status: number, ms: unknown, attempts: unknown, errors: unknown): boolean {
  if (!Number.isFinite(t) || status < 0) return false;
  // A latency that is not a finite, non-negative number cannot go into the sketch: not a sample.
  if (ms !== undefined && !(finite(ms) && ms >= 0)) return false;
  if (attempts !== undefined && !finite(attempts)) return false;
  if (errors !== undefined && !finite(errors)) return false;
  fields.t = t;
  fields.status = status;
  fields.ms = ms === undefined ? Number.NaN : ms;
  fields.attempts = attempts === undefined ? 1 : attempts;
  fields.errors = errors === undefined ? (status === DOWN ? 1 : 0) : errors;
  return true;
}

function statusIndex(value: unknown): number {
  return value === 'ok' ? OK : value === 'degraded' ? DEGRADED : value === 'down' ? DOWN : -1;
}

/** The slow path: any JSON line. */
function parseLine(line: string): boolean {
  let value: Record<string, unknown> | null;
  try {
    value = JSON.parse(line) as Record<string, unknown> | null;
  } catch {
    return false;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const t = typeof value.t === 'string' ? Date.parse(value.t) : Number.NaN;
  return checked(t, statusIndex(value.status), value.ms, value.attempts, value.errors);
}

// ---- the fast path ----

const K_OTHER = 0;
const K_T = 1;
const K_STATUS = 2;
const K_MS = 3;
const K_ATTEMPTS = 4;
const K_ERRORS = 5;

function keyOf(text: string, start: number, end: number): number {
  const n = end - start;
  const c = text.charCodeAt(start);
  if (n === 1) return c === 116 /* t */ ? K_T : K_OTHER;
  if (n === 2) return text.startsWith('ms', start) ? K_MS : K_OTHER;
  if (n === 6)
    return text.startsWith('status', start)
      ? K_STATUS
      : text.startsWith('errors', start)
        ? K_ERRORS
        : K_OTHER;
  if (n === 8) return text.startsWith('attempts', start) ? K_ATTEMPTS : K_OTHER;
  return K_OTHER;
}

/** Set per file: true when it holds no backslash and no control character but newlines. */
let clean = false;

/** Index of the closing quote of a string starting at `i`, or -1 (escapes and control characters: slow path). */
function stringEnd(text: string, i: number, end: number): number {
  if (clean) {
    // Nothing in the file needs checking: the next quote closes the string (native search).
    const quote = text.indexOf('"', i);
    return quote >= 0 && quote < end ? quote : -1;
  }
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) return i;
    if (c === 92 || c < 32) return -1;
  }
  return -1;
}

// eslint-disable-next-line no-control-regex
const NEEDS_CHECKING = /[\\\u0000-\u0009\u000b-\u001f]/;

const isDigit = (c: number) => c >= 48 && c <= 57;
let numberValue = 0;

/** Reads a JSON number at `i` into numberValue; returns its end, or -1 if it is not one. */
function numberEnd(text: string, i: number, end: number): number {
  const start = i;
  let negative = false;
  if (text.charCodeAt(i) === 45) {
    negative = true;
    i++;
  }
  let c = text.charCodeAt(i);
  if (!isDigit(c)) return -1;
  let mantissa = 0;
  let digits = 0;
  if (c === 48) i++;
  else
    for (; i < end && isDigit((c = text.charCodeAt(i))); i++) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
    }
  let fraction = 0;
  if (text.charCodeAt(i) === 46) {
    i++;
    const from = i;
    for (; i < end && isDigit((c = text.charCodeAt(i))); i++) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
    }
    fraction = i - from;
    if (fraction === 0) return -1;
  }
  c = text.charCodeAt(i);
  if (c === 101 || c === 69) {
    i++;
    c = text.charCodeAt(i);
    if (c === 43 || c === 45) i++;
    const from = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    if (i === from) return -1;
    numberValue = Number(text.slice(start, i));
    return i;
  }
  // Up to 15 digits the mantissa and 10^fraction are exact, and one division rounds once: the same
  // double as Number() of the text.
  numberValue =
    digits <= 15 ? (negative ? -mantissa : mantissa) / 10 ** fraction : Number(text.slice(start, i));
  return i;
}

let dayKeyCached = -1;
let dayBaseCached = Number.NaN;

/**
 * `Date.parse` of `YYYY-MM-DDTHH:MM:SS.sssZ` (what `toISOString` writes): the day's start from
 * `Date.parse` (cached: a file holds one day), plus the time of day. NaN for anything else, which
 * sends the line to the slow path.
 */
const ISO_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22];

function isoTime(text: string, s: number, e: number): number {
  if (e - s !== 24) return Number.NaN;
  for (const k of ISO_DIGITS) if (!isDigit(text.charCodeAt(s + k))) return Number.NaN;
  if (
    text.charCodeAt(s + 4) !== 45 ||
    text.charCodeAt(s + 7) !== 45 ||
    text.charCodeAt(s + 10) !== 84 ||
    text.charCodeAt(s + 13) !== 58 ||
    text.charCodeAt(s + 16) !== 58 ||
    text.charCodeAt(s + 19) !== 46 ||
    text.charCodeAt(s + 23) !== 90
  )
    return Number.NaN;
  const hours = twoDigits(text, s + 11);
  const minutes = twoDigits(text, s + 14);
  const seconds = twoDigits(text, s + 17);
  if (hours > 23 || minutes > 59 || seconds > 59) return Number.NaN;
  const key =
    (twoDigits(text, s) * 100 + twoDigits(text, s + 2)) * 10000 +
    twoDigits(text, s + 5) * 100 +
    twoDigits(text, s + 8);
  if (key !== dayKeyCached) {
    dayKeyCached = key;
    dayBaseCached = Date.parse(`${text.slice(s, s + 10)}T00:00:00.000Z`);
  }
  const millis = twoDigits(text, s + 20) * 10 + text.charCodeAt(s + 22) - 48;
  return dayBaseCached + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

function twoDigits(text: string, i: number): number {
  return (text.charCodeAt(i) - 48) * 10 + text.charCodeAt(i + 1) - 48;
}

function statusAt(text: string, s: number, e: number): number {
  const n = e - s;
  if (n === 2 && text.startsWith('ok', s)) return OK;
  if (n === 4 && text.startsWith('down', s)) return DOWN;
  if (n === 8 && text.startsWith('degraded', s)) return DEGRADED;
  return -1;
}

/** The fast path: a flat object of strings and numbers, no whitespace. false: ask the slow path. */
function scanLine(text: string, start: number, end: number): boolean {
  let i = start;
  if (text.charCodeAt(i) !== 123) return false;
  i++;
  let t = Number.NaN;
  let status = -1;
  let ms: number | undefined;
  let attempts: number | undefined;
  let errors: number | undefined;
  for (;;) {
    if (text.charCodeAt(i) !== 34) return false;
    const keyStart = i + 1;
    const keyEnd = stringEnd(text, keyStart, end);
    if (keyEnd < 0 || text.charCodeAt(keyEnd + 1) !== 58) return false;
    const key = keyOf(text, keyStart, keyEnd);
    i = keyEnd + 2;
    if (text.charCodeAt(i) === 34) {
      const valueEnd = stringEnd(text, i + 1, end);
      if (valueEnd < 0) return false;
      if (key === K_T) t = isoTime(text, i + 1, valueEnd);
      else if (key === K_STATUS) status = statusAt(text, i + 1, valueEnd);
      else if (key !== K_OTHER) return false; // a number field given as a string
      i = valueEnd + 1;
    } else {
      const valueEnd = numberEnd(text, i, end);
      if (valueEnd < 0) return false; // true, false, null, objects, arrays: slow path
      if (key === K_MS) ms = numberValue;
      else if (key === K_ATTEMPTS) attempts = numberValue;
      else if (key === K_ERRORS) errors = numberValue;
      else if (key !== K_OTHER) return false;
      i = valueEnd;
    }
    const c = text.charCodeAt(i);
    i++;
    if (c === 125) break;
    if (c !== 44) return false;
  }
  if (i !== end) return false;
  // The grammar held; what is left is the check both paths share (NaN time: maybe another
  // format Date.parse reads, so ask the slow path).
  return !Number.isNaN(t) && checked(t, status, ms, attempts, errors);
}

class ParsedColumns implements SampleColumns {
  constructor(
    readonly length: number,
    readonly t: Float64Array,
    readonly status: Uint8Array,
    readonly ms: Float64Array,
    readonly attempts: Float64Array,
    readonly errors: Float64Array,
    private readonly lineAt: (i: number) => Sample,
  ) {}

  sample(i: number): Sample {
    return this.lineAt(i);
  }
}

/** Parses a samples file; lines that are not samples are skipped and counted, never guessed. */
export function parseSampleColumns(text: string | undefined): { columns: SampleColumns; invalid: number } {
  const body = text ?? '';
  clean = !NEEDS_CHECKING.test(body);
  let capacity = 1;
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) capacity++;
  const t = new Float64Array(capacity);
  const status = new Uint8Array(capacity);
  const ms = new Float64Array(capacity);
  const attempts = new Float64Array(capacity);
  const errors = new Float64Array(capacity);
  const lineStart = new Uint32Array(capacity);
  const lineEnd = new Uint32Array(capacity);
  let n = 0;
  let invalid = 0;
  let ordered = true;
  for (let start = 0; start < body.length;) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    let valid = scanLine(body, start, end);
    if (!valid) {
      const line = body.slice(start, end);
      if (line.trim() === '') {
        start = end + 1;
        continue;
      }
      valid = parseLine(line);
      if (!valid) invalid++;
    }
    if (valid) {
      if (n > 0 && fields.t < t[n - 1]) ordered = false;
      t[n] = fields.t;
      status[n] = fields.status;
      ms[n] = fields.ms;
      attempts[n] = fields.attempts;
      errors[n] = fields.errors;
      lineStart[n] = start;
      lineEnd[n] = end;
      n++;
    }
    start = end + 1;
  }
  // Concurrent writers may append out of order: a stable sort by time.
  const order = Array.from({ length: n }, (_, i) => i);
  if (!ordered) order.sort((a, b) => t[a] - t[b]);
  const pick = <A extends Float64Array | Uint8Array | Uint32Array>(column: A): A => {
    const out = column.slice(0, n) as A;
    if (!ordered) order.forEach((from, to) => (out[to] = column[from]));
    return out;
  };
  const starts = pick(lineStart);
  const ends = pick(lineEnd);
  const sampleAt = (i: number): Sample => {
    const sample = JSON.parse(body.slice(starts[i], ends[i])) as Sample;
    sample.attempts ??= 1;
    sample.errors ??= sample.status === 'down' ? 1 : 0;
    return sample;
  };
  return {
    columns: new ParsedColumns(n, pick(t), pick(status), pick(ms), pick(attempts), pick(errors), sampleAt),
    invalid,
  };
}

/** Columns over samples already in memory (sorted by time). */
export function columnsOf(samples: readonly Sample[]): SampleColumns {
  const n = samples.length;
  const columns = new ParsedColumns(
    n,
    new Float64Array(n),
    new Uint8Array(n),
    new Float64Array(n),
    new Float64Array(n),
    new Float64Array(n),
    (i) => samples[i],
  );
  samples.forEach((sample, i) => {
    columns.t[i] = Date.parse(sample.t);
    columns.status[i] = statusIndex(sample.status);
    columns.ms[i] = sample.ms ?? Number.NaN;
    columns.attempts[i] = sample.attempts;
    columns.errors[i] = sample.errors;
  });
  return columns;
}
