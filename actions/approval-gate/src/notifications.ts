import type { NotifyEvent } from '@shipgate/core';
import type { RequestBinding } from './request-binding.js';

const what = (binding: RequestBinding) =>
  [binding.environment || 'deployment', binding.version].filter(Boolean).join(' ');

/** "Approval requested": sent once, when this run opens the request issue. */
export function requestedEvent(
  binding: RequestBinding,
  issue: { number: number; url: string },
  needed: { minimumApprovals: number; approvers: string[] },
): NotifyEvent {
  return {
    kind: 'approval-requested',
    title: `Approval requested: ${what(binding)}`,
    text: `${needed.minimumApprovals} approval(s) needed from ${needed.approvers.join(', ') || 'the policy file'}: comment /approve or /deny on issue #${issue.number}.`,
    tone: 'info',
    environment: binding.environment || undefined,
    version: binding.version || undefined,
    outcome: 'pending',
    who: binding.requester || undefined,
    links: { issue: issue.url || undefined },
  };
}

const TONES = { approved: 'good', 'auto-approved': 'good', denied: 'bad', 'timed-out': 'warning' } as const;

/** "Approval decided": sent when a decision is recorded now (not again by a later attempt that reads it). */
export function decidedEvent(
  binding: RequestBinding,
  decision: keyof typeof TONES,
  outcome: { reason: string; approvedBy: string[]; deniedBy: string[]; issueUrl: string },
): NotifyEvent {
  const who = decision === 'denied' ? outcome.deniedBy : outcome.approvedBy;
  return {
    kind: 'approval-decided',
    title: `Approval ${decision}: ${what(binding)}`,
    text: outcome.reason,
    tone: TONES[decision],
    environment: binding.environment || undefined,
    version: binding.version || undefined,
    outcome: decision,
    who: who.join(', ') || undefined,
    facts: binding.requester ? [{ name: 'Requested by', value: binding.requester }] : [],
    links: { issue: outcome.issueUrl || undefined },
  };
}

/** Which outcomes are announced: a decision recorded by this run, or an automatic approval. */
export function announcedDecision(
  decision: string,
  record: string | undefined,
): keyof typeof TONES | undefined {
  if (decision === 'auto-approved') return decision;
  if (record && record === decision && decision in TONES) return decision as keyof typeof TONES;
  return undefined;
}
