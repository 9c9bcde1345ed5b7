import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runAction } from '../../harness/runner.js';
import { startServices, workspace } from './fixtures.js';

jest.setTimeout(30_000);

let services: Awaited<ReturnType<typeof startServices>>;
beforeAll(async () => {
  services = await startServices();
});
afterAll(async () => services.stop());

const config = (base: string) => `probe-interval: 5m
services:
  - name: api
    url: ${base}/ok
  - name: slow
    url: ${base}/slow
    slo:
      latency-p95-ms: 100
  - name: broken
    url: ${base}/fail
    environment: production
    timeout: 2s
`;

function samplesOf(dataDir: string, service: string) {
  const folder = path.join(dataDir, 'samples', service);
  return readdirSync(folder).flatMap((file) =>
    readFileSync(path.join(folder, file), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>),
  );
}

const base = { 'retry-delay': '10ms', 'incident-issues': 'false' };

describe('sla-probe (data-dir)', () => {
  it('records ok, degraded and confirmed-down samples, one file per service per day', async () => {
    const ws = workspace({ '.github/sla.yml': config(services.url) });
    const failHits = services.hits['/fail'] ?? 0;
    const result = await runAction('sla-probe', { cwd: ws, inputs: { ...base, 'data-dir': 'data' } });
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      status: 'down',
      'down-services': 'broken',
      'degraded-services': 'slow',
      'samples-written': '3',
      'incidents-opened': '0',
    });
    const data = path.join(ws, 'data');
    const [api] = samplesOf(data, 'api');
    expect(api).toMatchObject({ status: 'ok', code: 200, attempts: 1, errors: 0, run: '4242/1' });
    expect(Math.abs(Date.parse(api.t as string) - Date.now())).toBeLessThan(120_000);
    const [slow] = samplesOf(data, 'slow');
    expect(slow).toMatchObject({ status: 'degraded', code: 200 });
    expect(slow.reason).toMatch(/slower than the 100 ms latency SLO/);
    const [broken] = samplesOf(data, 'broken');
    // confirm-retries 2: three requests, all failed, before it counts as down.
    expect(broken).toMatchObject({ status: 'down', code: 503, attempts: 3, errors: 3 });
    expect(services.hits['/fail'] - failHits).toBe(3);
    expect(readdirSync(path.join(data, 'samples', 'api'))).toEqual([
      `${(api.t as string).slice(0, 10)}.jsonl`,
    ]);
    expect(result.summary).toContain('| broken | down |');
  });

  it('does not count a failure that a retry contradicts as down', async () => {
    const ws = workspace({
      '.github/sla.yml': `services:\n  - name: flaky\n    url: ${services.url}/flaky\n`,
    });
    services.hits['/flaky'] = 0;
    const result = await runAction('sla-probe', { cwd: ws, inputs: { ...base, 'data-dir': 'data' } });
    expect(result.exitCode).toBe(0);
    const [sample] = samplesOf(path.join(ws, 'data'), 'flaky');
    expect(sample).toMatchObject({ status: 'ok', attempts: 2, errors: 1 });
  });

  it('loses no sample when runs write at the same time', async () => {
    const ws = workspace({
      '.github/sla.yml': `services:\n  - name: api\n    url: ${services.url}/ok\n  - name: other\n    url: ${services.url}/ok\n`,
    });
    const runs = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        runAction('sla-probe', { cwd: ws, runId: n, inputs: { ...base, 'data-dir': 'data' } }),
      ),
    );
    expect(runs.map((r) => r.exitCode)).toEqual([0, 0, 0, 0]);
    for (const service of ['api', 'other'])
      expect(
        samplesOf(path.join(ws, 'data'), service)
          .map((s) => s.run)
          .sort(),
      ).toEqual(['1/1', '2/1', '3/1', '4/1']);
  });

  it.each([
    [
      'a malformed config, with its line',
      'services:\n  - name: api\n    url: [oops\n',
      /input 'config-file': \.github\/sla\.yml line \d+:/,
    ],
    [
      'an SLO outside (0, 100)',
      `services:\n  - name: api\n    url: http://127.0.0.1:9/\n    slo:\n      uptime: 100\n`,
      /input 'config-file': \.github\/sla\.yml line 5: services\[0\]\.slo\.uptime must be < 100/,
    ],
    [
      'an unknown key',
      `services:\n  - name: api\n    url: http://127.0.0.1:9/\n    tiemout: 5s\n`,
      /input 'config-file': .*line 4: services\[0\] has unknown key 'tiemout'/,
    ],
  ])('rejects %s and writes nothing', async (_what, text, message) => {
    const ws = workspace({ '.github/sla.yml': text });
    const result = await runAction('sla-probe', { cwd: ws, inputs: { ...base, 'data-dir': 'data' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(message);
    expect(existsSync(path.join(ws, 'data'))).toBe(false);
    expect(result.outputs.status).toBe('error');
  });

  it('rejects a bad input before probing', async () => {
    const ws = workspace({ '.github/sla.yml': config(services.url) });
    const okHits = services.hits['/ok'] ?? 0;
    const result = await runAction('sla-probe', {
      cwd: ws,
      inputs: { ...base, 'data-dir': 'data', 'confirm-retries': 'two' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'confirm-retries': 'two' is not a whole number; expected/,
    );
    expect(services.hits['/ok'] ?? 0).toBe(okHits);
    expect(existsSync(path.join(ws, 'data'))).toBe(false);
  });

  it('writes no sample when the run is cancelled mid-probe', async () => {
    const ws = workspace({
      '.github/sla.yml': `services:\n  - name: api\n    url: ${services.url}/ok\n  - name: stuck\n    url: ${services.url}/hang\n    timeout: 60s\n`,
    });
    const result = await runAction('sla-probe', {
      cwd: ws,
      inputs: { ...base, 'data-dir': 'data' },
      cancel: { when: (log) => log.includes('api: ok') },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /cancelled.*no samples were written/,
    );
    expect(existsSync(path.join(ws, 'data', 'samples'))).toBe(false);
    expect(result.outputs.status).toBe('error');
  });

  it('fails with the data branch named when the API cannot be reached, writing nothing', async () => {
    const ws = workspace({ '.github/sla.yml': config(services.url) });
    const okHits = services.hits['/ok'] ?? 0;
    const result = await runAction('sla-probe', {
      cwd: ws,
      apiUrl: 'http://127.0.0.1:9',
      // A fast clock makes the client's retry backoff short.
      clock: { epochMs: Date.now(), factor: 1000 },
      inputs: { ...base },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'data-branch': cannot reach octo-org\/service@sla-data/,
    );
    expect(services.hits['/ok'] ?? 0).toBe(okHits);
  });
});
