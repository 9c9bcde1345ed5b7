import { InputError, type ActionContext, type Inputs } from '@shipgate/core';
import { checkMinimum, parseApprovers, type Approver } from './approvers.js';
import { parseChecksReport, type ChecksReport } from './checks-report.js';
import type { RequestBinding } from './request-binding.js';
import { minimumWithRoles, parseRoleCounts, parseRoleHolders, roleRules, type RoleRule } from './roles.js';

export const RISK_TIERS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskTier = (typeof RISK_TIERS)[number];
export const MODES = ['wait', 'request', 'evaluate'] as const;
export type Mode = (typeof MODES)[number];

export interface Settings {
  mode: Mode;
  approvers: Approver[];
  minimumApprovals: number;
  /** Sign-offs per role from the inputs (the policy file's win when it is given). */
  roles: RoleRule[];
  /** Whether 👍 / 👎 reactions on the issue count like /approve and /deny. */
  reactions: boolean;
  checksReport?: ChecksReport;
  riskTier: RiskTier;
  autoApproveTiers: RiskTier[];
  policyFile?: string;
  environment: string;
  version: string;
  issueNumber?: number;
  timeoutMs: number;
  pollIntervalMs: number;
  allowSelfApproval: boolean;
  issueTitle?: string;
  issueBody?: string;
  labels: string[];
  /** Where the issue lives. */
  issueRepository: { owner: string; repo: string };
  token: string;
  /** Why the timeout was lowered to what the mode can honour, if it was. */
  timeoutNote?: string;
  /** This run's request. */
  binding: RequestBinding;
  /** Why this change is an emergency; the policy file decides whether that skips approval. */
  emergencyReason?: string;
  /** The `sha` input when given: in evaluate mode, the request must be for this commit. */
  expectedSha?: string;
}

/** A critical deployment needs two people, whatever minimum-approvals says. */
export function requiredApprovals(minimum: number, tier: RiskTier): number {
  return tier === 'critical' ? Math.max(2, minimum) : minimum;
}

const LABEL = /^[^,\n]{1,50}$/;

