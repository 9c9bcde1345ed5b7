import { describe, expect, it } from '@jest/globals';
import {
  BURN_WINDOWS,
  evaluateAlerts,
  type BurnWindow,
  type WindowBurn,
} from '../../../packages/core/src/sla/burn-rate.js';
import type { Sample } from '../../../packages/core/src/sla/samples.js';
import { parseSamples } from '../../../packages/core/src/sla/samples.js';
import { burnRate, figures } from '../../../packages/core/src/sla/sli.js';
import { currentStatus } from '../../../packages/core/src/sla/status.js';
import {
  accumulate,
  emptyTotals,
  fromRollup,
  mergeTotals,
  toRollup,
} from '../../../packages/core/src/sla/totals.js';

const MIN = 60_000;
const T0 = Date.UTC(2026, 5, 1);
const slo = { uptime: 99.9, 'latency-p95-ms': 200, 'error-rate': 0.1, 'window-days': 30 };
const sample = (minute: number, status: Sample['status'] = 'ok', ms = 50): Sample => ({
  t: new Date(T0 + minute * MIN).toISOString(),
  status,
  attempts: status === 'down' ? 3 : 1,
  errors: status === 'down' ? 3 : 0,
  ...(status === 'down' ? {} : { code: 200, ms }),
});

describe('time-weighted totals', () => {
  it('weighs each sample by the gap since the previous one, capped at the probe interval', () => {
    // Samples at 0, 5, 10, then a gap (the schedule skipped runs) to 60.
    const totals = accumulate(emptyTotals(), [sample(0), sample(5), sample(10, 'down'), sample(60)], {
      intervalMs: 5 * MIN,
    });
    expect(totals.coveredMs).toBe(20 * MIN); // 5 (first ever) + 5 + 5 + 5 (capped, not 50)
    expect(totals.downMs).toBe(5 * MIN);
    expect(totals.incidents).toEqual([{ start: sample(10).t, end: sample(60).t, 'down-minutes': 5 }]);
  });

  it('counts degraded as up and against latency, and errors per request', () => {
    const totals = accumulate(
      emptyTotals(),
      [
        sample(0),
        sample(5, 'degraded', 900),
        sample(10, 'degraded', 700),
        { ...sample(15), attempts: 2, errors: 1 },
        sample(20),
      ],
      { intervalMs: 5 * MIN },
    );
    const f = figures(totals, slo, { from: T0 - 5 * MIN, to: T0 + 20 * MIN });
    expect(f.uptime).toBe(100);
    expect(f['degraded-minutes']).toBe(10);
    expect(f['latency-within-slo']).toBe(60);
    expect(Math.abs(f['latency-p95-ms']! - 700)).toBeLessThanOrEqual(7); // lower rank: the 4th of 5
    expect(f['error-rate']).toBeCloseTo(100 / 6, 4); // 1 failed request of 6
    expect(f['slo-met']).toEqual({ uptime: true, latency: false, 'error-rate': false });
  });

  it('clips weights at the window start and reports coverage', () => {
    const samples = [0, 5, 10, 15].map((m) => sample(m));
    const totals = accumulate(emptyTotals(), samples, {
      intervalMs: 5 * MIN,
      from: T0 + 7 * MIN,
      to: T0 + 20 * MIN,
    });
    expect(totals.samples).toBe(2);
    expect(totals.coveredMs).toBe(8 * MIN); // 3 (clipped) + 5
    expect(figures(totals, slo, { from: T0 + 7 * MIN, to: T0 + 20 * MIN }).coverage).toBeCloseTo(8 / 13, 4);
  });

  it('spends the budget event-based: 43.2 minutes down in a fully covered 30 days spends it exactly', () => {
    const window = { from: T0, to: T0 + 30 * 1440 * MIN };
    const totals = { ...emptyTotals(), coveredMs: 30 * 1440 * MIN, downMs: 43.2 * MIN, samples: 8640 };
    const f = figures(totals, slo, window);
    expect(f['budget-minutes']).toBe(43.2);
    expect(f['budget-consumed']).toBeCloseTo(100, 6);
    expect(f['budget-remaining']).toBeCloseTo(0, 6);
    expect(f['budget-exhausted']).toBe(true);
    expect(burnRate(totals, slo)).toBeCloseTo(1, 6);
    const half = figures({ ...totals, downMs: 86.4 * MIN }, slo, window);
    expect(half['budget-remaining']).toBeCloseTo(-100, 6);
  });

  it('says no data, not up, without samples', () => {
    const f = figures(emptyTotals(), slo, { from: T0, to: T0 + MIN });
    expect(f).toMatchObject({ coverage: 0, samples: 0, 'budget-exhausted': false });
    expect(f.uptime).toBeUndefined();
    expect(f['budget-remaining']).toBeUndefined();
  });

  it('merges days into the same totals as one pass, joining a down run across midnight', () => {
    const day1 = [sample(1430), sample(1435, 'down')];
    const day2 = [sample(1440 + 2, 'down'), sample(1440 + 7)];
    const whole = accumulate(emptyTotals(), [...day1, ...day2], { intervalMs: 5 * MIN });
    const first = accumulate(emptyTotals(), day1, { intervalMs: 5 * MIN });
    const second = accumulate(emptyTotals(), day2, {
      intervalMs: 5 * MIN,
      previousAt: T0 + 1435 * MIN,
      previousStatus: 'down',
    });
    const merged = mergeTotals(
      fromRollup(toRollup(first, { service: 's', date: 'd', builtAt: 0, intervalMs: 5 * MIN, invalid: 0 })),
      second,
    );
    expect(merged.coveredMs).toBe(whole.coveredMs);
    expect(merged.downMs).toBe(whole.downMs);
    expect(merged.incidents).toEqual(whole.incidents);
    expect(merged.incidents).toEqual([{ start: sample(1435).t, end: sample(1447).t, 'down-minutes': 10 }]);
  });

  it('skips unreadable sample lines and sorts appends that arrived out of order', () => {
    const text = [
      JSON.stringify(sample(5)),
      'not json',
      JSON.stringify({ t: 'x', status: 'ok' }),
      JSON.stringify(sample(0)),
    ].join('\n');
    const { samples, invalid } = parseSamples(text);
    expect(invalid).toBe(2);
    expect(samples.map((s) => s.t)).toEqual([sample(0).t, sample(5).t]);
  });

  it('has no status without a recent sample', () => {
    expect(currentStatus({}, T0, 5 * MIN)).toBe('no-data');
    expect(currentStatus({ at: T0 - 10 * MIN, status: 'ok' }, T0, 5 * MIN)).toBe('up');
    expect(currentStatus({ at: T0 - 16 * MIN, status: 'down' }, T0, 5 * MIN)).toBe('no-data');
    expect(currentStatus({ at: T0, status: 'degraded' }, T0, 5 * MIN)).toBe('degraded');
  });
});

