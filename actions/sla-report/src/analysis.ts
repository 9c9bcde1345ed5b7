import { mapLimited, type Snapshot } from '@shipgate/core';
import {
  BURN_WINDOWS,
  evaluateAlerts,
  budgetAlert,
  budgetEvidence,
  type BudgetEvidence,
  windowBurn,
  type Alert,
  type BurnWindow,
  type WindowBurn,
  type ServiceConfig,
  type SlaConfig,
  ServiceHistory,
  addDays,
  DAY_MS,
  dayKey,
  dayStart,
  STATUS_PATH,
  figures,
  type Figures,
  currentStatus,
  formatStatusFile,
  type ServiceStatus,
  type StatusFile,
  type Incident,
} from '@shipgate/core/sla';
import type { Period, Span } from './periods.js';

export const UPTIME_SPANS = {
  '24h': DAY_MS,
  '7d': 7 * DAY_MS,
  '30d': 30 * DAY_MS,
  '90d': 90 * DAY_MS,
} as const;
export const CHART_DAYS = 90;
export const MAX_ROLLUP_WRITES = 400;

export interface DailyPoint {
  day: string;
  coverage: number;
  uptime?: number;
  p50?: number;
  p95?: number;
  p99?: number;
  'downtime-minutes': number;
}

export interface ServiceReport {
  service: ServiceConfig;
  status: ServiceStatus['status'];
  lastSample?: { t: string; status: string; reason?: string };
  period: Figures;
  previous: Figures;
  /** The SLO window (window-days) up to now: what status.json and the deploy gate use. */
  slo: Figures;
  /** Whether the SLO window holds enough samples and coverage to state a budget at all. */
  evidence: BudgetEvidence;
  /** The same over the report period, and over the period before it. */
  periodEvidence: BudgetEvidence;
  previousEvidence: BudgetEvidence;
  burn: Record<BurnWindow, WindowBurn>;
  alerts: Alert[];
  uptime: Record<keyof typeof UPTIME_SPANS, Figures>;
  daily: DailyPoint[];
  /** Budget minutes left at the end of each day of the SLO window (burn-down). */
  burnDown: { day: string; 'minutes-left': number }[];
  incidents: Incident[];
  rollupsBuilt: number;
}

export interface Analysis {
  reports: ServiceReport[];
  status: StatusFile;
  changes: Record<string, string>;
  /** Rollups computed but not written this run (over MAX_ROLLUP_WRITES). */
  deferredRollups: number;
}

/**
 * The files a report reads, for a bulk snapshot (one tarball on a branch): rollups from the earliest
 * day any figure needs, and raw samples only where no rollup can stand in: today and the days just
 * before it (rebuilt for late samples), days cut by a window edge, and days without a daily rollup.
 * Rollups come before samples in path order, so "without a rollup" is known when a samples file
 * is offered; anything not kept is still read, one file at a time, if it turns out to be needed.
 */
export function reportSelection(
  config: SlaConfig,
  options: { now: number; period: { current: Span; previous: Span }; also?: string[] },
): (file: string) => boolean {
  const also = new Set([STATUS_PATH, ...(options.also ?? [])]);
  const { now } = options;
  const longest = Math.max(...config.services.map((s) => s.slo['window-days']), CHART_DAYS) * DAY_MS;
  const earliest = dayKey(Math.min(options.period.previous.from, now - longest) - DAY_MS);
  const edges = new Set<string>();
  const edge = (ms: number) => {
    edges.add(dayKey(ms));
    edges.add(dayKey(ms - DAY_MS));
  };
  for (const ms of [...Object.values(UPTIME_SPANS), ...Object.values(BURN_WINDOWS), CHART_DAYS * DAY_MS])
    edge(now - ms);
  for (const service of config.services) edge(now - service.slo['window-days'] * DAY_MS);
  for (const span of [options.period.current, options.period.previous]) {
    edge(span.from);
    edge(span.to);
  }
  const recent = addDays(dayKey(now), -3);
  const rolled = new Set<string>();
  return (file) => {
    const rollup = /^rollups\/([^/]+)\/(\d{4}-\d{2}(?:-\d{2})?)(?:\.days)?\.json$/.exec(file);
    if (rollup) {
      if (rollup[2].length === 10 && !file.endsWith('.days.json')) rolled.add(`${rollup[1]}/${rollup[2]}`);
      return rollup[2] >= earliest.slice(0, rollup[2].length);
    }
    const samples = /^samples\/([^/]+)\/(\d{4}-\d{2}-\d{2})\.jsonl$/.exec(file);
    if (!samples) return also.has(file);
    const day = samples[2];
    if (day < earliest) return false;
    return day >= recent || edges.has(day) || !rolled.has(`${samples[1]}/${day}`);
  };
}

