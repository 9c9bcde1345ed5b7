import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import { createSign, generateKeyPairSync } from 'node:crypto';
import { VirtualClock } from '../../packages/core/src/clock.js';
import { BranchStore, GitHubClient, appendChange } from '../../packages/core/src/index.js';
import { startEmulator, type EmulatorEvent, type GitHubEmulator } from '../harness/emulator/index.js';

/**
 * GitHub's token rules in the emulator (test/harness/emulator/rules.ts): each test names the docs
 * sentence it holds the emulator to.
 */

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const octokit = (token: string, url: string) =>
  new Octokit({ baseUrl: url, auth: token, log: quiet, retry: { enabled: false } });
const clock = new VirtualClock(Date.UTC(2026, 5, 1, 9));

let emu: GitHubEmulator;
const shop = 'octo-org/shop';
const secret = 'octo-org/secret';
const open = 'someone/public-lib';

beforeAll(async () => {
  emu = await startEmulator({ clock });
  for (const login of ['alice', 'writer', 'someone']) emu.addUser(login);
  emu.addRepo(shop, { private: true, files: { 'README.md': 'shop' } });
  emu.addRepo(secret, { private: true });
  emu.addRepo(open, { files: { 'index.js': 'x' } });
  emu.setPermission(shop, 'writer', 'write');
  emu.addTeam('octo-org', 'release-managers', ['alice']);
  emu.addIssue(shop, { title: 'Approve deploy', user: 'writer' });
});
afterAll(async () => {
  emu.assertValid();
  await emu.stop();
});

