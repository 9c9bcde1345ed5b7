import { editedReply, factsBlock } from './issue-text.js';
import { commandCandidates, decide, type ApproverFacts, type QuorumRequest, type Verdict } from './quorum.js';
import {
  bindingDigest,
  readEditedReply,
  readRequestKey,
  readRequestMarker,
  type RequestBinding,
} from './request-binding.js';
import {
  commentFacts,
  issueFacts,
  reactionFacts,
  type RequestIssue,
  type Snapshot,
} from './request-issue.js';

/**
 * Where a request stands, re-derived from one snapshot of its issue. Nothing the gate's identity wrote
 * (a decision record, a summary, an edited-reply marker) is read as a decision: the verdict always
 * comes from the people's comments and reactions present now.
 */
export type RequestState =
  | { kind: 'not-a-request'; problem: string }
  | { kind: 'tampered'; problem: string }
  | { kind: 'other-request'; binding: RequestBinding }
  /** A verdict from the comments and reactions; `closedBy` when the issue is already closed. */
  | { kind: 'open'; verdict: Verdict; binding: RequestBinding; digest: string; closedBy?: string }
  /** Closed before any decision by approvers. */
  | {
      kind: 'closed';
      by: string;
      byGate: boolean;
      verdict: Verdict;
      binding: RequestBinding;
      digest: string;
    };

/** Looks up approver facts at decision time (ApproverDirectory, or a fake in tests). */
export interface FactsSource {
  facts(logins: string[]): Promise<Map<string, ApproverFacts>>;
}

export interface JudgeContext {
  gateUserId: number;
  /** This run's expectation of the binding (its own request key), or nothing (evaluate mode). */
  accepts?: (binding: RequestBinding) => boolean;
  /** The exact title and body this run wrote (wait mode, kept in memory): any difference is tampering. */
  wrote?: { title: string; body: string };
  serverUrl: string;
  directory: FactsSource;
  minimumApprovals: number;
  roles?: Readonly<Record<string, number>>;
  allowSelfApproval: boolean;
  /** Requesters known from facts (this run's context, the run record), besides the binding's. */
  requesters?: string[];
  /** A request expires this long after it was opened (the `timeout` input). */
  timeoutMs: number;
}

/** Checks the issue is a request whose table shows its binding; never trusts a seal or a record. */
export function verifyRequest(
  snapshot: Snapshot,
  context: Pick<JudgeContext, 'gateUserId' | 'wrote' | 'serverUrl'>,
): { ok: true; binding: RequestBinding } | { ok: false; tampered: boolean; problem: string } {
  const issue = issueFacts(snapshot.issue);
  const binding = readRequestMarker(issue.body);
  if (!binding)
    return {
      ok: false,
      tampered: readRequestKey(issue.body) !== undefined,
      problem: 'the issue is not a shipgate approval request (no request binding in its body)',
    };
  if (issue.authorId !== context.gateUserId)
    return { ok: false, tampered: true, problem: "the issue was not opened by the gate's identity" };
  // The gate never edits a request's body: an edit is someone else's, in every mode.
  if (snapshot.bodyEditedAt)
    return {
      ok: false,
      tampered: true,
      problem: `the issue body was edited after the request (last edited ${snapshot.bodyEditedAt})`,
    };
  if (context.wrote) {
    if (issue.title !== context.wrote.title)
      return { ok: false, tampered: true, problem: 'the issue title was edited after the request' };
    if (issue.body.replace(/\r\n?/g, '\n') !== context.wrote.body)
      return { ok: false, tampered: true, problem: 'the issue body was edited after the request' };
  } else if (!issue.body.replace(/\r\n?/g, '\n').includes(factsBlock(binding, context.serverUrl)))
    return {
      ok: false,
      tampered: true,
      problem: 'the table in the issue body does not show the request it binds (edited?)',
    };
  return { ok: true, binding };
}

/** Votes count until the request expires, or until it was closed if that was earlier. */
function expiry(snapshot: Snapshot, timeoutMs: number): string {
  const expires = Date.parse(snapshot.issue.created_at) + timeoutMs;
  const closed =
    snapshot.issue.state === 'closed' && snapshot.issue.closed_at
      ? Date.parse(snapshot.issue.closed_at)
      : Infinity;
  return new Date(Math.min(expires, closed)).toISOString();
}

/**
 * Verifies a snapshot (fail closed on any sign of tampering) and decides it from the people's
 * comments and reactions. Approver facts are read now, at decision time, only for the people whose
 * commands passed the checks needing no API.
 */
export async function judge(snapshot: Snapshot, context: JudgeContext): Promise<RequestState> {
  const verification = verifyRequest(snapshot, context);
  if (!verification.ok)
    return verification.tampered
      ? { kind: 'tampered', problem: verification.problem }
      : { kind: 'not-a-request', problem: verification.problem };
  const { binding } = verification;
  const digest = bindingDigest(binding);
  if (context.accepts && !context.accepts(binding)) return { kind: 'other-request', binding };
  const request: QuorumRequest = {
    createdAt: snapshot.issue.created_at,
    gateUserId: context.gateUserId,
    requesters: [...new Set([...binding.requesters, ...(context.requesters ?? [])])],
    allowSelfApproval: context.allowSelfApproval,
    minimumApprovals: context.minimumApprovals,
    roles: context.roles,
    expiresAt: expiry(snapshot, context.timeoutMs),
  };
  const comments = commentFacts(snapshot.comments);
  const reactions = reactionFacts(snapshot.reactions ?? [], snapshot.issue.html_url);
  const candidates = commandCandidates(request, comments, reactions);
  const facts = await context.directory.facts(candidates.map((c) => c.login));
  const verdict = decide(request, comments, facts, reactions);
  if (snapshot.issue.state === 'closed') {
    const closer = snapshot.issue.closed_by;
    if (verdict.decision === 'pending')
      return {
        kind: 'closed',
        by: closer?.login ?? 'someone',
        byGate: closer?.id === context.gateUserId,
        verdict,
        binding,
        digest,
      };
    return { kind: 'open', verdict, binding, digest, closedBy: closer?.login ?? 'someone' };
  }
  return { kind: 'open', verdict, binding, digest };
}

/**
 * Replies once to each edited command, asking for a fresh comment. The gate's earlier replies are read
 * only to avoid replying twice (a forged marker can at most suppress a reply, never count a vote).
 */
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
