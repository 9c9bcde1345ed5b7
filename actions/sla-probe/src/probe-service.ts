import type { Clock, ProbeRequest, ProbeResult } from '@shipgate/core';
import { type ServiceConfig, type Sample, type SampleStatus } from '@shipgate/core/sla';

export interface Verdict {
  status: SampleStatus;
  reason?: string;
}

/**
 * One answer judged against the service's expectations: a wrong status or no answer is a failure;
 * a correct answer slower than the latency SLO is degraded (up, but bad for the latency SLO).
 */
export function judge(result: ProbeResult, service: ServiceConfig): Verdict {
  if (!result.ok) return { status: 'down', reason: result.error };
  if (!service['expected-status'].includes(result.status))
    return {
      status: 'down',
      reason: `HTTP ${result.status}, expected ${service['expected-status'].join(' or ')}`,
    };
  const limit = service.slo['latency-p95-ms'];
  if (result.latencyMs > limit)
    return {
      status: 'degraded',
      reason: `answered in ${Math.round(result.latencyMs)} ms, slower than the ${limit} ms latency SLO`,
    };
  return { status: 'ok' };
}

export interface ProbeOptions {
  probe: (request: ProbeRequest) => Promise<ProbeResult>;
  clock: Clock;
  signal: AbortSignal;
  /** Extra attempts that must also fail before a failure counts as down. */
  confirmRetries: number;
  retryDelayMs: number;
  run?: string;
}

/**
 * Probes a service and returns its sample. A failure is retried `confirmRetries` times; the sample is
 * down only when every attempt failed, otherwise it is the first good answer (its errors still count
 * toward the error rate). Returns undefined when the run was cancelled mid-probe: no guessed sample.
 */
export async function probeService(
  service: ServiceConfig,
  options: ProbeOptions,
): Promise<Sample | undefined> {
  const probedAt = options.clock.now();
  let errors = 0;
  let last: { result: ProbeResult; verdict: Verdict } | undefined;
  for (let attempt = 0; attempt <= options.confirmRetries; attempt++) {
    if (attempt > 0) await options.clock.sleep(options.retryDelayMs, options.signal);
    const result = await options.probe({
      url: service.url,
      method: service.method,
      headers: service.headers,
      timeoutMs: service.timeoutMs,
      signal: options.signal,
    });
    if (!result.ok && result.kind === 'aborted') return undefined;
    const verdict = judge(result, service);
    last = { result, verdict };
    if (verdict.status !== 'down') break;
    errors++;
  }
  const { result, verdict } = last!;
  return {
    t: new Date(probedAt).toISOString(),
    status: verdict.status,
    ...(result.ok ? { code: result.status, ms: Number(result.latencyMs.toFixed(1)) } : {}),
    attempts: errors + (verdict.status === 'down' ? 0 : 1),
    errors,
    ...(verdict.reason ? { reason: verdict.reason } : {}),
    ...(options.run ? { run: options.run } : {}),
  };
}
