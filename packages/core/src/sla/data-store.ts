import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BranchStore, DirectoryStore, type FileStore } from '../branch-store.js';
import type { Clock } from '../clock.js';
import { InputError } from '../errors.js';
import { statusOf, type GitHubClient } from '../github-client.js';

export type DataLocation =
  { kind: 'directory'; directory: string } | { kind: 'branch'; owner: string; repo: string; branch: string };

const BRANCH_EXPECTED = 'a branch name such as sla-data in a repository the token can write';

/** Where SLA data lives: `data-dir` when given, otherwise `data-branch` of `repository`. */
export function dataLocation(values: {
  dataDir?: string;
  dataBranch: string;
  repository: { owner: string; repo: string };
}): DataLocation {
  if (values.dataDir) return { kind: 'directory', directory: path.resolve(values.dataDir) };
  if (
    !/^(?!\/)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/-]+(?<![/.])$/.test(values.dataBranch) ||
    values.dataBranch.endsWith('.lock')
  )
    throw new InputError('data-branch', `'${values.dataBranch}' is not a valid branch name`, BRANCH_EXPECTED);
  return { kind: 'branch', ...values.repository, branch: values.dataBranch };
}

/**
 * Opens the store after checking it can be reached, so a wrong repository or an unreachable API fails
 * before anything is probed or written. `mustExist`: the branch or folder has to hold data already.
 */
export async function openDataStore(
  location: DataLocation,
  options: { client?: () => GitHubClient; clock: Clock; signal: AbortSignal; mustExist: boolean },
): Promise<FileStore> {
  if (location.kind === 'directory') {
    const exists = await fs.stat(location.directory).then(
      (stat) => stat.isDirectory(),
      () => false,
    );
    if (!exists && options.mustExist)
      throw new InputError(
        'data-dir',
        `'${location.directory}' does not exist`,
        'a folder written by sla-probe',
      );
    return new DirectoryStore({
      directory: location.directory,
      clock: options.clock,
      signal: options.signal,
    });
  }
  const client = options.client!();
  const where = `${location.owner}/${location.repo}@${location.branch}`;
  try {
    await client.api.rest.repos.get({ owner: location.owner, repo: location.repo });
  } catch (error) {
    const status = statusOf(error);
    if (status === 404 || status === 403 || status === 401)
      throw new InputError(
        'repository',
        `${location.owner}/${location.repo} cannot be read with the token (HTTP ${status})`,
        'owner/name of a repository the token can write, such as octo-org/service',
      );
    throw new InputError(
      'data-branch',
      `cannot reach ${where}: ${(error as Error).message}`,
      BRANCH_EXPECTED,
    );
  }
  const store = new BranchStore({ client, ...location, clock: options.clock, signal: options.signal });
  let snapshot;
  try {
    snapshot = await store.snapshot();
  } catch (error) {
    throw new InputError(
      'data-branch',
      `cannot reach ${where}: ${(error as Error).message}`,
      BRANCH_EXPECTED,
    );
  }
  if (options.mustExist && snapshot.revision === undefined)
    throw new InputError(
      'data-branch',
      `branch ${where} does not exist`,
      `${BRANCH_EXPECTED}, written by sla-probe`,
    );
  return store;
}
