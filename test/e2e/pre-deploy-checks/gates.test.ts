import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../../harness/runner.js';

/**
 * A clock that reads `at` when the bundle starts: SHIPGATE_TEST_CLOCK runs `factor` times faster from
 * an epoch, so an epoch of 2·now − at with factor 2 shows `at` now (and runs slightly fast after).
 */
const clockAt = (at: string) => ({ epochMs: 2 * Date.now() - Date.parse(at), factor: 2 });

const errors = (result: Awaited<ReturnType<typeof runAction>>) =>
  result.annotations.filter((a) => a.level === 'error').map((a) => a.message);

let server: http.Server;
let base: string;
const seen: string[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    seen.push(request.url ?? '');
    const status = request.url === '/down' ? 503 : request.url === '/moved' ? 302 : 200;
    response.writeHead(status, status === 302 ? { location: '/up' } : {});
    response.end(status === 200 ? 'ok' : 'no');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('pre-deploy-checks deploy windows and freezes', () => {
  it('blocks outside the window on a DST weekend in New York and says when the next window opens', async () => {
    // Saturday 7 March 2026 10:00 EST; the clocks spring forward on Sunday.
    const result = await runAction('pre-deploy-checks', {
      inputs: { 'deploy-windows': 'Mon-Fri 09:00-16:00', timezone: 'America/New_York', version: 'v1.4.2' },
      clock: clockAt('2026-03-07T15:00:00Z'),
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({
      result: 'failed',
      'failed-checks': 'deploy-windows',
      'next-window': '2026-03-09T13:00:00.000Z', // Monday 09:00 EDT
      'image-digest': '',
    });
    expect(result.summary).toMatch(
      /\| deploy-windows \| ❌ failed \| 2026-03-07T15:00:0\d\.\d+Z \(America\/New_York\) is outside/,
    );
    expect(result.summary).toMatch(/\| version \| ✅ passed \| 1\.4\.2 \|/);
    const report = JSON.parse(result.outputs.report) as { checks: { check: string; result: string }[] };
    expect(report.checks.map((c) => [c.check, c.result])).toEqual([
      ['version', 'passed'],
      ['deploy-windows', 'failed'],
    ]);
  });

  it('passes inside the window on the Monday after the change', async () => {
    const result = await runAction('pre-deploy-checks', {
      inputs: { 'deploy-windows': 'Mon-Fri 09:00-16:00', timezone: 'America/New_York' },
      clock: clockAt('2026-03-09T13:01:00Z'),
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'passed', 'failed-checks': '', 'next-window': '' });
  });

  it('blocks a year-end freeze in Berlin until the first window after it', async () => {
    const result = await runAction('pre-deploy-checks', {
      inputs: {
        'deploy-windows': 'Mon-Fri 09:00-16:00',
        'freeze-periods': '0 18 * * FRI .. 0 6 * * MON\n2026-12-19 .. 2027-01-03',
        timezone: 'Europe/Berlin',
      },
      clock: clockAt('2026-12-31T10:00:00Z'),
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['failed-checks']).toBe('freeze-periods');
    expect(result.outputs['next-window']).toBe('2027-01-04T08:00:00.000Z');
    expect(result.summary).toContain(
      "freeze '2026-12-19 .. 2027-01-03' (line 2) is in force until 2027-01-03T23:00:00.000Z",
    );
  });

  it('turns failures into warnings with a break-glass override, and records the reason', async () => {
    const result = await runAction('pre-deploy-checks', {
      inputs: {
        'freeze-periods': '2026-12-19 .. 2027-01-03',
        version: 'not-a-version',
        override: 'INC-42 hotfix for the payment outage',
      },
      actor: 'oncall-lead',
      clock: clockAt('2026-12-24T12:00:00Z'),
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      result: 'overridden',
      'failed-checks': 'version,freeze-periods',
      'override-reason': 'INC-42 hotfix for the payment outage',
    });
    const report = JSON.parse(result.outputs.report) as Record<string, unknown>;
    expect(report.override).toEqual({
      reason: 'INC-42 hotfix for the payment outage',
      actor: 'oncall-lead',
      used: true,
    });
    expect(result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toContainEqual(
      expect.stringContaining('overridden: INC-42'),
    );
    expect(result.summary).toContain('⚠️ overridden');
  });
});

describe('pre-deploy-checks health URLs and error budget', () => {
  it('fails a URL that does not answer 2xx (a redirect is not healthy) and passes the others', async () => {
    const reportFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'pdc-')), 'report.json');
    const result = await runAction('pre-deploy-checks', {
      inputs: { 'health-urls': `${base}/up\n${base}/down, ${base}/moved`, 'report-file': reportFile },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['failed-checks']).toBe('health-urls');
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
      checks: { check: string; result: string; detail: string }[];
    };
    expect(report.checks.map((c) => [c.check, c.result, c.detail.split(' in ')[0]])).toEqual([
      [`health-urls: ${base}/up`, 'passed', 'HTTP 200'],
      [`health-urls: ${base}/down`, 'failed', 'HTTP 503'],
      [`health-urls: ${base}/moved`, 'failed', 'HTTP 302'],
    ]);
  });

  it('reads status.json from a data dir and fails when the environment has too little budget left', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sla-'));
    writeFileSync(
      path.join(dir, 'status.json'),
      JSON.stringify({
        schema: 1,
        'generated-at': new Date().toISOString(),
        services: {
          api: {
            environment: 'production',
            status: 'up',
            coverage: 1,
            uptime: 99.95,
            'error-budget-remaining': 42.5,
            'budget-exhausted': false,
          },
          web: {
            environment: 'production',
            status: 'degraded',
            coverage: 1,
            uptime: 99.9,
            'error-budget-remaining': 8,
            'budget-exhausted': false,
          },
          batch: {
            environment: 'staging',
            status: 'down',
            coverage: 1,
            uptime: 90,
            'error-budget-remaining': 0,
            'budget-exhausted': true,
          },
        },
      }),
    );
    const run = (environment: string, min: number) =>
      runAction('pre-deploy-checks', {
        inputs: { 'error-budget': true, 'data-dir': dir, environment, 'min-error-budget': min },
      });
    const low = await run('production', 10);
    expect(low.exitCode).toBe(1);
    expect(low.outputs['failed-checks']).toBe('error-budget');
    expect(low.summary).toContain('web: 8% of the error budget left, below 10%');
    const enough = await run('production', 5);
    expect(enough.outputs.result).toBe('passed');
    const missing = await run('canary', 0);
    expect(missing.outputs.result).toBe('failed');
    expect(missing.summary).toContain("has no service for environment 'canary'");
  });

  it('fails closed when the registry cannot be reached', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = http.createServer();
      probe.listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const result = await runAction('pre-deploy-checks', {
      inputs: { image: `127.0.0.1:${closed}/team/app:1` },
    });
    expect(result.outputs).toMatchObject({ result: 'failed', 'failed-checks': 'image', 'image-digest': '' });
    expect(result.summary).toContain(`cannot connect to 127.0.0.1:${closed}`);
  });

  it('fails closed when status.json is missing', async () => {
    const result = await runAction('pre-deploy-checks', {
      inputs: {
        'error-budget': true,
        'data-dir': mkdtempSync(path.join(os.tmpdir(), 'sla-empty-')),
        environment: 'production',
      },
    });
    expect(result.outputs).toMatchObject({ result: 'failed', 'failed-checks': 'error-budget' });
    expect(result.summary).toMatch(/status\.json in .* does not exist/);
  });
});

