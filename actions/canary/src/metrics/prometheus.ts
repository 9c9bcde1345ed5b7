import { probe } from '@shipgate/core';
import type { GaugeReading, SourceMeasurement, VersionSample } from '../analysis.js';
import type { MeasureContext } from '../progression.js';

export const QUERY_PLACEHOLDERS = ['version', 'stage', 'interval'] as const;

/** `{{name}}` placeholders in a query that are not {{version}}, {{stage}} or {{interval}}. */
export function badQueryPlaceholders(query: string): string[] {
  const bad: string[] = [];
  for (const [whole, name] of query.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g))
    if (!(QUERY_PLACEHOLDERS as readonly string[]).includes(name)) bad.push(whole);
  const stray = query.replace(/\{\{\s*[^}]*?\s*\}\}/g, '');
  if (/\{\{|\}\}/.test(stray)) bad.push('an unclosed {{ or a stray }}');
  return bad;
}

/** A Prometheus range for {{interval}}: whole seconds, at least 1s. */
export function promDuration(ms: number): string {
  return `${Math.max(1, Math.round(ms / 1000))}s`;
}

export function fillQuery(
  query: string,
  values: { version: string; stage: number; intervalMs: number },
): string {
  return query.replace(/\{\{\s*(version|stage|interval)\s*\}\}/g, (_, name: string) =>
    name === 'version'
      ? values.version
      : name === 'stage'
        ? String(values.stage)
        : promDuration(values.intervalMs),
  );
}

export type QueryResult = { ok: true; value: number } | { ok: false; problem: string };

/**
 * Reads one number from an instant query (/api/v1/query). An empty vector, NaN, several series, an
 * HTTP error, a timeout or an unparsable answer is a problem, never a value.
 */
export function parseInstantQuery(status: number, body: string): QueryResult {
  if (status !== 200) return { ok: false, problem: `HTTP ${status}: ${body.slice(0, 200)}` };
  let parsed: { status?: string; error?: string; data?: { resultType?: string; result?: unknown } };
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, problem: 'the answer is not JSON' };
  }
  if (parsed.status !== 'success')
    return { ok: false, problem: `query failed: ${parsed.error ?? 'unknown error'}` };
  const { resultType, result } = parsed.data ?? {};
  let raw: unknown;
  if (resultType === 'scalar' && Array.isArray(result)) raw = result[1];
  else if (resultType === 'vector' && Array.isArray(result)) {
    if (result.length === 0) return { ok: false, problem: 'empty result (no data)' };
    if (result.length > 1)
      return {
        ok: false,
        problem: `${result.length} series; the query must aggregate to one (sum, histogram_quantile)`,
      };
    raw = (result[0] as { value?: unknown[] }).value?.[1];
  } else return { ok: false, problem: `unsupported result type ${resultType}` };
  const value = Number(raw);
  if (typeof raw !== 'string' || !Number.isFinite(value))
    return { ok: false, problem: `not a number (${String(raw)})` };
  return { ok: true, value };
}

export interface PrometheusQueries {
  errorRate: string;
  requestCount: string;
  /** p95 latency in seconds (Prometheus convention). */
  latency?: string;
  /** Resource gauges (CPU, memory), each with its highest acceptable value. */
  gauges?: { name: 'cpu' | 'memory'; query: string; limit: number }[];
}

export class PrometheusSource {
  private readonly counted = new Map<string, { requests: number; errors: number }>();

  constructor(
    private readonly baseUrl: URL,
    private readonly queries: PrometheusQueries,
    private readonly version: string,
    private readonly baselineVersion: string | undefined,
    private readonly timeoutMs: number,
    private readonly headers: Record<string, string> = {},
  ) {}

  async query(promql: string, signal?: AbortSignal): Promise<QueryResult> {
    const url = new URL(
      'api/v1/query',
      this.baseUrl.href.endsWith('/') ? this.baseUrl : `${this.baseUrl.href}/`,
    );
    url.searchParams.set('query', promql);
    url.searchParams.set('timeout', promDuration(this.timeoutMs));
    const result = await probe({
      url,
      headers: { accept: 'application/json', ...this.headers },
      timeoutMs: this.timeoutMs,
      signal,
    });
    if (!result.ok) return { ok: false, problem: result.error };
    return parseInstantQuery(result.status, result.body);
  }