const graphqlViewer = async (token: string) => {
  const res = await fetch(`${emu.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ viewer { login databaseId } }' }),
  });
  return ((await res.json()) as { data: { viewer: { login: string; databaseId: number } } }).data.viewer;
};

describe('the workflow token (GITHUB_TOKEN)', () => {
  // "The GITHUB_TOKEN secret is a GitHub App installation access token." "The token's permissions are
  // limited to the repository that contains your workflow."
  // https://docs.github.com/en/actions/concepts/security/github_token
  it('acts as github-actions[bot], the same user for every workflow of every repository', async () => {
    const a = emu.workflowToken(shop, { permissions: { issues: 'write' } });
    const b = emu.workflowToken(secret, { permissions: { issues: 'write' } });
    expect(a).toMatch(/^ghs_/);
    const { data: comment } = await octokit(a, emu.url).rest.issues.createComment({
      owner: 'octo-org',
      repo: 'shop',
      issue_number: 1,
      body: 'from a workflow',
    });
    expect(comment.user).toMatchObject({ login: 'github-actions[bot]', id: 41898282, type: 'Bot' });
    expect(await graphqlViewer(a)).toEqual({ login: 'github-actions[bot]', databaseId: 41898282 });
    expect(await graphqlViewer(b)).toEqual(await graphqlViewer(a));
  });

  it('is refused GET /user: it is not a user', async () => {
    const token = emu.workflowToken(shop, { permissions: { contents: 'read' } });
    await expect(octokit(token, emu.url).rest.users.getAuthenticated()).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
  });

  // "permissions: ... Any permission that is absent from the list will be set to none."
  // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#permissions
  it('can do exactly what the job granted: issues read cannot comment, contents none cannot read files', async () => {
    const token = emu.workflowToken(shop, { permissions: { issues: 'read' } });
    const gh = octokit(token, emu.url);
    expect((await gh.rest.issues.get({ owner: 'octo-org', repo: 'shop', issue_number: 1 })).status).toBe(200);
    await expect(
      gh.rest.issues.createComment({ owner: 'octo-org', repo: 'shop', issue_number: 1, body: 'x' }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    await expect(
      gh.rest.repos.getContent({ owner: 'octo-org', repo: 'shop', path: 'README.md' }),
    ).rejects.toMatchObject({
      status: 403,
    });
    expect(emu.comments(shop, 1).map((c) => c.body)).not.toContain('x');
  });

  it('is valid on its own repository only: another private one is invisible, a public one read-only', async () => {
    const gh = octokit(
      emu.workflowToken(shop, { permissions: { contents: 'write', issues: 'write' } }),
      emu.url,
    );
    await expect(gh.rest.repos.get({ owner: 'octo-org', repo: 'secret' })).rejects.toMatchObject({
      status: 404,
    });
    expect(
      (await gh.rest.repos.getContent({ owner: 'someone', repo: 'public-lib', path: 'index.js' })).status,
    ).toBe(200);
    await expect(
      gh.rest.git.createBlob({ owner: 'someone', repo: 'public-lib', content: 'x', encoding: 'utf-8' }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('cannot see org teams at all: team and membership endpoints answer 404, as for a team that does not exist', async () => {
    const gh = octokit(
      emu.workflowToken(shop, { permissions: { contents: 'read', issues: 'write' } }),
      emu.url,
    );
    await expect(
      gh.rest.teams.getByName({ org: 'octo-org', team_slug: 'release-managers' }),
    ).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      gh.rest.teams.getMembershipForUserInOrg({
        org: 'octo-org',
        team_slug: 'release-managers',
        username: 'alice',
      }),
    ).rejects.toMatchObject({ status: 404 });
  });

  // "The rate limit for GITHUB_TOKEN is 1,000 requests per hour per repository."
  // https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api
  it('shares 1,000 requests per hour with every other workflow token of the repository', async () => {
    const repo = 'octo-org/busy';
    emu.addRepo(repo);
    const first = octokit(emu.workflowToken(repo, { permissions: { contents: 'read' } }), emu.url);
    const second = octokit(emu.workflowToken(repo, { permissions: { contents: 'read' } }), emu.url);
    const { headers } = await first.rest.repos.get({ owner: 'octo-org', repo: 'busy' });
    expect(headers['x-ratelimit-limit']).toBe('1000');
    for (let i = 1; i < 1000; i++)
      await (i % 2 ? second : first).request('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', {
        owner: 'octo-org',
        repo: 'busy',
        ref: 'heads',
      });
    await expect(second.rest.repos.get({ owner: 'octo-org', repo: 'busy' })).rejects.toMatchObject({
      status: 403,
      response: { headers: expect.objectContaining({ 'x-ratelimit-remaining': '0' }) },
    });
    clock.advance(60 * 60 * 1000);
    expect((await second.rest.repos.get({ owner: 'octo-org', repo: 'busy' })).status).toBe(200);
  });
});

describe('GitHub App installation tokens', () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const jwt = (appId: number) => {
    const now = Math.floor(clock.now() / 1000);
    const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const body = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iat: now - 60, exp: now + 540, iss: appId })}`;
    return `${body}.${createSign('RSA-SHA256').update(body).sign(privateKey).toString('base64url')}`;
  };

  // "An installation access token expires after 1 hour."
  // https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-an-installation-access-token-for-a-github-app
  it('are minted with the App JWT, act as <slug>[bot], and stop working after an hour', async () => {
    emu.installApp('shipgate-gate', {
      owner: 'octo-org',
      appId: 4711,
      privateKeyPem: pem,
      permissions: { issues: 'write', members: 'read' },
    });
    const app = octokit(jwt(4711), emu.url);
    const { data: installation } = await app.rest.apps.getRepoInstallation({
      owner: 'octo-org',
      repo: 'shop',
    });
    const { data: minted } = await app.rest.apps.createInstallationAccessToken({
      installation_id: installation.id,
    });
    const gh = octokit(minted.token, emu.url);
    await expect(gh.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
    expect((await graphqlViewer(minted.token)).login).toBe('shipgate-gate[bot]');
    // With the org permission "members" an App sees teams.
    const { data: membership } = await gh.rest.teams.getMembershipForUserInOrg({
      org: 'octo-org',
      team_slug: 'release-managers',
      username: 'alice',
    });
    expect(membership.state).toBe('active');
    // The JWT itself is for the /app endpoints only.
    await expect(
      app.rest.issues.get({ owner: 'octo-org', repo: 'shop', issue_number: 1 }),
    ).rejects.toMatchObject({
      status: 403,
    });
    clock.advance(60 * 60 * 1000);
    await expect(
      gh.rest.issues.get({ owner: 'octo-org', repo: 'shop', issue_number: 1 }),
    ).rejects.toMatchObject({
      status: 401,
    });
  });

  it('without the members permission see no teams (404)', async () => {
    const { token } = emu.appInstallationToken('other-app', {
      repositories: [shop],
      permissions: { issues: 'write' },
    });
    await expect(
      octokit(token, emu.url).rest.teams.getMembershipForUserInOrg({
        org: 'octo-org',
        team_slug: 'release-managers',
        username: 'alice',
      }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe('personal access tokens', () => {
  it('classic tokens need read:org for teams and repo for private repositories', async () => {
    const membership = (token: string) =>
      octokit(token, emu.url).rest.teams.getMembershipForUserInOrg({
        org: 'octo-org',
        team_slug: 'release-managers',
        username: 'alice',
      });
    await expect(membership(emu.classicToken('alice', ['repo']))).rejects.toMatchObject({ status: 404 });
    expect((await membership(emu.classicToken('alice', ['repo', 'read:org']))).data.state).toBe('active');
    await expect(
      octokit(emu.classicToken('writer', ['public_repo']), emu.url).rest.repos.get({
        owner: 'octo-org',
        repo: 'shop',
      }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('fine-grained tokens are limited to their repositories and permissions', async () => {
    const token = emu.fineGrainedToken('writer', { repositories: [shop], permissions: { issues: 'read' } });
    const gh = octokit(token, emu.url);
    expect((await gh.rest.issues.get({ owner: 'octo-org', repo: 'shop', issue_number: 1 })).status).toBe(200);
    await expect(
      gh.rest.issues.createComment({ owner: 'octo-org', repo: 'shop', issue_number: 1, body: 'y' }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringContaining('personal access token') });
  });
});

describe('rulesets', () => {
  // "Repository rule violations found" is a refusal; retrying from a new head cannot succeed.
  // https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-rulesets/available-rules-for-rulesets
  it('refuse a ref update with 422, and the branch store reports it at once instead of retrying it as a race', async () => {
    const repo = 'octo-org/ruled';
    emu.addRepo(repo);
    emu.setPermission(repo, 'writer', 'write');
    const client = new GitHubClient({ token: emu.tokenFor('writer'), baseUrl: emu.url, clock });
    const store = new BranchStore({ client, owner: 'octo-org', repo: 'ruled', branch: 'audit-log', clock });
    const append = (line: string) =>
      store.update(`append ${line}`, async (snapshot) => ({
        changes: { 'log.jsonl': appendChange(await snapshot.read('log.jsonl'), `${line}\n`) },
        result: line,
      }));
    await append('first');
    emu.protectBranch(repo, 'audit-*', { rules: ['pull_request'] });
    const before = emu.requests.filter((r) => r.method === 'PATCH').length;
    await expect(append('second')).rejects.toThrow(/refuses this update \(Repository rule violations found/);
    expect(emu.requests.filter((r) => r.method === 'PATCH').length - before).toBe(1);
    expect(emu.readFile(repo, 'audit-log', 'log.jsonl')).toBe('first\n');
  });
});

describe('re-runs', () => {
  // "You can re-run ... up to 30 days after its initial run." "A workflow run can be re-run a maximum of
  // 50 times." A run in progress cannot be re-run.
  // https://docs.github.com/en/actions/how-tos/manage-workflow-runs/re-run-workflows-and-jobs
  it('are refused for a run in progress, one older than 30 days, and one re-run 50 times already', async () => {
    const gh = octokit(emu.workflowToken(shop, { permissions: { actions: 'write' } }), emu.url);
    const rerun = (id: number) =>
      gh.rest.actions.reRunWorkflowFailedJobs({ owner: 'octo-org', repo: 'shop', run_id: id });
    const heard: number[] = [];
    const stop = emu.onRerun((r) => heard.push(r.runId));

    const running = emu.addWorkflowRun(shop, { status: 'in_progress', actor: 'writer' });
    await expect(rerun(running.id)).rejects.toMatchObject({ status: 403 });
    emu.updateWorkflowRun(shop, running.id, { status: 'completed', conclusion: 'failure' });
    expect((await rerun(running.id)).status).toBe(201);

    const old = emu.addWorkflowRun(shop, { status: 'completed', conclusion: 'failure', actor: 'writer' });
    clock.advance(31 * 24 * 60 * 60 * 1000);
    await expect(rerun(old.id)).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('over a month'),
    });

    const tired = emu.addWorkflowRun(shop, {
      status: 'completed',
      conclusion: 'failure',
      actor: 'writer',
      run_attempt: 51,
    });
    await expect(rerun(tired.id)).rejects.toMatchObject({ status: 403 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(heard).toEqual([running.id]);
    stop();
  });
});

describe('events', () => {
  // "events triggered by the GITHUB_TOKEN, with the exception of workflow_dispatch and
  // repository_dispatch, will not create a new workflow run."
  // https://docs.github.com/en/actions/how-tos/write-workflows/choose-when-workflows-run/trigger-a-workflow
  it("deliver a person's comment to workflows, and never the workflow token's own (except dispatches)", async () => {
    const events: EmulatorEvent[] = [];
    const stop = emu.onEvent((e) => events.push(e));
    const person = octokit(emu.tokenFor('writer'), emu.url);
    const workflow = octokit(
      emu.workflowToken(shop, { permissions: { issues: 'write', actions: 'write' } }),
      emu.url,
    );
    const params = { owner: 'octo-org', repo: 'shop', issue_number: 1 };
    await person.rest.issues.createComment({ ...params, body: '/approve' });
    await workflow.rest.issues.createComment({ ...params, body: '/approve' });
    await workflow.rest.actions.createWorkflowDispatch({
      owner: 'octo-org',
      repo: 'shop',
      workflow_id: 'deploy.yml',
      ref: 'main',
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    stop();
    expect(
      events.map((e) => [
        e.name,
        e.action,
        e.sender,
        e.startsWorkflows,
        (e.payload.comment as { body?: string })?.body,
      ]),
    ).toEqual([
      ['issue_comment', 'created', 'writer', true, '/approve'],
      ['issue_comment', 'created', 'github-actions[bot]', false, '/approve'],
      ['workflow_dispatch', undefined, 'github-actions[bot]', true, undefined],
    ]);
  });
});

describe("GraphQL: an issue's lastEditedAt, under the same rules as reading the issue", () => {
  // "lastEditedAt: The moment the editor made the last edit." No REST endpoint shows body edits.
  // https://docs.github.com/en/graphql/reference/objects#issue
  const lastEdited = async (token: string, name = 'shop', number = 1) => {
    const res = await fetch(`${emu.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'query($owner: String!, $name: String!, $number: Int!) { repository(owner: $owner, name: $name) { issue(number: $number) { lastEditedAt } } }',
        variables: { owner: 'octo-org', name, number },
      }),
    });
    return (await res.json()) as {
      data: { repository: { issue: { lastEditedAt: string | null } } | null };
      errors?: { type: string }[];
    };
  };

  it('is null until the body is edited, then the edit time; comments and closing are no body edits', async () => {
    const { number } = emu.addIssue(shop, { title: 'Edited?', body: 'original', user: 'writer' });
    const token = emu.workflowToken(shop, { permissions: { issues: 'write' } });
    const gh = octokit(token, emu.url);
    const at = async () => (await lastEdited(token, 'shop', number)).data.repository?.issue.lastEditedAt;
    await gh.rest.issues.createComment({ owner: 'octo-org', repo: 'shop', issue_number: number, body: 'hi' });
    await gh.rest.issues.update({ owner: 'octo-org', repo: 'shop', issue_number: number, state: 'closed' });
    expect(await at()).toBeNull();
    await gh.rest.issues.update({ owner: 'octo-org', repo: 'shop', issue_number: number, body: 'rewritten' });
    expect(await at()).toBe(new Date(clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z'));
  });

  it('hides an issue the token cannot see, and refuses a token without issues permission', async () => {
    expect((await lastEdited(emu.tokenFor('someone'))).errors?.[0].type).toBe('NOT_FOUND');
    const elsewhere = emu.workflowToken(secret, { permissions: { issues: 'read' } });
    expect((await lastEdited(elsewhere)).errors?.[0].type).toBe('NOT_FOUND');
    const noIssues = emu.workflowToken(shop, { permissions: { contents: 'read' } });
    expect((await lastEdited(noIssues)).errors?.[0].type).toBe('FORBIDDEN');
  });
});
