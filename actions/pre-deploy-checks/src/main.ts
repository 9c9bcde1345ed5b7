import * as core from '@actions/core';
import {
  BranchStore,
  CancelledError,
  DirectoryStore,
  InputError,
  Outputs,
  errorMessage,
  isTimeZone,
  markdownTable,
  probe,
  runAction,
  writeJsonReport,
  writeSummary,
  type FileStore,
  type GitHubClient,
} from '@shipgate/core';
import { parseDeployWindows } from './deploy-window.js';
import { evaluateErrorBudget } from './error-budget.js';
import { parseFreezePeriods } from './freeze-calendar.js';
import { IMAGE_EXPECTED, parseImageReference, type ImageReference } from './image-reference.js';
import { listOpenIncidents } from './incidents.js';
import { evaluateCalendar, nextAllowed, type Calendar } from './next-window.js';
import { checkImage } from './registry.js';
import { waitForRequiredChecks, type CheckRun } from './required-checks.js';
import { checkVersion } from './semver-check.js';

type OutputName = 'result' | 'failed-checks' | 'next-window' | 'image-digest' | 'report' | 'override-reason';

export interface CheckOutcome {
  check: string;
  ok: boolean;
  detail: string;
}

const CHECK_POLL_MS = 15_000;

export async function run(): Promise<void> {
  const outputs = new Outputs<OutputName>({
    result: 'failed',
    'failed-checks': '',
    'next-window': '',
    'image-digest': '',
    report: '{}',
    'override-reason': '',
  });
  await runAction(outputs, async ({ inputs, context, clock, signal, github }) => {
    // Inputs: everything is parsed and validated before the first request.
    const timeZone = inputs.string('timezone', { default: 'UTC' });
    if (!isTimeZone(timeZone))
      throw new InputError(
        'timezone',
        `'${timeZone}' is not an IANA time zone`,
        'a zone such as UTC, Europe/Berlin or America/New_York',
      );
    const version = inputs.optionalString('version');
    const windows = inputs.has('deploy-windows')
      ? parseDeployWindows(inputs.raw('deploy-windows'), 'deploy-windows')
      : undefined;
    const freezes = inputs.has('freeze-periods')
      ? parseFreezePeriods(inputs.raw('freeze-periods'), 'freeze-periods', timeZone)
      : undefined;
    const incidentLabel = inputs.optionalString('incident-label');
    const requiredChecks = inputs.list('required-checks', { default: [] });
    const sha = inputs.string('sha', { default: context.sha });
    // A commit named explicitly (deploy.yml passes the one it deploys) must be one, checks or not.
    if ((requiredChecks.length > 0 || inputs.has('sha')) && !/^[0-9a-f]{40}$/i.test(sha))
      throw new InputError('sha', `'${sha}' is not a commit SHA`, 'a full 40-character commit SHA');
    const checksTimeoutMs = inputs.duration('checks-timeout', { default: '10m' });
    const checkRunIdText = inputs.optionalString('check-run-id');
    if (checkRunIdText !== undefined && !/^\d+$/.test(checkRunIdText))
      throw new InputError(
        'check-run-id',
        `'${checkRunIdText}' is not a number`,
        'the numeric id from ${{ job.check_run_id }}',
      );
    let image: ImageReference | undefined;
    if (inputs.has('image')) {
      try {
        image = parseImageReference(inputs.raw('image'));
      } catch (error) {
        throw new InputError('image', `'${inputs.raw('image')}' ${errorMessage(error)}`, IMAGE_EXPECTED);
      }
    }
    const registryUsername = inputs.optionalString('registry-username');
    const registryPassword = inputs.optionalString('registry-password');
    if (registryPassword) core.setSecret(registryPassword);
    if (Boolean(registryUsername) !== Boolean(registryPassword))
      throw new InputError(
        registryUsername ? 'registry-password' : 'registry-username',
        'is empty while its partner is set',
        'both registry-username and registry-password, or neither',
      );
    const healthUrls = inputs.list('health-urls', { default: [] }).map((text) => {
      try {
        const url = new URL(text);
        if (url.protocol === 'http:' || url.protocol === 'https:') return url;
      } catch {
        // reported below
      }
      throw new InputError(
        'health-urls',
        `'${text}' is not an http(s) URL`,
        'absolute URLs such as https://service.example.com/healthz, one per line',
      );
    });
    const timeoutMs = inputs.duration('timeout', { default: '10s', minMs: 1 });
    const errorBudget = inputs.boolean('error-budget', { default: false });
    const minErrorBudget = inputs.number('min-error-budget', { default: 0, min: 0, max: 100 });
    // A little over the daily report cadence of sla-monitoring.yml: one late run does not block deploys.
    const maxStatusAgeMs = inputs.duration('max-status-age', { default: '26h', minMs: 60_000 });
    const environment = inputs.optionalString('environment');
    const slaBranch = inputs.string('sla-branch', { default: 'sla-data' });
    const dataDir = inputs.optionalString('data-dir');
    const repository = inputs.repository('repository', {
      default: `${context.repository.owner}/${context.repository.repo}`,
    });
    const slaRepository = inputs.repository('sla-repository', {
      default: `${repository.owner}/${repository.repo}`,
    });
    // A gate that checks nothing would pass every deploy (an input name misspelt in a workflow only
    // draws a warning from GitHub), so no check configured is an input error, not a pass.
    const checksConfigured = {
      version: version !== undefined,
      'deploy-windows': windows !== undefined,
      'freeze-periods': freezes !== undefined,
      'incident-label': incidentLabel !== undefined,
      'required-checks': requiredChecks.length > 0,
      image: image !== undefined,
      'health-urls': healthUrls.length > 0,
      'error-budget': errorBudget,
    };
    if (!Object.values(checksConfigured).some(Boolean))
      throw new InputError(
        Object.keys(checksConfigured).join(', '),
        'none is set, so there is nothing to check',
        'at least one check (a gate that checks nothing would pass every deploy)',
      );
    const override = inputs.optionalString('override');
    const reportFile = inputs.optionalString('report-file');
    const needsGitHub = Boolean(incidentLabel) || requiredChecks.length > 0 || (errorBudget && !dataDir);
    const token = needsGitHub
      ? inputs.string('github-token', { expected: 'a token that can read issues, checks and contents' })
      : inputs.optionalString('github-token');
    let client: GitHubClient | undefined;
    const api = () => (client ??= github(token!));

    // Decision: run every check, record every outcome.
    const outcomes: CheckOutcome[] = [];
    const record = (check: string, ok: boolean, detail: string) => {
      outcomes.push({ check, ok, detail });
      (ok ? core.info : core.warning)(`${check}: ${ok ? 'passed' : 'failed'}: ${detail}`);
    };
    const guarded = async (check: string, body: () => Promise<void>) => {
      try {
        await body();
      } catch (error) {
        if (error instanceof CancelledError || signal.aborted) throw error;
        record(check, false, `could not be checked: ${errorMessage(error)}`);
      }
    };
    const now = clock.now();

    if (version !== undefined) {
      const verdict = checkVersion(version);
      record('version', verdict.ok, verdict.detail);
    }
    let nextWindow = '';
    if (windows || freezes) {
      const calendar: Calendar = { windows, freezes, timeZone };
      const verdict = evaluateCalendar(calendar, now);
      const at = new Date(now).toISOString();
      if (!verdict.allowed) {
        const next = nextAllowed(calendar, now);
        nextWindow = next === undefined ? '' : new Date(next).toISOString();
        const when = next === undefined ? 'no allowed time within a year' : `next allowed at ${nextWindow}`;
        const windowReason = verdict.reasons.filter((r) => r.startsWith('outside'));
        const freezeReasons = verdict.reasons.filter((r) => !r.startsWith('outside'));
        if (windows)
          record(
            'deploy-windows',
            windowReason.length === 0,
            windowReason.length === 0
              ? `inside a window at ${at} (${timeZone})`
              : `${at} (${timeZone}) is outside every deploy window; ${when}`,
          );
        if (freezes)
          record(
            'freeze-periods',
            freezeReasons.length === 0,
            freezeReasons.length === 0 ? `no freeze at ${at}` : `${freezeReasons.join('; ')}; ${when}`,
          );
      } else {
        if (windows) record('deploy-windows', true, `inside a window at ${at} (${timeZone})`);
        if (freezes) record('freeze-periods', true, `no freeze at ${at} (${timeZone})`);
      }
    }
    if (incidentLabel) {
      await guarded('incidents', async () => {
        const open = await listOpenIncidents(api(), repository, incidentLabel);
        record(
          'incidents',
          open.length === 0,
          open.length === 0
            ? `no open issue labelled '${incidentLabel}'`
            : `${open.length} open: ${open.map((issue) => `#${issue.number} ${issue.title}`).join('; ')}`,
        );
      });
    }
    let imageDigest = '';
    if (image) {
      const reference = image;
      await guarded('image', async () => {
        const verdict = await checkImage(
          reference,
          registryUsername && registryPassword
            ? { username: registryUsername, password: registryPassword }
            : undefined,
          { timeoutMs, signal },
        );
        imageDigest = verdict.digest ?? '';
        record('image', verdict.ok, verdict.detail);
      });
    }
    // Health URLs are probed together; each is recorded in the order given.
    const health = await Promise.all(healthUrls.map((url) => probe({ url, timeoutMs, signal })));
    if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new CancelledError();
    health.forEach((result, index) => {
      const ok = result.ok && result.status >= 200 && result.status < 300;
      record(
        `health-urls: ${healthUrls[index].toString()}`,
        ok,
        result.ok ? `HTTP ${result.status} in ${Math.round(result.latencyMs)} ms` : result.error,
      );
    });
    if (errorBudget) {
      await guarded('error-budget', async () => {
        const store: FileStore = dataDir
          ? new DirectoryStore({ directory: dataDir, clock, signal })
          : new BranchStore({ client: api(), ...slaRepository, branch: slaBranch, clock, signal });
        const snapshot = await store.snapshot();
        const text = await snapshot.read('status.json');
        const verdict = evaluateErrorBudget(text, {
          environment,
          minRemaining: minErrorBudget,
          source: `status.json in ${store.location}`,
          now: clock.now(),
          maxAgeMs: maxStatusAgeMs,
        });
        record('error-budget', verdict.ok, verdict.detail);
      });
    }
    if (requiredChecks.length > 0) {
      await guarded('required-checks', async () => {
        core.startGroup(`Waiting for ${requiredChecks.length} required check(s) on ${sha}`);
        try {
          const { results } = await waitForRequiredChecks({
            required: requiredChecks,
            list: async () =>
              (
                await api().listConditional<CheckRun>('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
                  ...repository,
                  ref: sha,
                  filter: 'latest',
                })
              ).items,
            own: {
              checkRunId: checkRunIdText === undefined ? undefined : Number(checkRunIdText),
              jobName: context.job,
              runId: context.runId,
            },
            timeoutMs: checksTimeoutMs,
            pollMs: CHECK_POLL_MS,
            clock,
            signal,
            log: core.info,
          });
          for (const r of results)
            record(`required-checks: ${r.name}`, r.state === 'passed', `${r.state}: ${r.detail}`);
        } finally {
          core.endGroup();
        }
      });
    }

    // Outputs and reports.
    const failed = outcomes.filter((o) => !o.ok);
    const failedChecks = [...new Set(failed.map((o) => o.check.split(':')[0]))];
    const result = failed.length === 0 ? 'passed' : override ? 'overridden' : 'failed';
    const report = {
      result,
      'evaluated-at': new Date(now).toISOString(),
      timezone: timeZone,
      checks: outcomes.map((o) => ({
        check: o.check,
        result: o.ok ? 'passed' : override ? 'overridden' : 'failed',
        detail: o.detail,
      })),
      'failed-checks': failedChecks,
      'next-window': nextWindow || null,
      'image-digest': imageDigest || null,
      override: override ? { reason: override, actor: context.actor, used: failed.length > 0 } : null,
      sha: requiredChecks.length > 0 ? sha : undefined,
      run: context.runUrl || undefined,
    };
    outputs.set('result', result);
    outputs.set('failed-checks', failedChecks.join(','));
    outputs.set('next-window', nextWindow);
    outputs.set('image-digest', imageDigest);
    outputs.set('report', JSON.stringify(report));
    outputs.set('override-reason', override ?? '');
    if (reportFile) await writeJsonReport(reportFile, report);
    const icon = (o: CheckOutcome) => (o.ok ? '✅ passed' : override ? '⚠️ overridden' : '❌ failed');
    await writeSummary(
      [
        `## Pre-deploy checks: ${result}`,
        '',
        outcomes.length === 0
          ? 'No check was configured.'
          : markdownTable(
              ['Check', 'Result', 'Detail'],
              outcomes.map((o) => [o.check, icon(o), o.detail]),
            ),
        '',
        nextWindow ? `Next allowed deploy time: **${nextWindow}**` : '',
        override && failed.length > 0 ? `Break-glass override by @${context.actor}: ${override}` : '',
      ].join('\n'),
    );
    if (failed.length === 0) core.info(`All ${outcomes.length} check(s) passed.`);
    else if (override) core.warning(`${failed.length} check(s) failed but were overridden: ${override}`);
    else core.setFailed(`${failed.length} check(s) failed: ${failedChecks.join(', ')}`);
  });
}