  /** Requests and errors of `version` since the stage started; latency over the same span. */
  private async sample(version: string, context: MeasureContext): Promise<VersionSample | string> {
    const fill = (query: string) =>
      fillQuery(query, { version, stage: context.stage, intervalMs: context.sinceStageMs });
    const [rate, count, latency] = await Promise.all([
      this.query(fill(this.queries.errorRate), context.signal),
      this.query(fill(this.queries.requestCount), context.signal),
      this.queries.latency ? this.query(fill(this.queries.latency), context.signal) : undefined,
    ]);
    if (!count.ok) return `request-count-query for ${version}: ${count.problem}`;
    const requests = Math.max(0, Math.round(count.value));
    // No requests: the rate is 0/0 (NaN) and there is no latency; zero traffic is data, not a fault.
    if (requests === 0) return { requests: 0, errors: 0 };
    if (!rate.ok) return `error-rate-query for ${version}: ${rate.problem}`;
    if (latency && !latency.ok) return `latency-query for ${version}: ${latency.problem}`;
    if (rate.value < 0 || rate.value > 1)
      return `error-rate-query for ${version} returned ${rate.value}, not a fraction from 0 to 1`;
    return {
      requests,
      errors: Math.round(rate.value * requests),
      p95Ms: latency?.ok ? latency.value * 1000 : undefined,
    };
  }

  /**
   * The batch since the previous check: the counts since the stage started minus what earlier checks of
   * the stage already counted (increase() extrapolates, so a total that dips is held, never counted twice).
   */
  private delta(version: string, context: MeasureContext, total: VersionSample): VersionSample {
    const key = `${version}@${context.stage}`;
    const seen = this.counted.get(key) ?? { requests: 0, errors: 0 };
    const requests = Math.max(0, total.requests - seen.requests);
    const errors = Math.min(requests, Math.max(0, total.errors - seen.errors));
    this.counted.set(key, {
      requests: Math.max(seen.requests, total.requests),
      errors: Math.max(seen.errors, total.errors),
    });
    return { requests, errors, p95Ms: total.p95Ms };
  }

  /** Each gauge of both versions; a gauge the canary cannot answer is a problem (fail closed). */
  private async gauges(context: MeasureContext): Promise<GaugeReading[] | string> {
    const readings: GaugeReading[] = [];
    for (const gauge of this.queries.gauges ?? []) {
      const fill = (version: string) =>
        fillQuery(gauge.query, { version, stage: context.stage, intervalMs: context.sinceStageMs });
      const [canary, baseline] = await Promise.all([
        this.query(fill(this.version), context.signal),
        this.baselineVersion ? this.query(fill(this.baselineVersion), context.signal) : undefined,
      ]);
      if (!canary.ok) return `${gauge.name}-query for ${this.version}: ${canary.problem}`;
      readings.push({
        name: gauge.name,
        canary: canary.value,
        baseline: baseline?.ok ? baseline.value : undefined,
        limit: gauge.limit,
      });
    }
    return readings;
  }

  async measure(context: MeasureContext): Promise<SourceMeasurement> {
    const [canary, baseline, gauges] = await Promise.all([
      this.sample(this.version, context),
      this.baselineVersion ? this.sample(this.baselineVersion, context) : undefined,
      this.gauges(context),
    ]);
    if (typeof canary === 'string') return { source: 'prometheus', problem: canary };
    if (typeof gauges === 'string') return { source: 'prometheus', problem: gauges };
    const canaryBatch = this.delta(this.version, context, canary);
    if (typeof baseline === 'string' || baseline === undefined || baseline.requests === 0)
      // At 100 % the baseline serves nothing: the canary is then judged against the thresholds alone.
      return {
        source: 'prometheus',
        canary: canaryBatch,
        ...(gauges.length > 0 ? { gauges } : {}),
        notes: this.baselineVersion
          ? [
              `no baseline (${typeof baseline === 'string' ? baseline : 'no requests'}): compared with thresholds alone`,
            ]
          : undefined,
      };
    return {
      source: 'prometheus',
      canary: canaryBatch,
      baseline: this.delta(this.baselineVersion!, context, baseline),
      // Requests by version of the service's own traffic: their split is the router's weight.
      routed: true,
      ...(gauges.length > 0 ? { gauges } : {}),
    };
  }
}
