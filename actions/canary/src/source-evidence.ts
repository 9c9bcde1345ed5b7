import {
  analyseSource,
  type DecisionRules,
  type SourceAnalysis,
  type SourceMeasurement,
  type VersionSample,
} from './analysis.js';
import { SequentialCheck, type CheckEvidence } from './sequential.js';
import { percentile } from './statistics.js';

/** A slow request is one above the limit; a healthy p95 means at most 5 % of requests are slow. */
export const SLOW_SHARE = 0.05;
/** Baseline latencies kept as the reference for "slow" (the most recent ones). */
const REFERENCE_KEEP = 2000;
/** Fewest baseline latencies before the reference p95 is trusted. */
const REFERENCE_MIN = 20;

export interface EvidenceSettings {
  rules: DecisionRules;
  /** The false-rollback budget α of the whole progression (a fraction). */
  alpha: number;
  stages: number;
  /** The window for the health score and the degraded-baseline hold (the analysis interval). */
  windowMs: number;
  /** Sequential checks sharing α (errors, and latency when a latency limit applies). */
  checks: number;
}

/** What one source shows at one check: the window analysis plus the sequential evidence. */
export interface SourceCheck extends SourceAnalysis {
  /** Canary and baseline requests in this check's batch. */
  batchRequests?: number;
  batchBaselineRequests?: number;
  /** Canary requests since the stage started. */
  stageRequests: number;
  /** Canary requests since the progression started. */
  totalRequests: number;
  evidence: Record<string, CheckEvidence>;
  /** A sequential check is conclusive: the canary is worse, with the false-rollback rate controlled. */
  conclusive: boolean;
  /** A p95 from percentiles alone (no per-request data) is above its limit at this check. */
  percentileOver: boolean;
  /** The window looks bad (a fixed-sample test, even below min-samples): the stage may not end now. */
  suspect: boolean;
  noData: boolean;
}

const WINDOW_CONCLUSIVE = 'the evidence is conclusive: rolling back now';

const sum = (samples: VersionSample[]): VersionSample => ({
  requests: samples.reduce((s, x) => s + x.requests, 0),
  errors: samples.reduce((s, x) => s + x.errors, 0),
  latenciesMs: samples.some((x) => x.latenciesMs) ? samples.flatMap((x) => x.latenciesMs ?? []) : undefined,
  p95Ms: samples.length > 0 ? samples[samples.length - 1].p95Ms : undefined,
});

/**
 * Everything known about one metric source across the progression. Each check's batch is disjoint from
 * the previous ones (new requests only), which is what the sequential tests need.
 */
export class SourceEvidence {
  readonly errors: SequentialCheck;
  readonly latency?: SequentialCheck;
  readonly latencyP95?: SequentialCheck;
  private readonly recent: { atMs: number; canary: VersionSample; baseline?: VersionSample }[] = [];
  private readonly referenceLatencies: number[] = [];
  private reference?: number;
  /** Latencies added over time (the list itself is capped), and that count when `reference` was computed. */
  private referenceAdded = 0;
  private referenceAt = 0;
  private stageRequests = 0;
  private totalRequests = 0;

  constructor(
    readonly name: string,
    private readonly settings: EvidenceSettings,
  ) {
    const { rules, alpha, checks, stages, windowMs } = settings;
    this.errors = new SequentialCheck('error rate', rules.maxErrorRate, alpha, checks, stages, windowMs);
    if (rules.maxLatencyIncrease !== undefined)
      this.latency = new SequentialCheck('latency vs baseline', SLOW_SHARE, alpha, checks, stages, windowMs);
    if (rules.maxLatencyP95Ms !== undefined)
      this.latencyP95 = new SequentialCheck(
        'latency vs max-latency-p95',
        SLOW_SHARE,
        alpha,
        checks,
        stages,
        windowMs,
      );
  }

  startStage(stage: number): void {
    this.stageRequests = 0;
    this.recent.length = 0;
    for (const check of [this.errors, this.latency, this.latencyP95]) check?.startStage(stage);
  }

  /** The p95 of the baseline's recent latencies: the reference for "slow", fixed before each batch. */
  private referenceP95(): number | undefined {
    if (this.referenceLatencies.length < REFERENCE_MIN) return undefined;
    // Recomputed after every 100 new latencies (sorting thousands at every check is wasted work).
    if (
      this.reference === undefined ||
      this.referenceLatencies.length + this.referenceAdded >= this.referenceAt + 100
    ) {
      this.reference = percentile(this.referenceLatencies, 0.95);
      this.referenceAt = this.referenceLatencies.length + this.referenceAdded;
    }
    return this.reference;
  }

  private addSlow(
    check: SequentialCheck | undefined,
    limitMs: number | undefined,
    m: SourceMeasurement,
    atMs: number,
  ): void {
    const canary = m.canary?.latenciesMs;
    if (!check || limitMs === undefined || !canary || canary.length === 0) return;
    const baseline = m.baseline?.latenciesMs;
    check.add(
      {
        requests: canary.length,
        events: canary.filter((v) => v > limitMs).length,
        baselineRequests: baseline?.length,
        baselineEvents: baseline?.filter((v) => v > limitMs).length,
      },
      atMs,
    );
  }

