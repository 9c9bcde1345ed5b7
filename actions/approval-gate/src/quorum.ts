import { parseCommand } from './command.js';

/** The request as the decision sees it. */
export interface QuorumRequest {
  /**
   * When the request was opened (the issue's created_at): earlier comments never count. GitHub's
   * timestamps have one-second resolution, so a comment in the same second as the issue counts: it is
   * on the issue, so it cannot have been posted before it.
   */
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
  /** Sign-offs needed per role (`{security: 1}`); each approver counts for one role at most. */
  roles?: Readonly<Record<string, number>>;
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

/**
 * A reaction on the request issue, as the API returns it. 👍 (`+1`) approves and 👎 (`-1`) denies when
 * reactions are enabled. Reactions cannot be edited, only removed: only those present count.
 */
export interface ReactionFacts {
  id: number;
  userId: number;
  login: string;
  userType: string;
  content: string;
  createdAt: string;
  /** Where a person sees it: the issue. */
  url: string;
}

/** What is known about a commenter when the decision is taken. */
export interface ApproverFacts {
  /** Listed among the approvers, directly or through a team. */
  listed: boolean;
  /** Has write, maintain or admin permission on the repository. */
  canWrite: boolean;
  /** The roles the person holds (directly or through a team), when the rule has roles. */
  roles?: readonly string[];
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
  /** The comment's id, or the reaction's id when `via` is `reaction`. */
  commentId: number;
  via: 'comment' | 'reaction';
  at: string;
  url: string;
  reason: string;
  /** The role this approval signs off for, when the rule has roles. */
  role?: string;
}

export interface Verdict {
  decision: 'approved' | 'denied' | 'pending';
  approvals: Vote[];
  denials: Vote[];
  ignored: { comment: CommentFacts; why: IgnoredWhy }[];
  /** Commands in comments edited after creation: the gate asks for a fresh comment. */
  edited: CommentFacts[];
  /** Per role: sign-offs needed and the approvers counted for it (empty without roles). */
  roles: { role: string; needed: number; by: string[] }[];
  reason: string;
}

const time = (iso: string) => Date.parse(iso);

/** The comments and reactions carrying a command that pass every check needing no API call. */
export function commandCandidates(
  request: QuorumRequest,
  comments: CommentFacts[],
  reactions: ReactionFacts[] = [],
): CommentFacts[] {
  return screen(request, comments, reactions).candidates;
}

type Candidate = CommentFacts & { command: 'approve' | 'deny'; reason: string; via: Vote['via'] };

/** A reaction as a command: 👍 approves, 👎 denies, anything else is no command. */
function reactionCommand(reaction: ReactionFacts): CommentFacts & { command?: 'approve' | 'deny' } {
  const command = reaction.content === '+1' ? 'approve' : reaction.content === '-1' ? 'deny' : undefined;
  return {
    id: reaction.id,
    userId: reaction.userId,
    login: reaction.login,
    userType: reaction.userType,
    body: '',
    createdAt: reaction.createdAt,
    updatedAt: reaction.createdAt,
    url: reaction.url,
    command,
  };
}

function screen(request: QuorumRequest, comments: CommentFacts[], reactions: ReactionFacts[]) {
  const requesters = new Set(request.requesters.map((login) => login.toLowerCase()));
  const ignored: Verdict['ignored'] = [];
  const edited: CommentFacts[] = [];
  const candidates: Candidate[] = [];
  const items = [
    ...comments.map((comment) => ({ comment, via: 'comment' as const, parsed: parseCommand(comment.body) })),
    ...reactions.map((reaction) => {
      const { command, ...comment } = reactionCommand(reaction);
      return {
        comment,
        via: 'reaction' as const,
        parsed: command ? { kind: command, reason: '' } : { kind: 'none' as const },
      };
    }),
  ].sort(
    (a, b) =>
      time(a.comment.createdAt) - time(b.comment.createdAt) ||
      (a.via === b.via ? a.comment.id - b.comment.id : a.via === 'comment' ? -1 : 1),
  );
  for (const { comment, via, parsed: command } of items) {
    if (comment.userId === request.gateUserId) continue;
    if (command.kind === 'none') continue;
    if (comment.userType.toLowerCase() === 'bot') ignored.push({ comment, why: 'bot' });
    else if (!(time(comment.createdAt) >= time(request.createdAt)))
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
    else candidates.push({ ...comment, command: command.kind, reason: command.reason, via });
  }
  return { ignored, edited, candidates };
}

/**
 * Assigns approvers to role slots, each approver to one slot at most (maximum bipartite matching by
 * augmenting paths: an earlier approver may move to another role they hold to free a slot). Returns
 * the role of each assigned approver's user id.
 */
export function assignRoles(
  roles: Readonly<Record<string, number>>,
  approvers: { userId: number; roles: readonly string[] }[],
): Map<number, string> {
  const slots = Object.keys(roles)
    .sort()
    .flatMap((role) => Array.from({ length: roles[role] }, () => role));
  const holderOf: (number | undefined)[] = slots.map(() => undefined);
  const tryAssign = (approver: number, visited: Set<number>): boolean => {
    for (let slot = 0; slot < slots.length; slot++) {
      if (visited.has(slot) || !approvers[approver].roles.includes(slots[slot])) continue;
      visited.add(slot);
      const current = holderOf[slot];
      if (current === undefined || tryAssign(current, visited)) {
        holderOf[slot] = approver;
        return true;
      }
    }
    return false;
  };
  for (let approver = 0; approver < approvers.length; approver++) tryAssign(approver, new Set());
  const result = new Map<number, string>();
  holderOf.forEach((approver, slot) => {
    if (approver !== undefined) result.set(approvers[approver].userId, slots[slot]);
  });
  return result;
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
  reactions: ReactionFacts[] = [],
): Verdict {
  const { ignored, edited, candidates } = screen(request, comments, reactions);
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
      via: comment.via,
      at: comment.createdAt,
      url: comment.url,
      reason: comment.reason,
    };
    const votes = comment.command === 'deny' ? denials : approvals;
    if (!votes.has(comment.userId)) votes.set(comment.userId, vote);
  }
  const roles = request.roles ?? {};
  const assigned = assignRoles(
    roles,
    [...approvals.values()].map((vote) => ({
      userId: vote.userId,
      roles: facts.get(vote.login.toLowerCase())?.roles ?? [],
    })),
  );
  for (const vote of approvals.values()) vote.role = assigned.get(vote.userId);
  const roleRows = Object.keys(roles)
    .sort()
    .map((role) => ({
      role,
      needed: roles[role],
      by: [...approvals.values()].filter((vote) => vote.role === role).map((vote) => vote.login),
    }));
  const missing = roleRows.filter((row) => row.by.length < row.needed);
  const verdict = {
    approvals: [...approvals.values()],
    denials: [...denials.values()],
    ignored,
    edited,
    roles: roleRows,
  };
  if (denials.size > 0) {
    const first = verdict.denials[0];
    return {
      ...verdict,
      decision: 'denied',
      reason: `denied by ${verdict.denials.map((v) => v.login).join(', ')}${first.reason ? `: ${first.reason}` : ''}`,
    };
  }
  const rolesText = roleRows.length
    ? `; roles: ${roleRows.map((row) => `${row.role} ${Math.min(row.by.length, row.needed)} of ${row.needed}`).join(', ')}`
    : '';
  if (approvals.size >= request.minimumApprovals && missing.length === 0)
    return {
      ...verdict,
      decision: 'approved',
      reason: `approved by ${verdict.approvals.map((v) => v.login).join(', ')} (${approvals.size} of ${request.minimumApprovals} needed${rolesText})`,
    };
  return {
    ...verdict,
    decision: 'pending',
    reason: `${approvals.size} of ${request.minimumApprovals} approvals so far${rolesText}`,
  };
}
