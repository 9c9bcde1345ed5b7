import * as core from '@actions/core';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  Notifier,
  Outputs,
  markdownTable,
  notificationsMarkdown,
  readNotifyTargets,
  runAction,
  writeSummary,
  type GitHubClient,
} from '@shipgate/core';
import { loadSlaConfig, dataLocation, openDataStore } from '@shipgate/core/sla';
import { applyAlertAction, decideAlertIssue, openAlertIssues, type AlertAction } from './alert-issues.js';
import { analyse, MAX_ROLLUP_WRITES, reportSelection } from './analysis.js';
import { dashboardHtml } from './dashboard.js';
import { markdownReport } from './markdown-report.js';
import { budgetAlertEvent } from './notifications.js';
import { PERIODS, resolvePeriod } from './periods.js';
import { summarise } from './outputs.js';
import { dataBranchPath } from './dashboard-file.js';
import { writeJsonReportInParts } from './json-report.js';

const iso = (ms: number) => new Date(ms).toISOString();

const outputs = new Outputs({
  uptime: '',
  'latency-p95': '',
  'error-rate': '',
  'error-rate-24h': '',
  'error-budget-remaining': '',
  'budget-state': 'unknown',
  'budget-detail': '',
  // Fail closed: a report that could not be made does not vouch for the budget.
  'budget-exhausted': 'true',
  'burn-rate': '',
  alerts: '[]',
  'report-file': '',
  'dashboard-path': '',
});

