import {
  Z_ONE_SIDED_95,
  Z_ONE_SIDED_999,
  mannWhitneyPValue,
  percentile,
  twoProportionPValue,
  wilson,
  type Interval,
} from './statistics.js';

/** The decision inputs, as fractions (1 % is 0.01) and milliseconds. */
export interface DecisionRules {
  maxErrorRate: number;
  rollbackErrorRate: number;
  maxLatencyP95Ms?: number;
  /** Allowed p95 increase over the baseline, as a fraction (0.2 = 20 %); applies when a baseline is measured. */
  maxLatencyIncrease?: number;
  minSamples: number;
  minHealthScore: number;
}

/** What one version served during one round. */
export interface VersionSample {
  requests: number;
  errors: number;
  p95Ms?: number;
  /** Individual latencies when the source has them (HTTP probes), for the rank test. */
  latenciesMs?: number[];
}

/** One metric source's view of one round. No canary sample means no data. */
export interface SourceMeasurement {
  source: string;
  canary?: VersionSample;
  baseline?: VersionSample;
  /** Why data is missing or unusable (query failed, empty result, probe errors of the tool itself). */
  problem?: string;
  /** Remarks that do not stop the analysis (e.g. the baseline had no data: thresholds alone apply). */
  notes?: string[];
  /** Resource gauges (CPU, memory) of both versions with their limits, read at this check. */
  gauges?: GaugeReading[];
  /**
   * The canary and baseline counts are user traffic split by the router (metrics by version), not probes:
   * their shares show which weight is applied.
   */
  routed?: boolean;
}

export interface GaugeReading {
  name: 'cpu' | 'memory';
  canary: number;
  baseline?: number;
  limit: number;
}

export type Verdict = 'pass' | 'fail' | 'inconclusive' | 'hold';

export interface SourceAnalysis {
  source: string;
  verdict: Verdict;
  rollbackNow: boolean;
  /** Inconclusive only because data flows but is still short of min-samples: widen the window, keep counting. */
  fewSamples?: boolean;
  reasons: string[];
  requests?: number;
  errors?: number;
  errorRate?: number;
  errorRateInterval?: Interval;
  baselineRequests?: number;
  baselineErrorRate?: number;
  errorPValue?: number;
  p95Ms?: number;
  baselineP95Ms?: number;
  latencyPValue?: number;
  healthScore?: number;
}

export interface RoundAnalysis {
  verdict: Verdict;
  /** The evidence is already conclusive: roll back now, do not wait for more failed rounds. */
  rollbackNow: boolean;
  /** Inconclusive only for want of samples (traffic is flowing, just low). */
  fewSamples: boolean;
  reasons: string[];
  healthScore?: number;
  sources: SourceAnalysis[];
}

const SIGNIFICANT = 0.05;
/**
 * The health score counts an excess only at this level: a stage's average is taken over many overlapping
 * windows, and a 5 % level there would fail healthy stages by noise alone.
 */
const SCORE_LEVEL = 0.001;
const CONCLUSIVE = 0.001;
const pct = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;
const ms = (value: number) => `${Math.round(value)}ms`;

/**
 * One source, one round. Fail closed: no data or too few requests is inconclusive, never a pass.
 * With a baseline, the canary is blamed only when it is significantly worse than the baseline: when
 * both versions are degraded alike (an incident, a dependency down), the verdict is `hold`.
 */
