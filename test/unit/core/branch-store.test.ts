import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  BranchStore,
  DirectoryStore,
  GitHubClient,
  appendChange,
  scaledClock,
  type FileStore,
} from '../../../packages/core/src/index.js';
import { startEmulator, type GitHubEmulator } from '../../harness/emulator/index.js';

let emulator: GitHubEmulator;
let repoCount = 0;
// Backoff and throttling waits run 50 times faster than real time.
const clock = scaledClock(Date.now(), 50);

beforeAll(async () => {
  // 25 concurrent writers make a few thousand requests with one token, near its 5,000/hour limit; this
  // suite is about compare-and-swap, so the emulator reports the limit instead of enforcing it.
  emulator = await startEmulator({ enforceRateLimits: false });
  emulator.addUser('writer');
});
afterAll(async () => {
  emulator.assertValid();
  await emulator.stop();
});

const backends: [string, () => FileStore][] = [
  [
    'branch (Git Data API)',
    () => {
      const fullName = `octo-org/store-${++repoCount}`;
      emulator.addRepo(fullName);
      emulator.setPermission(fullName, 'writer', 'write');
      const client = new GitHubClient({ token: emulator.tokenFor('writer'), baseUrl: emulator.url, clock });
      return new BranchStore({
        client,
        owner: 'octo-org',
        repo: fullName.split('/')[1],
        branch: 'audit-log',
        clock,
      });
    },
  ],
  [
    'local directory',
    () => new DirectoryStore({ directory: mkdtempSync(path.join(os.tmpdir(), 'store-')), clock }),
  ],
];

const appendLine = (store: FileStore, file: string, line: string) =>
  store.update(`append ${line}`, async (snapshot) => ({
    changes: { [file]: appendChange(await snapshot.read(file), `${line}\n`) },
    result: line,
  }));

describe.each(backends)('%s store', (_name, createStore) => {
  it('starts empty, creates the branch or folder on first write, and reads back what it wrote', async () => {
    const store = createStore();
    const empty = await store.snapshot();
    expect(empty.revision).toBeUndefined();
    expect(await empty.read('a/b.txt')).toBeUndefined();
    const first = await store.update('first', async () => ({
      changes: { 'a/b.txt': 'one\n', 'c.txt': 'x' },
      result: 1,
    }));
    expect(first.revision).toBeDefined();
    const snapshot = await store.snapshot();
    expect(snapshot.revision).toBe(first.revision);
    expect(await snapshot.read('a/b.txt')).toBe('one\n');
    expect(await snapshot.list('')).toEqual(['a/', 'c.txt']);
    expect(await snapshot.list('a')).toEqual(['b.txt']);
  });

  it('deletes files, and writes nothing when nothing changed', async () => {
    const store = createStore();
    const written = await store.update('w', async () => ({
      changes: { 'x.txt': 'x', 'y.txt': 'y' },
      result: null,
    }));
    const deleted = await store.update('d', async () => ({ changes: { 'x.txt': null }, result: null }));
    expect(await (await store.snapshot()).list('')).toEqual(['y.txt']);
    const unchanged = await store.update('same', async () => ({ changes: { 'y.txt': 'y' }, result: null }));
    expect(unchanged.revision).toBe(deleted.revision);
    expect(deleted.revision).not.toBe(written.revision);
  });

  it('reads the same files in bulk as one by one, keeping only the selected contents', async () => {
    const store = createStore();
    const files = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [
        `data/s${i % 4}/${String(i).padStart(2, '0')}.json`,
        `{"n":${i}}\n`,
      ]),
    );
    await store.update('many', async () => ({ changes: { ...files, 'top.json': '{}' }, result: null }));
    const seen: string[] = [];
    const bulk = await store.snapshot({
      bulk: (file) => {
        seen.push(file);
        return !file.startsWith('data/s3/');
      },
    });
    const lazy = await store.snapshot();
    expect(bulk.revision).toBe(lazy.revision);
    for (const folder of ['', 'data', 'data/s0', 'data/s3', 'nothing'])
      expect(await bulk.list(folder)).toEqual(await lazy.list(folder));
    // A file left out of the bulk read is still read (on demand); a missing one is missing.
    for (const file of [...Object.keys(files), 'top.json', 'data/s0/missing.json', 'data'])
      expect(await bulk.read(file)).toBe(await lazy.read(file));
    if (store instanceof BranchStore) {
      // Each file was offered once, in path order (a caller may rely on rollups/ coming before samples/).
      expect(seen).toEqual([...Object.keys(files), 'top.json'].sort());
    }
  });

  // 25 writers, not more: every lost race costs a retry of the whole read-modify-write, so the requests
  // grow with the square of the writers (50 took 4× as long), and 25 already race on every round.
  it('keeps every write when 25 writers append to one file at the same time', async () => {
    const store = createStore();
    const lines = Array.from({ length: 25 }, (_, i) => `record-${i}`);
    const results = await Promise.all(
      lines.map((line) => appendLine(createStoreView(store), 'log.jsonl', line)),
    );
    expect(results.map((r) => r.result).sort()).toEqual([...lines].sort());
    const content = (await store.snapshot()).read('log.jsonl');
    expect((await content)!.trim().split('\n').sort()).toEqual([...lines].sort());
    // Someone had to retry: the writes really raced.
    if (store instanceof BranchStore) expect(Math.max(...results.map((r) => r.attempts))).toBeGreaterThan(1);
  }, 180_000);
});

