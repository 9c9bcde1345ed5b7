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

/**
 * A `pull_request` (or `pull_request_target`) payload for a pull request from `head` into `base`,
 * with the fields workflows read: the pull request's number, head and base (ref, sha, repo), its
 * labels, and for `labeled`/`unlabeled` the label that changed. A pull request from a fork has a
 * head repository other than the base one.
 * https://docs.github.com/en/webhooks/webhook-events-and-payloads#pull_request
 */
export function pullRequestPayload(fields: {
  action: string;
  number: number;
  title: string;
  author: string;
  sender: string;
  base: { repo: string; ref: string; sha: string };
  head: { repo: string; ref: string; sha: string };
  labels?: string[];
  /** The label added or removed (action labeled / unlabeled). */
  label?: string;
}) {
  const user = (login: string) => ({ login, type: /\[bot\]$/.test(login) ? 'Bot' : 'User' });
  const repository = (fullName: string) => {
    const [owner, name] = fullName.split('/');
    return { full_name: fullName, name, owner: user(owner), fork: fullName !== fields.base.repo };
  };
  const label = (name: string) => ({ name, color: 'ededed', default: false });
  const web = `https://github.com/${fields.base.repo}/pull/${fields.number}`;
  return {
    action: fields.action,
    number: fields.number,
    pull_request: {
      number: fields.number,
      title: fields.title,
      state: 'open',
      draft: false,
      merged: false,
      html_url: web,
      user: user(fields.author),
      labels: (fields.labels ?? []).map(label),
      head: {
        label: `${fields.head.repo.split('/')[0]}:${fields.head.ref}`,
        ref: fields.head.ref,
        sha: fields.head.sha,
        repo: repository(fields.head.repo),
        user: user(fields.head.repo.split('/')[0]),
      },
      base: {
        label: `${fields.base.repo.split('/')[0]}:${fields.base.ref}`,
        ref: fields.base.ref,
        sha: fields.base.sha,
        repo: repository(fields.base.repo),
        user: user(fields.base.repo.split('/')[0]),
      },
    },
    ...(fields.label !== undefined ? { label: label(fields.label) } : {}),
    repository: repository(fields.base.repo),
    sender: user(fields.sender),
  };
}
