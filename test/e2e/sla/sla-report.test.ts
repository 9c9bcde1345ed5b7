import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runAction, type RunResult } from '../../harness/runner.js';
import { every, workspace, writeSamples } from './fixtures.js';

jest.setTimeout(60_000);

const MIN = 60_000;
const DAY = 86_400_000;
// Whole 5-minute steps, so the sample grid does not depend on when the test runs.
const now = Math.floor(Date.now() / (5 * MIN)) * 5 * MIN;
const start = now - 40 * DAY;
const outageStart = now - 10 * DAY;

const CONFIG = `probe-interval: 5m
services:
  - name: steady
    url: http://127.0.0.1:9/
    environment: production
  - name: sparse
    url: http://127.0.0.1:9/
  - name: burning
    url: http://127.0.0.1:9/
  - name: blip
    url: http://127.0.0.1:9/
  - name: silent
    url: http://127.0.0.1:9/
`;

const steadySamples = () =>
  every(5 * MIN, start, now).map((t) => ({
    t,
    status: (t > outageStart && t <= outageStart + 60 * MIN ? 'down' : 'ok') as 'down' | 'ok',
    ms: 40 + ((t / (5 * MIN)) % 100),
  }));

let ws: string;
let data: string;
let result: RunResult;

beforeAll(async () => {
  ws = workspace({ '.github/sla.yml': CONFIG });
  data = path.join(ws, 'data');
  // steady: every 5 minutes for 40 days, with a 60-minute outage (12 down samples) 10 days ago.
  writeSamples(data, 'steady', steadySamples());
  // sparse: a schedule that delivered a quarter of its runs (every 20 minutes), all up.
  writeSamples(
    data,
    'sparse',
    every(20 * MIN, start, now).map((t) => ({ t, status: 'ok' as const })),
  );
  // burning: up, then down for the last hour.
  writeSamples(
    data,
    'burning',
    every(5 * MIN, now - 2 * DAY, now + 1).map((t) => ({
      t,
      status: t > now - 60 * MIN ? ('down' as const) : ('ok' as const),
    })),
  );
  // blip: one failed probe in the last hour.
  writeSamples(
    data,
    'blip',
    every(5 * MIN, now - 2 * DAY, now + 1).map((t) => ({
      t,
      status: t === now - 10 * MIN ? ('down' as const) : ('ok' as const),
    })),
  );
  result = await runAction('sla-report', {
    cwd: ws,
    inputs: {
      'data-dir': 'data',
      'incident-issues': 'false',
      'burn-rate-alerts': 'false',
      period: 'rolling-30d',
    },
  });
});

afterAll(() => rmSync(ws, { recursive: true, force: true }));

const status = () => JSON.parse(readFileSync(path.join(data, 'status.json'), 'utf8'));

