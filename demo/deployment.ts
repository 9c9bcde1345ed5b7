import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RunOptions, RunResult } from '../test/harness/runner.js';
import { simulateApprover, type ApproverResult } from './approver.js';
import type { ServiceVersion } from './sample-service.js';
import { DemoFailure, type StepRunner } from './steps.js';
import { DEPLOYER, GATE_USER, REPOSITORY, type World } from './world.js';

export interface DemoPaths {
  output: string;
  /** The workspace of the runs (sla.yml, smoke checks). */
  work: string;
  dataDir: string;
  auditLog: string;
  reports: string;
}

export interface DemoContext {
  world: World;
  steps: StepRunner;
  paths: DemoPaths;
  keys: { privatePem: string; publicPem: string };
  print: (line: string) => void;
  signal: AbortSignal;
}

export interface DeploymentResult {
  version: string;
  outcome: string;
  approvedBy: string;
  recordId: string;
  checkpoint: string;
  traffic: string;
}

const ENVIRONMENT = 'production';
const MIN_ERROR_BUDGET = 50;

/** A deploy window open now: from an hour ago to two hours ahead, UTC, every day (may run past midnight). */
export function openWindowAround(nowMs: number): string {
  const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);
  return `Mon-Sun ${hhmm(nowMs - 3_600_000)}-${hhmm(nowMs + 2 * 3_600_000)}`;
}

/** A freeze that is not in force: two days, starting thirty days from now. */
export function futureFreeze(nowMs: number): string {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return `${day(nowMs + 30 * 86_400_000)} .. ${day(nowMs + 31 * 86_400_000)}`;
}

/** The canary's metric settings: Prometheus queries when it runs, otherwise direct HTTP probes. */
function analysisInputs(world: World, stable: ServiceVersion, next: ServiceVersion): RunOptions['inputs'] {
  if (world.prometheus)
    return {
      'prometheus-url': world.prometheus.url,
      'request-count-query': 'sum(increase(http_requests_total{version="{{version}}"}[{{interval}}]))',
      'error-rate-query':
        '(sum(increase(http_requests_total{version="{{version}}",code=~"5.."}[{{interval}}])) or vector(0)) / sum(increase(http_requests_total{version="{{version}}"}[{{interval}}]))',
      'latency-query':
        'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{version="{{version}}"}[{{interval}}])))',
      'baseline-version': stable.version,
      'min-samples': '25',
    };
  return {
    'canary-url': `${next.url}/`,
    'baseline-url': `${stable.url}/`,
    'probe-requests': '40',
    'min-samples': '40',
  };
}

/** Which versions answered the shoppers' requests through the router for a moment. */
async function observeTraffic(world: World): Promise<Record<string, number>> {
  await new Promise((r) => setTimeout(r, 1000)); // nginx reloads gracefully: old workers finish first
  world.load.reset();
  await new Promise((r) => setTimeout(r, 1500));
  return { ...world.load.stats.byVersion };
}

