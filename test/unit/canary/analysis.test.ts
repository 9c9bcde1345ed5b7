import { describe, expect, it } from '@jest/globals';
import { analyseRound, analyseSource, type DecisionRules } from '../../../actions/canary/src/analysis.js';

const rules: DecisionRules = {
  maxErrorRate: 0.01,
  rollbackErrorRate: 0.05,
  maxLatencyIncrease: 0.2,
  minSamples: 50,
  minHealthScore: 85,
};
const latencies = (n: number, base: number) => Array.from({ length: n }, (_, i) => base + (i % 10));

describe('analyseSource', () => {
  it('no data is inconclusive, never a pass', () => {
    const result = analyseSource({ source: 'prometheus', problem: 'empty result (no data)' }, rules);
    expect(result.verdict).toBe('inconclusive');
    expect(result.reasons[0]).toMatch(/no data: empty result/);
    expect(analyseSource({ source: 'prometheus' }, rules).verdict).toBe('inconclusive');
  });

  it('fewer requests than min-samples is inconclusive even with zero errors', () => {
    const result = analyseSource({ source: 'p', canary: { requests: 49, errors: 0 } }, rules);
    expect(result.verdict).toBe('inconclusive');
    expect(result.reasons[0]).toMatch(/49 canary request\(s\), fewer than min-samples 50/);
  });

  it('a healthy canary passes with a score of 100', () => {
    const result = analyseSource(
      {
        source: 'p',
        canary: { requests: 400, errors: 0, p95Ms: 98 },
        baseline: { requests: 1600, errors: 1, p95Ms: 98 },
      },
      rules,
    );
    expect(result.verdict).toBe('pass');
    expect(result.healthScore).toBe(100);
    expect(result.errorRateInterval!.high).toBeGreaterThan(0);
  });

  it('10 % errors at 5 % weight fails at once against a clean baseline, though the whole service is at 0.5 %', () => {
    // 100 canary requests out of 2000: the service-wide rate is 10/2000 = 0.5 %, under max-error-rate.
    const result = analyseSource(
      { source: 'p', canary: { requests: 100, errors: 10 }, baseline: { requests: 1900, errors: 0 } },
      rules,
    );
    expect(result.verdict).toBe('fail');
    expect(result.rollbackNow).toBe(true);
    expect(result.reasons.join(' ')).toMatch(
      /error rate 10.00% .* above max-error-rate 1.00% and above the baseline's 0.00%/,
    );
    expect(result.healthScore).toBeLessThan(85);
  });

  it('a slightly noisy round (1 error in 60) is not a failure', () => {
    expect(analyseSource({ source: 'p', canary: { requests: 60, errors: 1 } }, rules).verdict).toBe('pass');
  });

  it('an incident that degrades both versions alike is a hold, not blamed on the canary', () => {
    const result = analyseSource(
      { source: 'p', canary: { requests: 300, errors: 30 }, baseline: { requests: 1200, errors: 118 } },
      rules,
    );
    expect(result.verdict).toBe('hold');
    expect(result.rollbackNow).toBe(false);
    expect(result.reasons.join(' ')).toMatch(/both versions are degraded/);
  });

  it('the same errors without a baseline fail on the threshold', () => {
    expect(analyseSource({ source: 'p', canary: { requests: 300, errors: 30 } }, rules).verdict).toBe('fail');
  });

  it('doubled latency fails on the rank test against the baseline', () => {
    const result = analyseSource(
      {
        source: 'probe',
        canary: { requests: 60, errors: 0, latenciesMs: latencies(60, 40) },
        baseline: { requests: 60, errors: 0, latenciesMs: latencies(60, 20) },
      },
      rules,
    );
    expect(result.verdict).toBe('fail');
    expect(result.latencyPValue).toBeLessThan(0.001);
    expect(result.reasons.join(' ')).toMatch(/p95 49ms is \d+% above the baseline's 29ms/);
  });

  it('a p95 over the increase limit that is not significant does not fail', () => {
    // Same distributions except two slow outliers in the tail: p95 moves, the ranks do not.
    const base = latencies(60, 20);
    const canary = [...base.slice(0, 56), 60, 60, 60, 60];
    const result = analyseSource(
      {
        source: 'probe',
        canary: { requests: 60, errors: 0, latenciesMs: canary },
        baseline: { requests: 60, errors: 0, latenciesMs: base },
      },
      { ...rules, minHealthScore: 0 },
    );
    expect(result.p95Ms! / result.baselineP95Ms!).toBeGreaterThan(1.2);
    expect(result.verdict).toBe('pass');
  });

  it('a p95 from percentiles alone (Prometheus) can fail a round but is never conclusive on its own', () => {
    const result = analyseSource(
      {
        source: 'prometheus',
        canary: { requests: 100, errors: 0, p95Ms: 300 },
        baseline: { requests: 300, errors: 0, p95Ms: 100 },
      },
      rules,
    );
    expect(result.verdict).toBe('fail');
    expect(result.rollbackNow).toBe(false);
    expect(result.latencyPValue).toBeUndefined();
  });

  it('max-latency-p95 fails on the absolute p95 and is inconclusive without latency data', () => {
    const strict = { ...rules, maxLatencyP95Ms: 200 };
    expect(
      analyseSource({ source: 'p', canary: { requests: 100, errors: 0, p95Ms: 250 } }, strict).verdict,
    ).toBe('fail');
    expect(
      analyseSource({ source: 'p', canary: { requests: 100, errors: 0, p95Ms: 150 } }, strict).verdict,
    ).toBe('pass');
    expect(analyseSource({ source: 'p', canary: { requests: 100, errors: 0 } }, strict).verdict).toBe(
      'inconclusive',
    );
  });

  it('min-health-score fails a round where two checks are each near their limit', () => {
    const result = analyseSource(
      {
        source: 'p',
        canary: { requests: 5000, errors: 40, p95Ms: 118 },
        baseline: { requests: 5000, errors: 0, p95Ms: 100 },
      },
      rules,
    );
    expect(result.healthScore).toBeLessThan(85);
    expect(result.verdict).toBe('fail');
    expect(result.reasons.join(' ')).toMatch(/health score \d+ is below min-health-score 85/);
  });
});

describe('analyseRound', () => {
  it('the most severe source wins and no source at all is inconclusive', () => {
    const pass = { source: 'a', canary: { requests: 100, errors: 0 } };
    const missing = { source: 'b', problem: 'connection refused' };
    const failing = { source: 'c', canary: { requests: 100, errors: 20 } };
    expect(analyseRound([pass], rules).verdict).toBe('pass');
    expect(analyseRound([pass, missing], rules).verdict).toBe('inconclusive');
    expect(analyseRound([pass, missing, failing], rules).verdict).toBe('fail');
    expect(analyseRound([], rules).verdict).toBe('inconclusive');
    expect(analyseRound([pass, missing], rules).reasons).toContain('b: no data: connection refused');
  });
});
