import type { GitHubEmulator } from '../emulator/index.js';
import type { EmulatorEvent, RerunRequest } from '../emulator/state.js';

/** What the engine needs from the emulator (a narrow view, so the engine's reach is plain). */
export type EngineEmulator = Pick<
  GitHubEmulator,
  'url' | 'repo' | 'addWorkflowRun' | 'updateWorkflowRun' | 'workflowToken' | 'onEvent' | 'onRerun'
>;

export type { EmulatorEvent, RerunRequest };

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
