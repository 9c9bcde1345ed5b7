import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import { createHash } from 'node:crypto';
import { startEmulator, type GitHubEmulator } from '../harness/emulator/index.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const owner = 'octo-org';
const repo = 'store';
const fullName = `${owner}/${repo}`;

/** What `git hash-object` computes: sha1("<type> <length>\0<content>"). */
const gitHash = (type: string, content: Buffer) =>
  createHash('sha1')
    .update(Buffer.concat([Buffer.from(`${type} ${content.length}\0`), content]))
    .digest('hex');

let emu: GitHubEmulator;
let gh: Octokit;

beforeAll(async () => {
  emu = await startEmulator();
  emu.addUser('writer');
  emu.addUser('reader');
  emu.addRepo(fullName, { files: { 'README.md': 'hello\n', 'docs/guide.md': 'guide\n' } });
  emu.setPermission(fullName, 'writer', 'write');
  gh = new Octokit({ baseUrl: emu.url, auth: emu.tokenFor('writer'), log: quiet });
});
afterAll(async () => {
  emu.assertValid();
  await emu.stop();
});

const base = { owner, repo };

async function commitOnMain(files: Record<string, string | null>, parent = emu.ref(fullName, 'heads/main')!) {
  const { data: parentCommit } = await gh.rest.git.getCommit({ ...base, commit_sha: parent });
  const { data: tree } = await gh.rest.git.createTree({
    ...base,
    base_tree: parentCommit.tree.sha,
    tree: Object.entries(files).map(([path, content]) =>
      content === null
        ? { path, mode: '100644' as const, type: 'blob' as const, sha: null }
        : { path, mode: '100644' as const, type: 'blob' as const, content },
    ),
  });
  const { data: commit } = await gh.rest.git.createCommit({
    ...base,
    message: 'change',
    tree: tree.sha,
    parents: [parent],
  });
  return commit;
}

