import {
  HttpError,
  listResult,
  notFound,
  repoFor,
  type RouteContext,
  type RouteTable,
  canAct,
} from '../route.js';
import type { Comment, EmulatorState, Repo } from '../state.js';
import { issueCommentPayload } from '../events.js';
import { addReaction, issueOf } from './issues.js';

/** Issue comments and their reactions. */

export function createComment(
  state: EmulatorState,
  repo: Repo,
  issueNumber: number,
  fields: { user: string; body: string; createdAt?: number },
): Comment {
  const issue = repo.issues.get(issueNumber);
  if (!issue) throw new Error(`emulator: ${repo.fullName} has no issue #${issueNumber}`);
  const at = fields.createdAt ?? state.now();
  const comment: Comment = {
    id: state.id(),
    issueNumber,
    user: state.user(fields.user).login,
    body: fields.body,
    createdAt: at,
    updatedAt: at,
    reactions: [],
  };
  repo.comments.set(comment.id, comment);
  issue.updatedAt = Math.max(issue.updatedAt, at);
  return comment;
}

/**
 * When an edit is stamped: now, but at least a second after the last change, so an edit is visible
 * in GitHub's second-resolution timestamps even under a clock that stands still.
 */
export function editedAt(state: EmulatorState, comment: Comment): number {
  return Math.max(state.now(), comment.updatedAt + 1000);
}

function commentOf(ctx: RouteContext, repo: Repo): Comment {
  const comment = repo.comments.get(Number(ctx.params.comment_id));
  if (!comment) throw notFound();
  return comment;
}

/** Authors manage their own comments; others need write access. */
function mayChange(ctx: RouteContext, repo: Repo, comment: Comment): void {
  if (comment.user.toLowerCase() !== ctx.user.login.toLowerCase() && !canAct(ctx, repo, 'write'))
    throw new HttpError(403, 'Resource not accessible by integration');
}

export const comments: RouteTable = {
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': (ctx) => {
    const repo = repoFor(ctx);
    const issue = issueOf(ctx, repo);
    const since = ctx.query.since ? Date.parse(ctx.query.since) : undefined;
    const list = [...repo.comments.values()]
      .filter((c) => c.issueNumber === issue.number)
      .filter((c) => since === undefined || c.updatedAt >= since)
      .sort((a, b) => a.id - b.id);
    return listResult(ctx, list, (c) => ctx.render.comment(repo, c));
  },

  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (ctx) => {
    const repo = repoFor(ctx);
    const issue = issueOf(ctx, repo);
    if (issue.locked && !canAct(ctx, repo, 'write'))
      throw new HttpError(403, 'Unable to create comment because issue is locked.');
    const comment = createComment(ctx.state, repo, issue.number, {
      user: ctx.user.login,
      body: ctx.body.body,
    });
    ctx.emit(
      'issue_comment',
      'created',
      issueCommentPayload(ctx.render, repo, issue, comment, ctx.user.login, 'created'),
    );
    return {
      status: 201,
      body: ctx.render.comment(repo, comment),
      headers: { location: `${ctx.render.api}/repos/${repo.fullName}/issues/comments/${comment.id}` },
    };
  },

  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => {
    const repo = repoFor(ctx);
    return { status: 200, body: ctx.render.comment(repo, commentOf(ctx, repo)) };
  },

  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => {
    const repo = repoFor(ctx);
    const comment = commentOf(ctx, repo);
    mayChange(ctx, repo, comment);
    comment.body = ctx.body.body;
    comment.updatedAt = editedAt(ctx.state, comment);
    const issue = repo.issues.get(comment.issueNumber)!;
    ctx.emit(
      'issue_comment',
      'edited',
      issueCommentPayload(ctx.render, repo, issue, comment, ctx.user.login, 'edited'),
    );
    return { status: 200, body: ctx.render.comment(repo, comment) };
  },

  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => {
    const repo = repoFor(ctx);
    const comment = commentOf(ctx, repo);
    mayChange(ctx, repo, comment);
    repo.comments.delete(comment.id);
    const issue = repo.issues.get(comment.issueNumber)!;
    ctx.emit(
      'issue_comment',
      'deleted',
      issueCommentPayload(ctx.render, repo, issue, comment, ctx.user.login, 'deleted'),
    );
    return { status: 204 };
  },

  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': (ctx) => {
    const repo = repoFor(ctx);
    const list = commentOf(ctx, repo).reactions.filter(
      (r) => !ctx.query.content || r.content === ctx.query.content,
    );
    return listResult(ctx, list, (r) => ctx.render.reaction(r));
  },

  'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': (ctx) => {
    const repo = repoFor(ctx);
    return addReaction(ctx, commentOf(ctx, repo).reactions);
  },
};
