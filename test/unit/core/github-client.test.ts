import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CancelledError, GitHubClient, scaledClock } from '../../../packages/core/src/index.js';
import { startEmulator, type GitHubEmulator } from '../../harness/emulator/index.js';

let emulator: GitHubEmulator;
const clock = scaledClock(Date.now(), 100);
const repo = { owner: 'octo-org', repo: 'service' };

beforeAll(async () => {
  emulator = await startEmulator();
  emulator.addUser('alice');
  emulator.addRepo('octo-org/service');
  emulator.setPermission('octo-org/service', 'alice', 'write');
  emulator.addIssue('octo-org/service', { title: 'Deploy v1.2.3 to production', user: 'alice' });
  for (let i = 0; i < 260; i++)
    emulator.addComment('octo-org/service', 1, { user: 'alice', body: `comment ${i}` });
});
afterAll(async () => {
  emulator.assertValid();
  await emulator.stop();
});

const client = () =>
  new GitHubClient({
    token: emulator.tokenFor('alice'),
    baseUrl: emulator.url,
    clock,
    requestTimeoutMs: 2000,
  });
const commentsRoute = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';

describe('GitHubClient', () => {
  it('paginates: all 260 comments, in order, not the first 30', async () => {
    const comments = await client().listAll<{ body: string }>(commentsRoute, { ...repo, issue_number: 1 });
    expect(comments).toHaveLength(260);
    expect(comments[0].body).toBe('comment 0');
    expect(comments[259].body).toBe('comment 259');
  });

  it('polls with conditional requests: an unchanged list costs no rate limit and reuses the cached pages', async () => {
    const github = client();
    const first = await github.listConditional<{ body: string }>(commentsRoute, { ...repo, issue_number: 1 });
    expect(first).toMatchObject({ changed: true });
    expect(first.items).toHaveLength(260);
    const counted = github.stats.countedAgainstRateLimit;
    const serverCounted = emulator.stats.rateLimited;

    const second = await github.listConditional<{ body: string }>(commentsRoute, {
      ...repo,
      issue_number: 1,
    });
    expect(second.changed).toBe(false);
    expect(second.items).toEqual(first.items);
    expect(github.stats.countedAgainstRateLimit).toBe(counted);
    expect(emulator.stats.rateLimited).toBe(serverCounted);
    expect(github.stats.notModified).toBe(3);

    emulator.addComment('octo-org/service', 1, { user: 'alice', body: '/approve' });
    const third = await github.listConditional<{ body: string }>(commentsRoute, { ...repo, issue_number: 1 });
    expect(third.changed).toBe(true);
    expect(third.items.at(-1)?.body).toBe('/approve');
  });

  it('retries 5xx answers with backoff and returns the real answer', async () => {
    const github = client();
    emulator.injectFault({ method: 'GET', path: /\/issues\/1$/, status: 502, times: 2 });
    const { data } = await github.api.rest.issues.get({ ...repo, issue_number: 1 });
    expect(data.title).toBe('Deploy v1.2.3 to production');
    expect(github.stats.requests).toBe(3);
  });

  it('gives up after its retries when the 5xx storm lasts, with an error (never a made-up answer)', async () => {
    emulator.injectFault({ method: 'GET', path: /\/issues\/1$/, status: 503, times: Infinity });
    await expect(client().api.rest.issues.get({ ...repo, issue_number: 1 })).rejects.toMatchObject({
      status: 503,
    });
    emulator.clearFaults();
  });

  it('waits out a secondary rate limit for retry-after, then succeeds', async () => {
    const github = client();
    emulator.injectFault({
      method: 'GET',
      path: /\/issues\/1$/,
      secondaryRateLimit: { retryAfterSeconds: 30 },
      times: 1,
    });
    const started = clock.now();
    const { data } = await github.api.rest.issues.get({ ...repo, issue_number: 1 });
    expect(data.number).toBe(1);
    expect(github.stats.retried).toBe(1);
    // The client waited (on its clock) at least the 30 s the server asked for.
    expect(clock.now() - started).toBeGreaterThanOrEqual(30_000);
  });

  it('times out a hung request and retries it', async () => {
    const github = client();
    emulator.injectFault({ method: 'GET', path: /\/issues\/1$/, hang: true, times: 1 });
    const { data } = await github.api.rest.issues.get({ ...repo, issue_number: 1 });
    expect(data.number).toBe(1);
    expect(github.stats.requests).toBe(2);
  });

  it('stops at once when cancelled, without retrying', async () => {
    const controller = new AbortController();
    const github = new GitHubClient({
      token: emulator.tokenFor('alice'),
      baseUrl: emulator.url,
      clock,
      signal: controller.signal,
    });
    emulator.injectFault({ method: 'GET', path: /\/issues\/1$/, hang: true, times: 1 });
    setTimeout(() => controller.abort(), 50);
    await expect(github.api.rest.issues.get({ ...repo, issue_number: 1 })).rejects.toBeInstanceOf(
      CancelledError,
    );
    expect(github.stats.requests).toBe(1);
    emulator.clearFaults();
  });

  it('honours a GitHub Enterprise Server base URL with its /api/v3 prefix', async () => {
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      seen.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"number":1}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const ghes = new GitHubClient({ token: 't', baseUrl: `http://127.0.0.1:${port}/api/v3/`, clock });
    await ghes.api.rest.issues.get({ ...repo, issue_number: 1 });
    server.close();
    expect(seen).toEqual(['/api/v3/repos/octo-org/service/issues/1']);
  });

  it("is the toolkit's client: the token as `token <t>`, the run's ACTIONS_ORCHESTRATION_ID in the user agent", async () => {
    const seen: http.IncomingHttpHeaders[] = [];
    const server = http.createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"number":1}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    process.env.ACTIONS_ORCHESTRATION_ID = 'run 42/attempt 1';
    try {
      const github = new GitHubClient({ token: 'ghs_secret', baseUrl: `http://127.0.0.1:${port}`, clock });
      await github.api.rest.issues.get({ ...repo, issue_number: 1 });
    } finally {
      delete process.env.ACTIONS_ORCHESTRATION_ID;
      server.close();
    }
    expect(seen[0].authorization).toBe('token ghs_secret');
    expect(seen[0]['user-agent']).toMatch(
      /^shipgate actions_orchestration_id\/run_42_attempt_1 octokit-core/,
    );
  });
});
