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
 * reject exactly the same lines. The scanner reads the file's UTF-8 bytes as they come from the
 * store: the file is never decoded into one large string (which would cost a copy and stay in the
 * heap until a full collection); only a line that is shown whole or needs `JSON.parse` is decoded.
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
  /**
   * Where sample i's line starts in the bytes parsed, when its lines were in time order (then
   * samples and lines are in the same order); undefined otherwise.
   */
  lineStart?(i: number): number | undefined;
}

/** The last valid line's fields (one scratch record: no object per line). */
const fields = { t: 0, status: 0, ms: 0, attempts: 0, errors: 0 };

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Whether a line's values make a sample (then in `fields`); the fast path makes the same checks. */
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

// ---- the fast path (on the file's UTF-8 bytes) ----

const K_OTHER = 0;
const K_T = 1;
const K_STATUS = 2;
const K_MS = 3;
const K_ATTEMPTS = 4;
const K_ERRORS = 5;

/**
 * Whether the bytes at `i` are `word` (given as its bytes). Written out per word below, not looped
 * over a string: the loop with `charCodeAt` was a sixth of the scanner's time.
 */
const is4 = (b: Uint8Array, i: number, c0: number, c1: number, c2: number, c3: number) =>
  b[i] === c0 && b[i + 1] === c1 && b[i + 2] === c2 && b[i + 3] === c3;

/** Length of each key's name, by key (K_OTHER: read to its closing quote). */
const KEY_LENGTH = [0, 1, 6, 2, 8, 6];

/**
 * Which of the keys a sample has (`"t"`, `"status"`, `"ms"`, `"attempts"`, `"errors"`, closing quote
 * included) starts at `s`; K_OTHER for any other key. Bytes are compared in place: the keys are a third
 * of a line.
 */
function keyAt(b: Uint8Array, s: number): number {
  const c = b[s];
  if (c === 116 /* t */ && b[s + 1] === 34) return K_T;
  if (c === 115 /* s */ && b[s + 6] === 34 && b[s + 1] === 116 && is4(b, s + 2, 97, 116, 117, 115))
    return K_STATUS; // tatus
  if (c === 109 /* m */ && b[s + 1] === 115 && b[s + 2] === 34) return K_MS;
  if (
    c === 97 /* a */ &&
    b[s + 8] === 34 &&
    is4(b, s + 1, 116, 116, 101, 109) && // ttem
    b[s + 5] === 112 && // p
    b[s + 6] === 116 && // t
    b[s + 7] === 115 // s
  )
    return K_ATTEMPTS;
  if (c === 101 /* e */ && b[s + 6] === 34 && b[s + 1] === 114 && is4(b, s + 2, 114, 111, 114, 115))
    return K_ERRORS; // rrors
  return K_OTHER;
}

/**
 * Index of the closing quote of a string starting at `i`, or -1: an escape or a control character
 * (the slow path decides), or no quote before the line's end (a newline is a control character).
 * Bytes of multi-byte characters (0x80 and up) are string content, as JSON allows.
 */
function stringEnd(b: Uint8Array, i: number, end: number): number {
  for (; i < end; i++) {
    const c = b[i];
    if (c === 34) return i;
    if (c === 92 || c < 32) return -1;
  }
  return -1;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/**
 * Results of numberEnd ([0]) and isoTime ([1]), and the cached day start ([2]): kept in a typed
 * array, since a double stored in a module variable or returned from a call is allocated as an
 * object each time, and the scanner produces several per line.
 */
const scratch = new Float64Array(3);
const NUMBER = 0;
const TIME = 1;
const DAY_BASE = 2;

/** 10^k, exact as doubles (a table: Math.pow per number was a quarter of the scanner's time). */
const POW10 = new Float64Array(Array.from({ length: 16 }, (_, k) => 10 ** k));

/** Reads a JSON number at `i` into scratch[NUMBER]; returns its end, or -1 if it is not one. */
function numberEnd(b: Uint8Array, i: number, end: number): number {
  const start = i;
  let negative = false;
  if (b[i] === 45) {
    negative = true;
    i++;
  }
  let c = b[i];
  if (!isDigit(c)) return -1;
  let mantissa = 0;
  let digits = 0;
  if (c === 48) i++;
  else
    for (; i < end && isDigit((c = b[i])); i++) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
    }
  let fraction = 0;
  if (b[i] === 46) {
    i++;
    const from = i;
    for (; i < end && isDigit((c = b[i])); i++) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
    }
    fraction = i - from;
    if (fraction === 0) return -1;
  }
  c = b[i];
  if (c === 101 || c === 69) {
    i++;
    c = b[i];
    if (c === 43 || c === 45) i++;
    const from = i;
    while (i < end && isDigit(b[i])) i++;
    if (i === from) return -1;
    scratch[NUMBER] = Number(latin1(b, start, i));
    return i;
  }
  // Up to 15 digits the mantissa and 10^fraction are exact, and one division rounds once: the same
  // double as Number() of the text.
  scratch[NUMBER] =
    digits <= 15 && fraction < POW10.length
      ? (negative ? -mantissa : mantissa) / POW10[fraction]
      : Number(latin1(b, start, i));
  return i;
}

