import { isDeepStrictEqual } from 'node:util';

/**
 * A value matcher: a plain value means "equals"; an object of matcher keys combines them all:
 * `{equals}`, `{contains}` (substring or array element), `{matches}` (regex), `{exists}`,
 * `{less}`, `{greater}`, and `{count}` (how many nodes a JSONPath selects; see expectations.ts).
 */
export const MATCHER_KEYS = ['equals', 'contains', 'matches', 'exists', 'less', 'greater', 'count'] as const;
export type Matcher = Partial<Record<(typeof MATCHER_KEYS)[number], unknown>>;

export function isMatcherObject(value: unknown): value is Matcher {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length > 0 &&
    Object.keys(value).every((key) => (MATCHER_KEYS as readonly string[]).includes(key))
  );
}

const show = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/** Why the value does not match, or undefined when it does. */
export function mismatch(expected: unknown, found: boolean, actual: unknown): string | undefined {
  const matcher: Matcher = isMatcherObject(expected) ? expected : { equals: expected };
  if ('exists' in matcher) {
    if (matcher.exists !== found) return matcher.exists ? 'is missing' : `exists (${show(actual)})`;
  } else if (!found) return 'is missing';
  if ('equals' in matcher && !isDeepStrictEqual(actual, matcher.equals))
    return `is ${show(actual)}, expected ${show(matcher.equals)}`;
  if ('contains' in matcher) {
    const ok = Array.isArray(actual)
      ? actual.some((item) => isDeepStrictEqual(item, matcher.contains))
      : typeof actual === 'string' && actual.includes(String(matcher.contains));
    if (!ok) return `is ${show(actual)}, which does not contain ${show(matcher.contains)}`;
  }
  if ('matches' in matcher) {
    const text = typeof actual === 'string' ? actual : JSON.stringify(actual);
    if (!new RegExp(String(matcher.matches)).test(text ?? ''))
      return `is ${show(actual)}, which does not match /${String(matcher.matches)}/`;
  }
  if ('less' in matcher && !(typeof actual === 'number' && actual < Number(matcher.less)))
    return `is ${show(actual)}, expected less than ${show(matcher.less)}`;
  if ('greater' in matcher && !(typeof actual === 'number' && actual > Number(matcher.greater)))
    return `is ${show(actual)}, expected greater than ${show(matcher.greater)}`;
  return undefined;
}
