import { describe, expect, it } from '@jest/globals';
import { VirtualClock } from '../../../packages/core/src/index.js';
import type { SourceMeasurement } from '../../../actions/canary/src/analysis.js';
import {
  MAX_WINDOW_INTERVALS,
  runProgression,
  type MeasureContext,
  type ProgressionConfig,
  type TrafficRouter,
} from '../../../actions/canary/src/progression.js';
import { planStages } from '../../../actions/canary/src/stages.js';

const config = (overrides: Partial<ProgressionConfig> = {}): ProgressionConfig => ({
  stages: planStages('canary', [10, 50, 100], [2, 2, 2]),
  intervalMs: 30_000,
  timeoutMs: 3_600_000,
  maxFailedRounds: 2,
  maxInconclusiveRounds: 3,
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

const healthy = (): SourceMeasurement => ({
  source: 's',
  canary: { requests: 200, errors: 0 },
  baseline: { requests: 800, errors: 0 },
});
const metricsFrom = (fn: (ctx: MeasureContext, n: number) => SourceMeasurement) => {
  let n = 0;
  return { measure: async (ctx: MeasureContext) => [fn(ctx, n++)] };
};

describe('runProgression', () => {
  it('promotes a healthy version through every stage, one weight change per stage', async () => {
    const router = new RecordingRouter();
    const clock = new VirtualClock();
    const lines: string[] = [];
    const result = await runProgression(
      config(),
      router,
      metricsFrom(healthy),
      clock,
      new AbortController().signal,
      {
        log: (l) => lines.push(l),
      },
    );
    expect(result.outcome).toBe('promoted');
    expect(result.finalWeight).toBe(100);
    expect(router.calls).toEqual(['set 10@1', 'set 50@2', 'set 100@3']);
    expect(result.rounds).toHaveLength(6);
    expect(result.durationMs).toBe(6 * 30_000);
    expect(
      lines.some((l) =>
        /stage 2\/3 weight 50% round 1 \(1\/2 passed\): s: 200 req, errors 0.00% \[0.00%–1.88%\], p95 —, baseline 800 req 0.00%.* → pass \(health 100\)/.test(
          l,
        ),
      ),
    ).toBe(true);
  });

  it('rolls back at once on conclusive evidence, without waiting for the stage to end', async () => {
    const router = new RecordingRouter();
    const result = await runProgression(
      config(),
      router,
      metricsFrom(() => ({
        source: 's',
        canary: { requests: 200, errors: 20 },
        baseline: { requests: 1800, errors: 1 },
      })),
      new VirtualClock(),
      new AbortController().signal,
    );
    expect(result.outcome).toBe('rolled-back');
    expect(result.failedStage).toBe(1);
    expect(result.rounds).toHaveLength(1);
    expect(result.reason).toMatch(/conclusive failure at 10%/);
    expect(router.calls).toEqual(['set 10@1', 'rollback']);
    expect(result.finalWeight).toBe(0);
  });

  it('rolls back after max-failed-rounds failed rounds in a row; a pass resets the count', async () => {
    // 6 % errors over 200 requests: significant against 1 % but not conclusive at 99.9 %.
    const pattern = ['fail', 'pass', 'fail', 'fail'];
    const router = new RecordingRouter();
    const result = await runProgression(
      config({ stages: planStages('canary', [10, 100], [5, 1]) }),
      router,
      metricsFrom((_, n) =>
        pattern[n] === 'fail'
          ? { source: 's', canary: { requests: 200, errors: 6 } }
          : { source: 's', canary: { requests: 200, errors: 0 } },
      ),
      new VirtualClock(),
      new AbortController().signal,
    );
    expect(result.rounds.map((r) => r.verdict)).toEqual(['fail', 'pass', 'fail', 'fail']);
    expect(result.rounds.every((r) => !r.rollbackNow)).toBe(true);
    expect(result.outcome).toBe('rolled-back');
    expect(result.reason).toMatch(/2 failed round\(s\) in a row at 10%/);
  });

  it('no data rolls back after max-inconclusive-rounds and never promotes', async () => {
    const router = new RecordingRouter();
    const result = await runProgression(
      config(),
      router,
      metricsFrom(() => ({ source: 'prometheus', problem: 'empty result (no data)' })),
      new VirtualClock(),
      new AbortController().signal,
    );
    expect(result.outcome).toBe('rolled-back');
    expect(result.rounds).toHaveLength(3);
    expect(result.reason).toMatch(/3 inconclusive round\(s\) in a row .* no data is never health/);
  });

  it('holds while both versions are degraded alike, then promotes when the incident ends', async () => {
    const router = new RecordingRouter();
    const result = await runProgression(
      config({ stages: planStages('canary', [50, 100], [2, 1]) }),
      router,
      metricsFrom((_, n) =>
        n < 5
          ? { source: 's', canary: { requests: 500, errors: 50 }, baseline: { requests: 500, errors: 52 } }
          : healthy(),
      ),
      new VirtualClock(),
      new AbortController().signal,
    );
    expect(result.rounds.slice(0, 5).map((r) => r.verdict)).toEqual(['hold', 'hold', 'hold', 'hold', 'hold']);
    expect(result.outcome).toBe('promoted');
  });

  it('a failed traffic change is a rollback, not a crash', async () => {
    const router = new RecordingRouter(50);
    const result = await runProgression(
      config(),
      router,
      metricsFrom(healthy),
      new VirtualClock(),
      new AbortController().signal,
    );
    expect(result.outcome).toBe('rolled-back');
    expect(result.failedStage).toBe(2);
    expect(result.reason).toMatch(/setting weight 50% failed: nginx -s reload failed/);
    expect(router.calls).toEqual(['set 10@1', 'set 50@2', 'rollback']);
  });

  it('cancellation routes traffic back to stable and reports aborted', async () => {
    const router = new RecordingRouter();
    const controller = new AbortController();
    const result = await runProgression(
      config(),
      router,
      metricsFrom((ctx) => {
        if (ctx.stage === 2) controller.abort(new Error('SIGTERM'));
        return healthy();
      }),
      new VirtualClock(),
      controller.signal,
    );
    expect(result.outcome).toBe('aborted');
    expect(result.reason).toMatch(/cancelled/);
    expect(router.calls[router.calls.length - 1]).toBe('rollback');
    expect(result.finalWeight).toBe(0);
  });

  it('the timeout routes traffic back to stable and reports aborted', async () => {
    const router = new RecordingRouter();
    const result = await runProgression(
      config({ timeoutMs: 100_000 }),
      router,
      metricsFrom(healthy),
      new VirtualClock(),
      new AbortController().signal,
    );
    expect(result.outcome).toBe('aborted');
    expect(result.reason).toMatch(/timeout/);
    expect(result.rounds).toHaveLength(3);
    expect(router.calls).toEqual(['set 10@1', 'set 50@2', 'rollback']);
  });

  it('retries a failing rollback and reports when it never succeeds', async () => {
    const flaky = new RecordingRouter(undefined, 2);
    const ok = await runProgression(
      config(),
      flaky,
      metricsFrom(() => ({ source: 's', problem: 'down' })),
      new VirtualClock(),
      new AbortController().signal,
    );
    expect(ok.rollbackError).toBeUndefined();
    expect(flaky.calls.filter((c) => c === 'rollback')).toHaveLength(3);
    const broken = new RecordingRouter(undefined, 10);
    const bad = await runProgression(
      config(),
      broken,
      metricsFrom(() => ({ source: 's', problem: 'down' })),
      new VirtualClock(),
      new AbortController().signal,
    );
    expect(bad.rollbackError).toBe('rollback refused');
    expect(bad.finalWeight).toBe(10);
  });

  it('low traffic widens the window so requests add up, instead of flapping or counting as no data', async () => {
    const windows: number[] = [];
    const result = await runProgression(
      config({ stages: planStages('canary', [10, 100], [1, 1]) }),
      new RecordingRouter(),
      metricsFrom((ctx) => {
        windows.push(ctx.windowMs);
        // 20 canary requests per 30 s interval: short of min-samples 50 until three intervals add up.
        return { source: 's', canary: { requests: (20 * ctx.windowMs) / 30_000, errors: 0 } };
      }),
      new VirtualClock(),
      new AbortController().signal,
    );
    expect(windows).toEqual([30_000, 60_000, 90_000, 30_000, 60_000, 90_000]);
    expect(result.rounds.map((r) => r.verdict)).toEqual([
      'inconclusive',
      'inconclusive',
      'pass',
      'inconclusive',
      'inconclusive',
      'pass',
    ]);
    expect(result.rounds.every((r) => r.inconclusiveInARow === 0)).toBe(true);
    expect(result.outcome).toBe('promoted');
  });

  it('zero requests is no data, not low traffic: it counts toward max-inconclusive-rounds', async () => {
    const result = await runProgression(
      config(),
      new RecordingRouter(),
      metricsFrom(() => ({ source: 's', canary: { requests: 0, errors: 0 } })),
      new VirtualClock(),
      new AbortController().signal,
    );
    expect(result.outcome).toBe('rolled-back');
    expect(result.rounds).toHaveLength(3);
  });

  it('traffic too low even for a window of MAX_WINDOW_INTERVALS intervals is inconclusive and rolls back', async () => {
    const result = await runProgression(
      config(),
      new RecordingRouter(),
      // One request per interval: 20 intervals still hold fewer than min-samples 50.
      metricsFrom((ctx) => ({ source: 's', canary: { requests: ctx.windowMs / 30_000, errors: 0 } })),
      new VirtualClock(),
      new AbortController().signal,
    );
    expect(result.outcome).toBe('rolled-back');
    expect(MAX_WINDOW_INTERVALS).toBe(20);
    expect(result.rounds.map((r) => r.windowMs / 30_000)).toEqual([
      ...Array.from({ length: 20 }, (_, i) => i + 1),
      20,
      20,
    ]);
  });
});
