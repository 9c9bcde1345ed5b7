import { CancelledError, errorMessage, type Clock } from '@shipgate/core';
import type { DecisionRules, SourceMeasurement, Verdict } from './analysis.js';
import { SourceEvidence, type SourceCheck } from './source-evidence.js';
import type { Stage } from './stages.js';
import { weightApplied } from './weight-arrival.js';

/** Moves traffic. Each call has its own timeout inside; a rejected promise means the weight is unknown. */
export interface TrafficRouter {
  setWeight(weight: number, stage: number, signal?: AbortSignal): Promise<void>;
  /** Route everything back to the stable version. */
  rollback(signal?: AbortSignal): Promise<void>;
}

export interface MeasureContext {
  weight: number;
  stage: number;
  /** 1-based check number within the stage. */
  check: number;
  /** Time since the previous check of this stage (or since the stage started): this batch's span. */
  sinceLastMs: number;
  /** Time since the stage's weight was set. */
  sinceStageMs: number;
  signal?: AbortSignal;
}

/**
 * Measures one check: the requests served since the previous check (disjoint batches). A source that
 * cannot answer returns a measurement with `problem`, it never throws.
 */
export interface MetricsSource {
  measure(context: MeasureContext): Promise<SourceMeasurement[]>;
}

export interface ProgressionConfig {
  stages: Stage[];
  /** How often the canary is judged (every scrape or probe batch). */
  checkIntervalMs: number;
  /** The window of the health score and the degraded-baseline hold. */
  analysisWindowMs: number;
  timeoutMs: number;
  /** Checks in a row with a p95 (percentiles only) over its limit that roll back. */
  maxFailedRounds: number;
  /** Checks in a row with no data that roll back. */
  maxInconclusiveRounds: number;
  rules: DecisionRules;
  /** α: the probability of rolling back a healthy canary over the whole progression (a fraction). */
  falseRollbackRate: number;
  /** Names of the metric sources, so the budget α is split over every sequential check they run. */
  sourceNames: string[];
}

export interface CheckRecord {
  stage: number;
  weight: number;
  check: number;
  /** Milliseconds since the progression started. */
  atMs: number;
  verdict: Verdict;
  rollbackNow: boolean;
  reasons: string[];
  healthScore?: number;
  sources: SourceCheck[];
  inconclusiveInARow: number;
}

export interface StageRecord {
  stage: number;
  weight: number;
  waitMs: number;
  startedAtMs: number;
  endedAtMs?: number;
  checks: number;
  canaryRequests: number;
  averageHealthScore?: number;
  /**
   * Milliseconds since the progression started from which the stage's weight showed in routed traffic (its
   * wait counts from here); unset while the router has not applied it.
   */
  weightSeenAtMs?: number;
  outcome: 'passed' | 'failed' | 'running';
}

export type Outcome = 'promoted' | 'rolled-back' | 'aborted';

export interface ProgressionResult {
  outcome: Outcome;
  reason: string;
  /** The weight the new version has at the end (0 after a successful rollback). */
  finalWeight: number;
  failedStage?: number;
  healthScore?: number;
  checks: CheckRecord[];
  stages: StageRecord[];
  /** Set when routing back to stable failed too: traffic may still reach the new version. */
  rollbackError?: string;
  durationMs: number;
}

export interface ProgressionHooks {
  log?(line: string): void;
  /** Called after a stage's weight is in place (deployment statuses). */
  onStage?(stage: Stage, total: number): Promise<void> | void;
  /** Gates that answer a problem (fail closed) or undefined (go on): before any traffic moves… */
  preRollout?(signal: AbortSignal): Promise<string | undefined>;
  /** …before each stage's weight is set… */
  confirmStage?(stage: Stage, signal: AbortSignal): Promise<string | undefined>;
  /** …after the last stage passed, before the promotion counts. */
  postRollout?(signal: AbortSignal): Promise<string | undefined>;
  /** Asked at every check: a reason to roll back now (an operator's request, or a gate that cannot answer). */
  rollbackRequested?(stage: Stage, signal: AbortSignal): Promise<string | undefined>;
}

/** A stage short of samples after its wait may run this many analysis windows longer; then too few samples rolls back. */
export const MAX_EXTENSION_WINDOWS = 20;

