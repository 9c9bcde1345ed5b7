import { probe, type ProbeResult } from '@shipgate/core';
import type { SourceMeasurement, VersionSample } from '../analysis.js';
import type { MeasureContext } from '../progression.js';

/** A probe counts as an error when it gets no answer or a 5xx answer. */
function sampleOf(results: ProbeResult[]): VersionSample {
  return {
    requests: results.length,
    errors: results.filter((r) => !r.ok || r.status >= 500).length,
    latenciesMs: results.map((r) => r.latencyMs),
  };
}

function merge(samples: VersionSample[]): VersionSample {
  return {
    requests: samples.reduce((sum, s) => sum + s.requests, 0),
    errors: samples.reduce((sum, s) => sum + s.errors, 0),
    latenciesMs: samples.flatMap((s) => s.latenciesMs ?? []),
  };
}

async function probeMany(
  url: URL,
  count: number,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<ProbeResult[]> {
  const results: ProbeResult[] = [];
  const concurrency = Math.min(4, count);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count && !signal?.aborted) {
        next++;
        results.push(await probe({ url, timeoutMs, signal }));
      }
    }),
  );
  return results;
}

/**
 * HTTP probes of canary-url (and baseline-url), `requests` of each per round. When the progression widens
 * the window (fewer than min-samples so far), the probes of the previous rounds at the same stage count too.
 */
export class HttpProbeSource {
  private readonly history: { stage: number; canary: VersionSample; baseline?: VersionSample }[] = [];

  constructor(
    private readonly canaryUrl: URL,
    private readonly baselineUrl: URL | undefined,
    private readonly requests: number,
    private readonly timeoutMs: number,
  ) {}

  async measure(context: MeasureContext): Promise<SourceMeasurement> {
    const [canary, baseline] = await Promise.all([
      probeMany(this.canaryUrl, this.requests, this.timeoutMs, context.signal),
      this.baselineUrl
        ? probeMany(this.baselineUrl, this.requests, this.timeoutMs, context.signal)
        : undefined,
    ]);
    this.history.push({
      stage: context.stage,
      canary: sampleOf(canary),
      baseline: baseline && sampleOf(baseline),
    });
    const rounds = Math.max(1, Math.round(context.windowMs / context.intervalMs));
    const window = this.history.slice(-rounds).filter((h) => h.stage === context.stage);
    const baselines = window.map((h) => h.baseline).filter((b): b is VersionSample => b !== undefined);
    return {
      source: 'probe',
      canary: merge(window.map((h) => h.canary)),
      baseline: baselines.length > 0 ? merge(baselines) : undefined,
    };
  }
}
