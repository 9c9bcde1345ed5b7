import { CancelledError, errorMessage, type Clock } from '@shipgate/core';
import { analyseRound, type DecisionRules, type RoundAnalysis, type SourceMeasurement } from './analysis.js';
import type { Stage } from './stages.js';

/** Moves traffic. Each call has its own timeout inside; a rejected promise means the weight is unknown. */
export interface TrafficRouter {
  setWeight(weight: number, stage: number, signal?: AbortSignal): Promise<void>;
  /** Route everything back to the stable version. */
  rollback(signal?: AbortSignal): Promise<void>;
}

export interface MeasureContext {
  weight: number;
  stage: number;
  round: number;
  intervalMs: number;
  /**
   * The window to measure, ending now: one interval, or several when the previous rounds at this weight
   * were short of min-samples (low traffic), so their requests add up instead of being thrown away.
   */
  windowMs: number;
  signal?: AbortSignal;
}

/** Measures one round. A source that cannot answer returns a measurement with `problem`, it never throws. */
export interface MetricsSource {
  measure(context: MeasureContext): Promise<SourceMeasurement[]>;
}

export interface ProgressionConfig {
  stages: Stage[];
  intervalMs: number;
  timeoutMs: number;
  maxFailedRounds: number;
  maxInconclusiveRounds: number;
  rules: DecisionRules;
}

export interface RoundRecord {
  stage: number;
  weight: number;
  round: number;
  /** Milliseconds since the progression started. */
  atMs: number;
  windowMs: number;
  verdict: RoundAnalysis['verdict'];
  rollbackNow: boolean;
  reasons: string[];
  healthScore?: number;
  sources: RoundAnalysis['sources'];
  failedInARow: number;
  inconclusiveInARow: number;
}

export type Outcome = 'promoted' | 'rolled-back' | 'aborted';

export interface ProgressionResult {
  outcome: Outcome;
  reason: string;
  /** The weight the new version has at the end (0 after a successful rollback). */
  finalWeight: number;
  failedStage?: number;
  healthScore?: number;
  rounds: RoundRecord[];
  /** Set when routing back to stable failed too: traffic may still reach the new version. */
  rollbackError?: string;
  durationMs: number;
}

export interface ProgressionHooks {
  log?(line: string): void;
  /** Called after a stage's weight is in place (deployment statuses). */
  onStage?(stage: Stage, total: number): Promise<void> | void;
}

/** Low traffic widens the analysis window up to this many intervals; beyond, too few samples counts as inconclusive. */
export const MAX_WINDOW_INTERVALS = 20;

const pct = (fraction: number | undefined) =>
  fraction === undefined ? '—' : `${(fraction * 100).toFixed(2)}%`;

export function describeRound(
  record: RoundRecord,
  stages: number,
  passed: number,
  roundsInStage: number,
): string {
  const parts = record.sources.map((s) => {
    const values = [
      `${s.requests ?? 0} req`,
      `errors ${pct(s.errorRate)}` +
        (s.errorRateInterval ? ` [${pct(s.errorRateInterval.low)}–${pct(s.errorRateInterval.high)}]` : ''),
      `p95 ${s.p95Ms === undefined ? '—' : `${Math.round(s.p95Ms)}ms`}`,
    ];
    if (s.baselineRequests !== undefined)
      values.push(
        `baseline ${s.baselineRequests} req ${pct(s.baselineErrorRate)} p95 ${s.baselineP95Ms === undefined ? '—' : `${Math.round(s.baselineP95Ms)}ms`}`,
      );
    return `${s.source}: ${values.join(', ')}`;
  });
  return (
    `stage ${record.stage}/${stages} weight ${record.weight}% round ${record.round} (${passed}/${roundsInStage} passed): ` +
    `${parts.join('; ')} → ${record.verdict}` +
    (record.healthScore === undefined ? '' : ` (health ${record.healthScore})`) +
    ` — ${record.reasons.join('; ')}`
  );
}

/**
 * The progression: for each stage, set the weight, then analyse rounds until the stage has its passing
 * rounds. Roll back on conclusive evidence, on `maxFailedRounds` failed rounds in a row, on
 * `maxInconclusiveRounds` inconclusive rounds in a row (no data is never health) or when a traffic
 * change fails. On cancellation or timeout, route traffic back to stable and report `aborted`.
 * Rounds on `hold` (both versions degraded alike) neither advance nor count against the canary.
 */