describe('pre-deploy-checks bad input', () => {
  it.each([
    [
      { 'deploy-windows': 'Mon-Fri 09:00-16:00\nFunday 10:00-11:00' },
      "input 'deploy-windows': line 2: 'Funday 10:00-11:00' is not a deploy window",
    ],
    [
      { 'freeze-periods': '2026-12-24 .. 2026-12-26\n0 25 * * * .. 0 6 * * MON' },
      "input 'freeze-periods': line 2: hour 25 is outside 0-23",
    ],
    [
      { timezone: 'Mars/Olympus_Mons', 'deploy-windows': '* 00:00-24:00' },
      "input 'timezone': 'Mars/Olympus_Mons' is not an IANA time zone",
    ],
    [
      { image: 'Registry.Example.com:5000/App:1' },
      "input 'image': 'Registry.Example.com:5000/App:1' repository 'App' is not valid",
    ],
    [{ 'checks-timeout': 'soon' }, "input 'checks-timeout': 'soon' is not a duration"],
    [{ 'min-error-budget': -1 }, "input 'min-error-budget': -1 is out of range"],
    // deploy.yml passes the commit it deploys; a branch name there would move between check and deploy.
    [{ sha: 'feature/x' }, "input 'sha': 'feature/x' is not a commit SHA"],
  ])('%j fails naming the input before anything is probed', async (inputs, message) => {
    seen.length = 0;
    const result = await runAction('pre-deploy-checks', {
      inputs: { ...inputs, 'health-urls': `${base}/up` },
    });
    expect(result.exitCode).toBe(1);
    expect(errors(result)[0]).toContain(message);
    expect(seen).toEqual([]);
    expect(result.outputs).toMatchObject({ result: 'failed', 'failed-checks': '', report: '{}' });
  });

  it('fails closed when no check is configured (a misspelt input must not pass the gate)', async () => {
    // As with `health-url:` (singular) in a workflow: GitHub only warns, the action sees no check at all.
    const result = await runAction('pre-deploy-checks', { inputs: {} });
    expect(result.exitCode).toBe(1);
    expect(errors(result)[0]).toContain(
      "input 'version, deploy-windows, freeze-periods, incident-label, required-checks, image, health-urls, error-budget': none is set",
    );
    expect(result.outputs).toMatchObject({ result: 'failed', 'failed-checks': '', report: '{}' });
  });
});
