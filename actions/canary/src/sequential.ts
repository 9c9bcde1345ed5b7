/**
 * Anytime-valid (sequential) tests for the canary: e-processes that may be looked at after every metric
 * scrape or probe batch without inflating the false-alarm rate. Each is a mixture likelihood ratio
 * (a mixture SPRT) that is a nonnegative supermartingale with mean at most 1 while the canary is healthy,
 * so by Ville's inequality P(it ever reaches 1/α) ≤ α, however often and however long it is watched.
 *
 * A proportion (errors, slow requests) is tested two ways, each on the batches where it applies:
 * - against the stable version measured in the same batch (conditional on the batch's events, each
 *   event is the canary's with probability c/(c+b) when both rates are equal: a test of the rate ratio
 *   that needs no estimate of the baseline's rate); H0: canary rate ≤ baseline rate;
 * - against a fixed limit τ when no baseline is measured (at 100 %, or without a baseline source);
 *   H0: canary rate ≤ τ.
 * Both factors of a batch have conditional expectation ≤ 1 under H0, so their running product is one
 * e-process (the healthy canary is "no worse than stable where stable is measured, within the limit
 * elsewhere").
 */

// Taken once: the e-processes update after every batch, and inside a vm context (the unit tests'
// statistical checks run thousands of simulated canaries under Jest) every global lookup is slow.
const { exp, log, max: maximum } = Math;

/** log(Σ exp(x_i) / n): the log of a uniform mixture. */
function logMeanExp(values: number[]): number {
  const max = maximum(...values);
  if (max === -Infinity) return -Infinity;
  if (max === Infinity) return Infinity;
  return max + log(values.reduce((sum, v) => sum + exp(v - max), 0) / values.length);
}

/** Alternatives above τ for the limit test: τ×1.5 … τ×20 below 0.95, or spread over (τ, 1) for a high τ. */
export function limitAlternatives(tau: number): number[] {
  if (tau <= 0) return [0.001, 0.01, 0.05, 0.2];
  const qs = [1.5, 2, 3, 5, 10, 20].map((r) => tau * r).filter((q) => q < 0.95);
  return qs.length >= 2 ? qs : [0.25, 0.5, 0.75].map((f) => tau + (1 - tau) * f);
}

/** Rate ratios (canary ÷ baseline) the comparison is powered for. */
export const RATIO_ALTERNATIVES = [1.5, 3, 10, 30, 100];

/** One e-process over a stream of batches: the product of the limit and the comparison factors. */
export class ProportionEProcess {
  private readonly limitLog: number[];
  private readonly ratioLog: number[];
  /** Canary counts this process has seen (both kinds of batches), for the effect-size condition. */
  requests = 0;
  events = 0;
  baselineRequests = 0;
  baselineEvents = 0;

  constructor(
    readonly tau: number,
    private readonly alternatives = limitAlternatives(tau),
    private readonly ratios = RATIO_ALTERNATIVES,
  ) {
    this.limitLog = alternatives.map(() => 0);
    this.ratioLog = ratios.map(() => 0);
  }

  /** A batch with no baseline: `events` of `requests` against the limit τ. */
  addAgainstLimit(requests: number, events: number): void {
    if (requests <= 0) return;
    this.requests += requests;
    this.events += events;
    const tau = this.tau;
    this.alternatives.forEach((q, i) => {
      // Bernoulli likelihood ratio q vs τ; for any true rate ≤ τ its expectation is ≤ 1.
      const errorTerm = events === 0 ? 0 : tau === 0 ? Infinity : events * log(q / tau);
      this.limitLog[i] += errorTerm + (requests - events) * log((1 - q) / (1 - tau));
    });
  }

  /**
   * A batch with a baseline: `events` of `requests` for the canary, `baselineEvents` of
   * `baselineRequests` for the baseline. Given the batch's total events E, the canary's share is
   * hypergeometric when the rates are equal (and stochastically smaller when the canary's is lower);
   * ψ^k·((c+b)/(cψ+b))^E is its binomial likelihood ratio, whose expectation under the hypergeometric
   * is ≤ 1 because ψ^k is convex (Hoeffding 1963, Theorem 4) and increasing.
   */
  addAgainstBaseline(
    requests: number,
    events: number,
    baselineRequests: number,
    baselineEvents: number,
  ): void {
    if (requests <= 0 || baselineRequests <= 0) return;
    this.requests += requests;
    this.events += events;
    this.baselineRequests += baselineRequests;
    this.baselineEvents += baselineEvents;
    const total = events + baselineEvents;
    if (total === 0) return;
    const c = requests;
    const b = baselineRequests;
    this.ratios.forEach((psi, i) => {
      this.ratioLog[i] += events * log(psi) + total * log((c + b) / (c * psi + b));
    });
  }