export async function runProgression(
  config: ProgressionConfig,
  router: TrafficRouter,
  metrics: MetricsSource,
  clock: Clock,
  signal: AbortSignal,
  hooks: ProgressionHooks = {},
): Promise<ProgressionResult> {
  const log = hooks.log ?? (() => undefined);
  const started = clock.now();
  const rounds: RoundRecord[] = [];
  let weight = 0;
  let lastScore: number | undefined;
  const total = config.stages.length;

  const finish = async (
    outcome: Outcome,
    reason: string,
    failedStage?: number,
  ): Promise<ProgressionResult> => {
    let rollbackError: string | undefined;
    let finalWeight = weight;
    if (outcome !== 'promoted') {
      log(`routing all traffic back to stable: ${reason}`);
      for (let attempt = 1; attempt <= 3; attempt++) {
        try {
          // Not tied to the run's signal: putting traffic back must happen even while cancelling.
          await router.rollback();
          rollbackError = undefined;
          finalWeight = 0;
          break;
        } catch (error) {
          rollbackError = errorMessage(error);
          log(`rollback attempt ${attempt} failed: ${rollbackError}`);
        }
      }
    }
    return {
      outcome,
      reason,
      finalWeight,
      failedStage,
      healthScore: lastScore,
      rounds,
      rollbackError,
      durationMs: clock.now() - started,
    };
  };

  try {
    for (const stage of config.stages) {
      try {
        await router.setWeight(stage.weight, stage.index, signal);
      } catch (error) {
        if (signal.aborted) throw error;
        return await finish(
          'rolled-back',
          `setting weight ${stage.weight}% failed: ${errorMessage(error)}`,
          stage.index,
        );
      }
      weight = stage.weight;
      log(`stage ${stage.index}/${total}: ${stage.weight}% of traffic to the new version`);
      await hooks.onStage?.(stage, total);
      let passed = 0;
      let failedInARow = 0;
      let inconclusiveInARow = 0;
      let round = 0;
      let windowMs = config.intervalMs;
      while (passed < stage.rounds) {
        const remaining = config.timeoutMs - (clock.now() - started);
        if (remaining < config.intervalMs)
          return await finish(
            'aborted',
            `timeout: the progression did not finish within ${Math.round(config.timeoutMs / 1000)}s`,
            stage.index,
          );
        await clock.sleep(config.intervalMs, signal);
        round++;
        const measurements = await metrics.measure({
          weight: stage.weight,
          stage: stage.index,
          round,
          intervalMs: config.intervalMs,
          windowMs,
          signal,
        });
        if (signal.aborted) throw new CancelledError();
        const analysis = analyseRound(measurements, config.rules);
        if (analysis.verdict === 'pass') {
          passed++;
          failedInARow = 0;
          inconclusiveInARow = 0;
        } else if (analysis.verdict === 'fail') {
          failedInARow++;
          inconclusiveInARow = 0;
        }
        const widen =
          analysis.verdict === 'inconclusive' &&
          analysis.fewSamples &&
          windowMs < MAX_WINDOW_INTERVALS * config.intervalMs;
        if (analysis.verdict === 'inconclusive' && !widen) inconclusiveInARow++;
        if (analysis.healthScore !== undefined) lastScore = analysis.healthScore;
        const record: RoundRecord = {
          stage: stage.index,
          weight: stage.weight,
          round,
          atMs: clock.now() - started,
          windowMs,
          verdict: analysis.verdict,
          rollbackNow: analysis.rollbackNow,
          reasons: analysis.reasons,
          healthScore: analysis.healthScore,
          sources: analysis.sources,
          failedInARow,
          inconclusiveInARow,
        };
        rounds.push(record);
        log(describeRound(record, total, passed, stage.rounds));
        // Short of samples: keep what was measured and widen (up to the cap, then slide); otherwise start afresh.
        windowMs =
          analysis.verdict === 'inconclusive' && analysis.fewSamples
            ? Math.min(windowMs + config.intervalMs, MAX_WINDOW_INTERVALS * config.intervalMs)
            : config.intervalMs;
        if (analysis.rollbackNow)
          return await finish(
            'rolled-back',
            `conclusive failure at ${stage.weight}%: ${analysis.reasons.join('; ')}`,
            stage.index,
          );
        if (failedInARow >= config.maxFailedRounds)
          return await finish(
            'rolled-back',
            `${failedInARow} failed round(s) in a row at ${stage.weight}% (max-failed-rounds ${config.maxFailedRounds})`,
            stage.index,
          );
        if (inconclusiveInARow >= config.maxInconclusiveRounds)
          return await finish(
            'rolled-back',
            `${inconclusiveInARow} inconclusive round(s) in a row at ${stage.weight}% (max-inconclusive-rounds ${config.maxInconclusiveRounds}): no data is never health`,
            stage.index,
          );
      }
    }
    return await finish('promoted', `healthy through every stage, ${rounds.length} round(s) analysed`);
  } catch (error) {
    if (signal.aborted || error instanceof CancelledError)
      return await finish(
        'aborted',
        `cancelled: ${errorMessage(error)}`,
        config.stages.find((s) => s.weight === weight)?.index,
      );
    // An unexpected error (a bug, a broken source) must never leave traffic on the new version.
    return await finish('aborted', `internal error: ${errorMessage(error)}`);
  }
}