describe('multi-window burn-rate alerts', () => {
  const burns = (values: Partial<Record<BurnWindow, Partial<WindowBurn>>>) =>
    Object.fromEntries(
      Object.keys(BURN_WINDOWS).map((w) => [
        w,
        { burn: 0, samples: 100, bad: 0, ...values[w as BurnWindow] },
      ]),
    ) as Record<BurnWindow, WindowBurn>;

  it('pages when both the long and the short window burn at 14.4× or more', () => {
    const alerts = evaluateAlerts(burns({ '1h': { burn: 15, bad: 3 }, '5m': { burn: 20, samples: 1 } }), {
      minSamples: 10,
    });
    expect(alerts).toEqual([
      { severity: 'page', rule: '14.4× over 1h and 5m', factor: 14.4, 'long-burn': 15, 'short-burn': 20 },
    ]);
  });

  it('does not page when the short window has recovered', () => {
    expect(
      evaluateAlerts(burns({ '1h': { burn: 30, bad: 3 }, '5m': { burn: 0 } }), { minSamples: 10 }),
    ).toEqual([]);
  });

  it('pages at 6× over 6h and 30m, and tickets at 1× over 3d and 6h', () => {
    const alerts = evaluateAlerts(
      burns({ '6h': { burn: 7, bad: 5 }, '30m': { burn: 6 }, '3d': { burn: 1.5, bad: 9 } }),
      { minSamples: 10 },
    );
    expect(alerts.map((a) => a.rule)).toEqual(['6× over 6h and 30m', '1× over 3d and 6h']);
    expect(alerts.map((a) => a.severity)).toEqual(['page', 'ticket']);
  });

  it('needs enough samples and more than one bad one in the long window', () => {
    const oneBad = burns({ '1h': { burn: 80, bad: 1, samples: 12 }, '5m': { burn: 1000, samples: 1 } });
    expect(evaluateAlerts(oneBad, { minSamples: 10 })).toEqual([]);
    const few = burns({ '1h': { burn: 500, bad: 2, samples: 4 }, '5m': { burn: 1000, samples: 1 } });
    expect(evaluateAlerts(few, { minSamples: 10 })).toEqual([]);
    expect(evaluateAlerts(few, { minSamples: 4 })).toHaveLength(1);
    const emptyShort = burns({
      '1h': { burn: 500, bad: 5, samples: 12 },
      '5m': { burn: undefined, samples: 0 },
    });
    expect(evaluateAlerts(emptyShort, { minSamples: 10 })).toEqual([]);
  });
});
