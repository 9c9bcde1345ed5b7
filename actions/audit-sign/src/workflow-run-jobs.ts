import { errorMessage, statusOf, type GitHubClient } from '@shipgate/core';
import type { DraftInput, WorkflowJobTimes } from './record-draft.js';

/**
 * The jobs of the attempt a workflow_run event reports, every page of them (the event itself carries
 * the run's conclusion but not its jobs). A token that may not read the run (it lacks actions: read)
 * is a configuration the record states, with the reason, rather than a record lost; any other API
 * error fails the step, so a re-run can record the jobs instead of leaving them out.
 * https://docs.github.com/en/rest/actions/workflow-jobs#list-jobs-for-a-workflow-run-attempt
 */
export async function workflowRunJobs(
  client: GitHubClient | undefined,
  repository: { owner: string; repo: string },
  runId: number,
  attempt: number,
): Promise<NonNullable<DraftInput['workflowJobs']>> {
  const where = `run ${runId} attempt ${attempt} of ${repository.owner}/${repository.repo}`;
  if (!client) return { jobs: [], unavailable: `no github-token to read the jobs of ${where}` };
  try {
    const jobs = await client.listAll<WorkflowJobTimes>(
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
      { ...repository, run_id: runId, attempt_number: attempt },
    );
    return { jobs, unavailable: '' };
  } catch (error) {
    const status = statusOf(error);
    // A 403 for a rate limit is not a refusal: it fails, like any other error, for a re-run.
    const refused =
      (status === 403 && !/rate limit/i.test(errorMessage(error))) || status === 401 || status === 404;
    if (refused)
      return {
        jobs: [],
        unavailable:
          `cannot read the jobs of ${where} (${errorMessage(error)}); ` +
          `the github-token needs actions: read on ${repository.owner}/${repository.repo}`,
      };
    throw error;
  }
}
