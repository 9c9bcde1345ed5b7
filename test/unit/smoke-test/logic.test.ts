import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  InputError,
  VirtualClock,
  type ProbeRequest,
  type ProbeResult,
} from '../../../packages/core/src/index.js';
import { parseChecks, type SmokeCheck } from '../../../actions/smoke-test/src/checks-config.js';
import { judgeJsonPath } from '../../../actions/smoke-test/src/expectations.js';
import { parseJsonPath, readJsonPath } from '../../../actions/smoke-test/src/json-path.js';
import { renderJUnit, xmlEscape } from '../../../actions/smoke-test/src/junit.js';
import { mismatch } from '../../../actions/smoke-test/src/matchers.js';
import { backoffDelay } from '../../../actions/smoke-test/src/retry-policy.js';
import { runCheck, runChecks, type CheckResult } from '../../../actions/smoke-test/src/run-checks.js';

describe('JSONPath (RFC 9535): the paths the old subset took still work', () => {
  const data = { a: { b: [{ c: 1 }, { c: 2 }] }, 'x-y': { 'z.w': true }, n: null };
  it.each([
    ['$', data],
    ['$.a.b[0].c', 1],
    ['$.a.b[-1].c', 2],
    ["$['x-y']['z.w']", true],
    ['$["x-y"]["z.w"]', true],
    ['$.n', null],
  ])('%s', (path, value) => {
    expect(readJsonPath(data, parseJsonPath(path))).toEqual({ found: true, value });
  });
  it.each(['$.a.b[2]', '$.a.c', '$.a.b.c', '$.n.x', '$.a.b[-3]'])('%s is missing', (path) => {
    expect(readJsonPath(data, parseJsonPath(path)).found).toBe(false);
  });
  it.each([
    ['a.b', "'a.b' is not RFC 9535 JSONPath: expected '$', found 'a' at position 1"],
    ['$.a[', "'$.a[' is not RFC 9535 JSONPath: unclosed bracketed selection at position 5"],
    ['$.a b', /^'\$\.a b' is not RFC 9535 JSONPath: .* at position 5$/],
    ['$[?@.a==]', /^'\$\[\?@\.a==\]' is not RFC 9535 JSONPath: .* at position \d+$/],
    ['$[?length(@.a)]', /^'\$\[\?length\(@\.a\)\]' is not RFC 9535 JSONPath/],
  ])('rejects %s, saying where', (path, message) => {
    expect(() => parseJsonPath(path)).toThrow(message);
  });
  it('knows singular queries (one place) from node lists', () => {
    expect(['$.a.b[0].c', "$['x']", '$[-1]'].map((p) => parseJsonPath(p).singular)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['$.a.*', '$..c', '$[0,1]', '$[1:]', '$[?@.c]'].map((p) => parseJsonPath(p).singular)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('JSONPath assertions on node lists', () => {
  const data = {
    checks: [
      { name: 'db', status: 'ok', latency: 3 },
      { name: 'cache', status: 'ok', latency: 9 },
      { name: 'queue', status: 'degraded', latency: 40 },
    ],
    empty: [],
  };
  const judge = (path: string, expected: unknown) => judgeJsonPath(data, parseJsonPath(path), expected);
  it.each([
    ["$.checks[?@.name=='db'].status", 'ok', undefined],
    [
      "$.checks[?@.name=='queue'].status",
      'ok',
      'node $[\'checks\'][2][\'status\'] (1 of 1) is "degraded", expected "ok"',
    ],
    ['$.checks[*].status', 'ok', 'node $[\'checks\'][2][\'status\'] (3 of 3) is "degraded", expected "ok"'],
    ['$.checks[0:2].status', 'ok', undefined],
    ['$..latency', { less: 50 }, undefined],
    ['$..latency', { less: 10 }, "node $['checks'][2]['latency'] (3 of 3) is 40, expected less than 10"],
    ["$.checks[?@.name=='web'].status", 'ok', 'selected no node'],
    ['$.empty[*]', { less: 1 }, 'selected no node'],
    ["$.checks[?@.name=='web']", { exists: false }, undefined],
    ["$.checks[?@.name=='db']", { exists: false }, "selected 1 node(s), first $['checks'][0]"],
    ['$.checks[?@.latency > 5]', { exists: true }, undefined],
    ['$.checks[*]', { count: 3 }, undefined],
    ["$.checks[?@.status=='ok']", { count: 1 }, 'selected 2 node(s), expected 1'],
    ["$.checks[?@.status=='ok'].name", { count: 2, matches: '^[a-z]+$' }, undefined],
    ['$.checks[0].name', { count: 1, equals: 'db' }, undefined],
    ['$.checks[5]', { count: 0 }, undefined],
    ['$.checks[?length(@.name) == 2].name', 'db', undefined],
    ["$.checks[?match(@.name, 'd.*')].status", 'ok', undefined],
    ['$.checks', { contains: { name: 'db', status: 'ok', latency: 3 } }, undefined],
  ])('%s against %j', (path, expected, why) => {
    expect(judge(path, expected)).toBe(why);
  });
});

describe('matchers', () => {
  it.each([
    ['up', true, 'up', undefined],
    ['up', true, 'down', 'is "down", expected "up"'],
    [{ equals: { a: [1] } }, true, { a: [1] }, undefined],
    [{ contains: 'ell' }, true, 'hello', undefined],
    [{ contains: 3 }, true, [1, 2], 'is [1,2], which does not contain 3'],
    [{ matches: '^v\\d' }, true, 'v1', undefined],
    [{ exists: false }, false, undefined, undefined],
    [{ exists: true }, false, undefined, 'is missing'],
    [{ less: 10, greater: 2 }, true, 5, undefined],
    [{ less: 10 }, true, '5', 'is "5", expected less than 10'],
    [{ greater: 2 }, true, 2, 'is 2, expected greater than 2'],
    [1, false, undefined, 'is missing'],
  ])('%j against %j/%j', (expected, found, actual, why) => {
    expect(mismatch(expected, found, actual)).toBe(why);
  });
});

describe('backoff', () => {
  it('doubles from the retry delay with jitter between half and all of it', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, 1000, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, 1000, () => 1))).toEqual([1000, 2000, 4000, 8000]);
  });
});

describe('checks config', () => {
  it('resolves paths against base-url, keeps its path, and treats Authorization as secret', async () => {
    const [check] = await parseChecks(
      '- name: a\n  url: /v1/health\n  headers: { Authorization: x, X-A: y }\n  json: { q: 1 }',
      {
        input: 'checks',
        baseUrl: new URL('https://svc.example.com/app'),
      },
    );
    expect(check.url.toString()).toBe('https://svc.example.com/app/v1/health');
    expect(check.headers).toEqual([
      { name: 'Authorization', value: 'x', secret: true },
      { name: 'X-A', value: 'y', secret: false },
      { name: 'content-type', value: 'application/json', secret: false },
    ]);
    expect(check.body).toBe('{"q":1}');
  });

  it.each([
    ['- name: a\n  url: http://x/\n- name: a\n  url: http://x/', /line 3: check name 'a' is used twice/],
    ['- name: a\n  url: ftp://x/', /line 2: 'ftp:\/\/x\/' is not an http\(s\) URL/],
    ['- name: a\n  url: http://x/\n  body: b\n  json: {}', /line 4: check 'a' has both body and json/],
    ['[]', /must NOT have fewer than 1 items/],
  ])('rejects %j with the line', async (text, problem) => {
    await expect(parseChecks(text, { input: 'checks' })).rejects.toThrow(InputError);
    await expect(parseChecks(text, { input: 'checks' })).rejects.toThrow(problem);
  });
});

describe('junit', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(xmlEscape(`<a href="x">'&'</a>\u0001`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;\uFFFD',
    );
  });
  it('writes one test case per check with a failure element for failures, redacted', () => {
    const result = (name: string, passed: boolean): CheckResult => ({
      name,
      method: 'GET',
      url: 'http://x/',
      passed,
      status: passed ? 200 : 500,
      latencyMs: 5,
      attempts: [
        {
          attempt: 1,
          status: passed ? 200 : 500,
          latencyMs: 5,
          reasons: passed ? [] : ['status 500 token=abc'],
        },
      ],
      reasons: passed ? [] : ['status 500 token=abc'],
      durationMs: 1500,
    });
    const xml = renderJUnit(
      [result('ok', true), result('a<b', false)],
      'smoke-test',
      '2026-01-01T00:00:00',
      (s) => s.replaceAll('abc', '***'),
    );
    expect(xml).toContain('<testcase classname="smoke-test" name="ok" time="1.500"></testcase>');
    expect(xml).toContain('name="a&lt;b"');
    expect(xml).toContain('<failure message="status 500 token=***" type="SmokeCheckFailure">');
    expect(xml).not.toContain('abc');
    expect(xml).toContain('tests="2" failures="1"');
  });
});

