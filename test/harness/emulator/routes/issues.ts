import {
  HttpError,
  listResult,
  notFound,
  repoFor,
  type RouteContext,
  type RouteTable,
  canAct,
} from '../route.js';
import { issuesPayload } from '../events.js';
import type { EmulatorState, Issue, IssueEvent, Label, Reaction, Repo } from '../state.js';

/** Issues, their labels, assignees, locks and reactions. */

export function issueOf(ctx: RouteContext, repo: Repo): Issue {
  const issue = repo.issues.get(Number(ctx.params.issue_number));
  if (!issue) throw notFound();
  return issue;
}

/** The label, created on first use as GitHub does when labelling an issue. */
export function ensureLabel(state: EmulatorState, repo: Repo, name: string): Label {
  const key = name.toLowerCase();
  let label = repo.labels.get(key);
  if (!label) {
    label = { id: state.id(), name, color: 'ededed', description: null };
    repo.labels.set(key, label);
  }
  return label;
}

/** Label names from any of the shapes the labels endpoints accept. */
function labelNames(input: unknown): string[] {
  const list = Array.isArray(input) ? input : ((input as { labels?: unknown[] } | undefined)?.labels ?? []);
  return list.map((l) => (typeof l === 'string' ? l : String((l as { name: string }).name)));
}

function setLabels(ctx: RouteContext, repo: Repo, issue: Issue, names: string[]): void {
  issue.labels = [...new Set(names.map((n) => ensureLabel(ctx.state, repo, n).name))];
}

function checkUsers(ctx: RouteContext, logins: string[]): void {
  for (const login of logins)
    if (!ctx.state.users.has(login.toLowerCase()))
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'Issue', field: 'assignees', code: 'invalid', value: login }],
      });
}

/** The issue author may edit their own issue; anyone else needs triage. */
function mayEdit(ctx: RouteContext, repo: Repo, issue: Issue): void {
  if (issue.user.toLowerCase() !== ctx.user.login.toLowerCase() && !canAct(ctx, repo, 'triage'))
    throw new HttpError(403, 'Resource not accessible by integration');
}

/** Records an issue event as GitHub lists it (comments are not events: they never change this list). */
function recordEvent(
  ctx: RouteContext,
  issue: Issue,
  event: IssueEvent['event'],
  extra: Partial<IssueEvent> = {},
): void {
  issue.events.push({
    id: ctx.state.id(),
    event,
    actor: ctx.user.login,
    createdAt: ctx.state.now(),
    ...extra,
  });
}

export function addReaction(ctx: RouteContext, reactions: Reaction[]): { status: number; body: unknown } {
  const existing = reactions.find((r) => r.user === ctx.user.login && r.content === ctx.body.content);
  if (existing) return { status: 200, body: ctx.render.reaction(existing) };
  const reaction: Reaction = {
    id: ctx.state.id(),
    user: ctx.user.login,
    content: ctx.body.content,
    createdAt: ctx.state.now(),
  };
  reactions.push(reaction);
  return { status: 201, body: ctx.render.reaction(reaction) };
}

export function createIssue(
  state: EmulatorState,
  repo: Repo,
  fields: { title: string; body?: string | null; user: string; labels?: string[]; assignees?: string[] },
): Issue {
  const now = state.now();
  const issue: Issue = {
    id: state.id(),
    number: repo.nextIssueNumber++,
    title: fields.title,
    body: fields.body ?? null,
    user: state.user(fields.user).login,
    state: 'open',
    stateReason: null,
    labels: [],
    assignees: fields.assignees ?? [],
    locked: false,
    lockReason: null,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    closedBy: null,
    reactions: [],
    bodyEditedAt: null,
    events: [],
  };
  issue.labels = [...new Set((fields.labels ?? []).map((n) => ensureLabel(state, repo, n).name))];
  repo.issues.set(issue.number, issue);
  return issue;
}

