import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import { VirtualClock } from '../../packages/core/src/clock.js';
import { startEmulator, type GitHubEmulator } from '../harness/emulator/index.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const owner = 'octo-org';
const repo = 'service';
const fullName = `${owner}/${repo}`;

let emu: GitHubEmulator;
let gh: Octokit;
let token: string;
const clock = new VirtualClock(Date.UTC(2026, 2, 1, 12));

beforeAll(async () => {
  emu = await startEmulator({ clock });
  emu.addUser('alice');
  emu.addRepo(fullName);
  emu.addIssue(fullName, { title: 'Approve deploy', user: 'alice' });
  for (let i = 0; i < 250; i++) emu.addComment(fullName, 1, { user: 'alice', body: `comment ${i}` });
  token = emu.tokenFor('alice');
  gh = new Octokit({ baseUrl: emu.url, auth: token, log: quiet });
});
afterAll(async () => {
  emu.assertValid();
  await emu.stop();
});

const commentsUrl = () => `${emu.url}/repos/${fullName}/issues/1/comments`;
const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { headers: { authorization: `token ${token}`, ...headers } });

describe('pagination', () => {
  it('octokit.paginate reads all 250 comments in order, following Link headers', async () => {
    const comments = await gh.paginate(gh.rest.issues.listComments, {
      owner,
      repo,
      issue_number: 1,
      per_page: 100,
    });
    expect(comments.map((c) => c.body)).toEqual(Array.from({ length: 250 }, (_, i) => `comment ${i}`));
  });

  it('defaults to 30 per page, caps per_page at 100, and links next/last/first/prev on this server', async () => {
    const first = await get(commentsUrl());
    expect(await first.json()).toHaveLength(30);
    expect(first.headers.get('link')).toBe(
      `<${commentsUrl()}?page=2>; rel="next", <${commentsUrl()}?page=9>; rel="last"`,
    );
    const middle = await get(`${commentsUrl()}?per_page=500&page=2`);
    expect(await middle.json()).toHaveLength(100);
    const links = middle.headers.get('link')!;
    for (const [page, rel] of [
      [1, 'prev'],
      [3, 'next'],
      [3, 'last'],
      [1, 'first'],
    ])
      expect(links).toContain(`<${commentsUrl()}?per_page=100&page=${page}>; rel="${rel}"`);
  });

  it('sets the x-ratelimit headers on every answer', async () => {
    const response = await get(commentsUrl());
    expect(response.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(Number(response.headers.get('x-ratelimit-used'))).toBeGreaterThan(0);
    expect(Number(response.headers.get('x-ratelimit-remaining'))).toBe(
      5000 - Number(response.headers.get('x-ratelimit-used')),
    );
    expect(Number(response.headers.get('x-ratelimit-reset'))).toBeGreaterThan(clock.now() / 1000);
    expect(response.headers.get('x-ratelimit-resource')).toBe('core');
  });

  it('filters comments by updated_at with since', async () => {
    clock.advance(60_000);
    const [edited] = emu.comments(fullName, 1).slice(10, 11);
    emu.editComment(fullName, edited.id, { body: 'edited' });
    const since = new Date(clock.now()).toISOString();
    const { data } = await gh.rest.issues.listComments({ owner, repo, issue_number: 1, since });
    expect(data.map((c) => c.body)).toEqual(['edited']);
  });
});

describe('conditional requests', () => {
  it('answers 304 with an empty body to a matching If-None-Match, without counting it against the rate limit', async () => {
    const first = await get(commentsUrl());
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    const counted = emu.stats.rateLimited;
    const notModified = emu.stats.notModified;

    const second = await get(commentsUrl(), { 'if-none-match': etag });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe('');
    expect(emu.stats.rateLimited).toBe(counted);
    expect(emu.stats.notModified).toBe(notModified + 1);

    emu.addComment(fullName, 1, { user: 'alice', body: 'new' });
    // The new comment is on the last page; a page's ETag changes with what the page holds.
    const last = await get(`${commentsUrl()}?page=9`, { 'if-none-match': etag });
    expect(last.status).toBe(200);
    const firstAgain = await get(commentsUrl(), { 'if-none-match': etag });
    expect(firstAgain.status).toBe(304);
    expect(emu.stats.rateLimited).toBe(counted + 1);
  });

  it('changes the ETag when a comment on the page changes', async () => {
    const first = await get(commentsUrl());
    emu.editComment(fullName, emu.comments(fullName, 1)[0].id, { body: 'changed' });
    const second = await get(commentsUrl(), { 'if-none-match': first.headers.get('etag')! });
    expect(second.status).toBe(200);
    expect(((await second.json()) as { body: string }[])[0].body).toBe('changed');
  });
});