describe('git data', () => {
  it('stores blobs under the sha git computes, and returns them base64-encoded with newlines', async () => {
    const text = 'x'.repeat(100) + '\n';
    const { data: blob } = await gh.rest.git.createBlob({ ...base, content: text });
    expect(blob.sha).toBe(gitHash('blob', Buffer.from(text)));
    const binary = Buffer.from([0, 1, 2, 255]);
    const { data: b64 } = await gh.rest.git.createBlob({
      ...base,
      content: binary.toString('base64'),
      encoding: 'base64',
    });
    expect(b64.sha).toBe(gitHash('blob', binary));
    const { data: read } = await gh.rest.git.getBlob({ ...base, file_sha: blob.sha });
    expect(read).toMatchObject({ encoding: 'base64', size: 101 });
    expect(read.content).toContain('\n');
    expect(Buffer.from(read.content, 'base64').toString()).toBe(text);
  });

  it('hashes trees and commits as git does', async () => {
    const blob = gitHash('blob', Buffer.from('a\n'));
    const { data: tree } = await gh.rest.git.createTree({
      ...base,
      tree: [{ path: 'a.txt', mode: '100644', type: 'blob', content: 'a\n' }],
    });
    const treeBody = Buffer.concat([Buffer.from('100644 a.txt\0'), Buffer.from(blob, 'hex')]);
    expect(tree.sha).toBe(gitHash('tree', treeBody));
    const date = '2026-01-02T03:04:05Z';
    const person = { name: 'Writer', email: 'writer@example.com', date };
    const { data: commit } = await gh.rest.git.createCommit({
      ...base,
      message: 'm',
      tree: tree.sha,
      parents: [],
      author: person,
      committer: person,
    });
    const seconds = Date.parse(date) / 1000;
    const commitBody = `tree ${tree.sha}\nauthor Writer <writer@example.com> ${seconds} +0000\ncommitter Writer <writer@example.com> ${seconds} +0000\n\nm`;
    expect(commit.sha).toBe(gitHash('commit', Buffer.from(commitBody)));
    expect(commit.author.date).toBe(date);
  });

  it('builds nested trees on a base tree, deletes with sha: null, and lists recursively', async () => {
    const commit = await commitOnMain({ 'logs/2026/01/a.jsonl': '{}\n', 'docs/guide.md': null });
    const { data: flat } = await gh.rest.git.getTree({ ...base, tree_sha: commit.tree.sha });
    expect(flat.tree.map((e) => [e.path, e.type])).toEqual([
      ['README.md', 'blob'],
      ['logs', 'tree'],
    ]);
    const { data: deep } = await gh.rest.git.getTree({ ...base, tree_sha: commit.tree.sha, recursive: '1' });
    expect(deep.tree.map((e) => e.path)).toEqual([
      'README.md',
      'logs',
      'logs/2026',
      'logs/2026/01',
      'logs/2026/01/a.jsonl',
    ]);
    expect(deep.truncated).toBe(false);
  });

  it('creates refs once, fast-forwards them, and refuses a stale parent with 422', async () => {
    const main = emu.ref(fullName, 'heads/main')!;
    const { data: created } = await gh.rest.git.createRef({
      ...base,
      ref: 'refs/heads/audit-log',
      sha: main,
    });
    expect(created.object.sha).toBe(main);
    await expect(
      gh.rest.git.createRef({ ...base, ref: 'refs/heads/audit-log', sha: main }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Reference already exists'),
    });

    const next = await commitOnMain({ 'a.txt': 'a' }, main);
    await gh.rest.git.updateRef({ ...base, ref: 'heads/audit-log', sha: next.sha });
    expect(emu.ref(fullName, 'heads/audit-log')).toBe(next.sha);

    // A writer that started from the old head lost the race.
    const stale = await commitOnMain({ 'b.txt': 'b' }, main);
    await expect(
      gh.rest.git.updateRef({ ...base, ref: 'heads/audit-log', sha: stale.sha }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Update is not a fast forward'),
    });
    expect(emu.ref(fullName, 'heads/audit-log')).toBe(next.sha);
    await gh.rest.git.updateRef({ ...base, ref: 'heads/audit-log', sha: stale.sha, force: true });
    expect(emu.readFile(fullName, 'audit-log', 'b.txt')).toBe('b');

    const { data: matching } = await gh.rest.git.listMatchingRefs({ ...base, ref: 'heads/' });
    expect(matching.map((r) => r.ref)).toEqual(['refs/heads/audit-log', 'refs/heads/main']);
    await gh.rest.git.deleteRef({ ...base, ref: 'heads/audit-log' });
    await expect(gh.rest.git.getRef({ ...base, ref: 'heads/audit-log' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('lets exactly one of many concurrent writers move a ref from the same parent', async () => {
    const main = emu.ref(fullName, 'heads/main')!;
    const commits = await Promise.all(
      Array.from({ length: 10 }, (_, i) => commitOnMain({ [`w${i}.txt`]: `${i}` }, main)),
    );
    const results = await Promise.all(
      commits.map((c) =>
        gh.rest.git.updateRef({ ...base, ref: 'heads/main', sha: c.sha }).then(
          () => 'ok',
          (e: { status: number }) => e.status,
        ),
      ),
    );
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    expect(results.filter((r) => r === 422)).toHaveLength(9);
  });

  it('needs write permission for git writes', async () => {
    const reader = new Octokit({ baseUrl: emu.url, auth: emu.tokenFor('reader'), log: quiet });
    await expect(reader.rest.git.createBlob({ ...base, content: 'x' })).rejects.toMatchObject({
      status: 403,
    });
  });
});

describe('contents', () => {
  it('reads a file at a branch or sha, and 404s a missing one', async () => {
    const { data } = await gh.rest.repos.getContent({ ...base, path: 'README.md' });
    if (Array.isArray(data) || data.type !== 'file') throw new Error('expected a file');
    expect(Buffer.from(data.content, 'base64').toString()).toBe('hello\n');
    expect(data.sha).toBe(gitHash('blob', Buffer.from('hello\n')));
    const head = emu.ref(fullName, 'heads/main')!;
    expect((await gh.rest.repos.getContent({ ...base, path: 'README.md', ref: head })).status).toBe(200);
    await expect(gh.rest.repos.getContent({ ...base, path: 'missing.md' })).rejects.toMatchObject({
      status: 404,
    });
    const { data: listing } = await gh.rest.repos.getContent({ ...base, path: '' });
    expect(Array.isArray(listing)).toBe(true);
  });

  it('creates and updates a file with a commit, and refuses a stale sha with 409', async () => {
    const put = (content: string, sha?: string) =>
      gh.rest.repos.createOrUpdateFileContents({
        ...base,
        path: 'state/deploy.json',
        message: 'record',
        content: Buffer.from(content).toString('base64'),
        ...(sha ? { sha } : {}),
      });
    const created = await put('{"v":1}');
    expect(created.status).toBe(201);
    const sha = created.data.content!.sha!;
    const updated = await put('{"v":2}', sha);
    expect(updated.status).toBe(200);
    expect(emu.readFile(fullName, 'main', 'state/deploy.json')).toBe('{"v":2}');
    await expect(put('{"v":3}', sha)).rejects.toMatchObject({ status: 409 });
    expect(emu.readFile(fullName, 'main', 'state/deploy.json')).toBe('{"v":2}');
  });
});
