import type { ServiceReport } from './analysis.js';

/** Budget left as words: a figure only when the budget is known, "not enough data (…)" otherwise. */
export function budgetText(report: ServiceReport): string {
  if (!report.evidence.known) return report.evidence.reason!;
  const left = report.slo['budget-remaining'];
  if (left === undefined) return 'no data';
  return `${left} %${report.slo['budget-exhausted'] ? ' (EXHAUSTED)' : ''}`;
}

const burnOf = (r: ServiceReport) => r.burn['1h'].burn ?? r.burn['6h'].burn;
const times = (v: number) => `${Number(v.toFixed(1))}×`;

/**
 * What to do, derived from the figures only, most urgent first: each line names the service and the
 * measured values that call for it.
 */
export function recommendations(reports: readonly ServiceReport[]): string[] {
  const urgent: string[] = [];
  const soon: string[] = [];
  for (const r of reports) {
    const name = r.service.name;
    const left = r.slo['budget-remaining'];
    const burn = burnOf(r);
    if (!r.evidence.known)
      soon.push(
        `Wait before gating on ${name}: its budget is unknown, ${r.evidence.reason}; the deploy gate refuses it until the SLO window holds enough samples.`,
      );
    else if (r.slo['budget-exhausted'])
      urgent.push(
        `Freeze deploys of ${name}: error budget exhausted (${left} % left${burn !== undefined ? `, burn ${times(burn)}` : ''}); ship only fixes for reliability.`,
      );
    else if (left !== undefined && left < 25 && burn !== undefined && burn >= 1)
      urgent.push(
        `Freeze deploys of ${name}: budget ${left} % left, burn ${times(burn)} (at this rate it is spent before the window ends).`,
      );
    else if (left !== undefined && left <= 20)
      soon.push(`Slow down deploys of ${name}: only ${left} % of the error budget is left.`);
    if (r.period['slo-met'].latency === false)
      soon.push(
        `Investigate latency of ${name}: p95 ${r.period['latency-p95-ms']} ms over the ${r.service.slo['latency-p95-ms']} ms SLO.`,
      );
    if (r.period['slo-met']['error-rate'] === false)
      soon.push(
        `Investigate errors of ${name}: ${r.period['error-rate']} % of probe requests failed (SLO ${r.service.slo['error-rate']} %).`,
      );
    if (r.period.samples > 0 && r.period.coverage < 0.9)
      soon.push(
        `Check the probe schedule of ${name}: ${Number((100 * r.period.coverage).toFixed(1))} % coverage of the period (runs were missed; missing time is never counted as up).`,
      );
  }
  const all = [...urgent, ...soon];
  return all.length > 0 ? all : ['No action needed: every service met its SLO with error budget to spare.'];
}

/** The opening of the report: who is out of SLO, the budget and its trend, the worst incidents. */
export function executiveSummary(
  reports: readonly ServiceReport[],
  period: { from: number; to: number },
): string[] {
  const out = reports.filter((r) => Object.values(r.period['slo-met']).includes(false));
  const lines = [
    '## Executive summary',
    '',
    out.length === 0
      ? `- **All ${reports.length} service(s) met their SLOs** in the period.`
      : `- **${out.length} of ${reports.length} service(s) out of SLO:** ${out
          .map(
            (r) =>
              `${r.service.name} (${Object.entries(r.period['slo-met'])
                .filter(([, met]) => met === false)
                .map(([name]) => name)
                .join(', ')})`,
          )
          .join('; ')}.`,
  ];
  for (const r of reports) {
    // A period's spend from a sliver of it says nothing (one bad probe of a new service reads as
    // thousands of percent): stated only with enough samples, and its trend only when both are.
    const spent = r.periodEvidence.known ? r.period['budget-consumed'] : undefined;
    const before = r.previousEvidence.known ? r.previous['budget-consumed'] : undefined;
    const trend =
      spent === undefined || before === undefined
        ? ''
        : spent > before + 1e-9
          ? ` (▲ up from ${before} % the period before)`
          : spent < before - 1e-9
            ? ` (▼ down from ${before} % the period before)`
            : ' (= the period before)';
    const spentText = !r.periodEvidence.known
      ? r.periodEvidence.reason
      : spent === undefined
        ? 'no data'
        : `${spent} %`;
    lines.push(
      `- ${r.service.name}: budget over the SLO window ${budgetText(r)}; spent in the period ${spentText}${trend}.`,
    );
  }
  const worst = reports
    .flatMap((r) =>
      r.incidents
        .filter(
          (i) => Date.parse(i.start) < period.to && (i.end === undefined || Date.parse(i.end) >= period.from),
        )
        .map((i) => ({ service: r.service.name, ...i })),
    )
    .sort((a, b) => b['down-minutes'] - a['down-minutes'])
    .slice(0, 3);
  lines.push(
    worst.length === 0
      ? '- No incidents in the period.'
      : `- Worst incidents: ${worst
          .map(
            (i) =>
              `${i.service} ${Number(i['down-minutes'].toFixed(1))} min down from ${i.start}${i.end ? '' : ' (ongoing)'}`,
          )
          .join('; ')}.`,
    '',
    '### Recommendations',
    '',
    ...recommendations(reports).map((line) => `- ${line}`),
    '',
  );
  return lines;
}