export const issues: RouteTable = {
  'POST /repos/{owner}/{repo}/issues': (ctx) => {
    const repo = repoFor(ctx);
    const { title, body, labels, assignees, assignee } = ctx.body;
    const logins: string[] = [...(assignees ?? []), ...(assignee ? [assignee] : [])];
    checkUsers(ctx, logins);
    // Without triage access GitHub silently drops labels and assignees.
    const triage = canAct(ctx, repo, 'triage');
    const issue = createIssue(ctx.state, repo, {
      title: String(title),
      body,
      user: ctx.user.login,
      labels: triage ? labelNames(labels) : [],
      assignees: triage ? logins : [],
    });
    ctx.emit('issues', 'opened', issuesPayload(ctx.render, repo, issue, ctx.user.login, 'opened'));
    return {
      status: 201,
      body: ctx.render.issue(repo, issue),
      headers: { location: `${ctx.render.api}/repos/${repo.fullName}/issues/${issue.number}` },
    };
  },

  'GET /repos/{owner}/{repo}/issues': (ctx) => {
    const repo = repoFor(ctx);
    const q = ctx.query;
    const state = q.state ?? 'open';
    const wanted = q.labels
      ? String(q.labels)
          .split(',')
          .map((l) => l.trim().toLowerCase())
      : [];
    const since = q.since ? Date.parse(q.since) : undefined;
    const key = q.sort === 'updated' ? 'updatedAt' : 'createdAt';
    const list = [...repo.issues.values()]
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
      .filter((i) => !q.creator || i.user.toLowerCase() === String(q.creator).toLowerCase())
      .filter((i) => matchesAssignee(i, q.assignee))
      .filter((i) => since === undefined || i.updatedAt >= since)
      .sort((a, b) => {
        const order =
          q.sort === 'comments'
            ? commentCount(repo, a) - commentCount(repo, b)
            : a[key] - b[key] || a.number - b.number;
        return q.direction === 'asc' ? order : -order;
      });
    return listResult(ctx, list, (i) => ctx.render.issue(repo, i));
  },

  'GET /repos/{owner}/{repo}/issues/{issue_number}': (ctx) => {
    const repo = repoFor(ctx);
    return { status: 200, body: ctx.render.issue(repo, issueOf(ctx, repo)) };
  },

  'PATCH /repos/{owner}/{repo}/issues/{issue_number}': (ctx) => {
    const repo = repoFor(ctx);
    const issue = issueOf(ctx, repo);
    mayEdit(ctx, repo, issue);
    const b = ctx.body;
    const wasOpen = issue.state === 'open';
    const labelsBefore = issue.labels;
    if (b.title !== undefined && b.title !== null && String(b.title) !== issue.title) {
      recordEvent(ctx, issue, 'renamed', { rename: { from: issue.title, to: String(b.title) } });
      issue.title = String(b.title);
    }
    if (b.body !== undefined && b.body !== issue.body) {
      issue.body = b.body;
      issue.bodyEditedAt = ctx.state.now();
    }
    if (b.labels !== undefined) setLabels(ctx, repo, issue, labelNames(b.labels));
    if (b.assignees !== undefined) {
      checkUsers(ctx, b.assignees);
      issue.assignees = b.assignees;
    }
    if (b.state === 'closed' && issue.state === 'open') {
      issue.state = 'closed';
      issue.closedAt = ctx.state.now();
      issue.closedBy = ctx.user.login;
      issue.stateReason = b.state_reason ?? 'completed';
    } else if (b.state === 'open' && issue.state === 'closed') {
      issue.state = 'open';
      issue.closedAt = null;
      issue.closedBy = null;
      issue.stateReason = 'reopened';
    } else if (b.state_reason !== undefined && b.state === undefined) {
      issue.stateReason = b.state_reason;
    }
    for (const label of issue.labels.filter((l) => !labelsBefore.includes(l)))
      recordEvent(ctx, issue, 'labeled', { label });
    for (const label of labelsBefore.filter((l) => !issue.labels.includes(l)))
      recordEvent(ctx, issue, 'unlabeled', { label });
    if (wasOpen && issue.state === 'closed')
      recordEvent(ctx, issue, 'closed', { stateReason: issue.stateReason });
    if (!wasOpen && issue.state === 'open') recordEvent(ctx, issue, 'reopened', { stateReason: 'reopened' });
    issue.updatedAt = ctx.state.now();
    const action =
      wasOpen && issue.state === 'closed'
        ? 'closed'
        : !wasOpen && issue.state === 'open'
          ? 'reopened'
          : 'edited';
    ctx.emit('issues', action, issuesPayload(ctx.render, repo, issue, ctx.user.login, action));
    return { status: 200, body: ctx.render.issue(repo, issue) };
  },

  'PUT /repos/{owner}/{repo}/issues/{issue_number}/lock': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const issue = issueOf(ctx, repo);
    issue.locked = true;
    issue.lockReason = ctx.body?.lock_reason ?? null;
    recordEvent(ctx, issue, 'locked', { lockReason: issue.lockReason });
    issue.updatedAt = ctx.state.now();
    ctx.emit('issues', 'locked', issuesPayload(ctx.render, repo, issue, ctx.user.login, 'locked'));
    return { status: 204 };
  },

  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const issue = issueOf(ctx, repo);
    issue.locked = false;
    issue.lockReason = null;
    recordEvent(ctx, issue, 'unlocked');
    issue.updatedAt = ctx.state.now();
    return { status: 204 };
  },

  'GET /repos/{owner}/{repo}/labels': (ctx) => {
    const repo = repoFor(ctx);
    return listResult(ctx, [...repo.labels.values()], (l) => ctx.render.label(repo, l));
  },

  'POST /repos/{owner}/{repo}/labels': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const name = String(ctx.body.name);
    if (repo.labels.has(name.toLowerCase()))
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
      });
    const label = ensureLabel(ctx.state, repo, name);
    label.color = String(ctx.body.color ?? 'ededed').replace(/^#/, '');
    label.description = ctx.body.description ?? null;
    return { status: 201, body: ctx.render.label(repo, label) };
  },

  'GET /repos/{owner}/{repo}/labels/{name}': (ctx) => {
    const repo = repoFor(ctx);
    const label = repo.labels.get(String(ctx.params.name).toLowerCase());
    if (!label) throw notFound();
    return { status: 200, body: ctx.render.label(repo, label) };
  },

  'GET /repos/{owner}/{repo}/issues/{issue_number}/labels': (ctx) => {
    const repo = repoFor(ctx);
    const issue = issueOf(ctx, repo);
    return listResult(ctx, issue.labels, (n) => ctx.render.label(repo, repo.labels.get(n.toLowerCase())!));
  },

  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': (ctx) => {
    const repo = repoFor(ctx, 'triage');
    const issue = issueOf(ctx, repo);
    const before = issue.labels;
    setLabels(ctx, repo, issue, [...issue.labels, ...labelNames(ctx.body)]);
    for (const label of issue.labels.filter((l) => !before.includes(l)))
      recordEvent(ctx, issue, 'labeled', { label });
    issue.updatedAt = ctx.state.now();
    ctx.emit('issues', 'labeled', issuesPayload(ctx.render, repo, issue, ctx.user.login, 'labeled'));
    return {
      status: 200,
      body: issue.labels.map((n) => ctx.render.label(repo, repo.labels.get(n.toLowerCase())!)),
    };
  },

  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}': (ctx) => {
    const repo = repoFor(ctx, 'triage');
    const issue = issueOf(ctx, repo);
    const name = String(ctx.params.name).toLowerCase();
    if (!issue.labels.some((l) => l.toLowerCase() === name)) throw new HttpError(404, 'Label does not exist');
    for (const label of issue.labels.filter((l) => l.toLowerCase() === name))
      recordEvent(ctx, issue, 'unlabeled', { label });
    issue.labels = issue.labels.filter((l) => l.toLowerCase() !== name);
    issue.updatedAt = ctx.state.now();
    return {
      status: 200,
      body: issue.labels.map((n) => ctx.render.label(repo, repo.labels.get(n.toLowerCase())!)),
    };
  },

  'POST /repos/{owner}/{repo}/issues/{issue_number}/assignees': (ctx) => {
    const repo = repoFor(ctx);
    const issue = issueOf(ctx, repo);
    const wanted: string[] = ctx.body?.assignees ?? [];
    // GitHub ignores assignees the caller may not set instead of failing.
    if (canAct(ctx, repo, 'triage')) {
      const valid = wanted.filter((l) => ctx.state.users.has(l.toLowerCase()));
      issue.assignees = [...new Set([...issue.assignees, ...valid])];
      issue.updatedAt = ctx.state.now();
    }
    return { status: 201, body: ctx.render.issue(repo, issue) };
  },

  // https://docs.github.com/en/rest/issues/events#list-issue-events
  'GET /repos/{owner}/{repo}/issues/{issue_number}/events': (ctx) => {
    const repo = repoFor(ctx);
    const issue = issueOf(ctx, repo);
    return listResult(ctx, issue.events, (e) => ctx.render.issueEvent(repo, issue, e));
  },

  'GET /repos/{owner}/{repo}/issues/{issue_number}/reactions': (ctx) => {
    const repo = repoFor(ctx);
    const issue = issueOf(ctx, repo);
    const list = issue.reactions.filter((r) => !ctx.query.content || r.content === ctx.query.content);
    return listResult(ctx, list, (r) => ctx.render.reaction(r));
  },

  'POST /repos/{owner}/{repo}/issues/{issue_number}/reactions': (ctx) => {
    const repo = repoFor(ctx);
    return addReaction(ctx, issueOf(ctx, repo).reactions);
  },
};

function commentCount(repo: Repo, issue: Issue): number {
  let n = 0;
  for (const c of repo.comments.values()) if (c.issueNumber === issue.number) n++;
  return n;
}

function matchesAssignee(issue: Issue, filter: string | undefined): boolean {
  if (!filter) return true;
  if (filter === '*') return issue.assignees.length > 0;
  if (filter === 'none') return issue.assignees.length === 0;
  return issue.assignees.some((a) => a.toLowerCase() === filter.toLowerCase());
}
