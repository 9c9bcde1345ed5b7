import { InputError, type ActionContext, type Inputs } from '@shipgate/core';
import { checkMinimum, parseApprovers, type Approver } from './approvers.js';
import type { RequestBinding } from './request-binding.js';

export const RISK_TIERS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskTier = (typeof RISK_TIERS)[number];
export const MODES = ['wait', 'request', 'evaluate'] as const;
export type Mode = (typeof MODES)[number];

export interface Settings {
  mode: Mode;
  approvers: Approver[];
  minimumApprovals: number;
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
  /** This run's request. */
  binding: RequestBinding;
}

/** A critical deployment needs two people, whatever minimum-approvals says. */
export function requiredApprovals(minimum: number, tier: RiskTier): number {
  return tier === 'critical' ? Math.max(2, minimum) : minimum;
}

const LABEL = /^[^,\n]{1,50}$/;

/** Reads and validates every input before any side effect; errors name the input. */
export function readSettings(inputs: Inputs, context: ActionContext): Settings {
  const mode = inputs.enum('mode', MODES, { default: 'wait' });
  const policyFile = inputs.optionalString('policy-file');
  const approvers = parseApprovers(inputs.list('approvers', { min: policyFile ? 0 : 1 }), 'approvers');
  const riskTier = inputs.enum('risk-tier', RISK_TIERS, { default: 'high' });
  const minimumApprovals = inputs.integer('minimum-approvals', { default: 1, min: 1 });
  if (!policyFile) {
    checkMinimum(approvers, minimumApprovals, 'minimum-approvals');
    if (riskTier === 'critical')
      checkMinimum(approvers, requiredApprovals(minimumApprovals, riskTier), 'risk-tier');
  }
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
  const timeoutMs = inputs.duration('timeout', { default: '24h', minMs: 1000, maxMs: 35 * 86_400_000 });
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
  const token = inputs.string('github-token', { expected: 'a GitHub token such as ${{ github.token }}' });
  if (mode === 'evaluate' && issueNumber === undefined && issueNumberFromEvent(context.event) === undefined)
    throw new InputError(
      'issue-number',
      'is empty and the event carries no issue',
      'an issue_comment or issues event, or an issue number such as 42',
    );

  const pullRequest = context.event.pull_request as { user?: { login?: string } } | undefined;
  const requesters = [context.actor, context.triggeringActor, pullRequest?.user?.login]
    .filter((login): login is string => !!login)
    .map((login) => login.toLowerCase());
  const binding: RequestBinding = {
    v: 1,
    repository: current,
    sha: context.sha,
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
    riskTier,
    autoApproveTiers,
    policyFile,
    environment,
    version,
    issueNumber,
    timeoutMs,
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

export function issueNumberFromEvent(event: Record<string, unknown>): number | undefined {
  const issue = event.issue as { number?: unknown } | undefined;
  return typeof issue?.number === 'number' ? issue.number : undefined;
}
