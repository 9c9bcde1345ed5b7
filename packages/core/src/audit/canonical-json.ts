/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): object keys sorted by UTF-16 code units, no
 * whitespace, numbers in ECMAScript shortest round-trip form, strings escaped as ECMAScript
 * JSON.stringify does (only `"`, `\` and control characters; everything else as is, UTF-8 encoded).
 */
export class CanonicalJsonError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CanonicalJsonError';
  }
}

/** The canonical text of a JSON value; throws for values JSON (I-JSON) cannot carry. */
export function canonicalize(value: unknown): string {
  const parts: string[] = [];
  write(value, parts, '$');
  return parts.join('');
}

/** The canonical UTF-8 bytes of a JSON value. */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalize(value), 'utf8');
}

function write(value: unknown, out: string[], at: string): void {
  if (value === null) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      out.push(serializeNumber(value, at));
      return;
    case 'string':
      out.push(serializeString(value, at));
      return;
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(`${at}: a ${typeof value} is not JSON`);
  }
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, i) => {
      if (i > 0) out.push(',');
      write(item, out, `${at}[${i}]`);
    });
    out.push(']');
    return;
  }
  const record = value as Record<string, unknown>;
  // Array.prototype.sort compares strings by UTF-16 code units, which is exactly what JCS asks.
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  out.push('{');
  keys.forEach((key, i) => {
    if (i > 0) out.push(',');
    out.push(serializeString(key, `${at} key`), ':');
    write(record[key], out, `${at}.${key}`);
  });
  out.push('}');
}

/** ECMAScript Number::toString, which JCS adopts (RFC 8785 section 3.2.2.3); -0 becomes 0. */
export function serializeNumber(value: number, at = '$'): string {
  if (!Number.isFinite(value)) throw new CanonicalJsonError(`${at}: ${value} is not a JSON number`);
  if (Object.is(value, -0)) return '0';
  return String(value);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function serializeString(value: string, at = '$'): string {
  if (LONE_SURROGATE.test(value))
    throw new CanonicalJsonError(`${at}: a string with a lone surrogate is not valid I-JSON`);
  // JSON.stringify escapes exactly `"`, `\`, \b \f \n \r \t and other controls as \u00xx (lower case).
  return JSON.stringify(value);
}

/** Parses text and says whether it is already in canonical form (byte for byte). */
export function parseCanonical(text: string): { value: unknown; canonical: boolean } {
  const value: unknown = JSON.parse(text);
  let canonical: boolean;
  try {
    canonical = canonicalize(value) === text;
  } catch {
    canonical = false;
  }
  return { value, canonical };
}
