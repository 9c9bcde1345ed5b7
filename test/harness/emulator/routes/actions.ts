import { rerunRules } from '../rules.js';
import type { WorkflowJob } from '../state.js';
import { HttpError, notFound, paginate, repoFor, type RouteContext, type RouteTable } from '../route.js';

/**
 * Workflow runs, re-runs and dispatches. Runs are seeded (or kept current by the Actions engine);
 * re-runs and dispatches are recorded for tests and delivered to the engine's listeners.
 */

/**
 * The jobs of one attempt of a run, paginated. Without an attempt GitHub lists the latest attempt's
 * jobs (`filter=latest`, the default) or every attempt's (`filter=all`).
 * https://docs.github.com/en/rest/actions/workflow-jobs#list-jobs-for-a-workflow-run
 */
function listJobs(ctx: RouteContext, attempt: number | undefined) {
  const repo = repoFor(ctx);
  const run = repo.workflowRuns.get(Number(ctx.params.run_id));
  if (!run) throw notFound();
  if (attempt !== undefined && (attempt < 1 || attempt > run.runAttempt)) throw notFound();
  const attempts = run.jobs ?? new Map<number, WorkflowJob[]>();
  const jobs =
    attempt !== undefined
      ? (attempts.get(attempt) ?? [])
      : ctx.query.filter === 'all'
        ? [...attempts.entries()].sort(([a], [b]) => a - b).flatMap(([, list]) => list)
        : (attempts.get(run.runAttempt) ?? []);
  const { items, headers } = paginate(ctx, jobs);
  return {
    status: 200,
    body: { total_count: jobs.length, jobs: items.map((job) => ctx.render.workflowJob(repo, run, job)) },
    headers,
  };
}

function rerun(ctx: RouteContext, failedOnly: boolean) {
  const repo = repoFor(ctx, 'write');
  const run = repo.workflowRuns.get(Number(ctx.params.run_id));
  if (!run) throw notFound();
  // GitHub refuses a re-run while any job of the run is still going.
  if (run.status !== 'completed')
    throw new HttpError(403, 'This workflow is already running', { documentation_url: rerunRules.docs });
  if (ctx.state.now() - run.createdAt > rerunRules.maxAgeMs)
    throw new HttpError(403, 'Unable to re-run this workflow run because it was created over a month ago', {
      documentation_url: rerunRules.docs,
    });
  // "A workflow run can be re-run a maximum of 50 times": attempt 51 is the last. GitHub records a
  // further attempt as a failed check suite; the emulator refuses it, which a caller sees the same way.
  if (run.runAttempt > rerunRules.maxAttempts)
    throw new HttpError(
      403,
      `This workflow run has been re-run the maximum of ${rerunRules.maxAttempts} times`,
      {
        documentation_url: rerunRules.docs,
      },
    );
  ctx.state.reruns.push({ repo: repo.fullName, runId: run.id });
  const request = { repo: repo.fullName, runId: run.id, failedOnly, by: ctx.user.login };
  for (const listener of ctx.state.rerunListeners) setImmediate(() => listener(request));
  return { status: 201, body: {} };
}

export const actions: RouteTable = {
  'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const dispatch = {
      repo: repo.fullName,
      workflow: ctx.params.workflow_id,
      ref: ctx.body.ref,
      inputs: ctx.body.inputs ?? {},
    };
    ctx.state.dispatches.push(dispatch);
    ctx.emit('workflow_dispatch', undefined, {
      inputs: dispatch.inputs,
      ref: `refs/heads/${String(dispatch.ref).replace(/^refs\/heads\//, '')}`,
      workflow: String(dispatch.workflow),
      repository: ctx.render.repository(repo),
      sender: ctx.render.simpleUser(ctx.user.login),
    });
    return { status: 204 };
  },

  // https://docs.github.com/en/rest/repos/repos#create-a-repository-dispatch-event
  'POST /repos/{owner}/{repo}/dispatches': (ctx) => {
    const repo = repoFor(ctx, 'write');
    ctx.emit('repository_dispatch', String(ctx.body.event_type), {
      action: String(ctx.body.event_type),
      branch: repo.defaultBranch,
      client_payload: ctx.body.client_payload ?? {},
      repository: ctx.render.repository(repo),
      sender: ctx.render.simpleUser(ctx.user.login),
    });
    return { status: 204 };
  },

  'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs': (ctx) => rerun(ctx, true),
  'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun': (ctx) => rerun(ctx, false),

  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs': (ctx) => listJobs(ctx, undefined),
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs': (ctx) =>
    listJobs(ctx, Number(ctx.params.attempt_number)),

  'GET /repos/{owner}/{repo}/actions/runs/{run_id}': (ctx) => {
    const repo = repoFor(ctx);
    const run = repo.workflowRuns.get(Number(ctx.params.run_id));
    if (!run) throw notFound();
    return { status: 200, body: ctx.render.workflowRun(repo, run) };
  },
};
