import { HttpError, byId, listResult, repoFor, type RouteTable } from '../route.js';
import type { Deployment, DeploymentStatus } from '../state.js';
import { latestStatuses } from './checks.js';

/**
 * Deployments and their statuses. Like GitHub, creating a deployment verifies commit statuses: every
 * context named in `required_contexts` (all contexts when it is omitted) must be successful. Not
 * modelled: auto_merge of the default branch.
 */

export const deployments: RouteTable = {
  'POST /repos/{owner}/{repo}/deployments': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const b = ctx.body;
    const sha = ctx.state.resolveRef(repo, String(b.ref));
    if (!sha) throw new HttpError(422, `No ref found for: ${b.ref}`);
    const latest = latestStatuses(repo, sha);
    const required: string[] = b.required_contexts ?? latest.map((s) => s.context);
    const failing = required.filter((c) => !latest.some((s) => s.context === c && s.state === 'success'));
    if (failing.length > 0)
      throw new HttpError(409, `Conflict: Commit status checks failed for ${b.ref}.`, {
        errors: [{ resource: 'Deployment', field: 'required_contexts', code: 'invalid', contexts: failing }],
      });
    const now = ctx.state.now();
    const environment = b.environment ?? 'production';
    const deployment: Deployment = {
      id: ctx.state.id(),
      sha,
      ref: String(b.ref),
      task: b.task ?? 'deploy',
      environment,
      originalEnvironment: environment,
      description: b.description ?? null,
      payload: typeof b.payload === 'string' ? safeJson(b.payload) : (b.payload ?? {}),
      creator: ctx.user.login,
      transient: b.transient_environment ?? false,
      production: b.production_environment ?? environment === 'production',
      createdAt: now,
      updatedAt: now,
      statuses: [],
    };
    repo.deployments.push(deployment);
    return { status: 201, body: ctx.render.deployment(repo, deployment) };
  },

  'GET /repos/{owner}/{repo}/deployments': (ctx) => {
    const repo = repoFor(ctx);
    const q = ctx.query;
    const list = repo.deployments
      .filter((d) => !q.environment || d.environment === q.environment)
      .filter((d) => !q.sha || d.sha === q.sha)
      .filter((d) => !q.ref || d.ref === q.ref)
      .filter((d) => !q.task || d.task === q.task)
      .sort((a, b) => b.id - a.id);
    return listResult(ctx, list, (d) => ctx.render.deployment(repo, d));
  },

  'GET /repos/{owner}/{repo}/deployments/{deployment_id}': (ctx) => {
    const repo = repoFor(ctx);
    return {
      status: 200,
      body: ctx.render.deployment(repo, byId(repo.deployments, ctx.params.deployment_id)),
    };
  },

  'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': (ctx) => {
    const repo = repoFor(ctx);
    const d = byId(repo.deployments, ctx.params.deployment_id);
    const list = [...d.statuses].sort((a, b) => b.id - a.id);
    return listResult(ctx, list, (s) => ctx.render.deploymentStatus(repo, d, s));
  },

  'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const d = byId(repo.deployments, ctx.params.deployment_id);
    const b = ctx.body;
    const now = ctx.state.now();
    const status: DeploymentStatus = {
      id: ctx.state.id(),
      state: b.state,
      creator: ctx.user.login,
      description: b.description ?? '',
      environment: b.environment ?? d.environment,
      targetUrl: b.target_url ?? b.log_url ?? '',
      logUrl: b.log_url ?? b.target_url ?? '',
      environmentUrl: b.environment_url ?? '',
      createdAt: now,
    };
    d.statuses.push(status);
    d.environment = status.environment;
    d.updatedAt = now;
    // A successful deployment makes older non-transient ones in its environment inactive (auto_inactive).
    if (b.state === 'success' && b.auto_inactive !== false) {
      for (const other of repo.deployments) {
        if (other === d || other.environment !== d.environment || other.transient) continue;
        const last = other.statuses.at(-1);
        if (last && last.state !== 'inactive')
          other.statuses.push({ ...last, id: ctx.state.id(), state: 'inactive', createdAt: now });
      }
    }
    return { status: 201, body: ctx.render.deploymentStatus(repo, d, status) };
  },
};

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
