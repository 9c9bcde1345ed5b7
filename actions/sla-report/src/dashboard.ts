import type { DailyPoint, ServiceReport } from './analysis.js';
import { budgetText } from './executive-summary.js';

/**
 * The dashboard: one self-contained HTML file (no scripts, no network: a CSP forbids both), with
 * charts as inline SVG. Every chart has a title, a description and a data table; status is written
 * in words and symbols, never colour alone.
 */
const HTML_SPECIAL = /[&<>"']/;

export function escapeHtml(text: unknown): string {
  const plain = String(text ?? '');
  // Most cells are numbers and dates: one test instead of five replaces (a dashboard has ~100k cells).
  if (!HTML_SPECIAL.test(plain)) return plain;
  return plain
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STATUS_TEXT: Record<ServiceReport['status'], string> = {
  up: '✔ up',
  degraded: '▲ degraded (slow)',
  down: '✖ down',
  'no-data': '? no recent data',
};

const W = 720;
const H = 200;
const PAD = { left: 76, right: 16, top: 16, bottom: 28 };

interface Series {
  name: string;
  values: (number | undefined)[];
  dash: string;
  className: string;
}

function scale(min: number, max: number, from: number, to: number) {
  const span = max - min || 1;
  return (value: number) => from + ((value - min) / span) * (to - from);
}

function svgFrame(id: string, title: string, desc: string, body: string, yLabels: string): string {
  return `<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${W} ${H}" width="100%" preserveAspectRatio="xMidYMid meet">
<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>
<rect x="${PAD.left}" y="${PAD.top}" width="${W - PAD.left - PAD.right}" height="${H - PAD.top - PAD.bottom}" class="plot"/>
${yLabels}${body}</svg>`;
}

function axis(min: number, max: number, unit: string, y: (v: number) => number): string {
  return [min, (min + max) / 2, max]
    .map(
      (v) =>
        `<text x="${PAD.left - 6}" y="${y(v) + 4}" text-anchor="end" class="tick">${escapeHtml(`${Number(v.toFixed(2))}${unit}`)}</text>`,
    )
    .join('');
}

function dayLabels(days: string[], x: (i: number) => number): string {
  const picks = [0, Math.floor((days.length - 1) / 2), days.length - 1];
  return picks
    .map(
      (i) =>
        `<text x="${x(i)}" y="${H - 8}" text-anchor="middle" class="tick">${escapeHtml(days[i]?.slice(5) ?? '')}</text>`,
    )
    .join('');
}

function uptimeChart(id: string, daily: DailyPoint[], slo: number): string {
  const known = daily.map((d) => d.uptime).filter((v): v is number => v !== undefined);
  const min = Math.max(0, Math.min(slo - 0.5, ...known));
  const y = scale(min, 100, H - PAD.bottom, PAD.top);
  const band = (W - PAD.left - PAD.right) / daily.length;
  const x = (i: number) => PAD.left + band * (i + 0.5);
  const bars = daily
    .map((d, i) => {
      const left = PAD.left + band * i + 0.5;
      if (d.uptime === undefined)
        return `<rect x="${left}" y="${PAD.top}" width="${band - 1}" height="${H - PAD.top - PAD.bottom}" class="nodata"><title>${d.day}: no data</title></rect>`;
      const top = y(Math.max(min, d.uptime));
      const below = d.uptime < slo;
      return `<rect x="${left}" y="${top}" width="${band - 1}" height="${H - PAD.bottom - top}" class="${below ? 'bar-bad' : 'bar'}"><title>${d.day}: ${d.uptime}% up, coverage ${(100 * d.coverage).toFixed(1)}%${below ? ' (below SLO)' : ''}</title></rect>`;
    })
    .join('');
  const sloLine = `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(slo)}" y2="${y(slo)}" class="slo"/><text x="${W - PAD.right - 4}" y="${y(slo) - 4}" text-anchor="end" class="tick">SLO ${slo}%</text>`;
  const below = daily.filter((d) => d.uptime !== undefined && d.uptime < slo).length;
  const missing = daily.filter((d) => d.uptime === undefined).length;
  return svgFrame(
    id,
    'Daily uptime',
    `Uptime per day over ${daily.length} days: ${below} day(s) below the ${slo}% SLO, ${missing} day(s) without data (hatched).`,
    bars +
      sloLine +
      dayLabels(
        daily.map((d) => d.day),
        x,
      ),
    axis(min, 100, '%', y),
  );
}

function lineChart(
  id: string,
  title: string,
  desc: string,
  days: string[],
  series: Series[],
  unit: string,
  reference?: { value: number; label: string },
): string {
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== undefined));
  if (reference) all.push(reference.value);
  const min = Math.min(0, ...all);
  const max = Math.max(1, ...all) * 1.05;
  const y = scale(min, max, H - PAD.bottom, PAD.top);
  const step = (W - PAD.left - PAD.right) / Math.max(1, days.length - 1);
  const x = (i: number) => PAD.left + step * i;
  const paths = series
    .map((s) => {
      let d = '';
      let pen = false;
      s.values.forEach((v, i) => {
        if (v === undefined) {
          pen = false;
          return;
        }
        d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
        pen = true;
      });
      return `<path d="${d}" class="${s.className}" stroke-dasharray="${s.dash}" fill="none"><title>${escapeHtml(s.name)}</title></path>`;
    })
    .join('');
  const ref = reference
    ? `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(reference.value)}" y2="${y(reference.value)}" class="slo"/><text x="${W - PAD.right - 4}" y="${y(reference.value) - 4}" text-anchor="end" class="tick">${escapeHtml(reference.label)}</text>`
    : '';
  const legend = series
    .map(
      (s, i) =>
        `<line x1="${PAD.left + 8 + i * 120}" x2="${PAD.left + 36 + i * 120}" y1="${PAD.top + 10}" y2="${PAD.top + 10}" class="${s.className}" stroke-dasharray="${s.dash}"/><text x="${PAD.left + 40 + i * 120}" y="${PAD.top + 14}" class="tick">${escapeHtml(s.name)}</text>`,
    )
    .join('');
  return svgFrame(id, title, desc, paths + ref + legend + dayLabels(days, x), axis(min, max, unit, y));
}