describe('sla-report (data-dir)', () => {
  it('succeeds', () => {
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(result.exitCode).toBe(0);
  });

  it('computes time-weighted uptime and spends the budget event-based', () => {
    const steady = status().services.steady;
    // 60 minutes down out of 43,200 covered: 99.8611 %; budget 43.2 min, consumed 138.9 %.
    expect(steady.uptime).toBeCloseTo(100 * (1 - 60 / 43_200), 3);
    expect(steady.coverage).toBeCloseTo(1, 3);
    expect(steady['error-budget-remaining']).toBeCloseTo(100 * (1 - 60 / 43.2), 1);
    expect(steady['budget-exhausted']).toBe(true);
    expect(steady).toMatchObject({
      environment: 'production',
      status: 'up',
      slo: { uptime: 99.9, 'latency-p95-ms': 200, 'error-rate': 0.1, 'window-days': 30 },
    });
  });

  it('reports missing samples as lost coverage, never as up', () => {
    const sparse = status().services.sparse;
    expect(sparse.coverage).toBeCloseTo(0.25, 2);
    expect(sparse.uptime).toBe(100);
    expect(status().services.silent).toMatchObject({
      status: 'no-data',
      coverage: 0,
      'budget-exhausted': false,
    });
    expect(status().services.silent.uptime).toBeUndefined();
  });

  it('computes latency percentiles from the sketches within 1 %', () => {
    // The exact lower-rank p95 of the answered samples in the report's 30-day SLO window, from the
    // generated data. The window is the report's own: it ends when the run did, a little after `now`,
    // so the sample at exactly now - 30 days may fall outside it (and move the exact p95 by one).
    const json = JSON.parse(readFileSync(path.join(ws, 'sla-report', 'sla-report.json'), 'utf8'));
    const window = json.services.find((s: { name: string }) => s.name === 'steady').slo;
    const [from, to] = [Date.parse(window['window-start']), Date.parse(window['window-end'])];
    const answered = steadySamples()
      .filter((s) => s.t >= from && s.t < to && s.status !== 'down')
      .map((s) => s.ms!)
      .sort((a, b) => a - b);
    const exact = answered[Math.floor(0.95 * (answered.length - 1))];
    const p95 = status().services.steady['latency-p95-ms'];
    // 1 % relative accuracy, plus the rounding to 0.1 ms of status.json.
    expect(Math.abs(p95 - exact)).toBeLessThanOrEqual(0.01 * exact + 0.05);
  });

  it('writes status.json in the shape the deploy gate reads', () => {
    const file = status();
    expect(file.schema).toBe(1);
    expect(Number.isFinite(Date.parse(file['generated-at']))).toBe(true);
    expect(Object.keys(file.services).sort()).toEqual(['blip', 'burning', 'silent', 'sparse', 'steady']);
    for (const entry of Object.values(file.services) as Record<string, unknown>[]) {
      expect(
        Object.keys(entry).every((k) =>
          [
            'environment',
            'status',
            'slo',
            'coverage',
            'samples',
            'budget-state',
            'budget-detail',
            'uptime',
            'latency-p95-ms',
            'error-rate',
            'error-rate-24h',
            'error-budget-remaining',
            'budget-exhausted',
            'burn-rate-1h',
            'updated-at',
          ].includes(k),
        ),
      ).toBe(true);
      expect(['up', 'degraded', 'down', 'no-data']).toContain(entry.status);
    }
    expect(file.services.burning.status).toBe('down');
    expect(file.services.burning['burn-rate-1h']).toBeCloseTo(1000, 0);
  });

  it('pages on a fast burn over both windows, and not on a single failed probe', () => {
    const alerts = JSON.parse(result.outputs.alerts) as { service: string; severity: string; rule: string }[];
    expect(alerts.filter((a) => a.service === 'burning').map((a) => a.rule)).toEqual([
      '14.4× over 1h and 5m',
      '6× over 6h and 30m',
      '1× over 3d and 6h',
    ]);
    expect(alerts.some((a) => a.service === 'blip')).toBe(false);
    expect(status().services.blip['burn-rate-1h']).toBeGreaterThan(14.4);
  });

  it('builds one rollup per past day with samples, none for today', () => {
    const days = readdirSync(path.join(data, 'rollups', 'steady'));
    const today = new Date(now).toISOString().slice(0, 10);
    expect(days).not.toContain(`${today}.json`);
    expect(days.length).toBeGreaterThanOrEqual(39);
    const rollup = JSON.parse(readFileSync(path.join(data, 'rollups', 'steady', days[5]), 'utf8'));
    expect(rollup).toMatchObject({ schema: 1, service: 'steady', samples: 288, down: 0 });
    expect(rollup.latency.alpha).toBe(0.01);
  });

  it('sets the outputs from the worst service, an unknown budget being worse than any figure', () => {
    expect(result.outputs['budget-exhausted']).toBe('true');
    // burning and blip hold 2 of 30 days, sparse a quarter of the window, silent nothing: below min-coverage 50.
    expect(result.outputs['budget-state']).toBe('unknown');
    expect(result.outputs['error-budget-remaining']).toBe('');
    expect(result.outputs['budget-detail'].split('; ').map((d) => d.split(':')[0])).toEqual([
      'sparse',
      'burning',
      'blip',
      'silent',
    ]);
    expect(result.outputs['budget-detail']).toContain('silent: not enough data (0 samples, 0 % coverage)');
    expect(status().services.steady['error-budget-remaining']).toBeLessThan(0);
    expect(status().services.silent).not.toHaveProperty('error-budget-remaining');
    expect(Number(result.outputs['burn-rate'])).toBeCloseTo(1000, 0);
    expect(Number(result.outputs.uptime)).toBeLessThan(100);
    expect(result.outputs['report-file']).toBe(path.join(ws, 'sla-report', 'sla-report.md'));
    expect(existsSync(result.outputs['dashboard-path'])).toBe(true);
  });

  it('writes a Markdown report compared with the previous period, also as the job summary', () => {
    const markdown = readFileSync(result.outputs['report-file'], 'utf8');
    expect(markdown).toMatch(/^# SLA report: 30 days to .* \(rolling-30d\)/);
    // steady had its outage in this period; the previous one (days 30-60 ago, 10 days of data) had none.
    expect(markdown).toMatch(/\| steady \| up \| 99\.861 % \(▼ 0\.139 % worse than 100 %\)/);
    expect(result.summary).toContain('## Error budget over each SLO window');
    expect(result.summary).toContain('(EXHAUSTED)');
  });

  it('opens with an executive summary and recommendations drawn from the figures', () => {
    const markdown = readFileSync(result.outputs['report-file'], 'utf8');
    const sections = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(sections.slice(0, 3)).toEqual([
      expect.stringMatching(/^# SLA report: /),
      '## Executive summary',
      '### Recommendations',
    ]);
    const summary = markdown.slice(markdown.indexOf('## Executive summary'), markdown.indexOf('| service |'));
    expect(summary).toContain(
      '- **3 of 5 service(s) out of SLO:** steady (uptime, error-rate); burning (uptime, error-rate); blip (uptime, error-rate).',
    );
    // steady's period is well covered: its spend is stated. The period before holds 10 of its 30 days
    // (under min-coverage 50 %), so no trend is drawn from it.
    // (The figures move in their last digit with where the run falls in its 5-minute step.)
    expect(summary).toMatch(
      /\n- steady: budget over the SLO window -38\.9\d % \(EXHAUSTED\); spent in the period 138\.9\d %\.\n/,
    );
    // burning has two days of samples in a 30-day period: its spend there is not stated as a figure
    // (over the sliver it covers, one hour down reads as 2,080 %).
    expect(summary).toMatch(
      /- burning: budget over the SLO window not enough data \(577 samples, 6\.68 % coverage\); spent in the period not enough data \(577 samples, 6\.68 % coverage\)\.\n/,
    );
    expect(summary).toContain(
      '- silent: budget over the SLO window not enough data (0 samples, 0 % coverage)',
    );
    expect(summary).toMatch(
      /- Worst incidents: steady 60 min down from .*; burning 60 min down from .* \(ongoing\); blip 5 min down from /,
    );
    // Recommendations name the service and the figures behind them, the most urgent first.
    const recommendations = summary
      .slice(summary.indexOf('### Recommendations'))
      .split('\n')
      .filter((l) => l.startsWith('- '));
    expect(recommendations[0]).toMatch(
      /^- Freeze deploys of steady: error budget exhausted \(-38\.9\d % left/,
    );
    expect(recommendations).toContain(
      '- Wait before gating on silent: its budget is unknown, not enough data (0 samples, 0 % coverage); the deploy gate refuses it until the SLO window holds enough samples.',
    );
    expect(recommendations).toContain(
      '- Check the probe schedule of sparse: 25 % coverage of the period (runs were missed; missing time is never counted as up).',
    );
    expect(recommendations.filter((l) => l.includes('Freeze deploys'))).toHaveLength(1);
  });

  it('reports a calendar week against the week before', async () => {
    const week = await runAction('sla-report', {
      cwd: ws,
      inputs: {
        'data-dir': 'data',
        'incident-issues': 'false',
        'burn-rate-alerts': 'false',
        period: 'week',
        'output-dir': 'weekly',
      },
    });
    expect(week.exitCode).toBe(0);
    const markdown = readFileSync(path.join(ws, 'weekly', 'sla-report.md'), 'utf8');
    expect(markdown).toMatch(/^# SLA report: week of \d{4}-\d{2}-\d{2} \(week\)/);
    expect(markdown).toMatch(/compared with week of \d{4}-\d{2}-\d{2}\./);
    const json = JSON.parse(readFileSync(path.join(ws, 'weekly', 'sla-report.json'), 'utf8'));
    expect(new Date(json.period.from).getUTCDay()).toBe(1);
    expect(json.period.to - json.period.from).toBe(7 * DAY);
    // sparse had samples every 20 minutes all week: a quarter covered, all up.
    const sparse = json.services.find((s: { name: string }) => s.name === 'sparse');
    expect(sparse.period.coverage).toBeCloseTo(0.25, 2);
  });

  it('burns the budget down day by day over the SLO window', () => {
    const json = JSON.parse(readFileSync(path.join(ws, 'sla-report', 'sla-report.json'), 'utf8'));
    const steady = json.services.find((s: { name: string }) => s.name === 'steady');
    const burnDown = steady['burn-down'] as { day: string; 'minutes-left': number }[];
    expect(burnDown).toHaveLength(31);
    expect(burnDown[0]['minutes-left']).toBe(43.2);
    // The 60-minute outage 10 days ago overspends the 43.2-minute budget.
    expect(burnDown.at(-1)!['minutes-left']).toBeCloseTo(43.2 - 60, 1);
    const outageDay = new Date(outageStart).toISOString().slice(0, 10);
    const index = burnDown.findIndex((d) => d.day === outageDay);
    expect(burnDown[index - 1]['minutes-left']).toBe(43.2);
    expect(burnDown[index + 1]['minutes-left']).toBeCloseTo(-16.8, 1);
  });

  it('rebuilds the same figures from raw samples', async () => {
    const before = status().services;
    rmSync(path.join(data, 'rollups'), { recursive: true });
    const again = await runAction('sla-report', {
      cwd: ws,
      inputs: {
        'data-dir': 'data',
        'incident-issues': 'false',
        'burn-rate-alerts': 'false',
        'rebuild-rollups': 'true',
      },
    });
    expect(again.exitCode).toBe(0);
    const after = status().services;
    for (const name of Object.keys(before)) {
      expect(after[name].uptime).toBe(before[name].uptime);
      expect(after[name]['latency-p95-ms']).toBe(before[name]['latency-p95-ms']);
    }
  });
});

describe('sla-report bad input writes nothing', () => {
  const files = (dir: string) =>
    existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).sort() : [];

  it.each([
    [
      { period: 'fortnight' },
      /^input 'period': 'fortnight' is not one of the allowed values; expected one of day, week, month, rolling-30d$/,
    ],
    [{ 'min-samples': '0' }, /^input 'min-samples': 0 is out of range/],
    [{ 'data-dir': 'missing' }, /^input 'data-dir': '.*missing' does not exist/],
  ])('%j', async (inputs, message) => {
    const dir = workspace({ '.github/sla.yml': CONFIG });
    writeSamples(path.join(dir, 'data'), 'steady', [{ t: now - DAY, status: 'ok' }]);
    const before = files(path.join(dir, 'data'));
    const bad = await runAction('sla-report', {
      cwd: dir,
      inputs: { 'data-dir': 'data', 'incident-issues': 'false', 'burn-rate-alerts': 'false', ...inputs },
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations.find((a) => a.level === 'error')?.message).toMatch(message);
    expect(files(path.join(dir, 'data'))).toEqual(before);
    expect(existsSync(path.join(dir, 'sla-report'))).toBe(false);
    expect(bad.outputs['budget-exhausted']).toBe('true');
  });

  it('rejects a malformed config with its line', async () => {
    const dir = workspace({ '.github/sla.yml': 'services:\n  - name: a\n    url: http://x/\n   slo: {\n' });
    writeSamples(path.join(dir, 'data'), 'a', [{ t: now - DAY, status: 'ok' }]);
    const before = files(path.join(dir, 'data'));
    const bad = await runAction('sla-report', {
      cwd: dir,
      inputs: { 'data-dir': 'data', 'incident-issues': 'false', 'burn-rate-alerts': 'false' },
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'config-file': \.github\/sla\.yml line [45]: /,
    );
    expect(files(path.join(dir, 'data'))).toEqual(before);
  });

  it('rejects an SLO outside (0, 100) with its line', async () => {
    const dir = workspace({
      '.github/sla.yml': 'services:\n  - name: a\n    url: http://x/\n    slo:\n      error-rate: 0\n',
    });
    writeSamples(path.join(dir, 'data'), 'a', [{ t: now - DAY, status: 'ok' }]);
    const bad = await runAction('sla-report', {
      cwd: dir,
      inputs: { 'data-dir': 'data', 'incident-issues': 'false', 'burn-rate-alerts': 'false' },
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'config-file': \.github\/sla\.yml line 5: services\[0\]\.slo\.error-rate must be > 0/,
    );
    expect(files(path.join(dir, 'data'))).toEqual([
      'samples',
      'samples/a',
      `samples/a/${new Date(now - DAY).toISOString().slice(0, 10)}.jsonl`,
    ]);
  });

  it('names the data branch when it cannot be reached', async () => {
    const dir = workspace({ '.github/sla.yml': CONFIG });
    const bad = await runAction('sla-report', {
      cwd: dir,
      apiUrl: 'http://127.0.0.1:9',
      clock: { epochMs: Date.now(), factor: 1000 },
      inputs: { 'incident-issues': 'false', 'burn-rate-alerts': 'false' },
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'data-branch': cannot reach octo-org\/service@sla-data/,
    );
    expect(existsSync(path.join(dir, 'sla-report'))).toBe(false);
  });
});
