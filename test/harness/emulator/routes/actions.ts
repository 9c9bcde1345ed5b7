import { notFound, repoFor, type RouteTable } from '../route.js';

/** Workflow dispatches and re-runs are recorded for tests to inspect; runs are seeded. */

export const actions: RouteTable = {
  'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches': (ctx) => {
    const repo = repoFor(ctx, 'write');
    ctx.state.dispatches.push({
      repo: repo.fullName,
      workflow: ctx.params.workflow_id,
      ref: ctx.body.ref,
      inputs: ctx.body.inputs ?? {},
    });
    return { status: 204 };
  },

  'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const run = repo.workflowRuns.get(Number(ctx.params.run_id));
    if (!run) throw notFound();
    ctx.state.reruns.push({ repo: repo.fullName, runId: run.id });
    return { status: 201, body: {} };
  },

  'GET /repos/{owner}/{repo}/actions/runs/{run_id}': (ctx) => {
    const repo = repoFor(ctx);
    const run = repo.workflowRuns.get(Number(ctx.params.run_id));
    if (!run) throw notFound();
    return { status: 200, body: ctx.render.workflowRun(repo, run) };
  },
};
