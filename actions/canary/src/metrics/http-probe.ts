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
 * HTTP probes of canary-url (and baseline-url), `requests` of each per check: each check is one new batch.
 * They go to each version directly, not through the router, so they judge the new version from the first
 * check of a stage whatever share of the users' traffic it gets (and however late the router applies it).
 * After stage `stages` they stop (probe-stages): the source has nothing to say there, which is not "no data".
 */
export class HttpProbeSource {
  constructor(
    private readonly canaryUrl: URL,
    private readonly baselineUrl: URL | undefined,
    private readonly requests: number,
    private readonly timeoutMs: number,
    private readonly stages = Infinity,
  ) {}

  async measure(context: MeasureContext): Promise<SourceMeasurement | undefined> {
    if (context.stage > this.stages) return undefined;
    const [canary, baseline] = await Promise.all([
      probeMany(this.canaryUrl, this.requests, this.timeoutMs, context.signal),
      this.baselineUrl
        ? probeMany(this.baselineUrl, this.requests, this.timeoutMs, context.signal)
        : undefined,
    ]);
    return { source: 'probe', canary: sampleOf(canary), baseline: baseline && sampleOf(baseline) };
  }
}
