import type { SampleStatus } from './samples.js';

/** status.json at the root of the data store: the latest figures per service (read by pre-deploy checks). */
export interface ServiceStatus {
  environment?: string;
  status: 'up' | 'degraded' | 'down' | 'no-data';
  slo: { uptime: number; 'latency-p95-ms': number; 'error-rate': number; 'window-days': number };
  coverage: number;
  /** Samples over the SLO window. */
  samples?: number;
  /**
   * `unknown`: too few samples or too little coverage to state a budget (then there is no
   * `error-budget-remaining`, and `budget-detail` says why); the deploy gate does not pass it.
   */
  'budget-state'?: 'known' | 'unknown';
  'budget-detail'?: string;
  uptime?: number;
  'latency-p95-ms'?: number;
  'error-rate'?: number;
  /** Percent of probe requests that failed over the last 24 hours. */
  'error-rate-24h'?: number;
  'error-budget-remaining'?: number;
  'budget-exhausted': boolean;
  'burn-rate-1h'?: number;
  'updated-at': string;
}

export interface StatusFile {
  schema: 1;
  'generated-at': string;
  services: Record<string, ServiceStatus>;
}

/** The current state: the latest sample, unless it is too old to say anything (then no data). */
export function currentStatus(
  last: { at?: number; status?: SampleStatus },
  now: number,
  intervalMs: number,
): ServiceStatus['status'] {
  if (last.at === undefined || last.status === undefined) return 'no-data';
  if (now - last.at > Math.max(3 * intervalMs, 15 * 60_000)) return 'no-data';
  return last.status === 'ok' ? 'up' : last.status;
}

export function formatStatusFile(status: StatusFile): string {
  return `${JSON.stringify(status, null, 2)}\n`;
}
