import { ApproverDirectory } from './approvers.js';
import { editedReply } from './issue-text.js';
import { commandCandidates, decide, type QuorumRequest, type Verdict } from './quorum.js';
import {
  readEditedReply,
  recordedDecision,
  verifyRequest,
  type DecisionRecord,
  type RequestBinding,
} from './request-binding.js';
import { commentFacts, gateComments, issueFacts, type RequestIssue, type Snapshot } from './request-issue.js';

/** Where a request stands, read from one snapshot of its issue. */
export type RequestState =
  | { kind: 'not-a-request'; problem: string }
  | { kind: 'tampered'; problem: string }
  | { kind: 'other-request'; binding: RequestBinding }
  | { kind: 'recorded'; record: DecisionRecord; binding: RequestBinding; digest: string }
  | { kind: 'closed'; by: string; binding: RequestBinding; digest: string }
  | { kind: 'open'; verdict: Verdict; binding: RequestBinding; digest: string };

export interface JudgeContext {
  gateUserId: number;
  /** This run's expectation: a digest to match exactly, a predicate, or nothing (evaluate mode). */
  accepts?: (binding: RequestBinding, digest: string) => boolean;
  directory: ApproverDirectory;
  minimumApprovals: number;
  allowSelfApproval: boolean;
  /** A request expires this long after it was opened (the `timeout` input). */
  timeoutMs: number;
}

/**
 * Verifies a snapshot (fail closed on any sign of tampering) and decides it. Approver facts are read
 * now, at decision time, only for the commenters whose commands passed the checks needing no API.
 */
export async function judge(snapshot: Snapshot, context: JudgeContext): Promise<RequestState> {
  const issue = issueFacts(snapshot.issue);
  const comments = gateComments(snapshot.comments);
  const verification = verifyRequest(issue, comments, context.gateUserId);
  if (!verification.ok)
    return verification.tampered
      ? { kind: 'tampered', problem: verification.problem }
      : { kind: 'not-a-request', problem: verification.problem };
  const { binding, digest } = verification;
  if (context.accepts && !context.accepts(binding, digest)) return { kind: 'other-request', binding };
  const record = recordedDecision(issue, comments, digest);
  if (record) return { kind: 'recorded', record, binding, digest };
  if (snapshot.issue.state === 'closed')
    return { kind: 'closed', by: snapshot.issue.closed_by?.login ?? 'someone', binding, digest };
  const request: QuorumRequest = {
    createdAt: snapshot.issue.created_at,
    gateUserId: context.gateUserId,
    requesters: binding.requesters,
    allowSelfApproval: context.allowSelfApproval,
    minimumApprovals: context.minimumApprovals,
    expiresAt: new Date(Date.parse(snapshot.issue.created_at) + context.timeoutMs).toISOString(),
  };
  const all = commentFacts(snapshot.comments);
  const candidates = commandCandidates(request, all);
  const facts = await context.directory.facts(candidates.map((c) => c.login));
  return { kind: 'open', verdict: decide(request, all, facts), binding, digest };
}

/** Replies once to each edited command, asking for a fresh comment. Returns how many replies it posted. */
export async function replyToEdited(
  issue: RequestIssue,
  snapshot: Snapshot,
  verdict: Verdict,
  gateUserId: number,
  alreadyReplied: Set<number>,
): Promise<number> {
  for (const comment of snapshot.comments) {
    const replied = comment.user?.id === gateUserId ? readEditedReply(comment.body) : undefined;
    if (replied !== undefined) alreadyReplied.add(replied);
  }
  let posted = 0;
  for (const comment of verdict.edited) {
    if (alreadyReplied.has(comment.id)) continue;
    alreadyReplied.add(comment.id);
    await issue.comment(editedReply(comment.login, comment.id, comment.url));
    posted++;
  }
  return posted;
}