/**
 * Everything the report says, from one snapshot of the data store: a pure function of the snapshot,
 * the config and the time, so it can run again on a newer snapshot when a probe wrote meanwhile.
 */
export async function analyse(
  snapshot: Snapshot,
  config: SlaConfig,
  options: {
    now: number;
    period: { name: Period; current: Span; previous: Span };
    minSamples: number;
    /** Percent of the SLO window that must have samples before a budget is stated. */
    minCoverage: number;
    rebuild: boolean;
  },
): Promise<Analysis> {
  const { now } = options;
  const reports: ServiceReport[] = [];
  const changes: Record<string, string> = {};
  let rollupWrites = 0;
  let deferred = 0;
  const one = async (service: ServiceConfig) => {
    const history = await new ServiceHistory(snapshot, service.name, config.probeIntervalMs, now).init();
    const windowMs = service.slo['window-days'] * DAY_MS;
    const earliest = Math.min(options.period.previous.from, now - windowMs, now - CHART_DAYS * DAY_MS);
    const rollupsBuilt = await history.buildRollups(dayKey(earliest), {
      recentDays: 2,
      rebuild: options.rebuild,
    });
    const over = async (from: number, to: number) =>
      figures(await history.totals(from, to), service.slo, { from, to });
    const burn = {} as Record<BurnWindow, WindowBurn>;
    for (const [name, ms] of Object.entries(BURN_WINDOWS) as [BurnWindow, number][])
      burn[name] = windowBurn(await history.totals(now - ms, now), service.slo);
    const uptime = {} as ServiceReport['uptime'];
    for (const [name, ms] of Object.entries(UPTIME_SPANS) as [keyof typeof UPTIME_SPANS, number][])
      uptime[name] = await over(now - ms, now);
    const days = Array.from({ length: CHART_DAYS }, (_, i) => addDays(dayKey(now), i - CHART_DAYS + 1));
    const daily = (await history.dayPoints(days)).map(({ day, point }): DailyPoint => {
      const dayMs = Math.max(1, Math.min(now, dayStart(day) + DAY_MS) - dayStart(day));
      const covered = point['covered-ms'];
      return {
        day,
        coverage: Number(Math.min(1, covered / dayMs).toFixed(4)),
        uptime: covered > 0 ? Number(((100 * (covered - point['down-ms'])) / covered).toFixed(4)) : undefined,
        p50: point['p50-ms'],
        p95: point['p95-ms'],
        p99: point['p99-ms'],
        'downtime-minutes': Number((point['down-ms'] / 60_000).toFixed(2)),
      };
    });
    const slo = await over(now - windowMs, now);
    // Burn-down over the whole SLO window (it may be longer than the 90 charted days).
    const windowDays = Array.from({ length: service.slo['window-days'] + 1 }, (_, i) =>
      addDays(dayKey(now), i - service.slo['window-days']),
    );
    let left = slo['budget-minutes'];
    const burnDown = (await history.dayPoints(windowDays)).map(({ day, point }) => ({
      day,
      'minutes-left': Number((left -= point['down-ms'] / 60_000).toFixed(2)),
    }));
    const latest = await history.latest();
    const status = currentStatus(
      { at: latest ? Date.parse(latest.t) : undefined, status: latest?.status },
      now,
      config.probeIntervalMs,
    );
    const incidentTotals = await history.totals(now - CHART_DAYS * DAY_MS, now);
    const evidence = budgetEvidence(slo, options);
    const period = await over(options.period.current.from, options.period.current.to);
    const previous = await over(options.period.previous.from, options.period.previous.to);
    const budget = budgetAlert(slo, evidence.known, burn['1h'].burn);
    const report: ServiceReport = {
      service,
      status,
      ...(latest
        ? {
            lastSample: {
              t: latest.t,
              status: latest.status,
              ...(latest.reason ? { reason: latest.reason } : {}),
            },
          }
        : {}),
      period,
      periodEvidence: budgetEvidence(period, options),
      previous,
      previousEvidence: budgetEvidence(previous, options),
      slo,
      evidence,
      burn,
      alerts: [...evaluateAlerts(burn, { minSamples: options.minSamples }), ...(budget ? [budget] : [])],
      uptime,
      daily,
      burnDown,
      incidents: incidentTotals.incidents,
      rollupsBuilt,
    };
    return { report, files: history.changes };
  };
  // Services are independent: two at once, so one's reads overlap the other's computing (more would hold more services' raw samples in memory at a time).
  for (const { report, files } of await mapLimited(config.services, 2, one)) {
    reports.push(report);
    // A first run over a long history writes at most MAX_ROLLUP_WRITES files (one commit stays a
    // reasonable size) and leaves the rest to later runs (figures fall back to raw samples meanwhile).
    // Daily rollups come before monthly ones, so a month is never written ahead of its days.
    let written = 0;
    for (const [file, text] of Object.entries(files)) {
      if (rollupWrites >= MAX_ROLLUP_WRITES) break;
      changes[file] = text;
      rollupWrites++;
      written++;
    }
    deferred += Object.keys(files).length - written;
  }
  const status: StatusFile = {
    schema: 1,
    'generated-at': new Date(now).toISOString(),
    services: Object.fromEntries(
      reports.map((report) => {
        const { service, slo, evidence } = report;
        const errorRate24h = report.uptime['24h']['error-rate'];
        const entry: ServiceStatus = {
          ...(service.environment ? { environment: service.environment } : {}),
          status: report.status,
          slo: { ...service.slo },
          coverage: slo.coverage,
          samples: slo.samples,
          'budget-state': evidence.known ? 'known' : 'unknown',
          ...(evidence.reason ? { 'budget-detail': evidence.reason } : {}),
          ...(slo.uptime !== undefined ? { uptime: slo.uptime } : {}),
          ...(slo['latency-p95-ms'] !== undefined ? { 'latency-p95-ms': slo['latency-p95-ms'] } : {}),
          ...(slo['error-rate'] !== undefined ? { 'error-rate': slo['error-rate'] } : {}),
          ...(errorRate24h !== undefined ? { 'error-rate-24h': errorRate24h } : {}),
          // An unknown budget has no figure at all, so no reader can mistake it for budget left.
          ...(evidence.known && slo['budget-remaining'] !== undefined
            ? { 'error-budget-remaining': slo['budget-remaining'] }
            : {}),
          'budget-exhausted': evidence.known && slo['budget-exhausted'],
          ...(report.burn['1h'].burn !== undefined
            ? { 'burn-rate-1h': Number(report.burn['1h'].burn.toFixed(4)) }
            : {}),
          'updated-at': report.lastSample?.t ?? new Date(now).toISOString(),
        };
        return [service.name, entry];
      }),
    ),
  };
  changes[STATUS_PATH] = formatStatusFile(status);
  return { reports, status, changes, deferredRollups: deferred };
}