describe('running checks', () => {
  let check: SmokeCheck;
  beforeAll(async () => {
    [check] = await parseChecks('- { name: a, url: "http://127.0.0.1:9/x" }', { input: 'checks' });
  });
  const answer = (status: number): ProbeResult => ({
    ok: true,
    status,
    headers: {},
    body: '',
    bodyTruncated: false,
    latencyMs: 1,
    timeToHeadersMs: 1,
    url: 'http://127.0.0.1:9/x',
    redirects: [],
  });
  const options = (clock: VirtualClock, send: (r: ProbeRequest) => Promise<ProbeResult>, extra = {}) => ({
    retries: 5,
    retryDelayMs: 1000,
    timeoutMs: 10_000,
    deadline: clock.now() + 300_000,
    concurrency: 2,
    clock,
    signal: new AbortController().signal,
    random: () => 1,
    log: () => undefined,
    send,
    ...extra,
  });

  it('retries with doubling waits until the service answers', async () => {
    const clock = new VirtualClock();
    const sentAt: number[] = [];
    const send = async () => {
      sentAt.push(clock.now());
      return answer(sentAt.length < 4 ? 503 : 200);
    };
    const result = await runCheck(check, options(clock, send));
    expect(result.passed).toBe(true);
    expect(sentAt.map((t) => t - sentAt[0])).toEqual([0, 1000, 3000, 7000]);
  });

  it('stops at the deadline instead of sleeping past it', async () => {
    const clock = new VirtualClock();
    let sent = 0;
    const result = await runCheck(
      check,
      options(clock, async () => (sent++, answer(500)), { retries: 100, deadline: clock.now() + 10_000 }),
    );
    expect(result.passed).toBe(false);
    expect(sent).toBe(4); // at 0, 1s, 3s and 7s; the next wait (8s) would end after the deadline at 10s
    expect(result.attempts).toHaveLength(4);
    expect(result.reasons.at(-1)).toMatch(/no retry: the deadline passes within the next backoff/);
  });

  it('runs at most `concurrency` checks at once and keeps their order', async () => {
    const checks = await parseChecks(
      Array.from({ length: 7 }, (_, i) => `- { name: c${i}, url: "http://127.0.0.1:9/${i}" }`).join('\n'),
      { input: 'checks' },
    );
    const clock = new VirtualClock();
    let inFlight = 0;
    let peak = 0;
    const send = async (request: ProbeRequest) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return answer(String(request.url).endsWith('/3') ? 500 : 200);
    };
    const results = await runChecks(checks, options(clock, send, { concurrency: 3, retries: 0 }));
    expect(peak).toBe(3);
    expect(results.map((r) => [r.name, r.passed])).toEqual(checks.map((c) => [c.name, c.name !== 'c3']));
  });
});
