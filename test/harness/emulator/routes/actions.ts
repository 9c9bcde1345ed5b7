import { rerunRules } from '../rules.js';
import { HttpError, notFound, repoFor, type RouteContext, type RouteTable } from '../route.js';

/**
 * Workflow runs, re-runs and dispatches. Runs are seeded (or kept current by the Actions engine);
 * re-runs and dispatches are recorded for tests and delivered to the engine's listeners.
 */

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

  'GET /repos/{owner}/{repo}/actions/runs/{run_id}': (ctx) => {
    const repo = repoFor(ctx);
    const run = repo.workflowRuns.get(Number(ctx.params.run_id));
    if (!run) throw notFound();
    return { status: 200, body: ctx.render.workflowRun(repo, run) };
  },
};
