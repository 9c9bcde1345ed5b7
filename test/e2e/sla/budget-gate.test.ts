import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAction } from '../../harness/runner.js';
import { every, startServices, workspace, writeSamples } from './fixtures.js';

// A new service from its first probe to a deploy gate that may pass: the budget is unknown until the
// SLO window holds enough samples and coverage, and a status.json that is too old never passes.

jest.setTimeout(60_000);

const MIN = 60_000;
const DAY = 86_400_000;

let services: Awaited<ReturnType<typeof startServices>>;
beforeAll(async () => {
  services = await startServices();
});
afterAll(async () => services.stop());

const setup = () => {
  const ws = workspace({
    '.github/sla.yml': `probe-interval: 5m
services:
  - name: fresh
    url: ${services.url}/ok
    environment: production
    slo: {window: 7d}
`,
  });
  return { ws, data: path.join(ws, 'data') };
};
const probe = (ws: string) =>
  runAction('sla-probe', {
    cwd: ws,
    inputs: { 'data-dir': 'data', 'retry-delay': '10ms', 'incident-issues': 'false' },
  });
const report = (ws: string, inputs: Record<string, string> = {}) =>
  runAction('sla-report', {
    cwd: ws,
    inputs: { 'data-dir': 'data', 'incident-issues': 'false', 'burn-rate-alerts': 'false', ...inputs },
  });
const gate = (data: string, inputs: Record<string, string> = {}) =>
  runAction('pre-deploy-checks', {
    inputs: { 'error-budget': 'true', 'data-dir': data, environment: 'production', ...inputs },
  });

describe('error budget of a new service (data-dir)', () => {
  it('is unknown after the first probes, and the deploy gate refuses it saying what to do', async () => {
    const { ws, data } = setup();
    expect((await probe(ws)).exitCode).toBe(0);
    expect((await probe(ws)).exitCode).toBe(0);
    const first = await report(ws);
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ 'budget-state': 'unknown', 'error-budget-remaining': '' });
    expect(first.outputs['budget-detail']).toMatch(
      /^fresh: not enough data \(2 samples, 0\.05 % coverage\)$/,
    );
    const status = JSON.parse(readFileSync(path.join(data, 'status.json'), 'utf8'));
    expect(status.services.fresh).toMatchObject({ 'budget-state': 'unknown', samples: 2 });
    expect(status.services.fresh).not.toHaveProperty('error-budget-remaining');
    // Report and dashboard say it in words, never "100 %".
    const markdown = readFileSync(first.outputs['report-file'], 'utf8');
    expect(markdown).toContain('not enough data (2 samples, 0.05 % coverage)');
    expect(markdown).toContain('Wait before gating on fresh');
    const html = readFileSync(first.outputs['dashboard-path'], 'utf8');
    expect(html).toContain('unknown, not enough data (2 samples, 0.05 % coverage)');
    expect(html).not.toMatch(/budget left[^<]*<strong>100/i);

    const refused = await gate(data);
    expect(refused.exitCode).toBe(1);
    expect(refused.outputs).toMatchObject({ result: 'failed', 'failed-checks': 'error-budget' });
    expect(refused.summary).toContain(
      "fresh: error budget unknown, not enough data (2 samples, 0.05 % coverage). Wait for more probe samples, lower sla-report's min-samples or min-coverage, or use the audited override",
    );
    // The audited override lets it through, and says so.
    const overridden = await gate(data, { override: 'hotfix INC-42, approved by on-call' });
    expect(overridden.outputs.result).toBe('overridden');
  });

  it('passes once the window holds enough samples, and not with a status.json older than max-status-age', async () => {
    const { ws, data } = setup();
    const now = Date.now();
    // Four days of a 7-day window, every 5 minutes, all up: 57 % coverage, over min-coverage 50.
    writeSamples(
      data,
      'fresh',
      every(5 * MIN, now - 4 * DAY, now - MIN).map((t) => ({ t, status: 'ok' as const })),
    );
    const enough = await report(ws);
    expect(enough.outputs['budget-state']).toBe('known');
    expect(Number(enough.outputs['error-budget-remaining'])).toBe(100);
    const passed = await gate(data, { 'min-error-budget': '50' });
    expect(passed.outputs.result).toBe('passed');
    // A stricter minimum coverage makes the same data unknown again.
    expect((await report(ws, { 'min-coverage': '80' })).outputs['budget-state']).toBe('unknown');
    expect((await gate(data)).outputs.result).toBe('failed');

    await report(ws);
    const file = path.join(data, 'status.json');
    const status = JSON.parse(readFileSync(file, 'utf8'));
    status['generated-at'] = new Date(now - 10 * DAY).toISOString();
    writeFileSync(file, JSON.stringify(status));
    const stale = await gate(data);
    expect(stale.outputs).toMatchObject({ result: 'failed', 'failed-checks': 'error-budget' });
    expect(stale.summary).toMatch(
      /status\.json in .* was generated 10d ago \(.*\), older than max-status-age 1d 2h: it no longer says how the services are doing\. Run sla-report \(check its schedule\), raise max-status-age, or use the audited override/,
    );
    expect((await gate(data, { 'max-status-age': '11d' })).outputs.result).toBe('passed');
  });

  it.each([
    [
      'sla-report',
      { 'min-coverage': '150' },
      "input 'min-coverage': 150 is out of range; expected a number from 0 to 100",
    ],
    ['sla-report', { 'min-coverage': 'most' }, "input 'min-coverage': 'most' is not a number"],
    ['pre-deploy-checks', { 'max-status-age': 'a day' }, "input 'max-status-age': 'a day' is not a duration"],
  ] as const)('%s rejects %j before anything is read or written', async (action, inputs, message) => {
    const { ws, data } = setup();
    const result =
      action === 'sla-report' ? await report(ws, inputs) : await gate(data, inputs as Record<string, string>);
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toContain(message);
    expect(existsSync(path.join(data, 'status.json'))).toBe(false);
    expect(existsSync(path.join(ws, 'sla-report'))).toBe(false);
  });
});