/** ASCII bytes (digits, signs, `T`, `Z`...) as a string. */
function latin1(b: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(b[i]);
  return text;
}

let dayKeyCached = -1;

const twoDigits = (b: Uint8Array, i: number) => {
  const hi = b[i] - 48;
  const lo = b[i + 1] - 48;
  // Not two digits: a negative or too large result, which every caller rejects.
  return hi >= 0 && hi <= 9 && lo >= 0 && lo <= 9 ? hi * 10 + lo : -1000;
};

/**
 * `Date.parse` of `YYYY-MM-DDTHH:MM:SS.sssZ` (what `toISOString` writes) into scratch[TIME]: the
 * day's start from `Date.parse` (cached: a file holds one day), plus the time of day. false for
 * anything else, which sends the line to the slow path.
 */
function isoTime(b: Uint8Array, s: number, e: number): boolean {
  if (e - s !== 24) return false;
  if (
    b[s + 4] !== 45 ||
    b[s + 7] !== 45 ||
    b[s + 10] !== 84 ||
    b[s + 13] !== 58 ||
    b[s + 16] !== 58 ||
    b[s + 19] !== 46 ||
    b[s + 23] !== 90 ||
    !isDigit(b[s + 22])
  )
    return false;
  const hours = twoDigits(b, s + 11);
  const minutes = twoDigits(b, s + 14);
  const seconds = twoDigits(b, s + 17);
  const centis = twoDigits(b, s + 20);
  const century = twoDigits(b, s);
  const year = twoDigits(b, s + 2);
  const month = twoDigits(b, s + 5);
  const day = twoDigits(b, s + 8);
  if (
    hours < 0 ||
    hours > 23 ||
    minutes < 0 ||
    minutes > 59 ||
    seconds < 0 ||
    seconds > 59 ||
    centis < 0 ||
    century < 0 ||
    year < 0 ||
    month < 0 ||
    day < 0
  )
    return false;
  const key = (century * 100 + year) * 10000 + month * 100 + day;
  if (key !== dayKeyCached) {
    dayKeyCached = key;
    scratch[DAY_BASE] = Date.parse(`${latin1(b, s, s + 10)}T00:00:00.000Z`);
  }
  const millis = centis * 10 + b[s + 22] - 48;
  scratch[TIME] = scratch[DAY_BASE] + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
  return !Number.isNaN(scratch[TIME]);
}

function statusAt(b: Uint8Array, s: number, e: number): number {
  const n = e - s;
  if (n === 2 && b[s] === 111 && b[s + 1] === 107) return OK;
  if (n === 4 && is4(b, s, 100, 111, 119, 110)) return DOWN; // down
  if (n === 8 && is4(b, s, 100, 101, 103, 114) && is4(b, s + 4, 97, 100, 101, 100)) return DEGRADED; // degr aded
  return -1;
}

/**
 * The fast path: a flat object of strings and numbers, no whitespace, then the end of the line.
 * Returns where the line ends (its newline, or the end of the file), or -1: ask the slow path. It
 * finds the line's end itself (no string or number it reads goes past a newline), so the bytes are
 * gone through once.
 */
