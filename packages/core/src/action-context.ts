import { readFileSync } from 'node:fs';
import os from 'node:os';

/** What the runner tells an action about its run, read from the environment once. */
export interface ActionContext {
  repository: { owner: string; repo: string };
  actor: string;
  triggeringActor: string;
  eventName: string;
  event: Record<string, unknown>;
  sha: string;
  ref: string;
  runId: string;
  runAttempt: string;
  workflowRef: string;
  job: string;
  apiUrl: string;
  serverUrl: string;
  runnerTemp: string;
  runUrl: string;
}

export function readContext(env: NodeJS.ProcessEnv = process.env): ActionContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runId = env.GITHUB_RUN_ID ?? '';
  return {
    repository: { owner, repo },
    actor: env.GITHUB_ACTOR ?? '',
    triggeringActor: env.GITHUB_TRIGGERING_ACTOR ?? env.GITHUB_ACTOR ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    event: readEvent(env.GITHUB_EVENT_PATH),
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    workflowRef: env.GITHUB_WORKFLOW_REF ?? '',
    job: env.GITHUB_JOB ?? '',
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl,
    runnerTemp: env.RUNNER_TEMP ?? os.tmpdir(),
    runUrl: owner && runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : '',
  };
}

function readEvent(file: string | undefined): Record<string, unknown> {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}
