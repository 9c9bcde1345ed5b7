import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import { VirtualClock } from '../../packages/core/src/clock.js';
import { startEmulator, type GitHubEmulator } from '../harness/emulator/index.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const owner = 'octo-org';
const repo = 'service';
const fullName = `${owner}/${repo}`;
const head = 'b'.repeat(40);
const older = 'c'.repeat(40);

let emu: GitHubEmulator;
let gh: Octokit;
const clock = new VirtualClock(Date.UTC(2026, 2, 1, 12));

beforeAll(async () => {
  emu = await startEmulator({ clock });
  for (const login of ['alice', 'bob', 'carol', 'merger']) emu.addUser(login);
  emu.addRepo(fullName);
  emu.setPermission(fullName, 'bob', 'write');
  emu.addIssue(fullName, { title: 'An issue first', user: 'alice' });
  gh = new Octokit({ baseUrl: emu.url, auth: emu.tokenFor('carol'), log: quiet });
});
afterAll(async () => {
  emu.assertValid();
  await emu.stop();
});

describe('pull requests', () => {
  it('numbers pull requests with the issues and lists all their files across pages', async () => {
    const files: { filename: string; status?: 'added'; additions?: number }[] = Array.from(
      { length: 250 },
      (_, i) => ({ filename: `src/file-${i}.ts` }),
    );
    files.push({ filename: 'terraform/main.tf', status: 'added', additions: 12 });
    const pr = emu.addPullRequest(fullName, {
      title: 'Big change',
      user: 'alice',
      headSha: head,
      files,
      merged: { by: 'merger' },
    });
    expect(pr.number).toBe(2);
    expect(pr.merged).toMatchObject({ by: 'merger', sha: expect.stringMatching(/^[0-9a-f]{40}$/) });

    const listed = await gh.paginate(gh.rest.pulls.listFiles, {
      owner,
      repo,
      pull_number: 2,
      per_page: 100,
    });
    expect(listed.map((f) => f.filename)).toEqual(files.map((f) => f.filename));
    expect(listed.at(-1)).toMatchObject({
      filename: 'terraform/main.tf',
      status: 'added',
      additions: 12,
      deletions: 0,
      changes: 12,
      blob_url: `https://github.com/${fullName}/blob/${head}/terraform/main.tf`,
    });
    const firstPage = await gh.rest.pulls.listFiles({ owner, repo, pull_number: 2 });
    expect(firstPage.data).toHaveLength(30);
    expect(firstPage.headers.link).toContain('rel="next"');
  });

  it('lists at most 3000 files, as GitHub does', async () => {
    const files = Array.from({ length: 3100 }, (_, i) => ({ filename: `gen/${i}.json` }));
    const pr = emu.addPullRequest(fullName, { title: 'Huge', user: 'alice', headSha: head, files });
    const listed = await gh.paginate(gh.rest.pulls.listFiles, {
      owner,
      repo,
      pull_number: pr.number,
      per_page: 100,
    });
    expect(listed).toHaveLength(3000);
  });

  it('lists reviews oldest first with the commit each was made on, across pages', async () => {
    const pr = emu.addPullRequest(fullName, {
      number: 40,
      title: 'Reviewed',
      user: 'alice',
      headSha: head,
      files: [{ filename: 'README.md' }],
    });
    emu.addReview(fullName, pr.number, {
      user: 'bob',
      state: 'APPROVED',
      commitId: older,
      submittedAt: Date.UTC(2026, 2, 1, 9),
    });
    emu.addReview(fullName, pr.number, {
      user: 'carol',
      state: 'CHANGES_REQUESTED',
      commitId: head,
      submittedAt: Date.UTC(2026, 2, 1, 11),
    });
    emu.addReview(fullName, pr.number, {
      user: 'bob',
      state: 'COMMENTED',
      commitId: head,
      submittedAt: Date.UTC(2026, 2, 1, 10),
    });
    for (let i = 0; i < 40; i++)
      emu.addReview(fullName, pr.number, { user: 'alice', state: 'COMMENTED', commitId: head });

    const reviews = await gh.paginate(gh.rest.pulls.listReviews, { owner, repo, pull_number: 40 });
    expect(reviews).toHaveLength(43);
    expect(reviews.slice(0, 3).map((r) => [r.user?.login, r.state, r.commit_id, r.submitted_at])).toEqual([
      ['bob', 'APPROVED', older, '2026-03-01T09:00:00Z'],
      ['bob', 'COMMENTED', head, '2026-03-01T10:00:00Z'],
      ['carol', 'CHANGES_REQUESTED', head, '2026-03-01T11:00:00Z'],
    ]);
    expect(reviews[0]).toMatchObject({
      author_association: 'COLLABORATOR',
      pull_request_url: `${emu.url}/repos/${fullName}/pulls/40`,
    });
    // The next pull request is numbered after the one seeded with an explicit number.
    expect(
      emu.addPullRequest(fullName, { title: 'Next', user: 'alice', headSha: head, files: [] }).number,
    ).toBe(41);
  });

  it('answers 404 for a pull request that does not exist', async () => {
    await expect(gh.rest.pulls.listFiles({ owner, repo, pull_number: 999 })).rejects.toMatchObject({
      status: 404,
    });
    await expect(gh.rest.pulls.listReviews({ owner, repo, pull_number: 999 })).rejects.toMatchObject({
      status: 404,
    });
  });
});
