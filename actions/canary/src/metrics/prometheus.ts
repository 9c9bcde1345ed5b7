import { probe } from '@shipgate/core';
import type { SourceMeasurement, VersionSample } from '../analysis.js';
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
}

export class PrometheusSource {
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

  private async sample(version: string, context: MeasureContext): Promise<VersionSample | string> {
    const fill = (query: string) =>
      fillQuery(query, { version, stage: context.stage, intervalMs: context.intervalMs });
    const [rate, count, latency] = await Promise.all([
      this.query(fill(this.queries.errorRate), context.signal),
      this.query(fill(this.queries.requestCount), context.signal),
      this.queries.latency ? this.query(fill(this.queries.latency), context.signal) : undefined,
    ]);
    if (!count.ok) return `request-count-query for ${version}: ${count.problem}`;
    if (!rate.ok) return `error-rate-query for ${version}: ${rate.problem}`;
    if (latency && !latency.ok) return `latency-query for ${version}: ${latency.problem}`;
    if (rate.value < 0 || rate.value > 1)
      return `error-rate-query for ${version} returned ${rate.value}, not a fraction from 0 to 1`;
    const requests = Math.round(count.value);
    return {
      requests,
      errors: Math.round(rate.value * requests),
      p95Ms: latency?.ok ? latency.value * 1000 : undefined,
    };
  }

  async measure(context: MeasureContext): Promise<SourceMeasurement> {
    const [canary, baseline] = await Promise.all([
      this.sample(this.version, context),
      this.baselineVersion ? this.sample(this.baselineVersion, context) : undefined,
    ]);
    if (typeof canary === 'string') return { source: 'prometheus', problem: canary };
    if (typeof baseline === 'string')
      // At 100 % the baseline serves nothing: the canary is then judged against the thresholds alone.
      return {
        source: 'prometheus',
        canary,
        notes: [`no baseline (${baseline}): compared with thresholds alone`],
      };
    return { source: 'prometheus', canary, baseline };
  }
}
