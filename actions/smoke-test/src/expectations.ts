import type { ProbeResult } from '@shipgate/core';
import type { Expectations } from './checks-config.js';
import { queryJsonPath, type JsonPath } from './json-path.js';
import { isMatcherObject, mismatch, type Matcher } from './matchers.js';

/** A header expectation: a string is the exact value, `/…/` a regex, an object a matcher. */
function headerExpectation(expected: unknown): unknown {
  if (
    typeof expected === 'string' &&
    expected.length > 1 &&
    expected.startsWith('/') &&
    expected.endsWith('/')
  )
    return { matches: expected.slice(1, -1) };
  return expected;
}

const excerpt = (body: string) => {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
};

/**
 * Why the JSON fails one JSONPath expectation, or undefined when it holds.
 *
 * - A singular query (`$.a.b[0]`: names and indexes only) is judged as one value, or missing.
 * - A query that can select several nodes (wildcard, slice, filter, `..`, union) selects a node
 *   list: `exists: true` holds when it selects at least one node, `exists: false` when none,
 *   `count: n` when exactly n. Every other matcher (a plain value, equals, contains, matches, less,
 *   greater) must hold for EVERY selected node, and a query that selects no node fails them: an
 *   empty list never passes by default. So `$.checks[*].status: ok` means "all checks are ok", and
 *   `$.checks[?@.name=='db'].status: ok` means "there is a db check and it is ok".
 */
export function judgeJsonPath(data: unknown, path: JsonPath, expected: unknown): string | undefined {
  const nodes = queryJsonPath(data, path);
  const matcher: Matcher = isMatcherObject(expected) ? { ...expected } : { equals: expected };
  if ('count' in matcher) {
    if (nodes.length !== matcher.count)
      return `selected ${nodes.length} node(s), expected ${String(matcher.count)}`;
    delete matcher.count;
    if (Object.keys(matcher).length === 0) return undefined;
  }
  if (path.singular) return mismatch(matcher, nodes.length > 0, nodes[0]?.value);
  if ('exists' in matcher) {
    if (matcher.exists !== nodes.length > 0)
      return matcher.exists ? 'selected no node' : `selected ${nodes.length} node(s), first ${nodes[0].path}`;
    delete matcher.exists;
    if (Object.keys(matcher).length === 0) return undefined;
  }
  if (nodes.length === 0) return 'selected no node';
  for (const [index, node] of nodes.entries()) {
    const why = mismatch(matcher, true, node.value);
    if (why) return `node ${node.path} (${index + 1} of ${nodes.length}) ${why}`;
  }
  return undefined;
}

/** Every reason the response fails its expectations (empty when it passes). */
export function judgeResponse(result: ProbeResult, expect: Expectations): string[] {
  if (!result.ok) return [result.error];
  const reasons: string[] = [];
  if (!expect.status.test(result.status))
    reasons.push(`status ${result.status}, expected ${expect.status.text}`);
  for (const text of expect.bodyContains)
    if (!result.body.includes(text))
      reasons.push(
        `body does not contain ${JSON.stringify(text)} (body: ${JSON.stringify(excerpt(result.body))})`,
      );
  if (expect.bodyMatches && !expect.bodyMatches.test(result.body))
    reasons.push(
      `body does not match /${expect.bodyMatches.source}/ (body: ${JSON.stringify(excerpt(result.body))})`,
    );
  if (expect.json.length > 0) {
    let data: unknown;
    let parsed = true;
    try {
      data = JSON.parse(result.body);
    } catch {
      parsed = false;
      reasons.push(`body is not JSON (body: ${JSON.stringify(excerpt(result.body))})`);
    }
    if (parsed)
      for (const { path, query, expected } of expect.json) {
        const why = judgeJsonPath(data, query, expected);
        if (why) reasons.push(`${path} ${why}`);
      }
  }
  for (const { name, expected } of expect.headers) {
    const value = result.headers[name];
    const why = mismatch(headerExpectation(expected), value !== undefined, value);
    if (why) reasons.push(`header ${name} ${why}`);
  }
  if (expect.maxLatencyMs !== undefined && result.latencyMs > expect.maxLatencyMs)
    reasons.push(`latency ${Math.round(result.latencyMs)} ms, expected at most ${expect.maxLatencyMs} ms`);
  return reasons;
}
