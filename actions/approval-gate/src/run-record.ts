import { statusOf, type GitHubClient } from '@shipgate/core';
import type { RequestBinding } from './request-binding.js';

/**
 * The workflow run a request names, as GitHub records it. A writer's workflow can write any text into
 * an issue as the gate's shared identity, but cannot change this record: the commit a run is for, who
 * started it, when it was created.
 * https://docs.github.com/en/rest/actions/workflow-runs#get-a-workflow-run
 */
export interface RunRecord {
  id: number;
  head_sha: string;
  path?: string;
  event: string;
  status: string | null;
  conclusion: string | null;
  run_attempt?: number;
  created_at: string;
  run_started_at?: string;
  html_url: string;
  actor?: { login: string } | null;
  triggering_actor?: { login: string } | null;
}

/** The run, or undefined when it does not exist (404). */
export async function readRun(client: GitHubClient, binding: RequestBinding): Promise<RunRecord | undefined> {
  const [owner, repo] = binding.repository.split('/');
  try {
    const { data } = await client.api.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
      owner,
      repo,
      run_id: Number(binding.runId),
    });
    return data as RunRecord;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/**
 * Why a request's binding does not describe the run it names, or undefined when it does: the commit
 * and the requester must be the run's, and the issue must have been opened after the run was created
 * (an issue older than the run cannot be its request, so approvals given before cannot be moved to it).
 */
export function runMismatch(
  binding: RequestBinding,
  run: RunRecord | undefined,
  issueCreatedAt: string,
): string | undefined {
  const name = `run ${binding.runId} of ${binding.repository}`;
  if (!run) return `${name} does not exist`;
  // GitHub records a run under GITHUB_SHA, except a pull_request run, recorded under the pull request's
  // head while GITHUB_SHA is the test merge commit: the binding must name one of them as the run's.
  const runCommits = [binding.runSha ?? binding.sha, binding.sha];
  if (!runCommits.includes(run.head_sha))
    return `the request names commit ${(binding.runSha ?? binding.sha).slice(0, 12)}, but ${name} is for ${run.head_sha.slice(0, 12)}`;
  if (run.actor && run.actor.login.toLowerCase() !== binding.requester)
    return `the request names @${binding.requester} as requester, but ${name} was started by @${run.actor.login}`;
  if (Date.parse(issueCreatedAt) < Date.parse(run.created_at))
    return `the issue was opened before ${name} was created, so it cannot be its request`;
  return undefined;
}

/** Everyone GitHub says requested the run (its actor and whoever re-ran it), lower case. */
export function runRequesters(run: RunRecord | undefined): string[] {
  return [run?.actor?.login, run?.triggering_actor?.login]
    .filter((login): login is string => !!login)
    .map((login) => login.toLowerCase());
}