  /** log of the e-value: the mixture over the limit alternatives times the mixture over the ratios. */
  logE(): number {
    return logMeanExp(this.limitLog) + logMeanExp(this.ratioLog);
  }

  /** The canary's observed rate over everything this process saw. */
  rate(): number | undefined {
    return this.requests > 0 ? this.events / this.requests : undefined;
  }
}

/**
 * The false-rollback budget α spread over the e-processes started during a progression: one per check
 * and per stage (a fresh process at each stage start catches a fault that begins late, while older
 * processes keep their evidence). The first stage gets half of a check's share, the later stages split
 * the other half, so Σ shares = α and the union bound gives P(any false rollback) ≤ α.
 */
export function stageShare(alpha: number, checks: number, stages: number, stage: number): number {
  const perCheck = alpha / Math.max(1, checks);
  if (stages <= 1) return perCheck;
  return stage === 1 ? perCheck / 2 : perCheck / 2 / (stages - 1);
}

export interface CheckEvidence {
  /** log10 of the strongest e-value relative to its rollback threshold (≥ 0 means conclusive). */
  margin: number;
  /** log10 of that e-value. */
  log10E: number;
  /** log10 of its threshold 1/α_k. */
  log10Threshold: number;
  /** The stage whose process holds this evidence. */
  sinceStage: number;
  rate?: number;
  baselineRate?: number;
  requests: number;
  conclusive: boolean;
}

/**
 * One check (error rate, slow requests…) over the whole progression: a new e-process at each stage
 * start, each with its own share of α. Conclusive when some process reaches its threshold and the
 * canary's rate is above the limit, over that process or over the recent window (an excess that matters,
 * not just any difference). The rate condition only ever removes rejections, so α still holds.
 */
export class SequentialCheck {
  private readonly processes: { stage: number; threshold: number; process: ProportionEProcess }[] = [];
  private readonly recent: { atMs: number; requests: number; events: number }[] = [];

  constructor(
    readonly name: string,
    readonly tau: number,
    private readonly alpha: number,
    private readonly checks: number,
    private readonly stages: number,
    private readonly windowMs = Infinity,
  ) {}

  /** The canary's rate over the recent window. */
  recentRate(): number | undefined {
    const requests = this.recent.reduce((sum, r) => sum + r.requests, 0);
    return requests > 0 ? this.recent.reduce((sum, r) => sum + r.events, 0) / requests : undefined;
  }

  startStage(stage: number): void {
    const share = stageShare(this.alpha, this.checks, this.stages, Math.min(stage, this.stages));
    this.processes.push({ stage, threshold: -Math.log(share), process: new ProportionEProcess(this.tau) });
  }

  add(
    batch: { requests: number; events: number; baselineRequests?: number; baselineEvents?: number },
    atMs = 0,
  ): void {
    this.recent.push({ atMs, requests: batch.requests, events: batch.events });
    while (this.recent.length > 1 && this.recent[0].atMs <= atMs - this.windowMs) this.recent.shift();
    for (const { process } of this.processes) {
      if (batch.baselineRequests !== undefined && batch.baselineRequests > 0)
        process.addAgainstBaseline(
          batch.requests,
          batch.events,
          batch.baselineRequests,
          batch.baselineEvents ?? 0,
        );
      else process.addAgainstLimit(batch.requests, batch.events);
    }
  }

  evidence(): CheckEvidence | undefined {
    let best: CheckEvidence | undefined;
    const recent = this.recentRate() ?? 0;
    for (const { stage, threshold, process } of this.processes) {
      const logE = process.logE();
      const rate = process.rate();
      const evidence: CheckEvidence = {
        margin: (logE - threshold) / Math.LN10,
        log10E: logE / Math.LN10,
        log10Threshold: threshold / Math.LN10,
        sinceStage: stage,
        rate,
        baselineRate:
          process.baselineRequests > 0 ? process.baselineEvents / process.baselineRequests : undefined,
        requests: process.requests,
        conclusive: logE >= threshold && ((rate !== undefined && rate > this.tau) || recent > this.tau),
      };
      if (
        !best ||
        (evidence.conclusive && !best.conclusive) ||
        (evidence.conclusive === best.conclusive && evidence.margin > best.margin)
      )
        best = evidence;
    }
    return best;
  }
}
