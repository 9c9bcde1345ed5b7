import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, promises as fs, readdirSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { systemClock, type Clock } from './clock.js';
import type { GitHubClient } from './github-client.js';
import { statusOf } from './github-client.js';
import { errorMessage } from './errors.js';
import { mapLimited } from './map-limited.js';

/** Files as of one revision of the store. */
export interface Snapshot {
  /** The revision read: a commit SHA on a branch, a content hash on disk; undefined when the store is empty. */
  readonly revision: string | undefined;
  read(file: string): Promise<string | undefined>;
  /**
   * The file's bytes, when the store has them as such (a large file then need not become one large
   * string). Absent: decode nothing, call `read`.
   */
  readBytes?(file: string): Promise<Uint8Array | undefined>;
  /**
   * Bytes [start, end) of a file and the file's whole size, when the store can read part of a file
   * (a directory: a report needs two hours of a day's samples, not the day). Absent: `readBytes`.
   */
  readRange?(
    file: string,
    start: number,
    end: number,
  ): Promise<{ bytes: Uint8Array; size: number } | undefined>;
  /** Names of the files and folders (with a trailing `/`) directly in a folder, sorted. */
  list(folder: string): Promise<string[]>;
}

/**
 * How to read a snapshot. `bulk`: read the whole revision at once (on a branch, one tarball request
 * instead of a request per folder and per file) and keep the content of the files it selects; the
 * others are still listed and read one by one on demand. It is called in path order, so it may
 * depend on the files it saw before. A directory reads files on demand either way.
 */
export interface SnapshotOptions {
  bulk?: (file: string) => boolean;
}

/** File path → new content; null deletes the file. */
export type Changes = Record<string, string | null>;

export interface UpdateResult<T> {
  result: T;
  /** The revision written, or the one read when there was nothing to write. */
  revision: string | undefined;
  attempts: number;
}

/**
 * A tiny versioned file store. `update` computes changes from a consistent snapshot and writes them
 * atomically; when another writer got there first, it re-runs `mutate` on the new head after a
 * jittered wait, so concurrent writers never lose a write. `mutate` may therefore run more than once
 * and must depend only on the snapshot it is given.
 */
export interface FileStore {
  readonly location: string;
  snapshot(options?: SnapshotOptions): Promise<Snapshot>;
  update<T>(
    message: string,
    mutate: (snapshot: Snapshot) => Promise<{ changes: Changes; result: T }>,
    options?: SnapshotOptions,
  ): Promise<UpdateResult<T>>;
}

export interface RetryPolicy {
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  clock?: Clock;
  signal?: AbortSignal;
}

/** Raised by a backend when the head moved between read and write. */
class ConflictError extends Error {}

async function retryOnConflict<T>(
  policy: RetryPolicy,
  attempt: (n: number) => Promise<T>,
  what: string,
): Promise<T> {
  const { maxAttempts = 60, baseDelayMs = 50, maxDelayMs = 2000, clock = systemClock } = policy;
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      if (n >= maxAttempts)
        throw new Error(`${what}: still conflicting with other writers after ${n} attempts`);
      // Full jitter: spread the retries of writers that collided so they do not collide again.
      await clock.sleep(
        Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(n, 16)),
        policy.signal,
      );
    }
  }
}

/** Appends text to a file, creating it when missing. */
export function appendChange(snapshotContent: string | undefined, text: string): string {
  const existing = snapshotContent ?? '';
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  return existing + separator + text;
}

// ---------------------------------------------------------------------------------------------
// Git branch backend: blob, tree, commit, then a non-forced ref update (compare-and-swap).

interface TreeEntry {
  path: string;
  type: string;
  sha: string;
}

export interface BranchStoreOptions extends RetryPolicy {
  client: GitHubClient;
  owner: string;
  repo: string;
  branch: string;
}

/** Files up to this size are sent inside the create-tree request; larger ones as their own blob. */
const INLINE_CONTENT_BYTES = 1024 * 1024;

