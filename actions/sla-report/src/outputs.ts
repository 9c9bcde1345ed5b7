import type { ServiceReport } from './analysis.js';

/**
 * The step outputs summarise all services by the worst one: lowest uptime and budget left, highest
 * latency, error rate and burn rate. Uptime, latency and error rate are over the report period; the
 * budget and burn rate are over each service's SLO window up to now (what the deploy gate uses).
 */
export function summarise(reports: readonly ServiceReport[]) {
  // An unknown budget is worse than any known one: no lowest figure is given while one is unknown.
  const unknown = reports.filter((r) => !r.evidence.known);
  const pick = (values: (number | undefined)[], worst: (...v: number[]) => number) => {
    const known = values.filter((v): v is number => v !== undefined);
    return known.length === 0 ? '' : String(worst(...known));
  };
  return {
    uptime: pick(
      reports.map((r) => r.period.uptime),
      Math.min,
    ),
    'latency-p95': pick(
      reports.map((r) => r.period['latency-p95-ms']),
      Math.max,
    ),
    'error-rate': pick(
      reports.map((r) => r.period['error-rate']),
      Math.max,
    ),
    'error-rate-24h': pick(
      reports.map((r) => r.uptime['24h']['error-rate']),
      Math.max,
    ),
    'error-budget-remaining':
      unknown.length > 0
        ? ''
        : pick(
            reports.map((r) => r.slo['budget-remaining']),
            Math.min,
          ),
    'budget-state': unknown.length > 0 || reports.length === 0 ? 'unknown' : 'known',
    'budget-detail': unknown.map((r) => `${r.service.name}: ${r.evidence.reason}`).join('; '),
    'budget-exhausted': reports.some((r) => r.evidence.known && r.slo['budget-exhausted']) ? 'true' : 'false',
    'burn-rate': pick(
      reports.map((r) =>
        r.burn['1h'].burn === undefined ? undefined : Number(r.burn['1h'].burn.toFixed(4)),
      ),
      Math.max,
    ),
    alerts: reports.flatMap((r) =>
      r.alerts.map((a) => ({
        service: r.service.name,
        severity: a.severity,
        rule: a.rule,
        'long-burn': a['long-burn'],
        'short-burn': a['short-burn'],
      })),
    ),
  };
}