const pct = (fraction: number | undefined) =>
  fraction === undefined ? '—' : `${(fraction * 100).toFixed(2)}%`;

export function describeCheck(
  record: CheckRecord,
  stages: number,
  elapsedMs: number,
  waitMs: number,
): string {
  const parts = record.sources.map((s) => {
    const values = [
      `${s.batchRequests ?? 0} new/${s.stageRequests} req`,
      `errors ${pct(s.errorRate)}` +
        (s.errorRateInterval ? ` [${pct(s.errorRateInterval.low)}–${pct(s.errorRateInterval.high)}]` : ''),
      `p95 ${s.p95Ms === undefined ? '—' : `${Math.round(s.p95Ms)}ms`}`,
    ];
    if (s.baselineRequests !== undefined)
      values.push(
        `baseline ${s.baselineRequests} req ${pct(s.baselineErrorRate)} p95 ${s.baselineP95Ms === undefined ? '—' : `${Math.round(s.baselineP95Ms)}ms`}`,
      );
    const evidence = Object.entries(s.evidence)
      .map(([name, e]) => `${name} e=10^${e.log10E.toFixed(1)}/10^${e.log10Threshold.toFixed(1)}`)
      .join(', ');
    if (evidence) values.push(evidence);
    return `${s.source}: ${values.join(', ')}`;
  });
  return (
    // "round N" is the check's number, the word earlier log readers (the demo) look for.
    `stage ${record.stage}/${stages} weight ${record.weight}% round ${record.check} (${Math.round(elapsedMs / 1000)}s/${Math.round(waitMs / 1000)}s): ` +
    `${parts.join('; ')} → ${record.verdict}` +
    (record.healthScore === undefined ? '' : ` (health ${record.healthScore})`) +
    (record.reasons.length > 0 ? ` — ${record.reasons.join('; ')}` : '')
  );
}

