import { parseCommand } from './command.js';

/** The request as the decision sees it. */
export interface QuorumRequest {
  /** When the request was opened (the issue's created_at): only later comments count. */
  createdAt: string;
  /** The gate's own identity (the request issue's author): its comments are never commands. */
  gateUserId: number;
  /** Logins that requested the deployment (actor, triggering actor, PR author), any case. */
  requesters: string[];
  allowSelfApproval: boolean;
  /** Distinct approvers needed. */
  minimumApprovals: number;
  /** When the request expires (created + timeout): later comments do not count. */
  expiresAt?: string;
}

/** A comment as the API returns it, reduced to what the decision needs. */
export interface CommentFacts {
  id: number;
  userId: number;
  login: string;
  /** `User`, `Bot` or `Organization`. */
  userType: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  url: string;
}

/** What is known about a commenter when the decision is taken. */
export interface ApproverFacts {
  /** Listed among the approvers, directly or through a team. */
  listed: boolean;
  /** Has write, maintain or admin permission on the repository. */
  canWrite: boolean;
}

export type IgnoredWhy =
  | 'bot'
  | 'before-request'
  | 'after-expiry'
  | 'edited'
  | 'self-approval'
  | 'not-an-approver'
  | 'no-write-permission';

export interface Vote {
  login: string;
  userId: number;
  commentId: number;
  at: string;
  url: string;
  reason: string;
}

export interface Verdict {
  decision: 'approved' | 'denied' | 'pending';
  approvals: Vote[];
  denials: Vote[];
  ignored: { comment: CommentFacts; why: IgnoredWhy }[];
  /** Commands in comments edited after creation: the gate asks for a fresh comment. */
  edited: CommentFacts[];
  reason: string;
}

const time = (iso: string) => Date.parse(iso);

function chronological(comments: CommentFacts[]): CommentFacts[] {
  return [...comments].sort((a, b) => time(a.createdAt) - time(b.createdAt) || a.id - b.id);
}

/** The comments carrying a command that pass every check needing no API call: whose facts to fetch. */
export function commandCandidates(request: QuorumRequest, comments: CommentFacts[]): CommentFacts[] {
  return screen(request, comments).candidates;
}

function screen(request: QuorumRequest, comments: CommentFacts[]) {
  const requesters = new Set(request.requesters.map((login) => login.toLowerCase()));
  const ignored: Verdict['ignored'] = [];
  const edited: CommentFacts[] = [];
  const candidates: (CommentFacts & { command: 'approve' | 'deny'; reason: string })[] = [];
  for (const comment of chronological(comments)) {
    if (comment.userId === request.gateUserId) continue;
    const command = parseCommand(comment.body);
    if (command.kind === 'none') continue;
    if (comment.userType.toLowerCase() === 'bot') ignored.push({ comment, why: 'bot' });
    else if (!(time(comment.createdAt) > time(request.createdAt)))
      ignored.push({ comment, why: 'before-request' });
    else if (request.expiresAt !== undefined && time(comment.createdAt) > time(request.expiresAt))
      ignored.push({ comment, why: 'after-expiry' });
    else if (time(comment.updatedAt) !== time(comment.createdAt)) {
      ignored.push({ comment, why: 'edited' });
      edited.push(comment);
    } else if (
      command.kind === 'approve' &&
      !request.allowSelfApproval &&
      requesters.has(comment.login.toLowerCase())
    )
      ignored.push({ comment, why: 'self-approval' });
    else candidates.push({ ...comment, command: command.kind, reason: command.reason });
  }
  return { ignored, edited, candidates };
}

/**
 * The decision on a request from its comments and the facts about the commenters. Pure: the same
 * data always gives the same verdict. A valid /deny from an approver denies, even after approvals;
 * otherwise the request is approved once `minimumApprovals` distinct approvers (by user id) approved.
 * A commenter with no facts is not an approver (fail closed).
 */
export function decide(
  request: QuorumRequest,
  comments: CommentFacts[],
  facts: ReadonlyMap<string, ApproverFacts>,
): Verdict {
  const { ignored, edited, candidates } = screen(request, comments);
  const approvals = new Map<number, Vote>();
  const denials = new Map<number, Vote>();
  for (const comment of candidates) {
    const known = facts.get(comment.login.toLowerCase());
    if (!known?.listed) {
      ignored.push({ comment, why: 'not-an-approver' });
      continue;
    }
    if (!known.canWrite) {
      ignored.push({ comment, why: 'no-write-permission' });
      continue;
    }
    const vote: Vote = {
      login: comment.login,
      userId: comment.userId,
      commentId: comment.id,
      at: comment.createdAt,
      url: comment.url,
      reason: comment.reason,
    };
    const votes = comment.command === 'deny' ? denials : approvals;
    if (!votes.has(comment.userId)) votes.set(comment.userId, vote);
  }
  const verdict = {
    approvals: [...approvals.values()],
    denials: [...denials.values()],
    ignored,
    edited,
  };
  if (denials.size > 0) {
    const first = verdict.denials[0];
    return {
      ...verdict,
      decision: 'denied',
      reason: `denied by ${verdict.denials.map((v) => v.login).join(', ')}${first.reason ? `: ${first.reason}` : ''}`,
    };
  }
  if (approvals.size >= request.minimumApprovals)
    return {
      ...verdict,
      decision: 'approved',
      reason: `approved by ${verdict.approvals.map((v) => v.login).join(', ')} (${approvals.size} of ${request.minimumApprovals} needed)`,
    };
  return {
    ...verdict,
    decision: 'pending',
    reason: `${approvals.size} of ${request.minimumApprovals} approvals so far`,
  };
}
