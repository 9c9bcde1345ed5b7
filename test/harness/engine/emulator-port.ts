import type { GitHubEmulator } from '../emulator/index.js';
import type { Permissions } from './permissions.js';

/**
 * What the engine needs from the emulator. The token and event hooks (workflowToken, onEvent,
 * onRerun, updateWorkflowRun) are optional so the engine also runs against an emulator without them:
 * the workflow token is then a user token of github-actions[bot] (no permission rules) and only
 * events delivered by the test start workflows.
 */

export interface EmulatorEvent {
  name: string;
  action?: string;
  repo: string;
  payload: Record<string, unknown>;
  sender: string;
  startsWorkflows: boolean;
}

export interface RerunRequest {
  repo: string;
  runId: number;
  failedOnly: boolean;
  by: string;
}

type Optional = {
  workflowToken?(repo: string, opts: { permissions: Permissions; runId?: number }): string;
  onEvent?(listener: (event: EmulatorEvent) => void): () => void;
  onRerun?(listener: (request: RerunRequest) => void): () => void;
  updateWorkflowRun?(
    repo: string,
    id: number,
    fields: { status?: string; conclusion?: string | null; runAttempt?: number },
  ): void;
};

export type EngineEmulator = Pick<
  GitHubEmulator,
  'url' | 'repo' | 'readFile' | 'tokenFor' | 'addUser' | 'addWorkflowRun'
> &
  Optional;

/** The commit a ref names in `repo`: a full sha, refs/..., a branch or a tag. */
export function resolveCommit(emulator: EngineEmulator, repo: string, ref: string): string | undefined {
  const r = emulator.repo(repo);
  if (/^[0-9a-f]{40}$/.test(ref) && r.git.commit(ref)) return ref;
  for (const name of [ref, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
    const sha = r.refs.get(name);
    if (sha) return sha;
  }
  return undefined;
}

/** Every file of `repo` at `commit`, by path. */
export function filesAt(emulator: EngineEmulator, repo: string, commit: string): Map<string, Buffer> {
  const r = emulator.repo(repo);
  const tree = r.git.commit(commit)?.tree;
  const files = new Map<string, Buffer>();
  if (!tree) return files;
  for (const [path, entry] of r.git.flatten(tree)) {
    const blob = r.git.blob(entry.sha);
    if (blob) files.set(path, blob);
  }
  return files;
}

export function workflowToken(
  emulator: EngineEmulator,
  repo: string,
  permissions: Permissions,
  runId: number,
): string {
  if (emulator.workflowToken) return emulator.workflowToken(repo, { permissions, runId });
  try {
    return emulator.tokenFor('github-actions[bot]');
  } catch {
    emulator.addUser('github-actions[bot]', { type: 'Bot', id: 41898282 });
    return emulator.tokenFor('github-actions[bot]');
  }
}
