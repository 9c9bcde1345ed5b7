import type { Slo } from './config.js';
import type { Totals } from './totals.js';

/**
 * SLA figures of one service over one window, event-based as in the SRE Workbook:
 * SLI = good time ÷ covered time (each sample weighted by the time it stands for), budget consumed =
 * (1 − SLI) ÷ (1 − SLO). Degraded samples answered correctly: they are good for uptime and bad for the
 * latency SLO. Uncovered time is no data: it lowers coverage, never raises uptime.
 */
export interface Figures {
  'window-start': string;
  'window-end': string;
  samples: number;
  /** Share of the window with samples, 0..1. */
  coverage: number;
  /** Percent; undefined without data. */
  uptime?: number;
  'error-rate'?: number;
  'latency-p50-ms'?: number;
  'latency-p95-ms'?: number;
  'latency-p99-ms'?: number;
  /** Percent of answered samples within the latency SLO. */
  'latency-within-slo'?: number;
  'degraded-minutes': number;
  'downtime-minutes': number;
  incidents: number;
  /** Window minutes × (1 − SLO): the downtime the SLO allows over a fully covered window. */
  'budget-minutes': number;
  /** Percent of the error budget spent; may exceed 100. */
  'budget-consumed'?: number;
  /** Percent left; negative when overspent. */
  'budget-remaining'?: number;
  'budget-exhausted': boolean;
  /** Budget consumed per unit of window: 1 spends exactly the budget over the SLO window. */
  'burn-rate'?: number;
  'slo-met': { uptime?: boolean; latency?: boolean; 'error-rate'?: boolean };
}

const round = (value: number | undefined, digits = 4) =>
  value === undefined || !Number.isFinite(value) ? undefined : Number(value.toFixed(digits));

export function burnRate(
  totals: Pick<Totals, 'coveredMs' | 'downMs'>,
  slo: Pick<Slo, 'uptime'>,
): number | undefined {
  if (totals.coveredMs <= 0) return undefined;
  const bad = totals.downMs / totals.coveredMs;
  return bad / (1 - slo.uptime / 100);
}

export function figures(totals: Totals, slo: Slo, window: { from: number; to: number }): Figures {
  const windowMs = Math.max(1, window.to - window.from);
  const covered = totals.coveredMs > 0;
  const sli = covered ? (totals.coveredMs - totals.downMs) / totals.coveredMs : undefined;
  const consumed = sli === undefined ? undefined : (1 - sli) / (1 - slo.uptime / 100);
  const errorRate = totals.attempts > 0 ? (100 * totals.errors) / totals.attempts : undefined;
  const p95 = totals.latency.quantile(0.95);
  const within = totals.latency.fractionAtOrBelow(slo['latency-p95-ms']);
  return {
    'window-start': new Date(window.from).toISOString(),
    'window-end': new Date(window.to).toISOString(),
    samples: totals.samples,
    coverage: round(Math.min(1, totals.coveredMs / windowMs))!,
    uptime: round(sli === undefined ? undefined : 100 * sli),
    'error-rate': round(errorRate),
    'latency-p50-ms': round(totals.latency.quantile(0.5), 1),
    'latency-p95-ms': round(p95, 1),
    'latency-p99-ms': round(totals.latency.quantile(0.99), 1),
    'latency-within-slo': round(within === undefined ? undefined : 100 * within),
    'degraded-minutes': round(totals.degradedMs / 60_000, 2)!,
    'downtime-minutes': round(totals.downMs / 60_000, 2)!,
    incidents: totals.incidents.length,
    'budget-minutes': round((windowMs / 60_000) * (1 - slo.uptime / 100), 2)!,
    'budget-consumed': round(consumed === undefined ? undefined : 100 * consumed, 2),
    'budget-remaining': round(consumed === undefined ? undefined : 100 * (1 - consumed), 2),
    'budget-exhausted': consumed !== undefined && consumed >= 1,
    'burn-rate': round(consumed),
    'slo-met': {
      uptime: sli === undefined ? undefined : 100 * sli >= slo.uptime,
      latency: p95 === undefined ? undefined : p95 <= slo['latency-p95-ms'],
      'error-rate': errorRate === undefined ? undefined : errorRate <= slo['error-rate'],
    },
  };
}
