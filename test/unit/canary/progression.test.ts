import { describe, expect, it } from '@jest/globals';
import { VirtualClock } from '../../../packages/core/src/index.js';
import type { SourceMeasurement } from '../../../actions/canary/src/analysis.js';
import {
  MAX_EXTENSION_WINDOWS,
  runProgression,
  type MeasureContext,
  type MetricsSource,
  type ProgressionConfig,
  type TrafficRouter,
} from '../../../actions/canary/src/progression.js';
import { planStages } from '../../../actions/canary/src/stages.js';
import { CombinedSource } from '../../../actions/canary/src/metrics/combined.js';

const waits = (...sec: number[]) => ({ input: 'stage-waits' as const, ms: sec.map((s) => s * 1000) });

const config = (overrides: Partial<ProgressionConfig> = {}): ProgressionConfig => ({
  stages: planStages('canary', [10, 50, 100], waits(60, 60, 90)),
  checkIntervalMs: 10_000,
  analysisWindowMs: 30_000,
  timeoutMs: 3_600_000,
  maxFailedRounds: 2,
  maxInconclusiveRounds: 3,
  falseRollbackRate: 0.001,
  sourceNames: ['s'],
  rules: {
    maxErrorRate: 0.01,
    rollbackErrorRate: 0.05,
    maxLatencyIncrease: 0.2,
    minSamples: 50,
    minHealthScore: 85,
  },
  ...overrides,
});

/** Records every traffic change; can fail a given weight or the rollback. */
class RecordingRouter implements TrafficRouter {
  calls: string[] = [];
  constructor(
    private readonly failAt?: number,
    private rollbackFailures = 0,
  ) {}
  async setWeight(weight: number, stage: number) {
    this.calls.push(`set ${weight}@${stage}`);
    if (weight === this.failAt) throw new Error('nginx -s reload failed');
  }
  async rollback() {
    this.calls.push('rollback');
    if (this.rollbackFailures-- > 0) throw new Error('rollback refused');
  }
}

/** One check's batch: new requests only. */
const healthy = (): SourceMeasurement => ({
  source: 's',
  canary: { requests: 60, errors: 0 },
  baseline: { requests: 240, errors: 0 },
});
const metricsFrom = (fn: (ctx: MeasureContext, n: number) => SourceMeasurement) => {
  let n = 0;
  return { measure: async (ctx: MeasureContext) => [fn(ctx, n++)] };
};
const run = (
  c: ProgressionConfig,
  router: TrafficRouter,
  metrics: MetricsSource,
  signal = new AbortController().signal,
) => runProgression(c, router, metrics, new VirtualClock(), signal);