export function analyseSource(m: SourceMeasurement, rules: DecisionRules): SourceAnalysis {
  const result: SourceAnalysis = {
    source: m.source,
    verdict: 'pass',
    rollbackNow: false,
    reasons: [...(m.notes ?? [])],
  };
  if (m.problem || !m.canary) {
    result.verdict = 'inconclusive';
    result.reasons.push(`no data: ${m.problem ?? 'the source returned nothing'}`);
    return result;
  }
  const canary = m.canary;
  result.requests = canary.requests;
  result.errors = canary.errors;
  if (!(canary.requests >= rules.minSamples)) {
    result.verdict = 'inconclusive';
    result.fewSamples = canary.requests > 0;
    result.reasons.push(
      `only ${canary.requests} canary request(s), fewer than min-samples ${rules.minSamples}`,
    );
    return result;
  }
  const baseline = m.baseline && m.baseline.requests >= rules.minSamples ? m.baseline : undefined;
  if (m.baseline && !baseline)
    result.reasons.push(
      `baseline had only ${m.baseline.requests} request(s): compared with thresholds alone`,
    );

  // Error rate: counts, so Wilson intervals and a two-proportion test.
  const rate = canary.errors / canary.requests;
  result.errorRate = rate;
  result.errorRateInterval = wilson(canary.errors, canary.requests);
  const failures: string[] = [];
  const holds: string[] = [];
  let conclusive = false;
  const aboveMax = wilson(canary.errors, canary.requests, Z_ONE_SIDED_95).low > rules.maxErrorRate;
  let worse = true;
  let errorExcess = result.errorRateInterval.low;
  if (baseline) {
    result.baselineRequests = baseline.requests;
    result.baselineErrorRate = baseline.errors / baseline.requests;
    result.errorPValue = twoProportionPValue(
      canary.errors,
      canary.requests,
      baseline.errors,
      baseline.requests,
    );
    // While the baseline itself is degraded (an incident), blaming the canary takes conclusive evidence.
    const baselineDegraded =
      wilson(baseline.errors, baseline.requests, Z_ONE_SIDED_95).low > rules.maxErrorRate;
    worse = result.errorPValue < (baselineDegraded ? CONCLUSIVE : SIGNIFICANT);
    // The score only counts an excess over the baseline that is significant, so noise cannot fail it.
    errorExcess =
      result.errorPValue < SCORE_LEVEL
        ? Math.max(0, result.errorRateInterval.low - result.baselineErrorRate)
        : 0;
  }
  if (aboveMax && worse) {
    failures.push(
      `error rate ${pct(rate)} (95% CI ${pct(result.errorRateInterval.low)}–${pct(result.errorRateInterval.high)}) is above max-error-rate ${pct(rules.maxErrorRate)}` +
        (baseline
          ? ` and above the baseline's ${pct(result.baselineErrorRate!)} (p=${result.errorPValue!.toPrecision(2)})`
          : ''),
    );
    conclusive ||=
      rate > rules.rollbackErrorRate &&
      wilson(canary.errors, canary.requests, Z_ONE_SIDED_999).low > rules.maxErrorRate &&
      (!baseline || result.errorPValue! < CONCLUSIVE);
  } else if (aboveMax && baseline) {
    holds.push(
      `error rate ${pct(rate)} is above max-error-rate but the baseline's ${pct(result.baselineErrorRate!)} is as high (p=${result.errorPValue!.toPrecision(2)}): both versions are degraded, not blamed on the canary`,
    );
  }

  // Latency: p95 against the absolute limit and against the baseline (rank test when samples exist).
  const p95 = canary.p95Ms ?? percentile(canary.latenciesMs ?? [], 0.95);
  const baseP95 = baseline ? (baseline.p95Ms ?? percentile(baseline.latenciesMs ?? [], 0.95)) : undefined;
  result.p95Ms = p95;
  result.baselineP95Ms = baseP95;
  let latencyPenalty = 0;
  if (p95 !== undefined && baseP95 !== undefined && baseP95 > 0 && rules.maxLatencyIncrease !== undefined) {
    const increase = p95 / baseP95 - 1;
    const samples = canary.latenciesMs && baseline?.latenciesMs;
    const pValue = samples ? mannWhitneyPValue(canary.latenciesMs!, baseline!.latenciesMs!) : undefined;
    // With per-request samples the score counts only a significant slowdown (rank test); with percentiles
    // alone (Prometheus) there is no test, and the increase counts as measured.
    if (pValue === undefined || pValue < SCORE_LEVEL)
      latencyPenalty = Math.max(
        latencyPenalty,
        (15 * Math.max(0, increase)) / Math.max(rules.maxLatencyIncrease, 1e-9),
      );
    if (increase > rules.maxLatencyIncrease) {
      result.latencyPValue = pValue;
      if (pValue === undefined || pValue < SIGNIFICANT) {
        failures.push(
          `p95 ${ms(p95)} is ${Math.round(increase * 100)}% above the baseline's ${ms(baseP95)} (max-latency-increase ${Math.round(rules.maxLatencyIncrease * 100)}%${pValue === undefined ? '' : `, Mann-Whitney p=${pValue.toPrecision(2)}`})`,
        );
        // A percentile alone (no samples, no test) is never conclusive: it waits for max-failed-rounds.
        conclusive ||=
          increase > 2 * rules.maxLatencyIncrease + 0.5 && pValue !== undefined && pValue < CONCLUSIVE;
      }
    }
  }
  if (p95 !== undefined && rules.maxLatencyP95Ms !== undefined) {
    latencyPenalty = Math.max(
      latencyPenalty,
      Math.max(0, (30 * (p95 - rules.maxLatencyP95Ms / 2)) / rules.maxLatencyP95Ms),
    );
    if (p95 > rules.maxLatencyP95Ms) {
      const baselineAsSlow =
        baseP95 !== undefined &&
        baseP95 > rules.maxLatencyP95Ms &&
        p95 <= baseP95 * (1 + (rules.maxLatencyIncrease ?? 0.2));
      if (baselineAsSlow)
        holds.push(
          `p95 ${ms(p95)} is above max-latency-p95 ${ms(rules.maxLatencyP95Ms)} but the baseline's ${ms(baseP95!)} is as slow: not blamed on the canary`,
        );
      else failures.push(`p95 ${ms(p95)} is above max-latency-p95 ${ms(rules.maxLatencyP95Ms)}`);
    }
  } else if (p95 === undefined && rules.maxLatencyP95Ms !== undefined) {
    result.verdict = 'inconclusive';
    result.reasons.push('no latency data although max-latency-p95 is set');
  }

  // Health score: 100 minus penalties; one check exactly at its limit costs 15 points.
  const errorPenalty = (15 * errorExcess) / Math.max(rules.maxErrorRate, 1e-9);
  result.healthScore = Math.max(0, Math.min(100, Math.round(100 - errorPenalty - latencyPenalty)));
  if (failures.length === 0 && holds.length === 0 && result.healthScore < rules.minHealthScore)
    failures.push(`health score ${result.healthScore} is below min-health-score ${rules.minHealthScore}`);

  if (failures.length > 0) {
    result.verdict = 'fail';
    result.rollbackNow = conclusive;
    result.reasons.push(...failures, ...(conclusive ? ['the evidence is conclusive: rolling back now'] : []));
  } else if (result.verdict !== 'inconclusive' && holds.length > 0) {
    result.verdict = 'hold';
    result.reasons.push(...holds);
  } else if (result.verdict === 'pass') {
    result.reasons.push(
      `error rate ${pct(rate)} over ${canary.requests} requests` +
        (p95 !== undefined ? `, p95 ${ms(p95)}` : '') +
        (baseline
          ? ` (baseline ${pct(result.baselineErrorRate!)}${baseP95 !== undefined ? `, p95 ${ms(baseP95)}` : ''})`
          : ''),
    );
  }
  return result;
}

