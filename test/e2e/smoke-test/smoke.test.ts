import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../../harness/runner.js';

/**
 * One local server with the misbehaviours smoke tests meet after a deploy: a service that starts
 * slowly, one that flaps, wrong bodies, a request that hangs, redirects, and a version endpoint that
 * reports the old version for a while.
 */
let server: http.Server;
let base: string;
const requests: string[] = [];
const counters = new Map<string, number>();
const SECRET = 'sk-live-5ecret-t0ken';

function count(key: string): number {
  const n = (counters.get(key) ?? 0) + 1;
  counters.set(key, n);
  return n;
}

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    requests.push(`${request.method} ${url.pathname}`);
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(JSON.stringify(body));
    };
    switch (url.pathname) {
      case '/health':
        return json(
          200,
          { status: 'up', checks: [{ name: 'db', latency: 3 }], build: { 'git-sha': 'abc123' } },
          { 'x-served-by': 'web-7' },
        );
      case '/slow-start':
        // Not ready for the first two requests after the deploy.
        return count('slow-start') <= 2 ? json(503, { status: 'starting' }) : json(200, { status: 'up' });
      case '/flap':
        return count('flap') % 2 === 0 ? json(500, { status: 'error' }) : json(200, { status: 'up' });
      case '/wrong':
        return json(200, { status: 'down' });
      case '/hang':
        return; // never answers
      case '/moved':
        response.writeHead(302, { location: '/health' });
        return response.end();
      case '/echo-auth':
        response.writeHead(401, { 'content-type': 'text/plain' });
        return response.end(
          `rejected ${request.headers.authorization ?? ''} and <${request.headers['x-api-token'] ?? ''}>`,
        );
      case '/version':
        return json(200, { version: count('version') <= 2 ? '1.4.1' : '1.4.2' });
      case '/text':
        response.writeHead(200, { 'content-type': 'text/html' });
        return response.end('<html><body>Welcome & "hello"</body></html>');
      default:
        return json(404, { error: 'not found' });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  requests.length = 0;
  counters.clear();
});

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'smoke-'));
const smoke = (inputs: Record<string, string | number>) =>
  runAction('smoke-test', { inputs: { 'retry-delay': '20ms', ...inputs }, killAfterMs: 30_000 });
const errors = (result: Awaited<ReturnType<typeof smoke>>) =>
  result.annotations.filter((a) => a.level === 'error').map((a) => a.message);

interface Report {
  result: string;
  checks: {
    name: string;
    passed: boolean;
    status?: number;
    attempts: { attempt: number; status?: number }[];
    reasons: string[];
  }[];
}