function table(headers: string[], rows: unknown[][], caption: string): string {
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${escapeHtml(cell ?? '—')}</th>` : `<td>${escapeHtml(cell ?? '—')}</td>`)).join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
}

const pct = (v: number | undefined, digits = 3) =>
  v === undefined ? 'no data' : `${Number(v.toFixed(digits))}%`;

function serviceSection(report: ServiceReport, index: number): string {
  const { service, slo } = report;
  const id = `s${index}`;
  const days = report.daily.map((d) => d.day);
  const uptimeRows = Object.entries(report.uptime).map(([span, f]) => [
    span,
    pct(f.uptime),
    pct(f['error-rate']),
    pct(100 * f.coverage, 2),
    f['downtime-minutes'],
    f.incidents,
  ]);
  const latencyDays = report.daily.filter((d) => d.p95 !== undefined);
  return `<section aria-labelledby="${id}-h" class="service">
<h2 id="${id}-h">${escapeHtml(service.name)} <span class="status status-${report.status}">${escapeHtml(STATUS_TEXT[report.status])}</span></h2>
<p>${service.environment ? `Environment <strong>${escapeHtml(service.environment)}</strong>. ` : ''}SLO: uptime ${service.slo.uptime}%, p95 latency ≤ ${service.slo['latency-p95-ms']} ms, error rate ≤ ${service.slo['error-rate']}% over ${service.slo['window-days']} days.
${report.lastSample ? `Last sample ${escapeHtml(report.lastSample.t)}: ${escapeHtml(report.lastSample.status)}${report.lastSample.reason ? ` (${escapeHtml(report.lastSample.reason)})` : ''}.` : 'No sample yet.'}</p>
<p class="budget">${
    report.evidence.known
      ? `Error budget left over the ${service.slo['window-days']}-day window: <strong>${escapeHtml(budgetText(report))}</strong>${slo['budget-exhausted'] ? ' — <strong>EXHAUSTED: deploys are blocked</strong>' : ''}`
      : `Error budget over the ${service.slo['window-days']}-day window: <strong class="unknown">unknown, ${escapeHtml(report.evidence.reason)}</strong> — the deploy gate refuses until there is enough data`
  } (coverage ${pct(100 * slo.coverage, 2)}; burn rate 1h ${report.burn['1h'].burn === undefined ? 'no data' : `${report.burn['1h'].burn.toFixed(2)}×`}; error rate 24h ${pct(report.uptime['24h']['error-rate'])}).
${report.alerts.length > 0 ? `<br><strong>Alert:</strong> ${escapeHtml(report.alerts.map((a) => `${a.severity} (${a.rule})`).join('; '))}` : ''}</p>
${table(['window', 'uptime', 'error rate', 'coverage', 'downtime (min)', 'incidents'], uptimeRows, `Uptime and error rate of ${service.name}`)}
<figure>${uptimeChart(`${id}-up`, report.daily, service.slo.uptime)}<figcaption>Daily uptime (hatched: no data).</figcaption></figure>
<figure>${lineChart(
    `${id}-lat`,
    'Latency percentiles per day',
    latencyDays.length === 0
      ? 'No latency data.'
      : `p50, p95 and p99 latency per day; latest p95 ${latencyDays.at(-1)!.p95} ms against an SLO of ${service.slo['latency-p95-ms']} ms.`,
    days,
    [
      { name: 'p50', values: report.daily.map((d) => d.p50), dash: '', className: 'l50' },
      { name: 'p95', values: report.daily.map((d) => d.p95), dash: '6 3', className: 'l95' },
      { name: 'p99', values: report.daily.map((d) => d.p99), dash: '2 3', className: 'l99' },
    ],
    ' ms',
    { value: service.slo['latency-p95-ms'], label: `SLO p95 ${service.slo['latency-p95-ms']} ms` },
  )}<figcaption>Latency percentiles (solid p50, dashed p95, dotted p99).</figcaption></figure>
<details><summary>Daily figures (table)</summary>${table(
    ['day', 'uptime', 'coverage', 'p50 ms', 'p95 ms', 'p99 ms', 'downtime (min)'],
    [...report.daily]
      .reverse()
      .filter((d) => d.coverage > 0)
      .map((d) => [
        d.day,
        pct(d.uptime),
        pct(100 * d.coverage, 2),
        d.p50,
        d.p95,
        d.p99,
        d['downtime-minutes'],
      ]),
    `Daily figures of ${service.name}`,
  )}</details>
<figure>${lineChart(
    `${id}-budget`,
    'Error budget burn-down',
    `Budget minutes left at the end of each day of the ${service.slo['window-days']}-day window, out of ${slo['budget-minutes']}; ${report.burnDown.at(-1)?.['minutes-left'] ?? slo['budget-minutes']} left now.`,
    report.burnDown.map((d) => d.day),
    [
      {
        name: 'minutes left',
        values: report.burnDown.map((d) => d['minutes-left']),
        dash: '',
        className: 'lbudget',
      },
    ],
    ' min',
    { value: 0, label: 'exhausted' },
  )}<figcaption>Error budget remaining (minutes of downtime the SLO still allows).</figcaption></figure>
<h3>Incidents (last 90 days)</h3>
${
  report.incidents.length === 0
    ? '<p>None.</p>'
    : table(
        ['start', 'end', 'down (min)'],
        report.incidents.map((i) => [i.start, i.end ?? 'ongoing', i['down-minutes'].toFixed(1)]),
        `Incidents of ${service.name}`,
      )
}
</section>`;
}

export function dashboardHtml(reports: readonly ServiceReport[], generatedAt: string): string {
  const overview = table(
    [
      'service',
      'status',
      'uptime 24h',
      'uptime 7d',
      'uptime 30d',
      'uptime 90d',
      'error rate 24h',
      'error rate 30d',
      'budget left',
    ],
    reports.map((r) => [
      r.service.name,
      STATUS_TEXT[r.status],
      pct(r.uptime['24h'].uptime),
      pct(r.uptime['7d'].uptime),
      pct(r.uptime['30d'].uptime),
      pct(r.uptime['90d'].uptime),
      pct(r.uptime['24h']['error-rate']),
      pct(r.uptime['30d']['error-rate']),
      budgetText(r),
    ]),
    'All services',
  );
  // The page is put together as UTF-8 bytes, a service's section at a time, and made into one string
  // at the end. Joined as strings, the sections (5 MB for 100 services, twice that as a string with
  // characters beyond Latin-1) and the many pieces each is made of stayed alive together in the young
  // generation, which grew the heap by about 40 MB at the run's memory peak; as bytes they sit
  // outside the heap, and each section's pieces die as soon as it is encoded. The same text.
  const start = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SLA dashboard</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:60rem;padding:0 1rem;color:#1b1f24;background:#fff}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-top:1px solid #ccd;padding-top:1rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccd;padding:.2rem .5rem;text-align:left}caption{text-align:left;font-weight:600}
.status{font-size:.9rem;padding:.1rem .4rem;border:2px solid;border-radius:.3rem}
.unknown{color:#555}.status-up{color:#0a6b2d}.status-degraded{color:#8a5a00}.status-down{color:#a4161a}.status-no-data{color:#555}
.plot{fill:#fafbfc;stroke:#ccd}.tick{font-size:11px;fill:#333}.bar{fill:#2b8a3e}.bar-bad{fill:#c92a2a}
.nodata{fill:url(#hatch);stroke:#bbb}.slo{stroke:#333;stroke-dasharray:4 4}
.l50,.l95,.l99,.lbudget{stroke-width:2}.l50{stroke:#1c7ed6}.l95{stroke:#e8590c}.l99{stroke:#862e9c}.lbudget{stroke:#2b8a3e}
figure{margin:1rem 0}figcaption{font-size:.85rem;color:#444}
</style></head>
<body>
<svg width="0" height="0" aria-hidden="true" style="position:absolute"><defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#bbb" stroke-width="2"/></pattern></defs></svg>
<header><h1>SLA dashboard</h1><p>Generated ${escapeHtml(generatedAt)} by shipgate sla-report. Missing samples are shown as no data, never as up.</p></header>
<main>
${overview}
`;
  const parts = [Buffer.from(start, 'utf8')];
  reports.forEach((report, i) =>
    parts.push(Buffer.from(`${i > 0 ? '\n' : ''}${serviceSection(report, i)}`, 'utf8')),
  );
  parts.push(Buffer.from('\n</main></body></html>\n', 'utf8'));
  return Buffer.concat(parts).toString('utf8');
}