export function run(): Promise<void> {
  return runAction(outputs, async ({ inputs, context, clock, signal, github }) => {
    // Inputs, all validated before anything is read or written.
    const configFile = inputs.string('config-file', { default: '.github/sla.yml' });
    const dataBranch = inputs.string('data-branch', { default: 'sla-data' });
    const dataDir = inputs.optionalString('data-dir');
    const repository = inputs.repository('repository', {
      default: `${context.repository.owner}/${context.repository.repo}`,
    });
    const token = inputs.string('github-token', { expected: 'a token, such as ${{ github.token }}' });
    const periodName = inputs.enum('period', PERIODS, { default: 'rolling-30d' });
    const incidentIssues = inputs.boolean('incident-issues', { default: true });
    const burnRateAlerts = inputs.boolean('burn-rate-alerts', { default: true });
    const minSamples = inputs.integer('min-samples', { default: 10, min: 1, max: 100_000 });
    const minCoverage = inputs.number('min-coverage', { default: 50, min: 0, max: 100 });
    const outputDir = path.resolve(inputs.string('output-dir', { default: 'sla-report' }));
    const rebuild = inputs.boolean('rebuild-rollups', { default: false });
    const dashboardFile = dataBranchPath(
      inputs.string('dashboard-file', { default: 'dashboard/index.html' }),
    );
    const notifyTargets = readNotifyTargets(inputs);
    const config = await loadSlaConfig(configFile);
    const location = dataLocation({ dataDir, dataBranch, repository });
    let client: GitHubClient | undefined;
    const gh = () => (client ??= github(token));
    const store = await openDataStore(location, { client: gh, clock, signal, mustExist: true });

    // Decision: rollups, figures, burn rates and status.json from one snapshot, written in one commit.
    const now = clock.now();
    const period = { name: periodName, ...resolvePeriod(periodName, now) };
    core.startGroup(`Analysing ${config.services.length} service(s) in ${store.location}`);
    // One bulk read of what the report needs (on a branch: one tarball, not a request per file).
    const written = await store.update(
      'sla-report: rollups and status.json',
      async (snapshot) => {
        const analysis = await analyse(snapshot, config, { now, period, minSamples, minCoverage, rebuild });
        // Committed beside status.json at a stable path, so GitHub Pages can serve the branch.
        const dashboard = dashboardHtml(analysis.reports, iso(now));
        const changes = { ...analysis.changes, [dashboardFile]: dashboard };
        return { changes, result: { ...analysis, dashboard } };
      },
      { bulk: reportSelection(config, { now, period, also: [dashboardFile] }) },
    );
    const { reports, status, deferredRollups, dashboard } = written.result;
    if (deferredRollups > 0)
      core.info(
        `${deferredRollups} rollup(s) left for later runs (at most ${MAX_ROLLUP_WRITES} written per run)`,
      );
    core.info(`Dashboard committed as ${dashboardFile} in ${store.location}`);
    for (const r of reports)
      core.info(
        `${r.service.name}: ${r.status}; period uptime ${r.period.uptime ?? 'no data'} %, coverage ${r.period.coverage}; budget left ${r.evidence.known ? `${r.slo['budget-remaining']} %` : r.evidence.reason}; burn 1h ${r.burn['1h'].burn?.toFixed(2) ?? 'no data'}; ${r.rollupsBuilt} rollup(s) built`,
      );
    core.endGroup();

    // Effects: burn-rate alert issues (none at all when disabled), then the files.
    const alertLog: string[] = [];
    const notifier = new Notifier(notifyTargets, {
      repository: `${repository.owner}/${repository.repo}`,
      runUrl: context.runUrl,
      clock,
      signal,
    });
    if (burnRateAlerts) {
      const open = await openAlertIssues(gh(), repository);
      const actions = reports
        .map((r) => decideAlertIssue(r.service.name, r.alerts, open.get(r.service.name)))
        .filter((a): a is AlertAction => a !== undefined);
      for (const action of actions) {
        const applied = await applyAlertAction(gh(), repository, action, context.runUrl);
        alertLog.push(applied.line);
        const event = budgetAlertEvent(
          action,
          `${context.serverUrl}/${repository.owner}/${repository.repo}/issues/${applied.issue}`,
        );
        if (event) notifier.notify(event);
      }
      alertLog.forEach((line) => core.info(line));
    }
    let openIncidents: { number: number; title: string }[] = [];
    if (incidentIssues)
      openIncidents = (
        await gh().listAll<{ number: number; title: string; pull_request?: unknown }>(
          'GET /repos/{owner}/{repo}/issues',
          {
            ...repository,
            state: 'open',
            labels: 'sla-incident',
          },
        )
      ).filter((issue) => !issue.pull_request);

    await fs.mkdir(outputDir, { recursive: true });
    const markdown = markdownReport(reports, period);
    const reportFile = path.join(outputDir, 'sla-report.md');
    await fs.writeFile(reportFile, markdown);
    const dashboardPath = path.join(outputDir, 'dashboard.html');
    // The same file as the one committed (rendering it takes a tenth of a 100-service report).
    await fs.writeFile(dashboardPath, dashboard);
    const totals = summarise(reports);
    const deliveries = await notifier.settle();
    await writeJsonReportInParts(path.join(outputDir, 'sla-report.json'), {
      period: { name: period.name, ...period.current, previous: period.previous },
      store: store.location,
      revision: written.revision,
      totals,
      status,
      services: reports.map((r) => ({
        name: r.service.name,
        status: r.status,
        period: r.period,
        previous: r.previous,
        slo: r.slo,
        burn: r.burn,
        alerts: r.alerts,
        incidents: r.incidents,
        'burn-down': r.burnDown,
      })),
      notifications: deliveries,
    });

    // Outputs and summary.
    outputs.set('uptime', totals.uptime);
    outputs.set('latency-p95', totals['latency-p95']);
    outputs.set('error-rate', totals['error-rate']);
    outputs.set('error-rate-24h', totals['error-rate-24h']);
    outputs.set('error-budget-remaining', totals['error-budget-remaining']);
    outputs.set('budget-state', totals['budget-state']);
    outputs.set('budget-detail', totals['budget-detail']);
    outputs.set('budget-exhausted', totals['budget-exhausted']);
    outputs.set('burn-rate', totals['burn-rate']);
    outputs.set('alerts', JSON.stringify(totals.alerts));
    outputs.set('report-file', reportFile);
    outputs.set('dashboard-path', dashboardPath);
    await writeSummary(
      [
        markdown,
        ...(alertLog.length > 0 ? ['## Alert issues', '', ...alertLog.map((line) => `- ${line}`), ''] : []),
        ...(openIncidents.length > 0
          ? [
              '## Open incident issues',
              '',
              markdownTable(
                ['issue', 'title'],
                openIncidents.map((i) => [`#${i.number}`, i.title]),
              ),
              '',
            ]
          : []),
      ].join('\n') + notificationsMarkdown(deliveries),
    );
  });
}