export class BranchStore implements FileStore {
  readonly location: string;
  private readonly trees = new Map<string, TreeEntry[]>();
  private readonly blobs = new Map<string, string>();
  private readonly commitTrees = new Map<string, string>();

  constructor(private readonly options: BranchStoreOptions) {
    this.location = `${options.owner}/${options.repo}@${options.branch}`;
  }

  private get repoParams() {
    return { owner: this.options.owner, repo: this.options.repo };
  }

  private async head(): Promise<string | undefined> {
    try {
      const { data } = await this.options.client.api.rest.git.getRef({
        ...this.repoParams,
        ref: `heads/${this.options.branch}`,
      });
      return data.object.sha;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw new Error(`cannot read branch ${this.location}: ${(error as Error).message}`);
    }
  }

  private async treeOfCommit(commit: string): Promise<string> {
    let tree = this.commitTrees.get(commit);
    if (!tree) {
      const { data } = await this.options.client.api.rest.git.getCommit({
        ...this.repoParams,
        commit_sha: commit,
      });
      tree = data.tree.sha;
      this.commitTrees.set(commit, tree);
    }
    return tree;
  }

  // Objects are immutable, so everything read by SHA is cached for the life of the store.
  private async entries(treeSha: string): Promise<TreeEntry[]> {
    let entries = this.trees.get(treeSha);
    if (!entries) {
      const { data } = await this.options.client.api.rest.git.getTree({
        ...this.repoParams,
        tree_sha: treeSha,
      });
      if (data.truncated) throw new Error(`tree ${treeSha} in ${this.location} is too large to list`);
      entries = data.tree.map((entry) => ({
        path: entry.path ?? '',
        type: entry.type ?? '',
        sha: entry.sha ?? '',
      }));
      this.trees.set(treeSha, entries);
    }
    return entries;
  }

  private async blob(sha: string): Promise<string> {
    let content = this.blobs.get(sha);
    if (content === undefined) {
      const { data } = await this.options.client.api.rest.git.getBlob({ ...this.repoParams, file_sha: sha });
      content = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
      this.blobs.set(sha, content);
    }
    return content;
  }

  /** The entry at a path, walking one tree per folder (no recursive listing, which truncates). */
  private async lookup(rootTree: string, file: string): Promise<TreeEntry | undefined> {
    const parts = file.split('/').filter(Boolean);
    let tree = rootTree;
    for (let i = 0; i < parts.length; i++) {
      const entry = (await this.entries(tree)).find((e) => e.path === parts[i]);
      if (!entry) return undefined;
      if (i === parts.length - 1) return entry;
      if (entry.type !== 'tree') return undefined;
      tree = entry.sha;
    }
    return { path: '', type: 'tree', sha: rootTree };
  }