const SEVERITY: Record<Verdict, number> = { pass: 0, hold: 1, inconclusive: 2, fail: 3 };

/** All sources of one round: the most severe verdict wins (fail > inconclusive > hold > pass). */
export function analyseRound(measurements: SourceMeasurement[], rules: DecisionRules): RoundAnalysis {
  if (measurements.length === 0)
    return {
      verdict: 'inconclusive',
      rollbackNow: false,
      fewSamples: false,
      reasons: ['no metric source answered'],
      sources: [],
    };
  const sources = measurements.map((m) => analyseSource(m, rules));
  const verdict = sources.reduce<Verdict>(
    (worst, s) => (SEVERITY[s.verdict] > SEVERITY[worst] ? s.verdict : worst),
    'pass',
  );
  const scores = sources.map((s) => s.healthScore).filter((s): s is number => s !== undefined);
  return {
    verdict,
    rollbackNow: sources.some((s) => s.rollbackNow),
    fewSamples:
      verdict === 'inconclusive' &&
      sources.every((s) => s.verdict !== 'inconclusive' || s.fewSamples === true),
    reasons: sources.flatMap((s) => s.reasons.map((reason) => `${s.source}: ${reason}`)),
    healthScore: scores.length > 0 ? Math.min(...scores) : undefined,
    sources,
  };
}