function scanLine(b: Uint8Array, start: number, end: number): number {
  let i = start;
  if (b[i] !== 123) return -1;
  i++;
  let t = Number.NaN;
  let status = -1;
  // Numbers stay unboxed locals (a `number | undefined` passed on would be allocated per line).
  let ms = 0;
  let attempts = 0;
  let errors = 0;
  let hasMs = false;
  let hasAttempts = false;
  let hasErrors = false;
  for (;;) {
    if (b[i] !== 34) return -1;
    const keyStart = i + 1;
    const key = keyAt(b, keyStart);
    const keyEnd = key === K_OTHER ? stringEnd(b, keyStart, end) : keyStart + KEY_LENGTH[key];
    if (keyEnd < 0 || b[keyEnd + 1] !== 58) return -1;
    i = keyEnd + 2;
    // A time as toISOString writes it: isoTime checks all 24 bytes (none is a quote, an escape or
    // a control character), so the string ends at the quote after them.
    if (key === K_T && b[i] === 34 && b[i + 25] === 34 && isoTime(b, i + 1, i + 25)) {
      t = scratch[TIME];
      i += 26;
    } else if (b[i] === 34) {
      const valueEnd = stringEnd(b, i + 1, end);
      if (valueEnd < 0) return -1;
      if (key === K_T) t = isoTime(b, i + 1, valueEnd) ? scratch[TIME] : Number.NaN;
      else if (key === K_STATUS) status = statusAt(b, i + 1, valueEnd);
      else if (key !== K_OTHER) return -1; // a number field given as a string
      i = valueEnd + 1;
    } else {
      const valueEnd = numberEnd(b, i, end);
      if (valueEnd < 0) return -1; // true, false, null, objects, arrays: slow path
      if (key === K_MS) {
        ms = scratch[NUMBER];
        hasMs = true;
      } else if (key === K_ATTEMPTS) {
        attempts = scratch[NUMBER];
        hasAttempts = true;
      } else if (key === K_ERRORS) {
        errors = scratch[NUMBER];
        hasErrors = true;
      } else if (key !== K_OTHER) return -1;
      i = valueEnd;
    }
    const c = b[i];
    i++;
    if (c === 125) break;
    if (c !== 44) return -1;
  }
  if (i !== end && b[i] !== 10) return -1;
  // The grammar held; what is left are the checks `checked` makes on the slow path (NaN time: maybe
  // another format Date.parse reads, so ask the slow path).
  if (Number.isNaN(t) || status < 0) return -1;
  if (hasMs && !(Number.isFinite(ms) && ms >= 0)) return -1;
  if ((hasAttempts && !Number.isFinite(attempts)) || (hasErrors && !Number.isFinite(errors))) return -1;
  fields.t = t;
  fields.status = status;
  fields.ms = hasMs ? ms : Number.NaN;
  fields.attempts = hasAttempts ? attempts : 1;
  fields.errors = hasErrors ? errors : status === DOWN ? 1 : 0;
  return i;
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
    private readonly starts?: Uint32Array,
  ) {}

  sample(i: number): Sample {
    return this.lineAt(i);
  }

  lineStart(i: number): number | undefined {
    return this.starts?.[i];
  }
}

/** A view of bytes as a Buffer (for its native newline search), without copying. */
function bytesOf(text: string | Uint8Array | undefined): Buffer {
  if (text === undefined) return Buffer.alloc(0);
  if (typeof text === 'string') return Buffer.from(text, 'utf8');
  return Buffer.isBuffer(text) ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
}

/**
 * Parses a samples file (its UTF-8 bytes, or its text); lines that are not samples are skipped and
 * counted, never guessed.
 */
export function parseSampleColumns(text: string | Uint8Array | undefined): {
  columns: SampleColumns;
  invalid: number;
} {
  const body = bytesOf(text);
  const length = body.length;
  // Grown as needed: a line sla-probe writes is about 100 bytes.
  let capacity = Math.max(16, Math.ceil(length / 64));
  let t = new Float64Array(capacity);
  let status = new Uint8Array(capacity);
  let ms = new Float64Array(capacity);
  let attempts = new Float64Array(capacity);
  let errors = new Float64Array(capacity);
  let lineStart = new Uint32Array(capacity);
  let lineEnd = new Uint32Array(capacity);
  let n = 0;
  let invalid = 0;
  let ordered = true;
  for (let start = 0; start < length;) {
    let end = scanLine(body, start, length);
    let valid = end >= 0;
    if (!valid) {
      end = body.indexOf(10, start);
      if (end < 0) end = length;
      const line = body.toString('utf8', start, end);
      if (line.trim() === '') {
        start = end + 1;
        continue;
      }
      valid = parseLine(line);
      if (!valid) invalid++;
    }
    if (valid) {
      if (n === capacity) {
        capacity *= 2;
        const grow = <A extends Float64Array | Uint8Array | Uint32Array>(a: A): A => {
          const bigger = new (a.constructor as new (n: number) => A)(capacity);
          bigger.set(a);
          return bigger;
        };
        t = grow(t);
        status = grow(status);
        ms = grow(ms);
        attempts = grow(attempts);
        errors = grow(errors);
        lineStart = grow(lineStart);
        lineEnd = grow(lineEnd);
      }
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
  let order: number[] | undefined;
  if (!ordered) {
    order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => t[a] - t[b]);
  }
  const pick = <A extends Float64Array | Uint8Array | Uint32Array>(column: A): A => {
    if (!order) return column.subarray(0, n) as A;
    const out = column.slice(0, n) as A;
    order.forEach((from, to) => (out[to] = column[from]));
    return out;
  };
  const starts = pick(lineStart);
  const ends = pick(lineEnd);
  const sampleAt = (i: number): Sample => {
    const sample = JSON.parse(body.toString('utf8', starts[i], ends[i])) as Sample;
    sample.attempts ??= 1;
    sample.errors ??= sample.status === 'down' ? 1 : 0;
    return sample;
  };
  return {
    columns: new ParsedColumns(
      n,
      pick(t),
      pick(status),
      pick(ms),
      pick(attempts),
      pick(errors),
      sampleAt,
      order ? undefined : starts,
    ),
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