  /** Feed one check's batch and judge it. */
  check(m: SourceMeasurement, atMs: number): SourceCheck {
    const { rules } = this.settings;
    if (m.problem || !m.canary) {
      const analysis = analyseSource(m, rules);
      return {
        ...analysis,
        stageRequests: this.stageRequests,
        totalRequests: this.totalRequests,
        evidence: this.evidence(),
        conclusive: false,
        percentileOver: false,
        suspect: false,
        noData: true,
      };
    }
    const canary = m.canary;
    const baseline = m.baseline && m.baseline.requests > 0 ? m.baseline : undefined;
    this.stageRequests += canary.requests;
    this.totalRequests += canary.requests;
    this.errors.add(
      {
        requests: canary.requests,
        events: canary.errors,
        baselineRequests: baseline?.requests,
        baselineEvents: baseline?.errors,
      },
      atMs,
    );
    // Latency as counts of slow requests, with a limit fixed from earlier batches only.
    const reference = this.referenceP95();
    const batch = { ...m, baseline };
    this.addSlow(
      this.latency,
      reference === undefined ? undefined : reference * (1 + (rules.maxLatencyIncrease ?? 0)),
      batch,
      atMs,
    );
    this.addSlow(this.latencyP95, rules.maxLatencyP95Ms, batch, atMs);
    if (baseline?.latenciesMs) {
      this.referenceLatencies.push(...baseline.latenciesMs);
      const drop = Math.max(0, this.referenceLatencies.length - REFERENCE_KEEP);
      this.referenceLatencies.splice(0, drop);
      this.referenceAdded += drop;
    }

    // The window (the analysis interval) for the health score and the hold. With fewer than min-samples
    // it gives no score (a score from a handful of requests is noise); the sequential tests still judge.
    this.recent.push({ atMs, canary, baseline });
    while (this.recent.length > 1 && this.recent[0].atMs <= atMs - this.settings.windowMs)
      this.recent.shift();
    const baselines = this.recent.map((r) => r.baseline).filter((b): b is VersionSample => b !== undefined);
    const window: SourceMeasurement = {
      source: m.source,
      canary: sum(this.recent.map((r) => r.canary)),
      baseline: baselines.length > 0 ? sum(baselines) : undefined,
      notes: m.notes,
    };
    const analysis = analyseSource(window, rules);
    // The window's own "conclusive" is a fixed-sample test looked at repeatedly: it never rolls back here.
    analysis.rollbackNow = false;
    analysis.reasons = analysis.reasons.filter((r) => r !== WINDOW_CONCLUSIVE);
    // A window that already looks bad on however few requests holds the stage back (never rolls back):
    // a fault seen on the first requests is not carried to a higher weight before the test decides.
    const suspect =
      analysis.verdict !== 'fail' && analyseSource(window, { ...rules, minSamples: 1 }).verdict === 'fail';
    const evidence = this.evidence();
    const conclusive = Object.values(evidence).some((e) => e.conclusive);
    const percentileOnly = canary.latenciesMs === undefined && canary.p95Ms !== undefined;
    let percentileOver =
      percentileOnly && analysis.verdict === 'fail' && analysis.reasons.some((r) => /^p95 /.test(r));
    // Resource gauges: over the limit fails the check, unless the baseline is as high (shared load: a hold).
    for (const g of m.gauges ?? []) {
      if (g.canary <= g.limit) continue;
      if (g.baseline !== undefined && g.baseline >= g.limit) {
        analysis.reasons.push(
          `${g.name} ${g.canary} is above its limit ${g.limit} but the baseline's ${g.baseline} is as high: not blamed on the canary`,
        );
        if (analysis.verdict === 'pass') analysis.verdict = 'hold';
      } else {
        analysis.reasons.push(
          `${g.name} ${g.canary} is above its limit ${g.limit}${g.baseline === undefined ? '' : ` (baseline ${g.baseline})`}`,
        );
        percentileOver = true;
      }
    }
    if (conclusive)
      analysis.reasons.push(
        ...Object.entries(evidence)
          .filter(([, e]) => e.conclusive)
          .map(
            ([name, e]) =>
              `${name}: conclusive (e-value 10^${e.log10E.toFixed(1)} ≥ 10^${e.log10Threshold.toFixed(1)} over ${e.requests} requests since stage ${e.sinceStage}, rate ${((e.rate ?? 0) * 100).toFixed(2)}%${e.baselineRate === undefined ? '' : ` vs baseline ${(e.baselineRate * 100).toFixed(2)}%`})`,
          ),
      );
    return {
      ...analysis,
      batchRequests: canary.requests,
      batchBaselineRequests: baseline?.requests,
      stageRequests: this.stageRequests,
      totalRequests: this.totalRequests,
      evidence,
      conclusive,
      percentileOver,
      suspect: suspect || analysis.verdict === 'fail',
      noData: false,
    };
  }

  evidence(): Record<string, CheckEvidence> {
    const out: Record<string, CheckEvidence> = {};
    for (const check of [this.errors, this.latency, this.latencyP95]) {
      const e = check?.evidence();
      if (check && e) out[check.name] = e;
    }
    return out;
  }
}
