/** Durations as users write them: `30s`, `15m`, `24h`, `7d`, combinations like `1h30m`, or ISO 8601 `PT1H`. */

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const COMPACT = /^(?:(\d+(?:\.\d+)?)(ms|s|m|h|d|w))+$/;
const COMPACT_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;
const ISO =
  /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export const DURATION_EXAMPLES = '30s, 15m, 24h, 7d or ISO 8601 such as PT1H';

/** Parses a duration into milliseconds, or returns undefined when the text is not one. */
export function parseDuration(text: string): number | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  if (COMPACT.test(value)) {
    let total = 0;
    for (const [, amount, unit] of value.matchAll(COMPACT_PART)) total += Number(amount) * UNIT_MS[unit];
    return Math.round(total);
  }
  const iso = ISO.exec(value.toUpperCase());
  if (iso && value.length > 1 && !value.toUpperCase().endsWith('T')) {
    const [, w, d, h, m, s] = iso.map((part) => (part === undefined ? 0 : Number(part)));
    if ([w, d, h, m, s].every((part) => part === 0) && !/\d/.test(value)) return undefined;
    return Math.round(w * UNIT_MS.w + d * UNIT_MS.d + h * UNIT_MS.h + m * UNIT_MS.m + s * UNIT_MS.s);
  }
  return undefined;
}

/** Formats milliseconds compactly for people: `1h30m`, `45s`, `250ms`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(Math.round(ms));
  if (rest < 1000) return `${sign}${rest}ms`;
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', UNIT_MS.d],
    ['h', UNIT_MS.h],
    ['m', UNIT_MS.m],
    ['s', UNIT_MS.s],
  ] as const) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${count}${unit}`);
    rest -= count * size;
  }
  return sign + parts.join('');
}
