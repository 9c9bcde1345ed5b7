import type { Renderer } from './render.js';
import type { Comment, Issue, Repo } from './state.js';

/**
 * Webhook payloads, shaped as GitHub sends them to workflows (`github.event`): the object, the
 * repository and the sender. https://docs.github.com/en/webhooks/webhook-events-and-payloads
 */

export function issuesPayload(render: Renderer, repo: Repo, issue: Issue, sender: string, action: string) {
  return {
    action,
    issue: render.issue(repo, issue),
    repository: render.repository(repo),
    sender: render.simpleUser(sender),
  };
}

export function issueCommentPayload(
  render: Renderer,
  repo: Repo,
  issue: Issue,
  comment: Comment,
  sender: string,
  action: 'created' | 'edited' | 'deleted',
) {
  return { ...issuesPayload(render, repo, issue, sender, action), comment: render.comment(repo, comment) };
}

export function pushPayload(
  render: Renderer,
  repo: Repo,
  ref: string,
  before: string,
  after: string,
  sender: string,
) {
  const zero = '0'.repeat(40);
  return {
    ref,
    before,
    after,
    created: before === zero,
    deleted: after === zero,
    forced: false,
    repository: render.repository(repo),
    pusher: { name: sender, email: `${sender}@users.noreply.github.com` },
    sender: render.simpleUser(sender),
  };
}