describe('smoke-test', () => {
  it('passes checks on status, body, JSONPath matchers, headers and latency, and writes JUnit and JSON', async () => {
    const dir = tmp();
    const result = await smoke({
      'base-url': `${base}/`,
      checks: `
- name: health
  url: /health
  expect:
    status: 200
    body-contains: [up, db]
    body-matches: '"status":\\s*"up"'
    json:
      $.status: up
      "$.checks[0].name": { equals: db }
      "$.checks[-1].latency": { less: 50, greater: 0 }
      "$['build']['git-sha']": { matches: '^[0-9a-f]+$' }
      $.missing: { exists: false }
      $.checks: { contains: { name: db, latency: 3 } }
      "$.checks[?@.name=='db'].latency": 3
      "$.checks[*].name": { matches: '^[a-z]+$', count: 1 }
      "$..['git-sha']": { exists: true }
    headers:
      content-type: /^application\\/json/
      x-served-by: web-7
    max-latency-ms: 5000
- name: text page
  url: ${base}/text
  expect: { status: [200, 204], body-contains: Welcome }
`,
      'junit-file': path.join(dir, 'junit.xml'),
      'report-file': path.join(dir, 'report.json'),
    });
    expect(errors(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'passed', passed: '2', failed: '0', total: '2' });
    expect(result.summary).toMatch(/\| health \| ✅ passed \| 200 \| \d+ ms \| 1 \| — \|/);
    const junit = readFileSync(path.join(dir, 'junit.xml'), 'utf8');
    expect(junit).toMatch(/<testsuite name="smoke-test" tests="2" failures="0" errors="0"/);
    expect(junit.match(/<testcase /g)).toHaveLength(2);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as Report;
    expect(report.checks.map((c) => [c.name, c.passed, c.status])).toEqual([
      ['health', true, 200],
      ['text page', true, 200],
    ]);
  });

  it('retries a service that starts slowly until it is ready', async () => {
    const result = await smoke({ checks: `- { name: starting, url: "${base}/slow-start" }`, retries: 3 });
    expect(result.outputs).toMatchObject({ result: 'passed', passed: '1' });
    const report = JSON.parse(result.outputs.report) as Report;
    expect(report.checks[0].attempts.map((a) => a.status)).toEqual([503, 503, 200]);
    expect(result.summary).toContain('| starting | ✅ passed | 200 |');
  });

  it('fails when retries run out before the service is ready', async () => {
    const result = await smoke({ checks: `- { name: starting, url: "${base}/slow-start" }`, retries: 1 });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ result: 'failed', passed: '0', failed: '1', total: '1' });
    expect(result.summary).toContain('| starting | ❌ failed | 503 | ');
    expect(result.summary).toContain('| 2 | status 503, expected 2xx |');
  });

  it('never turns a flapping answer into a pass without retries', async () => {
    const result = await smoke({
      checks: `- { name: first, url: "${base}/flap" }\n- { name: second, url: "${base}/flap" }`,
      retries: 0,
      concurrency: 1,
    });
    expect(result.outputs).toMatchObject({ result: 'failed', passed: '1', failed: '1' });
    expect(result.summary).toContain('| second | ❌ failed | 500 |');
  });

  it('reports a wrong body with every reason after all attempts', async () => {
    const dir = tmp();
    const result = await smoke({
      checks: `- name: wrong
  url: ${base}/wrong
  expect:
    json: { $.status: up, $.version: { exists: true } }
    body-contains: '"up"'`,
      retries: 2,
      'junit-file': path.join(dir, 'junit.xml'),
    });
    expect(result.outputs.result).toBe('failed');
    const report = JSON.parse(result.outputs.report) as Report;
    expect(report.checks[0].attempts).toHaveLength(3);
    expect(report.checks[0].reasons).toEqual([
      'body does not contain "\\"up\\"" (body: "{\\"status\\":\\"down\\"}")',
      '$.status is "down", expected "up"',
      '$.version is missing',
    ]);
    const junit = readFileSync(path.join(dir, 'junit.xml'), 'utf8');
    expect(junit).toContain('<failure message="body does not contain &quot;\\&quot;up\\&quot;&quot;');
    expect(junit).toMatch(/<testsuite name="smoke-test" tests="1" failures="1"/);
  });

  it('times out a hanging request and stops retrying at the deadline', async () => {
    const result = await smoke({
      checks: `- { name: hangs, url: "${base}/hang" }`,
      timeout: '200ms',
      retries: 50,
      'retry-delay': '100ms',
      deadline: '1500ms',
    });
    expect(result.outputs.result).toBe('failed');
    const report = JSON.parse(result.outputs.report) as Report;
    const attempts = report.checks[0].attempts.length;
    expect(attempts).toBeGreaterThan(1);
    expect(attempts).toBeLessThan(51);
    expect(report.checks[0].reasons[0]).toMatch(/no complete answer from 127\.0\.0\.1:\d+ within \d+ ms/);
    expect(report.checks[0].reasons.at(-1)).toMatch(/deadline/);
  });

  it('treats a redirect as an answer unless the check follows redirects', async () => {
    const result = await smoke({
      checks: `- { name: as is, url: "${base}/moved" }
- { name: followed, url: "${base}/moved", follow-redirects: true, expect: { json: { $.status: up } } }
- { name: expected redirect, url: "${base}/moved", expect: { status: 3xx, headers: { location: /health } } }`,
      retries: 0,
    });
    expect(result.outputs).toMatchObject({ passed: '2', failed: '1' });
    expect(result.summary).toContain('| as is | ❌ failed | 302 |');
    expect(result.summary).toContain('status 302, expected 2xx');
  });

  it('waits until the service reports the version just shipped', async () => {
    const shipped = await smoke({
      'expected-version': 'v1.4.2',
      'version-url': `${base}/version`,
      retries: 3,
    });
    expect(shipped.outputs).toMatchObject({ result: 'passed', total: '1' });
    expect((JSON.parse(shipped.outputs.report) as Report).checks[0].attempts).toHaveLength(3);
    const stale = await smoke({ 'expected-version': '1.5.0', 'version-url': `${base}/version`, retries: 1 });
    expect(stale.outputs.result).toBe('failed');
    expect(stale.summary).toContain('$.version is "1.4.2", which does not match /^v?1\\\\.5\\\\.0$/');
  });

  it('masks secret header values everywhere, also when the server echoes them', async () => {
    const dir = tmp();
    const result = await smoke({
      checks: `- name: auth
  url: ${base}/echo-auth
  headers:
    Authorization: Bearer ${SECRET}
    X-Api-Token: { value: "${SECRET}-2", secret: true }
    X-Trace: visible-value
  expect: { body-contains: accepted }`,
      retries: 0,
      'junit-file': path.join(dir, 'junit.xml'),
      'report-file': path.join(dir, 'report.json'),
    });
    expect(result.outputs.result).toBe('failed');
    expect(result.secretsMasked).toEqual(expect.arrayContaining([`Bearer ${SECRET}`, `${SECRET}-2`]));
    for (const text of [
      result.outputs.report,
      result.summary,
      readFileSync(path.join(dir, 'junit.xml'), 'utf8'),
      readFileSync(path.join(dir, 'report.json'), 'utf8'),
      result.log.replace(/^::add-mask::.*$/gm, ''),
    ])
      expect(text).not.toContain(SECRET);
    expect(result.outputs.report).toContain('rejected *** and <***>');
    expect(result.summary).toContain('rejected *** and &lt;***&gt;');
  });
});

