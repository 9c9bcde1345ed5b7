import {
  HttpError,
  listResult,
  paginate,
  repoFor,
  byId,
  type RouteContext,
  type RouteTable,
} from '../route.js';
import type { CheckRun, CommitStatus, EmulatorState, Repo } from '../state.js';

/** Check runs and commit statuses. */

export function createCheckRun(
  state: EmulatorState,
  repo: Repo,
  fields: {
    name: string;
    headSha: string;
    status?: CheckRun['status'];
    conclusion?: string | null;
    app?: string;
    detailsUrl?: string | null;
    externalId?: string | null;
    output?: Partial<CheckRun['output']>;
  },
): CheckRun {
  const now = state.now();
  // Giving a conclusion completes the run, as on GitHub.
  const status = fields.conclusion ? 'completed' : (fields.status ?? 'queued');
  const run: CheckRun = {
    id: state.id(),
    name: fields.name,
    headSha: fields.headSha,
    status,
    conclusion: fields.conclusion ?? null,
    app: fields.app ?? 'github-actions',
    startedAt: now,
    completedAt: status === 'completed' ? now : null,
    detailsUrl: fields.detailsUrl ?? null,
    externalId: fields.externalId ?? '',
    output: { title: null, summary: null, text: null, ...fields.output },
  };
  repo.checkRuns.push(run);
  return run;
}

export function updateCheckRun(
  state: EmulatorState,
  run: CheckRun,
  fields: { status?: string; conclusion?: string | null },
): void {
  if (fields.conclusion) {
    run.conclusion = fields.conclusion;
    run.status = 'completed';
  } else if (fields.status) {
    run.status = fields.status as CheckRun['status'];
  }
  if (run.status === 'completed') run.completedAt ??= state.now();
}

/** Check runs and statuses may be attached to any sha, even one the emulator holds no commit for. */
function shaOf(ctx: RouteContext, repo: Repo): string {
  const ref = String(ctx.params.ref);
  const sha = ctx.state.resolveRef(repo, ref) ?? (/^[0-9a-f]{40}$/.test(ref) ? ref : undefined);
  if (!sha) throw new HttpError(422, `No commit found for SHA: ${ref}`);
  return sha;
}

/** The latest status of each context, newest first. */
export function latestStatuses(repo: Repo, sha: string): CommitStatus[] {
  const latest = new Map<string, CommitStatus>();
  for (const s of repo.statuses.filter((s) => s.sha === sha).sort((a, b) => b.id - a.id))
    if (!latest.has(s.context)) latest.set(s.context, s);
  return [...latest.values()];
}

export function combinedState(statuses: CommitStatus[]): string {
  if (statuses.some((s) => s.state === 'error' || s.state === 'failure')) return 'failure';
  if (statuses.length === 0 || statuses.some((s) => s.state === 'pending')) return 'pending';
  return 'success';
}

export const checks: RouteTable = {
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': (ctx) => {
    const repo = repoFor(ctx);
    const sha = shaOf(ctx, repo);
    const q = ctx.query;
    let runs = repo.checkRuns
      .filter((r) => r.headSha === sha)
      .filter((r) => !q.check_name || r.name === q.check_name)
      .filter((r) => !q.status || r.status === q.status)
      .sort((a, b) => b.id - a.id);
    if ((q.filter ?? 'latest') === 'latest') {
      const seen = new Set<string>();
      runs = runs.filter((r) => !seen.has(r.name) && seen.add(r.name));
    }
    const { items, headers } = paginate(ctx, runs);
    return {
      status: 200,
      body: { total_count: runs.length, check_runs: items.map((r) => ctx.render.checkRun(repo, r)) },
      headers,
    };
  },

  'POST /repos/{owner}/{repo}/check-runs': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const b = ctx.body;
    const run = createCheckRun(ctx.state, repo, {
      name: b.name,
      headSha: b.head_sha,
      status: b.status,
      conclusion: b.conclusion,
      app: ctx.user.type === 'Bot' ? ctx.user.login.replace(/\[bot\]$/, '') : 'github-actions',
      detailsUrl: b.details_url,
      externalId: b.external_id,
      output: b.output,
    });
    return { status: 201, body: ctx.render.checkRun(repo, run) };
  },

  'GET /repos/{owner}/{repo}/check-runs/{check_run_id}': (ctx) => {
    const repo = repoFor(ctx);
    return { status: 200, body: ctx.render.checkRun(repo, byId(repo.checkRuns, ctx.params.check_run_id)) };
  },

  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const run = byId(repo.checkRuns, ctx.params.check_run_id);
    const b = ctx.body;
    if (b.name) run.name = b.name;
    if (b.details_url !== undefined) run.detailsUrl = b.details_url;
    if (b.output) run.output = { ...run.output, ...b.output };
    updateCheckRun(ctx.state, run, { status: b.status, conclusion: b.conclusion });
    return { status: 200, body: ctx.render.checkRun(repo, run) };
  },

  'POST /repos/{owner}/{repo}/statuses/{sha}': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const b = ctx.body;
    const now = ctx.state.now();
    const status: CommitStatus = {
      id: ctx.state.id(),
      sha: String(ctx.params.sha),
      state: b.state,
      context: b.context ?? 'default',
      description: b.description ?? null,
      targetUrl: b.target_url ?? null,
      creator: ctx.user.login,
      createdAt: now,
      updatedAt: now,
    };
    repo.statuses.push(status);
    return { status: 201, body: ctx.render.status(repo, status) };
  },

  'GET /repos/{owner}/{repo}/commits/{ref}/statuses': (ctx) => {
    const repo = repoFor(ctx);
    const sha = shaOf(ctx, repo);
    const list = repo.statuses.filter((s) => s.sha === sha).sort((a, b) => b.id - a.id);
    return listResult(ctx, list, (s) => ctx.render.status(repo, s));
  },

  'GET /repos/{owner}/{repo}/commits/{ref}/status': (ctx) => {
    const repo = repoFor(ctx);
    const sha = shaOf(ctx, repo);
    const latest = latestStatuses(repo, sha);
    const { items, headers } = paginate(ctx, latest);
    const { permissions: _, ...repository } = ctx.render.repository(repo, ctx.user.login) as Record<
      string,
      unknown
    >;
    return {
      status: 200,
      body: {
        state: combinedState(latest),
        // Combined statuses leave out the creator.
        statuses: items.map((s) => {
          const { creator: _, ...status } = ctx.render.status(repo, s);
          return status;
        }),
        sha,
        total_count: latest.length,
        repository,
        commit_url: `${ctx.render.api}/repos/${repo.fullName}/commits/${sha}`,
        url: `${ctx.render.api}/repos/${repo.fullName}/commits/${sha}/status`,
      },
      headers,
    };
  },
};