describe('dashboard on the data branch (data-dir)', () => {
  it('commits the dashboard beside status.json at the dashboard-file path', async () => {
    const { ws, data } = setup();
    expect((await probe(ws)).exitCode).toBe(0);
    const result = await report(ws, { 'dashboard-file': 'site/sla/index.html' });
    expect(result.exitCode).toBe(0);
    const committed = readFileSync(path.join(data, 'site', 'sla', 'index.html'), 'utf8');
    expect(committed).toBe(readFileSync(result.outputs['dashboard-path'], 'utf8'));
    expect(committed).toContain('<title>SLA dashboard</title>');
    expect(existsSync(path.join(data, 'status.json'))).toBe(true);
    // The default path.
    await report(ws);
    expect(existsSync(path.join(data, 'dashboard', 'index.html'))).toBe(true);
  });

  it.each([
    ['../outside.html', 'leaves the branch'],
    ['/etc/sla.html', 'is absolute'],
    ['status.json', 'would overwrite the SLA data'],
    ['samples/index.html', 'would overwrite the SLA data'],
    ['dashboard/', 'is not a clean path'],
  ])('refuses dashboard-file %j before anything is written', async (file, problem) => {
    const { ws, data } = setup();
    expect((await probe(ws)).exitCode).toBe(0);
    const before = readFileSync(path.join(data, '.shipgate-revision'), 'utf8');
    const result = await report(ws, { 'dashboard-file': file });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toBe(
      `input 'dashboard-file': '${file}' ${problem}; expected a relative path of an .html file on the data branch, such as dashboard/index.html`,
    );
    expect(readFileSync(path.join(data, '.shipgate-revision'), 'utf8')).toBe(before);
    expect(existsSync(path.join(data, 'status.json'))).toBe(false);
  });
});