describe('smoke-test cancellation', () => {
  it('stops a hanging check when the runner cancels and still sets every output', async () => {
    const result = await runAction('smoke-test', {
      inputs: { checks: `- { name: hangs, url: "${base}/hang" }`, timeout: '60s', retries: 5 },
      cancel: { when: (log) => log.includes('::group::Running 1 check(s)') },
      killAfterMs: 30_000,
    });
    expect(result.exitCode).toBe(1);
    expect(result.signal).toBeNull();
    expect(errors(result)).toEqual([expect.stringContaining('cancelled (SIGTERM)')]);
    expect(result.outputs).toEqual({ result: 'failed', passed: '0', failed: '0', total: '0', report: '{}' });
  });
});

describe('smoke-test bad input', () => {
  it.each([
    [
      { checks: `- name: a\n  url: /x\n  expect:\n    status: 2xxx` },
      "input 'checks': line 4: [0].expect.status",
    ],
    [
      { checks: `- name: a\n  url: /x\n  expect: { body-matches: "(" }`, 'base-url': 'http://127.0.0.1:9' },
      "input 'checks': line 3: body-matches is not a regular expression",
    ],
    [
      {
        checks: `- name: a\n  url: /x\n  expect:\n    json: { "$.a[?@.b==]": 1 }`,
        'base-url': 'http://127.0.0.1:9',
      },
      "input 'checks': line 4: check 'a': JSONPath '$.a[?@.b==]' is not RFC 9535 JSONPath: unexpected end of expression at position 11",
    ],
    [{ checks: `- name: a\n  url: x\n  bogus: 1` }, "input 'checks': line 3: [0] has unknown key 'bogus'"],
    [
      { checks: `- name: a\n  url: /relative` },
      "input 'checks': line 2: '/relative' is relative but base-url is not set",
    ],
    [{ checks: `- name: a\n  url: [oops` }, "input 'checks': line 2: "],
    [{ retries: -1 }, "input 'retries': -1 is out of range; expected a whole number from 0 to 100"],
    [{ concurrency: 0 }, "input 'concurrency': 0 is out of range"],
    [{ deadline: 'forever' }, "input 'deadline': 'forever' is not a duration"],
    [{ 'expected-version': '1.0.0' }, "input 'version-url': is required with expected-version"],
  ])('%j fails naming the input and the line, before any request', async (inputs, message) => {
    const result = await smoke({ checks: `- { name: ok, url: "${base}/health" }`, ...inputs });
    expect(result.exitCode).toBe(1);
    expect(errors(result)[0]).toContain(message);
    expect(requests).toEqual([]);
    expect(result.outputs).toEqual({ result: 'failed', passed: '0', failed: '0', total: '0', report: '{}' });
  });

  it('names the file and the line of a malformed checks file', async () => {
    const dir = tmp();
    writeFileSync(
      path.join(dir, 'checks.yml'),
      `- name: good\n  url: ${base}/health\n- name: bad\n  url: ${base}/health\n  method: FETCH\n`,
    );
    const result = await runAction('smoke-test', { inputs: { 'checks-file': 'checks.yml' }, cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(errors(result)[0]).toContain(
      "input 'checks-file': checks.yml line 5: [1].method must match pattern",
    );
    expect(requests).toEqual([]);
  });
});