async function createDeployment(world: World, version: string): Promise<number> {
  // As deploy.yml does with `gh api repos/$REPOSITORY/deployments`.
  const response = await fetch(`${world.emulator.url}/repos/${REPOSITORY}/deployments`, {
    method: 'POST',
    headers: {
      authorization: `token ${world.tokens[DEPLOYER]}`,
      accept: 'application/vnd.github+json',
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      ref: 'main',
      environment: ENVIRONMENT,
      description: `shipgate: ${version}`,
      auto_merge: false,
      required_contexts: [],
    }),
  });
  if (response.status !== 201)
    throw new DemoFailure(`creating the GitHub deployment: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: number }).id;
}

/**
 * One governed deployment in the order deploy.yml runs it: pre-deploy checks → approval gate (a
 * simulated approver comments /approve) → canary → smoke tests (only after a promotion) → audit record
 * (always, with the outcome). `expected` is what the canary must decide; anything else fails the demo.
 */
export async function governedDeployment(
  ctx: DemoContext,
  options: {
    stable: ServiceVersion;
    next: ServiceVersion;
    approver: string;
    expected: 'promoted' | 'rolled-back';
    checkpoint: boolean;
  },
): Promise<DeploymentResult> {
  const { world, steps, paths } = ctx;
  const { stable, next, approver, expected } = options;
  const version = next.version;
  const asDeployer: RunOptions = { actor: DEPLOYER, token: world.tokens[DEPLOYER] };
  const reportName = (kind: string) => `${kind}-${version}.json`;

  // 1. Pre-deploy checks.
  const checks = await steps.run(
    `pre-deploy-checks ${version}`,
    'pre-deploy-checks',
    {
      ...asDeployer,
      inputs: {
        'github-token': world.tokens[DEPLOYER],
        environment: ENVIRONMENT,
        version,
        'deploy-windows': openWindowAround(Date.now()),
        'freeze-periods': futureFreeze(Date.now()),
        timezone: 'UTC',
        'incident-label': 'incident',
        'health-urls': `${world.router.url}/healthz, ${next.url}/healthz`,
        'error-budget': 'true',
        'min-error-budget': String(MIN_ERROR_BUDGET),
        'data-dir': paths.dataDir,
        'report-file': path.join(paths.reports, reportName('pre-deploy-checks')),
      },
    },
    (r) => {
      const report = JSON.parse(r.outputs.report || '{"checks":[]}') as {
        checks: { check: string; result: string; detail: string }[];
      };
      const budget = report.checks.find((c) => c.check === 'error-budget');
      return {
        ok: r.exitCode === 0 && r.outputs.result === 'passed',
        short: `${r.outputs.result} (${report.checks.length} checks)`,
        line: `result ${r.outputs.result}; ${report.checks.length} checks (${[...new Set(report.checks.map((c) => c.check.split(':')[0]))].join(', ')}); budget: ${budget?.detail ?? 'not checked'}${r.outputs['failed-checks'] ? `; failed: ${r.outputs['failed-checks']}` : ''}`,
      };
    },
  );
  const checkList = (
    JSON.parse(checks.outputs.report) as { checks: { check: string; result: string }[] }
  ).checks.map((c) => ({ name: c.check, conclusion: c.result }));

  // 2. The GitHub deployment, then the approval gate with a simulated approver beside it.
  const deploymentId = await createDeployment(world, version);
  const approverStop = new AbortController();
  const stopApprover = () => approverStop.abort();
  ctx.signal.addEventListener('abort', stopApprover, { once: true });
  let approverFailure: string | undefined;
  const approval: Promise<ApproverResult | undefined> = simulateApprover({
    apiUrl: world.emulator.url,
    repository: REPOSITORY,
    login: approver,
    token: world.tokens[approver],
    titleContains: version,
    command: '/approve',
    reason: `checked the ${version} release notes`,
    readingMs: 1500,
    giveUpAfterMs: 60_000,
    signal: approverStop.signal,
  }).catch((error: Error) => {
    approverFailure = error.message;
    return undefined;
  });
  let gate: RunResult;
  try {
    gate = await steps.run(
      `approval-gate ${version} (wait; @${approver} approves)`,
      'approval-gate',
      {
        ...asDeployer,
        token: world.tokens[GATE_USER],
        inputs: {
          'github-token': world.tokens[GATE_USER],
          approvers: 'alice, bob',
          'minimum-approvals': '1',
          environment: ENVIRONMENT,
          version,
          'risk-tier': 'high',
          mode: 'wait',
          timeout: '2m',
          'poll-interval': '1s',
          'issue-title': `Deploy shop ${version} to ${ENVIRONMENT}`,
          repository: REPOSITORY,
        },
      },
      (r) => ({
        ok: r.exitCode === 0 && r.outputs.decision === 'approved' && r.outputs['approved-by'] === approver,
        short: `${r.outputs.decision} by @${r.outputs['approved-by']} (issue #${r.outputs['issue-number']})`,
        line: `decision ${r.outputs.decision} by ${r.outputs['approved-by'] || 'nobody'} on issue #${r.outputs['issue-number']}${approverFailure ? `; approver: ${approverFailure}` : ''}`,
      }),
      (r) => ({ [reportName('approval-gate')]: path.join(r.runnerTemp, 'shipgate-approval-gate.json') }),
    );
  } finally {
    approverStop.abort();
    ctx.signal.removeEventListener('abort', stopApprover);
  }
  const comment = await approval;
  const issueNumber = Number(gate.outputs['issue-number']);
  const issue = world.emulator.issue(REPOSITORY, issueNumber);
  // The evidence of who approved and when, as GitHub recorded it (the approval comments of the issue).
  const approvals = gate.outputs['approved-by']
    .split(',')
    .filter(Boolean)
    .map((login) => {
      const said = world.emulator
        .comments(REPOSITORY, issueNumber)
        .find((c) => c.user === login && /^\/approve\b/i.test(c.body.trim()));
      return {
        login,
        id: String(world.userIds[login] ?? ''),
        time: said ? new Date(said.createdAt).toISOString() : '',
      };
    });
  ctx.print(
    `      issue #${gate.outputs['issue-number']} "${issue?.title}": @${approver} commented /approve (${comment?.commentUrl ?? 'no comment'}); the gate closed it: ${issue?.state}${issue?.locked ? ', locked' : ''}`,
  );

  // 3. The canary, through the traffic webhook that drives the router.
  world.webhook.rollout(stable, next);
  let roundsShown = 0;
  const canary = await steps.run(
    `canary ${stable.version} → ${version} (expected: ${expected})`,
    'canary',
    {
      ...asDeployer,
      inputs: {
        strategy: 'canary',
        'set-traffic-url': world.webhook.url,
        stages: '20,50,100',
        'rounds-per-stage': '2,2,2',
        'analysis-interval': '4s',
        version,
        'max-error-rate': '1',
        'rollback-error-rate': '5',
        // A 10 ms service on a shared 2-core machine jitters a lot in relative terms; the faulty version
        // here is caught by its errors, and latency only fails a round above double the baseline's.
        'max-latency-increase': '100',
        ...analysisInputs(world, stable, next),
        'deployment-id': String(deploymentId),
        'github-token': world.tokens[DEPLOYER],
        repository: REPOSITORY,
        timeout: '3m',
        'call-timeout': '3s',
      },
    },
    (r) => ({
      ok: r.outputs.outcome === expected && r.exitCode === (expected === 'promoted' ? 0 : 1),
      short: `${r.outputs.outcome}, ${r.outputs['final-weight']} % on ${version}${r.outputs['failed-stage'] ? ` (failed at stage ${r.outputs['failed-stage']})` : ''}`,
      line: `outcome ${r.outputs.outcome}, final weight ${r.outputs['final-weight']} %, health score ${r.outputs['health-score'] || '-'}${r.outputs['failed-stage'] ? `, failed at stage ${r.outputs['failed-stage']}` : ''}; weights applied: ${world.webhook.history.join(' → ') || 'none'}`,
    }),
    (r) => ({ [reportName('canary')]: r.outputs.report }),
    (log) => {
      // One line per analysis round, as the canary logs it (the measured values and the verdict).
      const rounds = [
        ...log.matchAll(
          /^stage (\d+)\/\d+ weight (\d+)% round (\d+) \([^)]*\): (.*?) → (\w+) \(health (\d+)\)/gm,
        ),
      ];
      for (const m of rounds.slice(roundsShown))
        ctx.print(`      stage ${m[1]} at ${m[2]} %, round ${m[3]}: ${m[4]} → ${m[5]} (health ${m[6]})`);
      roundsShown = Math.max(roundsShown, rounds.length);
    },
  );
  const why = canary.annotations.find((a) => a.level === 'error')?.message;
  if (why) ctx.print(`      ${why.length > 240 ? `${why.slice(0, 240)}…` : why}`);

  // What the shoppers get now: the router must send everything to the decided version.
  const served = await observeTraffic(world);
  const total = Object.values(served).reduce((a, b) => a + b, 0);
  const winner = expected === 'promoted' ? next.version : stable.version;
  const loser = expected === 'promoted' ? stable.version : next.version;
  const traffic = `${served[winner] ?? 0} of ${total} requests served by ${winner}, ${served[loser] ?? 0} by ${loser}`;
  const trafficOk = total > 20 && (served[loser] ?? 0) === 0 && (served[winner] ?? 0) === total;
  steps.note(`${world.router.kind} router after the canary`, trafficOk, traffic);
  const deployment = world.emulator.repo(REPOSITORY).deployments.find((d) => d.id === deploymentId);
  const lastStatus = deployment?.statuses.at(-1)?.state;

  // 4. Smoke tests, only after a promotion (as deploy.yml: `if: outcome == 'promoted'`).
  let smoke: RunResult | undefined;
  if (canary.outputs.outcome === 'promoted') {
    const checksFile = path.join(paths.work, `smoke-${version}.yml`);
    writeFileSync(
      checksFile,
      [
        '- name: shop page',
        '  url: /',
        '  expect:',
        '    status: 200',
        `    body-contains: Welcome to the shop (${version})`,
        '    headers:',
        `      x-version: ${version}`,
        '    max-latency-ms: 1000',
        '- name: health',
        '  url: /healthz',
        '  expect:',
        '    status: 200',
        '    json:',
        '      $.status: up',
        `      $.version: ${version}`,
        '- name: unknown path answers 404',
        '  url: /no-such-page',
        '  expect: { status: 404 }',
        '',
      ].join('\n'),
    );
    smoke = await steps.run(
      `smoke-test ${version}`,
      'smoke-test',
      {
        ...asDeployer,
        cwd: paths.work,
        inputs: {
          'checks-file': path.basename(checksFile),
          'base-url': world.router.url,
          'expected-version': version,
          'version-url': `${world.router.url}/version`,
          retries: '2',
          'retry-delay': '1s',
          deadline: '1m',
          'junit-file': path.join(paths.reports, `smoke-junit-${version}.xml`),
          'report-file': path.join(paths.reports, reportName('smoke-test')),
        },
      },
      (r) => ({
        ok: r.exitCode === 0 && r.outputs.result === 'passed',
        short: `${r.outputs.result}, ${r.outputs.passed}/${r.outputs.total} checks`,
        line: `result ${r.outputs.result}: ${r.outputs.passed}/${r.outputs.total} checks passed (expected version ${version} reported at /version)`,
      }),
    );
  } else ctx.print(`    smoke-test ${version}: skipped, as deploy.yml does when the canary did not promote`);

  // 5. The audit record, always, with the outcome.
  const details = {
    service: 'shop',
    environment: ENVIRONMENT,
    version,
    strategy: 'canary',
    'deployment-id': String(deploymentId),
    outcome: canary.outputs.outcome,
    decision: gate.outputs.decision,
    'approved-by': gate.outputs['approved-by'],
    approvals,
    'decided-at': issue?.closedAt ? new Date(issue.closedAt).toISOString() : '',
    'issue-url': gate.outputs['issue-url'],
    checks: checkList,
    canary: {
      outcome: canary.outputs.outcome,
      'final-weight': canary.outputs['final-weight'],
      'failed-stage': canary.outputs['failed-stage'],
      'health-score': canary.outputs['health-score'],
      'deployment-status': lastStatus ?? '',
    },
    smoke: smoke
      ? { result: smoke.outputs.result, passed: smoke.outputs.passed, total: smoke.outputs.total }
      : { result: 'skipped' },
  };
  const audit = await steps.run(
    `audit-sign ${version} (outcome ${canary.outputs.outcome})`,
    'audit-sign',
    {
      ...asDeployer,
      inputs: {
        'record-type': 'deployment',
        'signing-key': ctx.keys.privatePem,
        'log-file': paths.auditLog,
        details: JSON.stringify(details),
        checkpoint: options.checkpoint ? 'true' : 'false',
      },
    },
    (r) => ({
      ok: r.exitCode === 0 && r.outputs['record-id'] !== '',
      short: `sequence ${r.outputs.sequence}, outcome ${canary.outputs.outcome}${r.outputs.checkpoint ? ', checkpoint' : ''}`,
      line: `record ${r.outputs['record-id']} at sequence ${r.outputs.sequence}, ${r.outputs['record-hash']}${r.outputs.checkpoint ? ', signed checkpoint written' : ''}`,
    }),
  );
  return {
    version,
    outcome: canary.outputs.outcome,
    approvedBy: gate.outputs['approved-by'],
    recordId: audit.outputs['record-id'],
    checkpoint: audit.outputs.checkpoint,
    traffic: `${traffic}; GitHub deployment ${deploymentId}: ${lastStatus ?? 'no status'}`,
  };
}
