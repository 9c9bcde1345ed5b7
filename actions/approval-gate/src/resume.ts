import { errorMessage, statusOf, type Clock, type GitHubClient } from '@shipgate/core';
import type { RequestBinding } from './request-binding.js';
import { readRun } from './run-record.js';

/**
 * GitHub re-runs a run only when it has completed, within 30 days of its start, and fewer than 50
 * times; a refusal because the run is still finishing (the deploy job just failed on `pending`) is
 * retried until it completes.
 * https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-workflow-runs/re-running-workflows-and-jobs
 * https://docs.github.com/en/rest/actions/workflow-runs#re-run-failed-jobs-from-a-workflow-run
 */
export const RERUN_DAYS = 30;
export const MAX_ATTEMPTS = 50;

export async function resumeRun(
  client: GitHubClient,
  binding: RequestBinding,
  options: {
    clock: Clock;
    signal: AbortSignal;
    log: (line: string) => void;
    waitMs?: number;
    everyMs?: number;
  },
): Promise<{ ok: boolean; message: string }> {
  const [owner, repo] = binding.repository.split('/');
  const name = `run ${binding.runId}`;
  const deadline = options.clock.now() + (options.waitMs ?? 5 * 60_000);
  const byHand = 're-run its failed jobs by hand';
  let refused = 0;
  for (;;) {
    let run;
    try {
      run = await readRun(client, binding);
    } catch (error) {
      return { ok: false, message: `reading ${name} failed (${errorMessage(error)}): ${byHand}` };
    }
    if (!run) return { ok: false, message: `${name} does not exist any more: nothing to re-run` };
    const started = Date.parse(run.run_started_at ?? run.created_at);
    if (options.clock.now() - started > RERUN_DAYS * 86_400_000)
      return {
        ok: false,
        message: `${name} started more than ${RERUN_DAYS} days ago: GitHub no longer re-runs it; start a new deployment`,
      };
    if ((run.run_attempt ?? 1) >= MAX_ATTEMPTS)
      return {
        ok: false,
        message: `${name} has had ${run.run_attempt} attempts, GitHub's limit: start a new deployment`,
      };
    if (run.status === 'completed') {
      try {
        await client.api.request('POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs', {
          owner,
          repo,
          run_id: Number(binding.runId),
        });
        options.log(`re-running the failed jobs of ${name} in ${binding.repository}`);
        return { ok: true, message: `re-running the failed jobs of ${name}` };
      } catch (error) {
        // A 403 while the run is finishing: read it again and retry once; anything else is final.
        if ((statusOf(error) !== 403 && statusOf(error) !== 409) || refused++ > 0)
          return { ok: false, message: `re-running ${name} failed (${errorMessage(error)}): ${byHand}` };
        options.log(`re-running ${name} refused (${errorMessage(error)}); retrying`);
      }
    } else options.log(`${name} is ${run.status}: waiting for it to complete before re-running it`);
    if (options.clock.now() >= deadline)
      return {
        ok: false,
        message: `${name} did not complete in time to be re-run (${run.status}): ${byHand}`,
      };
    await options.clock.sleep(options.everyMs ?? 10_000, options.signal);
  }
}