/** Reads and validates every input before any side effect; errors name the input. */
export function readSettings(
  inputs: Inputs,
  context: ActionContext,
  runnerEnvironment = process.env.RUNNER_ENVIRONMENT,
): Settings {
  const mode = inputs.enum('mode', MODES, { default: 'wait' });
  const policyFile = inputs.optionalString('policy-file');
  const riskTier = inputs.enum('risk-tier', RISK_TIERS, { default: 'high' });
  const tierNames = inputs.list('auto-approve-risk-tiers', { default: ['low', 'medium'] });
  const autoApproveTiers: RiskTier[] = [];
  for (const name of tierNames.map((tier) => tier.toLowerCase())) {
    if (name === 'none') continue;
    if (!(RISK_TIERS as readonly string[]).includes(name))
      throw new InputError(
        'auto-approve-risk-tiers',
        `'${name}' is not a risk tier`,
        `risk tiers separated by commas (${RISK_TIERS.join(', ')}) or none`,
      );
    autoApproveTiers.push(name as RiskTier);
  }
  // An auto-approved tier asks nobody, so it needs no approvers (staging deploys at medium risk).
  const asksPeople = mode === 'evaluate' || !autoApproveTiers.includes(riskTier);
  const approvers = parseApprovers(
    inputs.list('approvers', { min: policyFile || !asksPeople ? 0 : 1 }),
    'approvers',
  );
  const roles = roleRules(
    parseRoleCounts(inputs.list('roles', { default: [] }), 'roles'),
    parseRoleHolders(inputs.string('role-holders', { default: '' }), 'role-holders'),
    { roles: 'roles', holders: 'role-holders' },
  );
  const minimumApprovals = minimumWithRoles(
    inputs.integer('minimum-approvals', { default: 1, min: 1 }),
    roles,
  );
  const reactions = inputs.boolean('reactions', { default: false });
  const checksReport = parseChecksReport(inputs.optionalString('checks-report'));
  if (!policyFile && roles.length === 0 && asksPeople) {
    checkMinimum(approvers, minimumApprovals, 'minimum-approvals');
    if (riskTier === 'critical')
      checkMinimum(approvers, requiredApprovals(minimumApprovals, riskTier), 'risk-tier');
  }
  const environment = inputs.string('environment', { default: '' });
  const version = inputs.string('version', { default: '' });
  for (const [name, value] of [
    ['environment', environment],
    ['version', version],
  ] as const)
    if (value.length > 200 || /[\n\r]/.test(value))
      throw new InputError(
        name,
        'is longer than 200 characters or spans lines',
        'one short line such as production',
      );
  const issueNumber = inputs.optionalNumber('issue-number', { min: 1 });
  if (issueNumber !== undefined && !Number.isInteger(issueNumber))
    throw new InputError(
      'issue-number',
      `'${issueNumber}' is not a whole number`,
      'an issue number such as 42',
    );
  const cap = timeoutCap(mode, runnerEnvironment);
  const timeoutMs = inputs.duration('timeout', { default: cap.default, minMs: 1000, maxMs: 35 * 86_400_000 });
  // Capped, not refused: a longer wait could never be honoured, and stopping at the cap closes the
  // issue cleanly instead of the job being killed (or the run becoming impossible to re-run).
  const cappedMs = Math.min(timeoutMs, cap.ms);
  const timeoutNote =
    cappedMs < timeoutMs
      ? `timeout ${inputs.string('timeout')} is longer than ${cap.why}: capped to ${cap.text}`
      : undefined;
  const pollIntervalMs = inputs.duration('poll-interval', { default: '10s', minMs: 1000, maxMs: 3_600_000 });
  if (pollIntervalMs >= timeoutMs)
    throw new InputError(
      'poll-interval',
      'is not shorter than the timeout',
      'a duration shorter than timeout, such as 10s',
    );
  const allowSelfApproval = inputs.boolean('allow-self-approval', { default: false });
  const issueTitle = inputs.optionalString('issue-title');
  const issueBody = inputs.optionalString('issue-body');
  const labels = inputs.list('labels', { default: ['deployment-approval'] });
  for (const label of labels)
    if (!LABEL.test(label))
      throw new InputError(
        'labels',
        `'${label}' is not a label`,
        'labels separated by commas, such as deployment-approval',
      );
  const current = `${context.repository.owner}/${context.repository.repo}`;
  const issueRepository = inputs.repository('repository', { default: current });
  // With app-id the gate mints its own token (app-auth.ts); github-token is then not used.
  const token = inputs.has('app-id')
    ? (inputs.optionalString('github-token') ?? '')
    : inputs.string('github-token', { expected: 'a GitHub token such as ${{ github.token }}' });
  if (mode === 'evaluate' && issueNumber === undefined && issueNumberFromEvent(context.event) === undefined)
    throw new InputError(
      'issue-number',
      'is empty and the event carries no issue',
      'an issue_comment or issues event, or an issue number such as 42',
    );

  // The commit deployed, which is the one approved: a pull request's head or an explicit ref is not
  // GITHUB_SHA (deploy.yml passes the commit it checks out, checks and records).
  const shaInput = inputs.optionalString('sha');
  if (shaInput !== undefined && !/^[0-9a-f]{40}$/i.test(shaInput))
    throw new InputError(
      'sha',
      `'${shaInput}' is not a full commit SHA`,
      'the 40 hexadecimal characters of the commit deployed, such as 9fceb02d0ae598e95dc970b74767f19372d61af8',
    );
  const sha = (shaInput ?? context.sha).toLowerCase();

  const emergencyReason = inputs.optionalString('emergency-reason');
  if (emergencyReason !== undefined) {
    if (emergencyReason.length > 500 || /[\n\r]/.test(emergencyReason))
      throw new InputError(
        'emergency-reason',
        'is longer than 500 characters or spans lines',
        'one line saying why, such as "checkout errors since 1.4.2"',
      );
    if (mode === 'evaluate')
      throw new InputError('emergency-reason', 'is for wait and request mode', 'empty in evaluate mode');
    // Only the policy on the default branch may let an emergency skip approval: never an input.
    if (!policyFile)
      throw new InputError(
        'emergency-reason',
        'needs policy-file, whose rule for the environment says who may skip approval in an emergency',
        'policy-file naming a policy with `emergency: { skip-approval: true, by: [octo-org/sre-oncall] }`',
      );
  }

  const pullRequest = context.event.pull_request as { user?: { login?: string } } | undefined;
  const requesters = [context.actor, context.triggeringActor, pullRequest?.user?.login]
    .filter((login): login is string => !!login)
    .map((login) => login.toLowerCase());
  const binding: RequestBinding = {
    v: 1,
    repository: current,
    sha,
    ...(sha !== context.sha.toLowerCase() ? { runSha: context.sha } : {}),
    environment,
    version,
    runId: context.runId,
    runAttempt: context.runAttempt,
    requester: context.actor.toLowerCase(),
    requesters: [...new Set(requesters)].sort(),
  };
  return {
    mode,
    approvers,
    minimumApprovals,
    roles,
    reactions,
    checksReport,
    riskTier,
    autoApproveTiers,
    policyFile,
    emergencyReason,
    expectedSha: shaInput?.toLowerCase(),
    environment,
    version,
    issueNumber,
    timeoutMs: cappedMs,
    timeoutNote,
    pollIntervalMs,
    allowSelfApproval,
    issueTitle,
    issueBody,
    labels,
    issueRepository,
    token,
    binding,
  };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The longest timeout a mode can honour. Wait mode holds the job: a GitHub-hosted job runs at most
 * 6 hours, a self-hosted one at most 5 days (the cap keeps a margin for the job's other steps)
 * (https://docs.github.com/en/actions/reference/limits#existing-system-limits), and the gate keeps a
 * margin to close the issue. Request and evaluate modes resume by re-running the run, which GitHub
 * allows only within 30 days of its start
 * (https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-workflow-runs/re-running-workflows-and-jobs).
 */
export function timeoutCap(mode: Mode, runnerEnvironment: string | undefined) {
  if (mode !== 'wait')
    return {
      ms: 30 * DAY,
      default: '24h',
      text: '30d',
      example: '7d',
      why: 'the 30 days within which GitHub re-runs a run',
    };
  if (runnerEnvironment === 'self-hosted')
    return {
      ms: 5 * DAY - HOUR,
      default: '24h',
      text: '4d23h',
      example: '24h',
      why: 'the 5-day job limit of self-hosted runners',
    };
  return {
    ms: 6 * HOUR - 10 * 60_000,
    default: '5h',
    text: '5h50m',
    example: '5h',
    why: 'the 6-hour job limit of GitHub-hosted runners (wait mode holds the job; use mode request for longer waits)',
  };
}

export function issueNumberFromEvent(event: Record<string, unknown>): number | undefined {
  const issue = event.issue as { number?: unknown } | undefined;
  return typeof issue?.number === 'number' ? issue.number : undefined;
}
