import { markdownTable } from '@shipgate/core';
import type { Figures } from '@shipgate/core/sla';
import type { ServiceReport } from './analysis.js';
import { budgetText, executiveSummary } from './executive-summary.js';
import type { Period, Span } from './periods.js';

const fmt = (value: number | undefined, unit = '', digits = 3) =>
  value === undefined ? 'no data' : `${Number(value.toFixed(digits))}${unit}`;

/** "99.95 % (▲ 0.02 vs 99.93 %)": the change since the previous period, in words and arrows, not colour. */
export function compare(
  current: number | undefined,
  previous: number | undefined,
  unit: string,
  higherIsBetter: boolean,
): string {
  if (current === undefined) return 'no data';
  if (previous === undefined) return `${fmt(current, unit)} (no previous data)`;
  const delta = current - previous;
  if (Math.abs(delta) < 1e-9) return `${fmt(current, unit)} (= previous)`;
  const better = delta > 0 === higherIsBetter;
  return `${fmt(current, unit)} (${delta > 0 ? '▲' : '▼'} ${fmt(Math.abs(delta), unit)} ${better ? 'better' : 'worse'} than ${fmt(previous, unit)})`;
}

const latency = (f: Figures) =>
  f['latency-p50-ms'] === undefined
    ? 'no data'
    : `${f['latency-p50-ms']} / ${f['latency-p95-ms']} / ${f['latency-p99-ms']}`;

export function markdownReport(
  reports: readonly ServiceReport[],
  period: { name: Period; current: Span; previous: Span },
): string {
  const lines = [
    `# SLA report: ${period.current.label} (${period.name})`,
    '',
    `From ${new Date(period.current.from).toISOString()} to ${new Date(period.current.to).toISOString()}, compared with ${period.previous.label}.`,
    '',
    ...executiveSummary(reports, period.current),
    markdownTable(
      [
        'service',
        'now',
        'uptime',
        'p50 / p95 / p99 (ms)',
        'error rate',
        'error rate 24h',
        'coverage',
        'incidents',
        'downtime (min)',
        'budget left',
        'SLO met',
      ],
      reports.map((r) => [
        r.service.name,
        r.status,
        compare(r.period.uptime, r.previous.uptime, ' %', true),
        latency(r.period),
        compare(r.period['error-rate'], r.previous['error-rate'], ' %', false),
        fmt(r.uptime['24h']['error-rate'], ' %'),
        `${fmt(100 * r.period.coverage, ' %', 2)}`,
        `${r.period.incidents} (previous ${r.previous.incidents})`,
        `${r.period['downtime-minutes']} of ${r.period['budget-minutes']} allowed`,
        !r.periodEvidence.known
          ? r.periodEvidence.reason
          : `${r.period['budget-remaining']} %${r.period['budget-exhausted'] ? ' (exhausted)' : ''}`,
        Object.entries(r.period['slo-met'])
          .map(([name, met]) => `${name} ${met === undefined ? '?' : met ? 'yes' : 'NO'}`)
          .join(', '),
      ]),
    ),
    '',
    '## Error budget over each SLO window (up to now)',
    '',
    markdownTable(
      [
        'service',
        'SLO',
        'window',
        'uptime',
        'coverage',
        'budget left',
        'burn 5m',
        'burn 30m',
        'burn 1h',
        'burn 6h',
        'burn 3d',
        'alerts',
      ],
      reports.map((r) => [
        r.service.name,
        `${r.service.slo.uptime} % · p95 ≤ ${r.service.slo['latency-p95-ms']} ms · errors ≤ ${r.service.slo['error-rate']} %`,
        `${r.service.slo['window-days']}d`,
        fmt(r.slo.uptime, ' %'),
        fmt(100 * r.slo.coverage, ' %', 2),
        budgetText(r),
        ...(['5m', '30m', '1h', '6h', '3d'] as const).map((w) => fmt(r.burn[w].burn, '×', 2)),
        r.alerts.length === 0 ? 'none' : r.alerts.map((a) => `${a.severity}: ${a.rule}`).join('; '),
      ]),
    ),
    '',
  ];
  const incidents = reports.flatMap((r) =>
    r.incidents
      .filter(
        (i) =>
          Date.parse(i.start) < period.current.to &&
          (i.end === undefined || Date.parse(i.end) >= period.current.from),
      )
      .map((i) => [r.service.name, i.start, i.end ?? 'ongoing', Number(i['down-minutes'].toFixed(1))]),
  );
  lines.push(
    '## Incidents in the period',
    '',
    incidents.length === 0 ? 'None.' : markdownTable(['service', 'start', 'end', 'down (min)'], incidents),
    '',
  );
  lines.push(
    'Uptime is time-weighted over the covered part of the period; coverage is the share of the period with samples (missing samples are no data, never up). Degraded answers count as up and against the latency SLO. Latency percentiles come from DDSketch rollups with 1 % relative accuracy.',
    '',
  );
  return lines.join('\n');
}