  /**
   * The files of a commit from its tarball: one API request (the redirect to the archive is not an
   * API request). Entries sit under one top folder, which is stripped.
   * https://docs.github.com/en/rest/repos/contents#download-a-repository-archive-tar
   */
  private async archive(
    commit: string,
    keep: (file: string) => boolean,
  ): Promise<{ contents: Map<string, Buffer>; folders: Map<string, Set<string>> }> {
    const { data } = await this.options.client.api.request('GET /repos/{owner}/{repo}/tarball/{ref}', {
      ...this.repoParams,
      ref: commit,
      request: { parseSuccessResponseBody: false, signal: this.options.signal },
    });
    const contents = new Map<string, Buffer>();
    const folders = new Map<string, Set<string>>();
    const note = (file: string) => {
      const parts = file.split('/');
      for (let i = 0; i < parts.length; i++) {
        const folder = parts.slice(0, i).join('/');
        let names = folders.get(folder);
        if (!names) folders.set(folder, (names = new Set()));
        names.add(i === parts.length - 1 ? parts[i] : `${parts[i]}/`);
      }
    };
    // Loaded here, not at start: only reading a branch's files needs them.
    const { default: tar } = await import('tar-stream');
    const { createGunzip } = await import('node:zlib');
    const extract = tar.extract();
    const reading = (async () => {
      for await (const entry of extract) {
        const name = entry.header.name.replace(/^[^/]*\//, '');
        if (entry.header.type !== 'file' || name === '') {
          entry.resume();
          continue;
        }
        note(name);
        if (keep(name)) {
          const chunks: Buffer[] = [];
          for await (const chunk of entry) chunks.push(chunk as Buffer);
          contents.set(name, Buffer.concat(chunks));
        } else entry.resume();
      }
    })();
    const body = Readable.fromWeb(data as unknown as WebReadableStream);
    await Promise.all([
      new Promise<void>((resolve, reject) => {
        const gunzip = createGunzip();
        body.on('error', reject);
        gunzip.on('error', reject);
        extract.on('error', reject);
        extract.on('finish', resolve);
        body.pipe(gunzip).pipe(extract);
      }),
      reading,
    ]);
    return { contents, folders };
  }

  private async snapshotAt(commit: string | undefined, options: SnapshotOptions = {}): Promise<Snapshot> {
    const lazy = this.lazySnapshotAt(commit);
    if (!commit || !options.bulk) return lazy;
    const { contents, folders } = await this.archive(commit, options.bulk);
    const listed = (file: string) => {
      const slash = file.lastIndexOf('/');
      return !!folders.get(slash < 0 ? '' : file.slice(0, slash))?.has(file.slice(slash + 1));
    };
    // Kept as the archive's bytes: decoded when read as text, handed over as they are otherwise.
    return {
      revision: commit,
      read: async (file) => {
        const kept = contents.get(file);
        if (kept !== undefined) return kept.toString('utf8');
        // Not in the archive: no such file, no request. Listed but not kept: read it alone.
        return listed(file) ? lazy.read(file) : undefined;
      },
      readBytes: async (file) => {
        const kept = contents.get(file);
        if (kept !== undefined) return kept;
        if (!listed(file)) return undefined;
        const text = await lazy.read(file);
        return text === undefined ? undefined : Buffer.from(text, 'utf8');
      },
      list: async (folder) => [...(folders.get(folder.replace(/\/+$/, '')) ?? [])].sort(),
    };
  }

  private lazySnapshotAt(commit: string | undefined): Snapshot {
    // The root tree is looked up on the first read, so a snapshot that is never read costs nothing.
    let rootTree: Promise<string> | undefined;
    const root = () => (rootTree ??= this.treeOfCommit(commit!));
    return {
      revision: commit,
      read: async (file) => {
        if (!commit) return undefined;
        const entry = await this.lookup(await root(), file);
        return entry?.type === 'blob' ? this.blob(entry.sha) : undefined;
      },
      list: async (folder) => {
        if (!commit) return [];
        const entry = await this.lookup(await root(), folder);
        if (entry?.type !== 'tree') return [];
        return (await this.entries(entry.sha)).map((e) => (e.type === 'tree' ? `${e.path}/` : e.path)).sort();
      },
    };
  }

  async snapshot(options?: SnapshotOptions): Promise<Snapshot> {
    return this.snapshotAt(await this.head(), options);
  }

  async update<T>(
    message: string,
    mutate: (snapshot: Snapshot) => Promise<{ changes: Changes; result: T }>,
    options?: SnapshotOptions,
  ): Promise<UpdateResult<T>> {
    return retryOnConflict(
      this.options,
      async (attempts) => {
        const head = await this.head();
        const snapshot = await this.snapshotAt(head, options);
        const { changes, result } = await mutate(snapshot);
        const tree = await this.buildTree(snapshot, head, changes);
        if (tree === undefined) return { result, revision: head, attempts };
        const { data: commit } = await this.options.client.api.rest.git.createCommit({
          ...this.repoParams,
          message,
          tree,
          parents: head ? [head] : [],
        });
        await this.moveBranch(head, commit.sha);
        return { result, revision: commit.sha, attempts };
      },
      `writing to ${this.location}`,
    );
  }

  private async buildTree(
    snapshot: Snapshot,
    head: string | undefined,
    changes: Changes,
  ): Promise<string | undefined> {
    const entries: ({ path: string; mode: '100644'; type: 'blob' } & (
      { sha: string | null } | { content: string }
    ))[] = [];
    for (const [file, content] of Object.entries(changes)) {
      const current = await snapshot.read(file);
      if (content === current || (content === null && current === undefined)) continue;
      if (content === null) {
        entries.push({ path: file, mode: '100644', type: 'blob', sha: null });
        continue;
      }
      // Small files go inline in the tree request (GitHub writes the blob), so a commit of many files
      // costs one request instead of one per file. https://docs.github.com/en/rest/git/trees#create-a-tree
      if (Buffer.byteLength(content) <= INLINE_CONTENT_BYTES) {
        entries.push({ path: file, mode: '100644', type: 'blob', content });
        continue;
      }
      const { data: blob } = await this.options.client.api.rest.git.createBlob({
        ...this.repoParams,
        content: Buffer.from(content, 'utf8').toString('base64'),
        encoding: 'base64',
      });
      this.blobs.set(blob.sha, content);
      entries.push({ path: file, mode: '100644', type: 'blob', sha: blob.sha });
    }
    if (entries.length === 0) return undefined;
    const { data: tree } = await this.options.client.api.rest.git.createTree({
      ...this.repoParams,
      ...(head ? { base_tree: await this.treeOfCommit(head) } : {}),
      tree: entries,
    });
    return tree.sha;
  }

  /** The compare-and-swap: a non-forced update only succeeds if the branch still points at `from`. */
  private async moveBranch(from: string | undefined, to: string): Promise<void> {
    const { api } = this.options.client;
    try {
      if (from) {
        await api.rest.git.updateRef({
          ...this.repoParams,
          ref: `heads/${this.options.branch}`,
          sha: to,
          force: false,
        });
      } else {
        await api.rest.git.createRef({
          ...this.repoParams,
          ref: `refs/heads/${this.options.branch}`,
          sha: to,
        });
      }
    } catch (error) {
      // A ruleset or branch protection refusing the update is not a race: another try from the new
      // head would be refused the same way, so it fails at once and says so.
      if (statusOf(error) === 422 && /rule violations|protected branch/i.test(errorMessage(error)))
        throw new Error(
          `the branch '${this.options.branch}' of ${this.repoParams.owner}/${this.repoParams.repo} refuses this update ` +
            `(${errorMessage(error).split('\n')[0]}); exempt the writer from the branch's rulesets or protection, or use another branch`,
        );
      // 422: not a fast-forward, or the branch was created meanwhile. 409: GitHub's answer to some races.
      if (statusOf(error) === 422 || statusOf(error) === 409) throw new ConflictError();
      throw error;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Local directory backend: the same contract, serialised by a lock file, files replaced by rename.

export interface DirectoryStoreOptions extends RetryPolicy {
  directory: string;
  /** A lock older than this is taken to be left by a crashed writer. */
  staleLockMs?: number;
}

const LOCK_FILE = '.shipgate-store.lock';

export class DirectoryStore implements FileStore {
  readonly location: string;

  constructor(private readonly options: DirectoryStoreOptions) {
    this.location = path.resolve(options.directory);
  }

  private resolve(file: string): string {
    const full = path.resolve(this.location, file);
    if (!full.startsWith(this.location + path.sep) && full !== this.location)
      throw new Error(`path '${file}' leaves the store ${this.location}`);
    return full;
  }

  private async revision(): Promise<string | undefined> {
    try {
      return (await fs.readFile(path.join(this.location, '.shipgate-revision'), 'utf8')).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  private snapshotNow(revision: string | undefined): Snapshot {
    const missing = (error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EISDIR') return undefined;
      throw error;
    };
    // Reads and listings are synchronous: a local file is there at once, and fs.promises takes
    // four trips through the thread pool per file (open, stat, read, close), which doubles the time
    // of a report that reads a few thousand small files and makes it swing with the machine's load.
    const attempt = <T>(read: () => T): Promise<T | undefined> => {
      try {
        return Promise.resolve(read());
      } catch (error) {
        try {
          return Promise.resolve(missing(error));
        } catch (failure) {
          return Promise.reject(failure);
        }
      }
    };
    return {
      revision,
      read: (file) => attempt(() => readFileSync(this.resolve(file), 'utf8')),
      readBytes: (file) => attempt(() => readFileSync(this.resolve(file))),
      readRange: (file, start, end) => attempt(() => readRangeSync(this.resolve(file), start, end)),
      list: async (folder) => {
        try {
          const entries = readdirSync(this.resolve(folder || '.'), { withFileTypes: true });
          return entries
            .filter((e) => !e.name.startsWith('.shipgate-'))
            .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
            .sort();
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
          throw error;
        }
      },
    };
  }

  // Local reads are cheap one by one: `bulk` needs no work here.
  async snapshot(_options?: SnapshotOptions): Promise<Snapshot> {
    return this.snapshotNow(await this.revision());
  }

  async update<T>(
    message: string,
    mutate: (snapshot: Snapshot) => Promise<{ changes: Changes; result: T }>,
    _options?: SnapshotOptions,
  ): Promise<UpdateResult<T>> {
    await fs.mkdir(this.location, { recursive: true });
    const lock = await retryOnConflict(this.options, () => this.lock(), `locking ${this.location}`);
    try {
      const revision = await this.revision();
      const snapshot = this.snapshotNow(revision);
      const { changes, result } = await mutate(snapshot);
      const hash = createHash('sha256')
        .update(revision ?? '')
        .update(message);
      // Files are compared and written several at a time (a report run writes hundreds of rollups:
      // one after another, each waits for the disk); the revision takes them in the given order.
      // A file is compared as bytes, encoded once for the comparison, the write and the hash: decoding
      // the current file to compare strings held a second copy of a large file (a 5 MB dashboard
      // is 10 MB as a string) in the heap at a report's memory peak.
      const entries = Object.entries(changes);
      const written = await mapLimited(entries, WRITE_CONCURRENCY, async ([file, content]) => {
        const bytes = content === null ? null : Buffer.from(content, 'utf8');
        const current = await snapshot.readBytes!(file);
        if (bytes === null ? current === undefined : current !== undefined && bytes.equals(current))
          return undefined;
        if (bytes === null) await fs.rm(this.resolve(file));
        else await writeAtomically(this.resolve(file), bytes);
        return bytes ?? '\0deleted';
      });
      let changed = false;
      entries.forEach(([file], i) => {
        const content = written[i];
        if (content === undefined) return;
        changed = true;
        hash.update(file).update(content);
      });
      if (!changed) return { result, revision, attempts: 1 };
      const next = hash.digest('hex');
      await writeAtomically(path.join(this.location, '.shipgate-revision'), `${next}\n`);
      return { result, revision: next, attempts: 1 };
    } finally {
      await lock.close();
      await fs.rm(path.join(this.location, LOCK_FILE), { force: true });
    }
  }

  private async lock(): Promise<fs.FileHandle> {
    const file = path.join(this.location, LOCK_FILE);
    try {
      const handle = await fs.open(file, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      return handle;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      await this.removeIfStale(file);
      throw new ConflictError();
    }
  }

  private async removeIfStale(file: string): Promise<void> {
    try {
      const [stat, owner] = await Promise.all([fs.stat(file), fs.readFile(file, 'utf8')]);
      const pid = Number(owner.trim());
      const ownerGone = pid > 0 && !isAlive(pid);
      if (ownerGone || Date.now() - stat.mtimeMs > (this.options.staleLockMs ?? 60_000))
        await fs.rm(file, { force: true });
    } catch {
      // The lock went away meanwhile: the next attempt takes it.
    }
  }
}

const WRITE_CONCURRENCY = 16;

/** Bytes [start, end) of a file (fewer if it is shorter) and its size. */
function readRangeSync(file: string, start: number, end: number): { bytes: Uint8Array; size: number } {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = Buffer.allocUnsafe(Math.max(0, Math.min(end, size) - start));
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, start + read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: bytes.subarray(0, read), size };
  } finally {
    closeSync(fd);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function writeAtomically(file: string, content: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await fs.writeFile(temporary, content);
  await fs.rename(temporary, file);
}
