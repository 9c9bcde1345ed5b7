import type { ProbeResult } from '@shipgate/core';
import type { Expectations } from './checks-config.js';
import { readJsonPath } from './json-path.js';
import { mismatch } from './matchers.js';

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
      for (const { path, segments, expected } of expect.json) {
        const { found, value } = readJsonPath(data, segments);
        const why = mismatch(expected, found, value);
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
