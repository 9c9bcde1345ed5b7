import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  badQueryPlaceholders,
  fillQuery,
  parseInstantQuery,
  PrometheusSource,
} from '../../../actions/canary/src/metrics/prometheus.js';
import { CommandRouter, runCommand, WebhookRouter } from '../../../actions/canary/src/traffic.js';
import { parseCommand } from '../../../actions/canary/src/argv.js';

const vector = (...values: string[]) =>
  JSON.stringify({
    status: 'success',
    data: { resultType: 'vector', result: values.map((v) => ({ metric: {}, value: [1, v] })) },
  });

describe('Prometheus instant queries', () => {
  it('reads one number and treats everything else as a problem, never a value', () => {
    expect(parseInstantQuery(200, vector('0.25'))).toEqual({ ok: true, value: 0.25 });
    expect(
      parseInstantQuery(
        200,
        JSON.stringify({ status: 'success', data: { resultType: 'scalar', result: [1, '3'] } }),
      ),
    ).toEqual({ ok: true, value: 3 });
    expect(parseInstantQuery(200, vector())).toEqual({ ok: false, problem: 'empty result (no data)' });
    expect(parseInstantQuery(200, vector('NaN'))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/not a number/),
    });
    expect(parseInstantQuery(200, vector('1', '2'))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/2 series/),
    });
    expect(parseInstantQuery(400, '{"status":"error","error":"parse error"}')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/HTTP 400/),
    });
    expect(parseInstantQuery(200, '<html>')).toEqual({ ok: false, problem: 'the answer is not JSON' });
    expect(parseInstantQuery(200, '{"status":"error","error":"boom"}')).toEqual({
      ok: false,
      problem: 'query failed: boom',
    });
  });

  it('fills {{version}}, {{stage}} and {{interval}} and names any other placeholder', () => {
    expect(
      fillQuery('rate(x{v="{{version}}",s="{{ stage }}"}[{{interval}}])', {
        version: 'v2',
        stage: 3,
        intervalMs: 30_000,
      }),
    ).toBe('rate(x{v="v2",s="3"}[30s])');
    expect(badQueryPlaceholders('x{v="{{version}}"}[{{interval}}]')).toEqual([]);
    expect(badQueryPlaceholders('x{v="{{verison}}"}')).toEqual(['{{verison}}']);
    expect(badQueryPlaceholders('x{v="{{version}"}')).toEqual(['an unclosed {{ or a stray }}']);
  });

  describe('against an HTTP server', () => {
    let server: http.Server;
    let url: string;
    const seen: { query: string; auth?: string }[] = [];
    let answers: Record<string, string> = {};
    beforeAll(async () => {
      server = http.createServer((req, res) => {
        const query = new URL(req.url!, 'http://x').searchParams.get('query')!;
        seen.push({ query, auth: req.headers.authorization });
        const answer = Object.entries(answers).find(([needle]) => query.includes(needle));
        res.writeHead(200, { 'content-type': 'application/json' }).end(answer ? answer[1] : vector());
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/prom`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    const source = (baseline?: string) =>
      new PrometheusSource(
        new URL(url),
        {
          errorRate: 'errors{v="{{version}}"}',
          requestCount: 'count{v="{{version}}"}[{{interval}}]',
          latency: 'p95{v="{{version}}"}',
        },
        'v2',
        baseline,
        2000,
        { authorization: 'Bearer secret' },
      );

    it('turns the three queries into counts and a p95 for canary and baseline', async () => {
      answers = {
        'errors{v="v2"}': vector('0.1'),
        'count{v="v2"}': vector('200'),
        'p95{v="v2"}': vector('0.25'),
        'errors{v="v1"}': vector('0'),
        'count{v="v1"}': vector('800'),
        'p95{v="v1"}': vector('0.2'),
      };
      const prometheus = source('v1');
      const m = await prometheus.measure({
        weight: 20,
        stage: 1,
        check: 1,
        sinceLastMs: 30_000,
        sinceStageMs: 30_000,
      });
      expect(m).toEqual({
        source: 'prometheus',
        canary: { requests: 200, errors: 20, p95Ms: 250 },
        baseline: { requests: 800, errors: 0, p95Ms: 200 },
        // Requests by version of the user traffic: their split shows the applied weight.
        routed: true,
      });
      expect(seen.some((s) => s.query === 'count{v="v2"}[30s]' && s.auth === 'Bearer secret')).toBe(true);

      // The next check reads the stage so far and keeps only what is new: disjoint batches.
      answers['count{v="v2"}'] = vector('300');
      answers['errors{v="v2"}'] = vector('0.1');
      answers['count{v="v1"}'] = vector('790'); // increase() extrapolation dipped: nothing new, nothing twice
      const next = await prometheus.measure({
        weight: 20,
        stage: 1,
        check: 2,
        sinceLastMs: 10_000,
        sinceStageMs: 40_000,
      });
      expect(next.canary).toEqual({ requests: 100, errors: 10, p95Ms: 250 });
      expect(next.baseline).toEqual({ requests: 0, errors: 0, p95Ms: 200 });
      expect(seen.some((s) => s.query === 'count{v="v2"}[40s]')).toBe(true);
      // A new stage counts from its own start.
      const stage2 = await prometheus.measure({
        weight: 50,
        stage: 2,
        check: 1,
        sinceLastMs: 10_000,
        sinceStageMs: 10_000,
      });
      expect(stage2.canary!.requests).toBe(300);
    });

    it('reads resource gauges for both versions; a gauge the canary cannot answer is no data', async () => {
      const withGauges = new PrometheusSource(
        new URL(url),
        {
          errorRate: 'errors{v="{{version}}"}',
          requestCount: 'count{v="{{version}}"}',
          gauges: [{ name: 'cpu', query: 'cpu{v="{{version}}"}', limit: 0.8 }],
        },
        'v2',
        'v1',
        2000,
      );
      answers = {
        'errors{v="v2"}': vector('0'),
        'count{v="v2"}': vector('100'),
        'errors{v="v1"}': vector('0'),
        'count{v="v1"}': vector('100'),
        'cpu{v="v2"}': vector('0.9'),
        'cpu{v="v1"}': vector('0.2'),
      };
      const ctx = { weight: 50, stage: 1, check: 1, sinceLastMs: 5000, sinceStageMs: 5000 };
      expect((await withGauges.measure(ctx)).gauges).toEqual([
        { name: 'cpu', canary: 0.9, baseline: 0.2, limit: 0.8 },
      ]);
      delete answers['cpu{v="v2"}'];
      expect((await withGauges.measure({ ...ctx, check: 2 })).problem).toMatch(
        /cpu-query for v2: empty result/,
      );
    });

    it('zero requests is zero traffic (the 0/0 rate is not read), not a fault', async () => {
      answers = { 'errors{v="v2"}': vector('NaN'), 'count{v="v2"}': vector('0') };
      const m = await source().measure({
        weight: 5,
        stage: 1,
        check: 1,
        sinceLastMs: 5000,
        sinceStageMs: 5000,
      });
      expect(m.problem).toBeUndefined();
      expect(m.canary).toEqual({ requests: 0, errors: 0, p95Ms: undefined });
    });

    it('an empty canary answer is a problem; an empty baseline leaves thresholds alone', async () => {
      answers = {
        'errors{v="v2"}': vector('0'),
        'count{v="v2"}': vector('100'),
        'p95{v="v2"}': vector('0.1'),
      };
      const m = await source('v1').measure({
        weight: 100,
        stage: 2,
        check: 1,
        sinceLastMs: 30_000,
        sinceStageMs: 30_000,
      });
      expect(m.canary).toEqual({ requests: 100, errors: 0, p95Ms: 100 });
      expect(m.baseline).toBeUndefined();
      expect(m.notes![0]).toMatch(/no baseline \(request-count-query for v1: empty result/);
      answers = {};
      expect(
        (await source().measure({ weight: 5, stage: 1, check: 1, sinceLastMs: 30_000, sinceStageMs: 30_000 }))
          .problem,
      ).toMatch(/request-count-query for v2: empty result \(no data\)/);
    });

    it('an unreachable Prometheus is a problem with the reason', async () => {
      const dead = new PrometheusSource(
        new URL('http://127.0.0.1:9'),
        { errorRate: 'e', requestCount: 'c' },
        'v2',
        undefined,
        1000,
      );
      expect(
        (await dead.measure({ weight: 5, stage: 1, check: 1, sinceLastMs: 1000, sinceStageMs: 1000 }))
          .problem,
      ).toMatch(/cannot connect/);
    });
  });
});

describe('traffic routers', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'canary-traffic-'));
  const writer = (file: string) =>
    parseCommand(
      `${process.execPath} -e "require('fs').appendFileSync(process.argv[1], JSON.stringify(process.argv.slice(2))+'\\n')" '${file}' '{weight}; touch ${dir}/pwned' "\\$(touch ${dir}/pwned2)" stage={stage}`,
    );

  it('runs the command with no shell: metacharacters arrive as literal arguments', async () => {
    const file = path.join(dir, 'calls.jsonl');
    const router = new CommandRouter(writer(file), undefined, 5000);
    await router.setWeight(25, 2);
    await router.rollback();
    const calls = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(calls).toEqual([
      [`25; touch ${dir}/pwned`, `$(touch ${dir}/pwned2)`, 'stage=2'],
      [`0; touch ${dir}/pwned`, `$(touch ${dir}/pwned2)`, 'stage=0'],
    ]);
    expect(existsSync(path.join(dir, 'pwned'))).toBe(false);
    expect(existsSync(path.join(dir, 'pwned2'))).toBe(false);
  });

  it('uses rollback-command for the rollback when given', async () => {
    const file = path.join(dir, 'rollback.jsonl');
    const router = new CommandRouter(
      writer(path.join(dir, 'unused.jsonl')),
      parseCommand(
        `${process.execPath} -e "require('fs').writeFileSync(process.argv[1], 'rolled back')" '${file}'`,
      ),
      5000,
    );
    await router.rollback();
    expect(readFileSync(file, 'utf8')).toBe('rolled back');
    expect(existsSync(path.join(dir, 'unused.jsonl'))).toBe(false);
  });

  it('rejects on a non-zero exit with the output, on a missing program and on its timeout', async () => {
    await expect(
      runCommand([process.execPath, '-e', 'console.error("reload failed"); process.exit(3)'], 5000),
    ).rejects.toThrow(/exited with 3: reload failed/);
    await expect(runCommand(['/nonexistent/set-weight'], 5000)).rejects.toThrow(
      /command \/nonexistent\/set-weight failed to start: Unable to locate executable file/,
    );
    // The child never exits by itself: the call returns only because the timeout killed it.
    await expect(runCommand([process.execPath, '-e', 'setInterval(() => {}, 1000)'], 300)).rejects.toThrow(
      /timed out/,
    );
  });

  it('cancellation kills the running command (it never goes on setting weights) and rejects', async () => {
    const pidFile = path.join(dir, 'command.pid');
    const controller = new AbortController();
    const script = `require('fs').writeFileSync(process.argv[1], String(process.pid)); setInterval(() => {}, 1000)`;
    const running = runCommand([process.execPath, '-e', script, pidFile], 60_000, controller.signal);
    while (!existsSync(pidFile) || !readFileSync(pidFile, 'utf8'))
      await new Promise((r) => setTimeout(r, 20));
    const pid = Number(readFileSync(pidFile, 'utf8'));
    controller.abort();
    await expect(running).rejects.toThrow(/cancelled/);
    expect(() => process.kill(pid, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
  });

  it('streams each output line to the log behind a margin (never a workflow command), keeps a program path with spaces whole', async () => {
    const spaced = path.join(dir, 'tools with spaces');
    mkdirSync(spaced, { recursive: true });
    symlinkSync(process.execPath, path.join(spaced, 'node'));
    const lines: string[] = [];
    const output = await runCommand(
      [
        path.join(spaced, 'node'),
        '-e',
        'console.log("weight set"); console.error("::add-mask::x"); console.log(process.argv[1])',
        'a "quoted" arg with spaces',
      ],
      5000,
      undefined,
      (line) => lines.push(line),
    );
    expect(lines).toEqual(expect.arrayContaining(['  | weight set', '  | ::add-mask::x']));
    expect(lines).toContain('  | a "quoted" arg with spaces');
    expect(output).toContain('weight set\n');
  });

  it('the webhook receives weight, stage and version; a non-2xx answer is a failure', async () => {
    const bodies: unknown[] = [];
    let status = 200;
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        bodies.push({ method: req.method, type: req.headers['content-type'], body: JSON.parse(body) });
        res.writeHead(status).end('nope');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const router = new WebhookRouter(
      new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/traffic`),
      'v2',
      2000,
    );
    await router.setWeight(25, 2);
    await router.rollback();
    status = 503;
    await expect(router.setWeight(50, 3)).rejects.toThrow(/answered 503/);
    server.close();
    expect(bodies).toEqual([
      { method: 'POST', type: 'application/json', body: { weight: 25, stage: 2, version: 'v2' } },
      {
        method: 'POST',
        type: 'application/json',
        body: { weight: 0, stage: 0, version: 'v2', rollback: true },
      },
      { method: 'POST', type: 'application/json', body: { weight: 50, stage: 3, version: 'v2' } },
    ]);
  });
});