/** Each writer gets its own store object (as separate workflow runs would), over the same location. */
function createStoreView(store: FileStore): FileStore {
  if (store instanceof DirectoryStore) return new DirectoryStore({ directory: store.location, clock });
  const [ownerRepo, branch] = store.location.split('@');
  const [owner, repo] = ownerRepo.split('/');
  const client = new GitHubClient({ token: emulator.tokenFor('writer'), baseUrl: emulator.url, clock });
  return new BranchStore({ client, owner, repo, branch, clock });
}

describe('branch store requests', () => {
  const requestsDuring = async (work: () => Promise<unknown>) => {
    const from = emulator.requests.length;
    await work();
    return emulator.requests.slice(from).map((r) => r.operationId);
  };

  it('writes 50 files in one commit with one create-tree request, and reads them back in one tarball', async () => {
    const store = backends[0][1]() as BranchStore;
    const changes = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f/${i}.txt`, `${i}\n`]));
    const writes = await requestsDuring(() => store.update('fifty', async () => ({ changes, result: null })));
    expect(writes).toEqual(['git/get-ref', 'git/create-tree', 'git/create-commit', 'git/create-ref']);
    let snapshot!: Awaited<ReturnType<BranchStore['snapshot']>>;
    const reads = await requestsDuring(async () => {
      snapshot = await store.snapshot({ bulk: () => true });
      for (const file of Object.keys(changes)) expect(await snapshot.read(file)).toBe(changes[file]);
      expect(await snapshot.list('f')).toHaveLength(50);
    });
    expect(reads).toEqual(['git/get-ref', 'repos/download-tarball-archive']);
    // One by one, the same reads cost a request per folder and per file.
    const lazy = await requestsDuring(async () => {
      const one = await store.snapshot();
      for (const file of Object.keys(changes)) await one.read(file);
    });
    expect(lazy.length).toBeGreaterThan(50);
  });
});

describe('branch store faults', () => {
  it('retries a ref update that lost the race, from the new head', async () => {
    const store = backends[0][1]() as BranchStore;
    await appendLine(store, 'log.jsonl', 'a');
    emulator.injectFault({ method: 'PATCH', path: /\/git\/refs\//, refConflict: true, times: 2 });
    const result = await appendLine(store, 'log.jsonl', 'b');
    expect(result.attempts).toBe(3);
    expect(await (await store.snapshot()).read('log.jsonl')).toBe('a\nb\n');
  });

  it('survives 5xx answers and never leaves a half-written head', async () => {
    const store = backends[0][1]() as BranchStore;
    await appendLine(store, 'log.jsonl', 'a');
    emulator.injectFault({ method: 'POST', path: /\/git\/commits$/, status: 502, times: 2 });
    await appendLine(store, 'log.jsonl', 'b');
    expect(await (await store.snapshot()).read('log.jsonl')).toBe('a\nb\n');
  });

  it('fails, without writing, when the API keeps failing', async () => {
    const store = backends[0][1]() as BranchStore;
    await appendLine(store, 'log.jsonl', 'a');
    const before = (await store.snapshot()).revision;
    emulator.injectFault({ method: 'POST', path: /\/git\/trees$/, status: 500, times: Infinity });
    await expect(appendLine(store, 'log.jsonl', 'b')).rejects.toThrow();
    emulator.clearFaults();
    expect((await store.snapshot()).revision).toBe(before);
  });
});

describe('directory store writes', () => {
  it('writes many files at a time; a failed one fails the update, after the others settle, and keeps the revision', async () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'store-writes-'));
    const store = new DirectoryStore({ directory, clock });
    const files = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`f/${i}.json`, `${i}\n`]));
    const first = await store.update('many', async () => ({ changes: files, result: undefined }));
    const snapshot = await store.snapshot();
    expect(snapshot.revision).toBe(first.revision);
    for (const [file, text] of Object.entries(files)) expect(await snapshot.read(file)).toBe(text);

    // A file where a folder has to be: that write fails, the update rejects, the lock is released
    // and the revision (what readers go by) stays the one before.
    writeFileSync(path.join(directory, 'blocked'), 'a file\n');
    const changes = { ...files, 'f/0.json': 'changed\n', 'blocked/x.json': 'x\n', 'f/59.json': 'also\n' };
    await expect(store.update('fails', async () => ({ changes, result: undefined }))).rejects.toThrow(
      /ENOTDIR|EEXIST/,
    );
    expect((await store.snapshot()).revision).toBe(first.revision);
    expect(existsSync(path.join(directory, '.shipgate-store.lock'))).toBe(false);
    const next = await store.update('after', async () => ({
      changes: { 'f/1.json': 'one\n' },
      result: undefined,
    }));
    expect(next.revision).not.toBe(first.revision);
  });

  it('reads part of a file with its size, and nothing for a missing one', async () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'store-range-'));
    const store = new DirectoryStore({ directory, clock });
    await store.update('one', async () => ({ changes: { 'a/b.txt': '0123456789' }, result: undefined }));
    const snapshot = await store.snapshot();
    const part = await snapshot.readRange!('a/b.txt', 3, 7);
    expect(Buffer.from(part!.bytes).toString()).toBe('3456');
    expect(part!.size).toBe(10);
    // Past the end: what there is, and the size says the file is shorter than asked for.
    const tail = await snapshot.readRange!('a/b.txt', 8, 20);
    expect(Buffer.from(tail!.bytes).toString()).toBe('89');
    expect(tail!.size).toBe(10);
    expect(await snapshot.readRange!('a/none.txt', 0, 4)).toBeUndefined();
  });
});
