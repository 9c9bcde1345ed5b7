import { burnRate } from './sli.js';
import type { Slo } from './config.js';
import type { Totals } from './totals.js';

export const BURN_WINDOWS = {
  '5m': 5 * 60_000,
  '30m': 30 * 60_000,
  '1h': 3_600_000,
  '6h': 6 * 3_600_000,
  '3d': 3 * 86_400_000,
} as const;
export type BurnWindow = keyof typeof BURN_WINDOWS;

export interface WindowBurn {
  burn?: number;
  samples: number;
  /** Down samples in the window. */
  bad: number;
}

export type Severity = 'page' | 'ticket';

/** The multi-window, multi-burn-rate rules of the SRE Workbook (chapter 5, recommendation 6). */
export const BURN_RULES: readonly {
  severity: Severity;
  long: BurnWindow;
  short: BurnWindow;
  factor: number;
}[] = [
  { severity: 'page', long: '1h', short: '5m', factor: 14.4 },
  { severity: 'page', long: '6h', short: '30m', factor: 6 },
  { severity: 'ticket', long: '3d', short: '6h', factor: 1 },
];

export interface Alert {
  severity: Severity;
  rule: string;
  factor: number;
  'long-burn': number;
  'short-burn': number;
}

export function windowBurn(totals: Totals, slo: Slo): WindowBurn {
  return { burn: burnRate(totals, slo), samples: totals.samples, bad: totals.down };
}

/**
 * Alerts that fire: both windows of a rule burn at or above its factor. Probes are low traffic, so the
 * long window must hold at least `minSamples` samples and at least `minBad` down samples, and the
 * short window at least one sample: one failed probe never pages on its own.
 */
export function evaluateAlerts(
  burns: Record<BurnWindow, WindowBurn>,
  options: { minSamples: number; minBad?: number },
): Alert[] {
  const minBad = options.minBad ?? 2;
  const alerts: Alert[] = [];
  for (const rule of BURN_RULES) {
    const long = burns[rule.long];
    const short = burns[rule.short];
    if (long.burn === undefined || short.burn === undefined) continue;
    if (long.samples < options.minSamples || long.bad < minBad || short.samples < 1) continue;
    if (long.burn >= rule.factor && short.burn >= rule.factor)
      alerts.push({
        severity: rule.severity,
        rule: `${rule.factor}× over ${rule.long} and ${rule.short}`,
        factor: rule.factor,
        'long-burn': Number(long.burn.toFixed(2)),
        'short-burn': Number(short.burn.toFixed(2)),
      });
  }
  return alerts;
}

/** Share of the budget whose consumption opens a ticket, whatever the burn rate (Google SRE best practice). */
export const BUDGET_ALERT_CONSUMED = 80;

/**
 * The budget alert: 80 % of the error budget over the SLO window is spent. Only a known budget can
 * alert (an unknown one is reported as such, never as spent or safe).
 */
export function budgetAlert(
  slo: { 'budget-consumed'?: number },
  known: boolean,
  burn1h: number | undefined,
): Alert | undefined {
  const consumed = slo['budget-consumed'];
  if (!known || consumed === undefined || consumed < BUDGET_ALERT_CONSUMED) return undefined;
  return {
    severity: 'ticket',
    rule: `${BUDGET_ALERT_CONSUMED} % of the error budget consumed (${consumed} % spent over the SLO window)`,
    factor: BUDGET_ALERT_CONSUMED / 100,
    'long-burn': Number((consumed / 100).toFixed(2)),
    'short-burn': Number((burn1h ?? 0).toFixed(2)),
  };
}

export function worstSeverity(alerts: readonly Alert[]): Severity | undefined {
  if (alerts.some((a) => a.severity === 'page')) return 'page';
  return alerts.length > 0 ? 'ticket' : undefined;
}