/**
 * The progression: for each stage, set the weight, then judge the canary at every check until the stage's
 * wait has passed. Roll back at once when a sequential test is conclusive (the false-rollback rate is
 * controlled at `falseRollbackRate` however often it looks), when the stage's average health score is
 * below min-health-score, after `maxInconclusiveRounds` checks in a row with no data (no data is never
 * health), after `maxFailedRounds` checks in a row with a percentile over its limit, or when a traffic
 * change fails. A stage's wait counts from when its weight shows in routed traffic (a router that applies
 * weights late does not shorten the judging; one that never applies it rolls back). A stage does not end
 * while the baseline is degraded alike ("hold"), while its latest check has no data, or before it has a
 * canary request (the last stage: `minSamples` over the progression).
 * On cancellation or timeout, route traffic back to stable and report `aborted`.
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
  const checks: CheckRecord[] = [];
  const stageRecords: StageRecord[] = [];
  let weight = 0;
  let lastScore: number | undefined;
  const total = config.stages.length;
  const perSource =
    1 +
    (config.rules.maxLatencyIncrease !== undefined ? 1 : 0) +
    (config.rules.maxLatencyP95Ms !== undefined ? 1 : 0);
  const settings = {
    rules: config.rules,
    alpha: config.falseRollbackRate,
    stages: total,
    windowMs: config.analysisWindowMs,
    checks: perSource * Math.max(1, config.sourceNames.length),
  };
  const evidence = new Map<string, SourceEvidence>();
  const sourceFor = (name: string) => {
    let e = evidence.get(name);
    if (!e) {
      e = new SourceEvidence(name, settings);
      // A source first seen mid-progression still gets a process for the current stage.
      e.startStage(stageRecords.length || 1);
      evidence.set(name, e);
    }
    return e;
  };
  for (const name of config.sourceNames) sourceFor(name);

  // Nothing to route back before the first traffic change was attempted (a refused pre-rollout gate).
  let shifted = false;
  const finish = async (
    outcome: Outcome,
    reason: string,
    failedStage?: number,
  ): Promise<ProgressionResult> => {
    let rollbackError: string | undefined;
    let finalWeight = weight;
    const current = stageRecords[stageRecords.length - 1];
    if (current?.outcome === 'running') {
      current.outcome = outcome === 'promoted' ? 'passed' : 'failed';
      current.endedAtMs = clock.now() - started;
    }
    if (outcome !== 'promoted' && !shifted) log(`no traffic was shifted: ${reason}`);
    else if (outcome !== 'promoted') {
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
      checks,
      stages: stageRecords,
      rollbackError,
      durationMs: clock.now() - started,
    };
  };

  try {
    const refused = await hooks.preRollout?.(signal);
    if (refused) return await finish('aborted', `pre-rollout: ${refused}`, 1);
    for (const stage of config.stages) {
      const unconfirmed = await hooks.confirmStage?.(stage, signal);
      if (unconfirmed)
        return await finish(
          'rolled-back',
          `stage ${stage.index} (${stage.weight}%) not confirmed: ${unconfirmed}`,
          stage.index,
        );
      try {
        shifted = true;
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
      const stageStart = clock.now();
      const record: StageRecord = {
        stage: stage.index,
        weight: stage.weight,
        waitMs: stage.waitMs,
        startedAtMs: stageStart - started,
        checks: 0,
        canaryRequests: 0,
        outcome: 'running',
      };
      stageRecords.push(record);
      for (const e of evidence.values()) if (stage.index > 1) e.startStage(stage.index);
      log(
        `stage ${stage.index}/${total}: ${stage.weight}% of traffic to the new version for ${Math.round(stage.waitMs / 1000)}s`,
      );
      await hooks.onStage?.(stage, total);
      const scores: number[] = [];
      let inconclusiveInARow = 0;
      let percentileFailsInARow = 0;
      let lastCheckAt = stageStart;
      const previousWeight = stage.index > 1 ? config.stages[stage.index - 2].weight : 0;
      // When the stage's weight showed in the traffic; the wait counts from there (a late router).
      let weightSeenAt: number | undefined;
      for (let check = 1; ; check++) {
        const remaining = config.timeoutMs - (clock.now() - started);
        if (remaining < config.checkIntervalMs)
          return await finish(
            'aborted',
            `timeout: the progression did not finish within ${Math.round(config.timeoutMs / 1000)}s`,
            stage.index,
          );
        await clock.sleep(config.checkIntervalMs, signal);
        const now = clock.now();
        const measurements = await metrics.measure({
          weight: stage.weight,
          stage: stage.index,
          check,
          sinceLastMs: now - lastCheckAt,
          sinceStageMs: now - stageStart,
          signal,
        });
        const batchStart = lastCheckAt;
        lastCheckAt = now;
        if (signal.aborted) throw new CancelledError();
        // Routed traffic (metrics by version) shows the applied weight; probes and baseline-less sources
        // cannot tell, and then the stage's clock runs from its start, as it always did.
        if (weightSeenAt === undefined) {
          const late = measurements.some(
            (m) =>
              m.routed === true &&
              m.canary !== undefined &&
              !weightApplied(
                { canary: m.canary.requests, baseline: m.baseline?.requests ?? 0 },
                previousWeight,
                stage.weight,
              ),
          );
          if (!late) {
            weightSeenAt = batchStart;
            record.weightSeenAtMs = batchStart - started;
          }
        }
        const atMs = clock.now() - started;
        const sources =
          measurements.length > 0 ? measurements.map((m) => sourceFor(m.source).check(m, atMs)) : [];
        const noData = sources.length === 0 || sources.some((s) => s.noData);
        const rollbackNow = sources.some((s) => s.conclusive);
        const percentileOver = sources.some((s) => s.percentileOver);
        // A window that looks bad (not yet conclusive) or a degraded baseline holds the stage back.
        const verdict: Verdict =
          rollbackNow || percentileOver || sources.some((s) => s.suspect)
            ? 'fail'
            : noData
              ? 'inconclusive'
              : sources.some((s) => s.verdict === 'hold')
                ? 'hold'
                : 'pass';
        inconclusiveInARow = noData ? inconclusiveInARow + 1 : 0;
        percentileFailsInARow = percentileOver ? percentileFailsInARow + 1 : 0;
        const scored = sources.map((s) => s.healthScore).filter((s): s is number => s !== undefined);
        const healthScore = scored.length > 0 ? Math.min(...scored) : undefined;
        if (healthScore !== undefined) {
          scores.push(healthScore);
          lastScore = healthScore;
        }
        const checkRecord: CheckRecord = {
          stage: stage.index,
          weight: stage.weight,
          check,
          atMs,
          verdict,
          rollbackNow,
          reasons:
            sources.length === 0
              ? ['no metric source answered']
              : sources.flatMap((s) => s.reasons.map((reason) => `${s.source}: ${reason}`)),
          healthScore,
          sources,
          inconclusiveInARow,
        };
        checks.push(checkRecord);
        const stageRequests = sources.length > 0 ? Math.min(...sources.map((s) => s.stageRequests)) : 0;
        record.checks = check;
        record.canaryRequests = stageRequests;
        record.averageHealthScore =
          scores.length > 0 ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : undefined;
        const elapsed = weightSeenAt === undefined ? 0 : now - weightSeenAt;
        log(
          describeCheck(checkRecord, total, elapsed, stage.waitMs) +
            (weightSeenAt === undefined ? ` — ${stage.weight}% not yet seen in the traffic` : ''),
        );

        const requested = await hooks.rollbackRequested?.(stage, signal);
        if (signal.aborted) throw new CancelledError();
        if (requested) return await finish('rolled-back', `rollback webhook: ${requested}`, stage.index);
        if (rollbackNow)
          return await finish(
            'rolled-back',
            `conclusive failure at ${stage.weight}%: ${checkRecord.reasons.filter((r) => /conclusive/.test(r)).join('; ')}`,
            stage.index,
          );
        if (inconclusiveInARow >= config.maxInconclusiveRounds)
          return await finish(
            'rolled-back',
            `${inconclusiveInARow} check(s) in a row with no data at ${stage.weight}% (max-inconclusive-rounds ${config.maxInconclusiveRounds}): no data is never health`,
            stage.index,
          );
        if (percentileFailsInARow >= config.maxFailedRounds)
          return await finish(
            'rolled-back',
            `${percentileFailsInARow} check(s) in a row with a p95 or a resource gauge over its limit at ${stage.weight}% (max-failed-rounds ${config.maxFailedRounds})`,
            stage.index,
          );
        if (weightSeenAt === undefined) {
          // A weight the router never applies is never judged, so it never passes (fail closed).
          if (now - stageStart - stage.waitMs >= MAX_EXTENSION_WINDOWS * config.analysisWindowMs)
            return await finish(
              'rolled-back',
              `the traffic never showed ${stage.weight}% on the new version within ${Math.round((now - stageStart) / 1000)}s of setting it (still the previous ${previousWeight}%): the router did not apply the weight`,
              stage.index,
            );
          continue;
        }
        if (elapsed < stage.waitMs) continue;

        // The wait has passed: the stage ends unless the latest check holds it back.
        if (verdict !== 'pass') continue;
        const last = stage.index === total;
        const totalRequests = sources.length > 0 ? Math.min(...sources.map((s) => s.totalRequests)) : 0;
        const needed = last ? config.rules.minSamples : 1;
        const have = last ? totalRequests : stageRequests;
        if (have < needed) {
          if (elapsed - stage.waitMs >= MAX_EXTENSION_WINDOWS * config.analysisWindowMs)
            return await finish(
              'rolled-back',
              `only ${have} canary request(s) at ${stage.weight}% after ${Math.round(elapsed / 1000)}s, fewer than ${needed}${last ? ' (min-samples)' : ''}: too few samples is never a pass`,
              stage.index,
            );
          continue;
        }
        // Only windows with min-samples requests are scored; a stage without any is judged by the tests alone.
        if (
          record.averageHealthScore !== undefined &&
          record.averageHealthScore < config.rules.minHealthScore
        )
          return await finish(
            'rolled-back',
            `average health score ${record.averageHealthScore} over stage ${stage.index} is below min-health-score ${config.rules.minHealthScore}`,
            stage.index,
          );
        record.outcome = 'passed';
        record.endedAtMs = clock.now() - started;
        break;
      }
    }
    const unconfirmed = await hooks.postRollout?.(signal);
    if (unconfirmed) return await finish('rolled-back', `post-rollout: ${unconfirmed}`, total);
    return await finish('promoted', `healthy through every stage, ${checks.length} check(s) analysed`);
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
