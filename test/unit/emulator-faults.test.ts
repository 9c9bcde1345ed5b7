import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import { startEmulator, type GitHubEmulator } from '../harness/emulator/index.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const owner = 'octo-org';
const repo = 'service';
const fullName = `${owner}/${repo}`;

let emu: GitHubEmulator;
let gh: Octokit;

beforeAll(async () => {
  emu = await startEmulator();
  emu.addUser('alice');
  emu.addRepo(fullName);
  emu.setPermission(fullName, 'alice', 'write');
  emu.addIssue(fullName, { title: 'Deploy', user: 'alice' });
  gh = new Octokit({ baseUrl: emu.url, auth: emu.tokenFor('alice'), log: quiet });
});
afterAll(async () => {
  emu.assertValid();
  await emu.stop();
});

const getIssue = () => gh.rest.issues.get({ owner, repo, issue_number: 1 });
const statusOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error: { status: number }) => error.status,
  );

describe('fault injection', () => {
  it('answers 5xx the given number of times, then the real answer', async () => {
    emu.injectFault({ method: 'GET', path: /\/issues\/1$/, status: 502, times: 2 });
    await expect(getIssue()).rejects.toMatchObject({
      status: 502,
      response: { data: { message: 'Server Error' } },
    });
    expect(await statusOf(getIssue())).toBe(502);
    expect((await getIssue()).data.title).toBe('Deploy');
  });

  it('matches faults by method and path, and clearFaults removes an endless one', async () => {
    emu.injectFault({ method: 'POST', path: /\/issues\/1$/, status: 500, times: Infinity });
    emu.injectFault({ path: `/repos/${fullName}/issues/1`, status: 503, times: Infinity });
    expect(await statusOf(getIssue())).toBe(503);
    expect(await statusOf(getIssue())).toBe(503);
    emu.clearFaults();
    expect(await statusOf(getIssue())).toBe(200);
  });

  it('answers a secondary rate limit with retry-after, in the form @octokit/plugin-throttling detects', async () => {
    const before = emu.stats.rateLimited;
    emu.injectFault({ path: /\/issues\/1$/, secondaryRateLimit: { retryAfterSeconds: 60 } });
    emu.injectFault({ path: /\/issues\/1$/, secondaryRateLimit: { retryAfterSeconds: 5, status: 429 } });
    const first = (await getIssue().catch((e: unknown) => e)) as {
      status: number;
      response: { headers: Record<string, string> };
      message: string;
    };
    expect(first.status).toBe(403);
    expect(first.response.headers['retry-after']).toBe('60');
    expect(first.message).toMatch(/\bsecondary rate\b/i);
    const second = (await getIssue().catch((e: unknown) => e)) as {
      status: number;
      response: { headers: Record<string, string> };
    };
    expect(second.status).toBe(429);
    expect(second.response.headers['retry-after']).toBe('5');
    expect(emu.stats.rateLimited).toBe(before + 2);
    expect((await getIssue()).status).toBe(200);
  });

  it('hangs a request until the client gives up; the next one is answered', async () => {
    emu.injectFault({ path: /\/issues\/1$/, hang: true });
    const signal = AbortSignal.timeout(200);
    const started = Date.now();
    await expect(gh.rest.issues.get({ owner, repo, issue_number: 1, request: { signal } })).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect((await getIssue()).status).toBe(200);
  });

  it('answers slowly with delayMs, then normally', async () => {
    emu.injectFault({ path: /\/issues\/1$/, delayMs: 300 });
    const started = Date.now();
    expect((await getIssue()).data.title).toBe('Deploy');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('refConflict fails the next ref update as non-fast-forward, leaving the ref alone, and ignores other requests', async () => {
    const head = emu.ref(fullName, 'heads/main')!;
    const { data: commit } = await gh.rest.git.createCommit({
      owner,
      repo,
      message: 'next',
      tree: (await gh.rest.git.getCommit({ owner, repo, commit_sha: head })).data.tree.sha,
      parents: [head],
    });
    emu.injectFault({ path: /\/git\/refs?\//, refConflict: true });
    // A read of the ref does not consume the fault: only the update does.
    await gh.rest.git.getRef({ owner, repo, ref: 'heads/main' });
    await expect(
      gh.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: commit.sha }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Update is not a fast forward'),
    });
    expect(emu.ref(fullName, 'heads/main')).toBe(head);
    await gh.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: commit.sha });
    expect(emu.ref(fullName, 'heads/main')).toBe(commit.sha);
  });

  it('adds fault headers to an otherwise normal answer', async () => {
    emu.injectFault({ path: /\/issues\/1$/, headers: { 'x-ratelimit-remaining': '0' } });
    expect((await getIssue()).headers['x-ratelimit-remaining']).toBe('0');
  });

  it('stop() closes a hung request instead of waiting for it', async () => {
    const other = await startEmulator();
    other.addUser('alice');
    other.addRepo(fullName);
    other.addIssue(fullName, { title: 'x', user: 'alice' });
    other.injectFault({ hang: true, times: Infinity });
    const hung = fetch(`${other.url}/repos/${fullName}/issues/1`, {
      headers: { authorization: `token ${other.tokenFor('alice')}` },
    }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await other.stop();
    expect(String(await hung)).toMatch(/fetch failed|terminated|socket/i);
  });
});