describe('runProgression', () => {
  it('promotes a healthy version after exactly the stage table: each stage judged for its wait, at every check', async () => {
    const router = new RecordingRouter();
    const lines: string[] = [];
    const spans: number[] = [];
    const result = await runProgression(
      config(),
      router,
      metricsFrom((ctx) => {
        spans.push(ctx.sinceLastMs);
        return healthy();
      }),
      new VirtualClock(),
      new AbortController().signal,
      { log: (l) => lines.push(l) },
    );
    expect(result.outcome).toBe('promoted');
    expect(result.finalWeight).toBe(100);
    expect(router.calls).toEqual(['set 10@1', 'set 50@2', 'set 100@3']);
    expect(result.durationMs).toBe(210_000);
    expect(result.checks.map((c) => c.stage)).toEqual([
      ...Array(6).fill(1),
      ...Array(6).fill(2),
      ...Array(9).fill(3),
    ]);
    expect(new Set(spans)).toEqual(new Set([10_000])); // every batch covers the time since the previous check
    expect(result.stages.map((s) => [s.stage, s.outcome, s.checks, s.averageHealthScore])).toEqual([
      [1, 'passed', 6, 100],
      [2, 'passed', 6, 100],
      [3, 'passed', 9, 100],
    ]);
    expect(
      lines.some((l) =>
        /^stage 2\/3 weight 50% round 1 \(10s\/60s\): s: 60 new\/60 req, errors 0\.00%.* error rate e=10\^-?\d/.test(
          l,
        ),
      ),
    ).toBe(true);
  });

  it('a clear fault rolls back at the first check that is conclusive, long before the stage wait ends', async () => {
    const router = new RecordingRouter();
    const result = await run(
      config(),
      router,
      metricsFrom(() => ({
        source: 's',
        canary: { requests: 20, errors: 2 },
        baseline: { requests: 180, errors: 0 },
      })),
    );
    expect(result.outcome).toBe('rolled-back');
    expect(result.failedStage).toBe(1);
    expect(result.checks.length).toBeLessThanOrEqual(3);
    expect(result.checks[result.checks.length - 1].rollbackNow).toBe(true);
    expect(result.reason).toMatch(
      /conclusive failure at 10%: s: error rate: conclusive \(e-value 10\^[\d.]+ ≥ 10\^[\d.]+/,
    );
    expect(router.calls).toEqual(['set 10@1', 'rollback']);
    expect(result.finalWeight).toBe(0);
  });

  it('a canary as good as the baseline, with occasional errors on both, is never conclusive', async () => {
    const result = await run(
      config(),
      new RecordingRouter(),
      metricsFrom((_, n) => ({
        source: 's',
        canary: { requests: 60, errors: n % 7 === 0 ? 1 : 0 },
        baseline: { requests: 240, errors: n % 2 },
      })),
    );
    expect(result.outcome).toBe('promoted');
    expect(result.checks.every((c) => !c.rollbackNow)).toBe(true);
  });

  it('at 100 % (no baseline) the canary is judged against max-error-rate by the limit test', async () => {
    const result = await run(
      config(),
      new RecordingRouter(),
      metricsFrom((ctx) =>
        ctx.stage < 3
          ? healthy()
          : { source: 's', canary: { requests: 300, errors: 15 }, notes: ['no baseline'] },
      ),
    );
    expect(result.outcome).toBe('rolled-back');
    expect(result.failedStage).toBe(3);
    expect(result.checks.filter((c) => c.stage === 3)).toHaveLength(1);
  });

  it('no data rolls back after max-inconclusive-rounds checks and never promotes', async () => {
    const result = await run(
      config(),
      new RecordingRouter(),
      metricsFrom(() => ({ source: 'prometheus', problem: 'empty result (no data)' })),
    );
    expect(result.outcome).toBe('rolled-back');
    expect(result.checks).toHaveLength(3);
    expect(result.reason).toMatch(/3 check\(s\) in a row with no data .* no data is never health/);
  });

  it('holds the stage while both versions are degraded alike, then promotes when the incident ends', async () => {
    const router = new RecordingRouter();
    const result = await run(
      config({ stages: planStages('canary', [50, 100], waits(30, 30)) }),
      router,
      metricsFrom((_, n) =>
        n < 8
          ? { source: 's', canary: { requests: 500, errors: 50 }, baseline: { requests: 500, errors: 52 } }
          : healthy(),
      ),
    );
    expect(result.checks.slice(0, 8).map((c) => c.verdict)).toEqual(Array(8).fill('hold'));
    expect(result.checks.every((c) => !c.rollbackNow)).toBe(true);
    // Stage 1 ran past its 30 s wait until the incident was over and the window was clean again.
    expect(result.stages[0].endedAtMs).toBeGreaterThan(80_000);
    expect(result.outcome).toBe('promoted');
  });

  it('rolls back at the end of a stage whose average health score is below min-health-score', async () => {
    // A p95 from percentiles alone, 150 % over the baseline for the first checks: no per-request data, so no
    // sequential test; max-failed-rounds is high so only the stage average decides.
    const result = await run(
      config({ stages: planStages('canary', [50, 100], waits(60, 30)), maxFailedRounds: 10 }),
      new RecordingRouter(),
      metricsFrom((_, n) => ({
        source: 's',
        canary: { requests: 100, errors: 0, p95Ms: n < 3 ? 250 : 100 },
        baseline: { requests: 100, errors: 0, p95Ms: 100 },
      })),
    );
    expect(result.outcome).toBe('rolled-back');
    expect(result.failedStage).toBe(1);
    expect(result.reason).toMatch(/average health score \d+ over stage 1 is below min-health-score 85/);
    expect(result.stages[0].averageHealthScore).toBeLessThan(85);
    expect(result.checks.length).toBeGreaterThanOrEqual(6); // not before the stage's wait had passed
  });

  it('a p95 from percentiles alone over its limit in max-failed-rounds checks in a row rolls back', async () => {
    const result = await run(
      config(),
      new RecordingRouter(),
      metricsFrom(() => ({
        source: 's',
        canary: { requests: 100, errors: 0, p95Ms: 300 },
        baseline: { requests: 100, errors: 0, p95Ms: 100 },
      })),
    );
    expect(result.outcome).toBe('rolled-back');
    expect(result.checks).toHaveLength(2);
    expect(result.reason).toMatch(
      /2 check\(s\) in a row with a p95 or a resource gauge over its limit at 10%/,
    );
  });

  it('a CPU gauge over its limit rolls back after max-failed-rounds checks; as high on the baseline, it holds', async () => {
    const over = await run(
      config(),
      new RecordingRouter(),
      metricsFrom(() => ({
        ...healthy(),
        gauges: [{ name: 'cpu', canary: 0.95, baseline: 0.3, limit: 0.8 }],
      })),
    );
    expect(over.outcome).toBe('rolled-back');
    expect(over.checks).toHaveLength(2);
    expect(over.reason).toMatch(/2 check\(s\) in a row with a p95 or a resource gauge over its limit/);
    expect(over.checks[0].reasons.join(' ')).toMatch(/cpu 0\.95 is above its limit 0\.8 \(baseline 0\.3\)/);
    const shared = await run(
      config({ stages: planStages('canary', [50, 100], waits(30, 30)) }),
      new RecordingRouter(),
      metricsFrom((_, n) => ({
        ...healthy(),
        gauges: [{ name: 'memory', canary: n < 5 ? 900 : 100, baseline: n < 5 ? 950 : 100, limit: 800 }],
      })),
    );
    expect(shared.checks.slice(0, 5).map((c) => c.verdict)).toEqual(Array(5).fill('hold'));
    expect(shared.outcome).toBe('promoted');
  });

  it('doubled per-request latency rolls back through the slow-request test', async () => {
    let n = 0;
    const latencies = (factor: number) => Array.from({ length: 40 }, () => factor * (80 + ((n++ * 37) % 40)));
    const result = await run(
      config(),
      new RecordingRouter(),
      metricsFrom((_, i) => ({
        source: 's',
        canary: { requests: 40, errors: 0, latenciesMs: latencies(i < 2 ? 1 : 2) },
        baseline: { requests: 40, errors: 0, latenciesMs: latencies(1) },
      })),
    );
    expect(result.outcome).toBe('rolled-back');
    expect(result.failedStage).toBe(1);
    expect(result.reason).toMatch(/latency vs baseline: conclusive/);
  });

  it('a stage without canary requests never passes: it extends, then rolls back', async () => {
    const result = await run(
      config(),
      new RecordingRouter(),
      metricsFrom(() => ({
        source: 's',
        canary: { requests: 0, errors: 0 },
        baseline: { requests: 100, errors: 0 },
      })),
    );
    expect(result.outcome).toBe('rolled-back');
    expect(result.reason).toMatch(/only 0 canary request\(s\) at 10% .* too few samples is never a pass/);
    expect(result.durationMs).toBe(60_000 + MAX_EXTENSION_WINDOWS * 30_000);
  });

  // A router that applies each weight 30 s late: routed metrics (requests by version of the user traffic)
  // show the previous split meanwhile. Each stage is judged for its full wait at its own weight.
  it('a late router: each stage’s wait counts from when its weight shows in routed traffic', async () => {
    const lines: string[] = [];
    const weights = [0, 10, 50, 100];
    const result = await runProgression(
      config(),
      new RecordingRouter(),
      metricsFrom((ctx) => {
        const applied = ctx.sinceStageMs > 30_000 ? ctx.weight : weights[weights.indexOf(ctx.weight) - 1];
        return {
          source: 's',
          canary: { requests: 3 * applied, errors: 0 },
          baseline: { requests: 3 * (100 - applied), errors: 0 },
          routed: true,
        };
      }),
      new VirtualClock(),
      new AbortController().signal,
      { log: (l) => lines.push(l) },
    );
    expect(result.outcome).toBe('promoted');
    // 60 + 60 + 90 s of judging, each after 30 s of the previous weight.
    expect(result.durationMs).toBe(210_000 + 3 * 30_000);
    expect(result.stages.map((s) => [s.startedAtMs, s.weightSeenAtMs, s.endedAtMs])).toEqual([
      [0, 30_000, 90_000],
      [90_000, 120_000, 180_000],
      [180_000, 210_000, 300_000],
    ]);
    expect(lines.some((l) => /round 1 \(0s\/60s\).* 10% not yet seen in the traffic$/.test(l))).toBe(true);
  });

  it('a weight the router never applies is never judged: the stage rolls back after the extension', async () => {
    const router = new RecordingRouter();
    const result = await run(
      config(),
      router,
      metricsFrom(() => ({
        source: 's',
        canary: { requests: 0, errors: 0 },
        baseline: { requests: 300, errors: 0 },
        routed: true,
      })),
    );
    expect(result.outcome).toBe('rolled-back');
    expect(result.failedStage).toBe(1);
    expect(result.reason).toMatch(
      /never showed 10% on the new version .*the router did not apply the weight/,
    );
    expect(result.durationMs).toBe(60_000 + MAX_EXTENSION_WINDOWS * 30_000);
    expect(router.calls).toEqual(['set 10@1', 'rollback']);
  });

  it('probes (not routed traffic) cannot show the weight: the stage clock runs from the stage start', async () => {
    const result = await run(
      config(),
      new RecordingRouter(),
      metricsFrom(() => ({
        source: 's',
        canary: { requests: 20, errors: 0 },
        baseline: { requests: 20, errors: 0 },
      })),
    );
    expect(result.outcome).toBe('promoted');
    expect(result.durationMs).toBe(210_000);
    expect(result.stages.map((s) => s.weightSeenAtMs)).toEqual([0, 60_000, 120_000]);
  });

  it('low traffic advances on time, but the last stage waits for min-samples over the progression', async () => {
    const result = await run(
      config(),
      new RecordingRouter(),
      // One canary request per check: 6 per stage of 60 s; min-samples 50 comes late.
      metricsFrom(() => ({
        source: 's',
        canary: { requests: 1, errors: 0 },
        baseline: { requests: 10, errors: 0 },
      })),
    );
    expect(result.outcome).toBe('promoted');
    expect(result.stages[0].endedAtMs).toBe(60_000);
    expect(result.stages[1].endedAtMs).toBe(120_000);
    expect(result.durationMs).toBeGreaterThan(210_000);
    expect(result.checks[result.checks.length - 1].sources[0].totalRequests).toBe(50);
  });

  it('a failed traffic change is a rollback, not a crash', async () => {
    const router = new RecordingRouter(50);
    const result = await run(config(), router, metricsFrom(healthy));
    expect(result.outcome).toBe('rolled-back');
    expect(result.failedStage).toBe(2);
    expect(result.reason).toMatch(/setting weight 50% failed: nginx -s reload failed/);
    expect(router.calls).toEqual(['set 10@1', 'set 50@2', 'rollback']);
  });

  it('cancellation routes traffic back to stable and reports aborted', async () => {
    const router = new RecordingRouter();
    const controller = new AbortController();
    const result = await run(
      config(),
      router,
      metricsFrom((ctx) => {
        if (ctx.stage === 2) controller.abort(new Error('SIGTERM'));
        return healthy();
      }),
      controller.signal,
    );
    expect(result.outcome).toBe('aborted');
    expect(result.reason).toMatch(/cancelled/);
    expect(router.calls[router.calls.length - 1]).toBe('rollback');
    expect(result.finalWeight).toBe(0);
  });

  it('the timeout routes traffic back to stable and reports aborted', async () => {
    const router = new RecordingRouter();
    const result = await run(config({ timeoutMs: 100_000 }), router, metricsFrom(healthy));
    expect(result.outcome).toBe('aborted');
    expect(result.reason).toMatch(/timeout/);
    expect(result.checks).toHaveLength(10);
    expect(router.calls).toEqual(['set 10@1', 'set 50@2', 'rollback']);
  });

  it('retries a failing rollback and reports when it never succeeds', async () => {
    const flaky = new RecordingRouter(undefined, 2);
    const ok = await run(
      config(),
      flaky,
      metricsFrom(() => ({ source: 's', problem: 'down' })),
    );
    expect(ok.rollbackError).toBeUndefined();
    expect(flaky.calls.filter((c) => c === 'rollback')).toHaveLength(3);
    const broken = new RecordingRouter(undefined, 10);
    const bad = await run(
      config(),
      broken,
      metricsFrom(() => ({ source: 's', problem: 'down' })),
    );
    expect(bad.rollbackError).toBe('rollback refused');
    expect(bad.finalWeight).toBe(10);
  });

  describe('rollout gates (the webhooks), failing closed', () => {
    const withHooks = (hooks: Parameters<typeof runProgression>[5], router = new RecordingRouter()) =>
      runProgression(
        config(),
        router,
        metricsFrom(healthy),
        new VirtualClock(),
        new AbortController().signal,
        hooks,
      );

    it('a refused pre-rollout gate aborts before any traffic moves: no weight is set, none is rolled back', async () => {
      const router = new RecordingRouter();
      const result = await withHooks({ preRollout: async () => 'pre-rollout webhook answered 503' }, router);
      expect(result.outcome).toBe('aborted');
      expect(result.reason).toBe('pre-rollout: pre-rollout webhook answered 503');
      expect(router.calls).toEqual([]);
      expect(result.finalWeight).toBe(0);
    });

    it('an unconfirmed stage rolls back before its weight is set', async () => {
      const router = new RecordingRouter();
      const asked: number[] = [];
      const result = await withHooks(
        {
          confirmStage: async (stage) => {
            asked.push(stage.index);
            return stage.index === 2 ? 'confirm-stage webhook: timed out' : undefined;
          },
        },
        router,
      );
      expect(asked).toEqual([1, 2]);
      expect(result.outcome).toBe('rolled-back');
      expect(result.failedStage).toBe(2);
      expect(router.calls).toEqual(['set 10@1', 'rollback']);
    });

    it('the rollback gate is asked at every check and rolls back when it says so', async () => {
      const router = new RecordingRouter();
      let asked = 0;
      const result = await withHooks(
        { rollbackRequested: async () => (++asked === 4 ? 'rollback requested (HTTP 200)' : undefined) },
        router,
      );
      expect(asked).toBe(4);
      expect(result.outcome).toBe('rolled-back');
      expect(result.reason).toBe('rollback webhook: rollback requested (HTTP 200)');
      expect(router.calls).toEqual(['set 10@1', 'rollback']);
    });

    it('a refused post-rollout gate rolls back instead of promoting', async () => {
      const router = new RecordingRouter();
      const result = await withHooks(
        { postRollout: async () => 'post-rollout webhook answered 500' },
        router,
      );
      expect(result.outcome).toBe('rolled-back');
      expect(result.failedStage).toBe(3);
      expect(router.calls).toEqual(['set 10@1', 'set 50@2', 'set 100@3', 'rollback']);
    });
  });

  describe("synthetic probes beside the users' traffic", () => {
    const twoSources = config({
      stages: planStages('canary', [5, 25, 50, 100], waits(60, 60, 90, 120)),
      checkIntervalMs: 5_000,
      sourceNames: ['prometheus', 'probe'],
    });
    /** Users' traffic by version as Prometheus counts it: 20 rps, the router `lateMs` late with each weight. */
    const prometheus = (lateMs: number, canaryErrorRate = 0) => ({
      measure: async (ctx: MeasureContext): Promise<SourceMeasurement> => {
        const weights = [0, 5, 25, 50, 100];
        const applied = ctx.sinceStageMs > lateMs ? ctx.weight : weights[weights.indexOf(ctx.weight) - 1];
        const canary = applied; // 100 requests per 5 s check, `applied` % of them to the new version
        return {
          source: 'prometheus',
          canary: { requests: canary, errors: Math.round(canary * canaryErrorRate) },
          baseline: { requests: 100 - canary, errors: 0 },
          routed: true,
        };
      },
    });
    /** 100 probes of each version per check, sent to each directly; none after stage `stages`. */
    const probes = (canaryErrors: number, stages = Infinity) => ({
      measure: async (ctx: MeasureContext): Promise<SourceMeasurement | undefined> =>
        ctx.stage > stages
          ? undefined
          : {
              source: 'probe',
              canary: { requests: 100, errors: canaryErrors },
              baseline: { requests: 100, errors: 0 },
            },
    });

    it('probes of the new version roll a clear fault back in the first stage before a late router sent it any user', async () => {
      const router = new RecordingRouter();
      const result = await run(
        twoSources,
        router,
        new CombinedSource([
          { name: 'prometheus', source: prometheus(30_000, 0.1) },
          { name: 'probe', source: probes(10) },
        ]),
      );
      expect(result.outcome).toBe('rolled-back');
      expect(result.failedStage).toBe(1);
      // 10 % of 100 probes a check: each canary probe error at most doubles the e-value against the
      // baseline's probes, so the threshold (1/α₁ = 8,000 with the mixture's cost) takes two checks.
      expect(result.checks).toHaveLength(2);
      expect(result.reason).toMatch(/probe: error rate: conclusive \(e-value 10\^[\d.]+ ≥ 10\^3\.9/);
      // The router had not applied 5 % yet: no user request reached the new version before the rollback.
      expect(
        result.checks.map((c) => c.sources.find((s) => s.source === 'prometheus')?.batchRequests),
      ).toEqual([0, 0]);
      expect(router.calls).toEqual(['set 5@1', 'rollback']);
    });

    it("healthy probes of both versions are never conclusive and end with probe-stages: the later stages are judged by the users' traffic alone", async () => {
      const result = await run(
        twoSources,
        new RecordingRouter(),
        new CombinedSource([
          { name: 'prometheus', source: prometheus(0) },
          { name: 'probe', source: probes(0, 1) },
        ]),
      );
      expect(result.outcome).toBe('promoted');
      expect(result.durationMs).toBe(330_000); // the stage table, not extended by the probes' end
      const sourcesAt = (stage: number) =>
        new Set(
          result.checks.filter((c) => c.stage === stage).flatMap((c) => c.sources.map((s) => s.source)),
        );
      expect(sourcesAt(1)).toEqual(new Set(['prometheus', 'probe']));
      for (const stage of [2, 3, 4]) expect(sourcesAt(stage)).toEqual(new Set(['prometheus']));
      // A source that does not measure a stage is not "no data".
      expect(result.checks.every((c) => c.inconclusiveInARow === 0 && !c.rollbackNow)).toBe(true);
    });
  });
});
