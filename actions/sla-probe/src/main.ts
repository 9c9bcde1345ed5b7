import * as core from '@actions/core';
import path from 'node:path';
import {
  CancelledError,
  Notifier,
  Outputs,
  markdownTable,
  notificationsMarkdown,
  readNotifyTargets,
  probe,
  runAction,
  writeJsonReport,
  writeSummary,
  type GitHubClient,
} from '@shipgate/core';
import {
  loadSlaConfig,
  dataLocation,
  openDataStore,
  addDays,
  dayKey,
  formatSample,
  parseSamples,
  samplesPath,
  type Sample,
} from '@shipgate/core/sla';
import { appendChange } from '@shipgate/core';
import { decideIncident, trailingDownRun, type IncidentAction } from './incidents.js';
import { applyIncident, openIncidents } from './incident-issues.js';
import { incidentEvent } from './notifications.js';
import { probeService } from './probe-service.js';

const outputs = new Outputs({
  status: 'error',
  'down-services': '',
  'degraded-services': '',
  'samples-written': '0',
  'incidents-opened': '0',
  'incidents-closed': '0',
  'report-file': '',
});

export function run(): Promise<void> {
  return runAction(outputs, async ({ inputs, context, clock, signal, github }) => {
    // Inputs, all validated before anything is probed or written.
    const configFile = inputs.string('config-file', { default: '.github/sla.yml' });
    const dataBranch = inputs.string('data-branch', { default: 'sla-data' });
    const dataDir = inputs.optionalString('data-dir');
    const repository = inputs.repository('repository', {
      default: `${context.repository.owner}/${context.repository.repo}`,
    });
    const token = inputs.string('github-token', { expected: 'a token, such as ${{ github.token }}' });
    const confirmRetries = inputs.integer('confirm-retries', { default: 2, min: 0, max: 10 });
    const retryDelayMs = inputs.duration('retry-delay', { default: '5s', maxMs: 300_000 });
    const incidentIssues = inputs.boolean('incident-issues', { default: true });
    const incidentAfter = inputs.integer('incident-after', { default: 2, min: 1, max: 1000 });
    const notifyTargets = readNotifyTargets(inputs);
    const config = await loadSlaConfig(configFile);
    const location = dataLocation({ dataDir, dataBranch, repository });
    let client: GitHubClient | undefined;
    const gh = () => (client ??= github(token));
    const store = await openDataStore(location, { client: gh, clock, signal, mustExist: false });

    // Probe every service at once, each with its own timeout and confirmation retries.
    const runId = context.runId ? `${context.runId}/${context.runAttempt}` : undefined;
    core.startGroup(`Probing ${config.services.length} service(s)`);
    const samples = await Promise.all(
      config.services.map(async (service) => {
        const sample = await probeService(service, {
          probe,
          clock,
          signal,
          confirmRetries,
          retryDelayMs,
          run: runId,
        });
        if (sample)
          core.info(
            `${service.name}: ${sample.status}${sample.code ? ` HTTP ${sample.code}` : ''}${sample.ms !== undefined ? ` ${sample.ms} ms` : ''}${sample.reason ? ` (${sample.reason})` : ''}`,
          );
        return { service, sample };
      }),
    ).catch((error: unknown) => {
      throw signal.aborted ? new CancelledError('the run was cancelled before samples were written') : error;
    });
    core.endGroup();
    if (signal.aborted || samples.some((s) => s.sample === undefined))
      throw new CancelledError('the run was cancelled; no samples were written');

    // Append the samples (one commit) and learn each service's current down run from the same snapshot.
    const written = await store.update(`sla-probe: ${samples.length} sample(s)`, async (snapshot) => {
      const changes: Record<string, string> = {};
      const runs: Record<string, { count: number; since?: string }> = {};
      for (const { service, sample } of samples) {
        const day = dayKey(Date.parse(sample!.t));
        const file = samplesPath(service.name, day);
        const current = await snapshot.read(file);
        changes[file] = appendChange(current, formatSample(sample!));
        const history = [
          ...parseSamples(await snapshot.read(samplesPath(service.name, addDays(day, -1)))).samples,
          ...parseSamples(changes[file]).samples,
        ];
        runs[service.name] = trailingDownRun(history);
      }
      return { changes, result: runs };
    });
    core.info(
      `Wrote ${samples.length} sample(s) to ${store.location} (revision ${written.revision ?? 'none'})`,
    );

    // Incident issues: after the samples are safely stored.
    const actions: IncidentAction[] = [];
    const notifier = new Notifier(notifyTargets, {
      repository: `${repository.owner}/${repository.repo}`,
      runUrl: context.runUrl,
      clock,
      signal,
    });
    const issueUrl = (n: number) => `${context.serverUrl}/${repository.owner}/${repository.repo}/issues/${n}`;
    const incidentLog: string[] = [];
    if (incidentIssues) {
      const open = await openIncidents(gh(), repository);
      for (const { service, sample } of samples) {
        const action = decideIncident({
          service: service.name,
          sample: sample!,
          run: written.result[service.name],
          open: open.get(service.name),
          incidentAfter,
        });
        if (action) actions.push(action);
      }
      for (const action of actions) {
        const applied = await applyIncident(gh(), repository, action, context.runUrl);
        incidentLog.push(applied.line);
        const event = incidentEvent(action, issueUrl(applied.issue));
        if (event) notifier.notify(event);
      }
      incidentLog.forEach((line) => core.info(line));
    }

    // Outputs, summary and report.
    const list = (status: Sample['status']) =>
      samples
        .filter((s) => s.sample!.status === status)
        .map((s) => s.service.name)
        .join(',');
    const worst = samples.some((s) => s.sample!.status === 'down')
      ? 'down'
      : samples.some((s) => s.sample!.status === 'degraded')
        ? 'degraded'
        : 'up';
    const deliveries = await notifier.settle();
    const reportFile = await writeJsonReport(path.join(context.runnerTemp, 'sla-probe-report.json'), {
      store: store.location,
      revision: written.revision,
      samples: Object.fromEntries(samples.map((s) => [s.service.name, s.sample])),
      incidents: actions,
      notifications: deliveries,
    });
    outputs.set('status', worst);
    outputs.set('down-services', list('down'));
    outputs.set('degraded-services', list('degraded'));
    outputs.set('samples-written', samples.length);
    outputs.set('incidents-opened', actions.filter((a) => a.kind === 'open').length);
    outputs.set('incidents-closed', actions.filter((a) => a.kind === 'close').length);
    outputs.set('report-file', reportFile);
    await writeSummary(
      [
        `## SLA probe: ${worst}`,
        '',
        markdownTable(
          ['service', 'status', 'HTTP', 'latency (ms)', 'attempts', 'reason'],
          samples.map(({ service, sample }) => [
            service.name,
            sample!.status,
            sample!.code,
            sample!.ms,
            sample!.attempts,
            sample!.reason,
          ]),
        ),
        '',
        `Samples stored in \`${store.location}\`.`,
        ...(incidentLog.length > 0 ? ['', ...incidentLog.map((line) => `- ${line}`)] : []),
        '',
      ].join('\n') + notificationsMarkdown(deliveries),
    );
  });
}
