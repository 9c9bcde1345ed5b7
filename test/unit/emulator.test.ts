import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import { startEmulator, type GitHubEmulator } from '../harness/emulator/index.js';

// Octokit without its console logging: error answers are what these tests provoke.
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const octokit = (token: string | undefined, url: string) =>
  new Octokit({ baseUrl: url, auth: token, log: quiet });

const owner = 'octo-org';
const repo = 'service';
const fullName = `${owner}/${repo}`;

describe('GitHub API emulator: every implemented endpoint answers what GitHub describes', () => {
  let emu: GitHubEmulator;
  let gh: Octokit;
  let sha: string;

  beforeAll(async () => {
    emu = await startEmulator();
    emu.addUser('alice');
    emu.addUser('bob');
    emu.addUser('deployer[bot]', { type: 'Bot' });
    emu.addRepo(fullName, { files: { 'README.md': '# service\n' } });
    sha = emu.ref(fullName, 'heads/main')!;
    emu.setPermission(fullName, 'alice', 'write');
    emu.addTeam(owner, 'approvers', ['alice']);
    gh = octokit(emu.tokenFor('alice'), emu.url);
  });
  afterAll(() => emu.stop());

  it('users, repositories and the rate limit', async () => {
    expect((await gh.rest.users.getAuthenticated()).data.login).toBe('alice');
    expect((await gh.rest.users.getByUsername({ username: 'bob' })).data.login).toBe('bob');
    // A bot's login has brackets; GitHub percent-encodes them in its URLs, which must stay valid URIs.
    const { data: bot } = await gh.rest.users.getByUsername({ username: 'deployer[bot]' });
    expect(bot).toMatchObject({ type: 'Bot', url: expect.stringMatching(/\/users\/deployer%5Bbot%5D$/) });
    const { data: r } = await gh.rest.repos.get({ owner, repo });
    expect(r).toMatchObject({
      full_name: fullName,
      default_branch: 'main',
      permissions: { push: true, admin: false },
    });
    const before = emu.stats.rateLimited;
    const { data: rate } = await gh.rest.rateLimit.get();
    expect(rate.resources.core.limit).toBe(5000);
    expect(emu.stats.rateLimited).toBe(before);
    emu.assertValid();
  });

  it('issues, labels, assignees, locks and reactions', async () => {
    const { data: created } = await gh.rest.issues.create({
      owner,
      repo,
      title: 'Deploy v1',
      labels: ['deploy'],
    });
    expect(created).toMatchObject({ number: 1, state: 'open', author_association: 'MEMBER' });
    await gh.rest.issues.createLabel({ owner, repo, name: 'approved', color: '00ff00' });
    expect((await gh.rest.issues.getLabel({ owner, repo, name: 'approved' })).data.color).toBe('00ff00');
    const { data: labels } = await gh.rest.issues.addLabels({
      owner,
      repo,
      issue_number: 1,
      labels: ['approved'],
    });
    expect(labels.map((l) => l.name)).toEqual(['deploy', 'approved']);
    await gh.rest.issues.addAssignees({ owner, repo, issue_number: 1, assignees: ['bob'] });
    const list = await gh.rest.issues.listForRepo({
      owner,
      repo,
      labels: 'deploy,approved',
      creator: 'alice',
    });
    expect(list.data.map((i) => i.number)).toEqual([1]);
    expect((await gh.rest.issues.listForRepo({ owner, repo, state: 'closed' })).data).toEqual([]);

    await gh.rest.issues.lock({ owner, repo, issue_number: 1, lock_reason: 'resolved' });
    expect((await gh.rest.issues.get({ owner, repo, issue_number: 1 })).data).toMatchObject({
      locked: true,
      active_lock_reason: 'resolved',
      assignees: [expect.objectContaining({ login: 'bob' })],
    });
    await gh.rest.issues.unlock({ owner, repo, issue_number: 1 });
    const { data: closed } = await gh.rest.issues.update({
      owner,
      repo,
      issue_number: 1,
      state: 'closed',
      state_reason: 'not_planned',
      title: 'Deploy v1 (cancelled)',
    });
    expect(closed).toMatchObject({ state: 'closed', state_reason: 'not_planned', locked: false });
    expect(closed.closed_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const first = await gh.rest.reactions.createForIssue({ owner, repo, issue_number: 1, content: 'rocket' });
    const again = await gh.rest.reactions.createForIssue({ owner, repo, issue_number: 1, content: 'rocket' });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.data.id).toBe(first.data.id);

    // The issue's events: labels, lock, rename and state changes, in order; comments are no events,
    // so a comment leaves the events list (and its ETag) as it was while the issue itself changes.
    const { data: events, headers } = await gh.rest.issues.listEvents({ owner, repo, issue_number: 1 });
    expect(events.map((e) => e.event)).toEqual(['labeled', 'locked', 'unlocked', 'renamed', 'closed']);
    expect(events[3]).toMatchObject({ rename: { from: 'Deploy v1', to: 'Deploy v1 (cancelled)' } });
    expect(events[4]).toMatchObject({ actor: { login: 'alice' }, state_reason: 'not_planned' });
    const issueEtag = (await gh.rest.issues.get({ owner, repo, issue_number: 1 })).headers.etag;
    await gh.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'a comment is no event' });
    const conditional = (url: string, etag?: string) =>
      fetch(`${emu.url}${url}`, {
        headers: { authorization: `token ${emu.tokenFor('alice')}`, 'if-none-match': etag ?? '' },
      }).then((r) => r.status);
    expect(await conditional(`/repos/${fullName}/issues/1/events`, headers.etag)).toBe(304);
    expect(await conditional(`/repos/${fullName}/issues/1`, issueEtag)).toBe(200);
    emu.assertValid();
  });

  it('issue comments: create, read, edit (updated_at moves, author stays), delete, react', async () => {
    const { data: issue } = await gh.rest.issues.create({ owner, repo, title: 'Approve deploy' });
    const { data: c } = await gh.rest.issues.createComment({
      owner,
      repo,
      issue_number: issue.number,
      body: 'hi',
    });
    expect(c).toMatchObject({ body: 'hi', user: { login: 'alice' }, author_association: 'MEMBER' });
    expect(c.created_at).toMatch(/:\d\dZ$/);
    const { data: edited } = await gh.rest.issues.updateComment({
      owner,
      repo,
      comment_id: c.id,
      body: 'hello',
    });
    expect(Date.parse(edited.updated_at)).toBeGreaterThan(Date.parse(c.updated_at));
    emu.editComment(fullName, c.id, { body: '/approve', by: 'bob' });
    const { data: read } = await gh.rest.issues.getComment({ owner, repo, comment_id: c.id });
    expect(read).toMatchObject({ body: '/approve', user: { login: 'alice' } });
    const reaction = await gh.rest.reactions.createForIssueComment({
      owner,
      repo,
      comment_id: c.id,
      content: '+1',
    });
    expect(reaction.status).toBe(201);
    const since = await gh.rest.issues.listComments({
      owner,
      repo,
      issue_number: issue.number,
      since: new Date(Date.parse(edited.updated_at) + 1).toISOString(),
    });
    expect(since.data.map((x) => x.id)).toEqual([c.id]);
    await gh.rest.issues.deleteComment({ owner, repo, comment_id: c.id });
    expect(emu.comments(fullName, issue.number)).toEqual([]);
    emu.assertValid();
  });

  it('collaborator permission and team membership', async () => {
    const { data: perm } = await gh.rest.repos.getCollaboratorPermissionLevel({
      owner,
      repo,
      username: 'alice',
    });
    expect(perm).toMatchObject({ permission: 'write', role_name: 'write', user: { login: 'alice' } });
    const { data: none } = await gh.rest.repos.getCollaboratorPermissionLevel({
      owner,
      repo,
      username: 'bob',
    });
    expect(none.permission).toBe('read');
    const { data: membership } = await gh.rest.teams.getMembershipForUserInOrg({
      org: owner,
      team_slug: 'approvers',
      username: 'alice',
    });
    expect(membership).toMatchObject({ state: 'active', role: 'member' });
    await expect(
      gh.rest.teams.getMembershipForUserInOrg({ org: owner, team_slug: 'approvers', username: 'bob' }),
    ).rejects.toMatchObject({ status: 404 });
    emu.assertValid();
  });

  it('check runs and commit statuses', async () => {
    const bot = octokit(emu.tokenFor('deployer[bot]'), emu.url);
    emu.setPermission(fullName, 'deployer[bot]', 'write');
    const { data: run } = await bot.rest.checks.create({
      owner,
      repo,
      name: 'build',
      head_sha: sha,
      status: 'in_progress',
    });
    expect(run).toMatchObject({ status: 'in_progress', conclusion: null, app: { slug: 'deployer' } });
    await bot.rest.checks.update({ owner, repo, check_run_id: run.id, conclusion: 'failure' });
    await bot.rest.checks.create({ owner, repo, name: 'build', head_sha: sha, conclusion: 'success' });
    const seeded = emu.addCheckRun(fullName, sha, { name: 'lint', status: 'queued' });
    emu.updateCheckRun(fullName, seeded.id, { status: 'completed', conclusion: 'success' });

    const latest = await gh.rest.checks.listForRef({ owner, repo, ref: 'main' });
    expect(latest.data.total_count).toBe(2);
    expect(latest.data.check_runs.map((r) => [r.name, r.conclusion]).sort()).toEqual([
      ['build', 'success'],
      ['lint', 'success'],
    ]);
    const all = await gh.rest.checks.listForRef({
      owner,
      repo,
      ref: sha,
      filter: 'all',
      check_name: 'build',
    });
    expect(all.data.total_count).toBe(2);
    expect((await gh.rest.checks.get({ owner, repo, check_run_id: run.id })).data.conclusion).toBe('failure');

    await gh.rest.repos.createCommitStatus({ owner, repo, sha, state: 'pending', context: 'ci' });
    await gh.rest.repos.createCommitStatus({ owner, repo, sha, state: 'success', context: 'ci' });
    await gh.rest.repos.createCommitStatus({ owner, repo, sha, state: 'success', context: 'scan' });
    const { data: combined } = await gh.rest.repos.getCombinedStatusForRef({ owner, repo, ref: 'main' });
    expect(combined).toMatchObject({ state: 'success', total_count: 2, sha });
    const { data: statuses } = await gh.rest.repos.listCommitStatusesForRef({ owner, repo, ref: sha });
    expect(statuses.map((s) => s.state)).toEqual(['success', 'success', 'pending']);
    emu.assertValid();
  });

  it('deployments and deployment statuses', async () => {
    const { data: d } = await gh.rest.repos.createDeployment({
      owner,
      repo,
      ref: 'main',
      environment: 'staging',
      auto_merge: false,
      required_contexts: ['ci'],
      payload: { version: '1.2.3' },
    });
    if (!('id' in d)) throw new Error('expected a deployment');
    expect(d).toMatchObject({ sha, environment: 'staging', payload: { version: '1.2.3' } });
    await gh.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: d.id, state: 'in_progress' });
    await gh.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: d.id,
      state: 'success',
      environment_url: 'https://staging.example.com',
    });
    const { data: statuses } = await gh.rest.repos.listDeploymentStatuses({
      owner,
      repo,
      deployment_id: d.id,
    });
    expect(statuses.map((s) => s.state)).toEqual(['success', 'in_progress']);
    expect((await gh.rest.repos.getDeployment({ owner, repo, deployment_id: d.id })).data.id).toBe(d.id);
    expect((await gh.rest.repos.listDeployments({ owner, repo, environment: 'staging' })).data).toHaveLength(
      1,
    );
    expect(
      (await gh.rest.repos.listDeployments({ owner, repo, environment: 'production' })).data,
    ).toHaveLength(0);
    await expect(
      gh.rest.repos.createDeployment({ owner, repo, ref: 'main', required_contexts: ['security'] }),
    ).rejects.toMatchObject({ status: 409 });
    emu.assertValid();
  });

  it('workflow dispatches, re-runs and runs', async () => {
    await gh.rest.actions.createWorkflowDispatch({
      owner,
      repo,
      workflow_id: 'deploy.yml',
      ref: 'main',
      inputs: { environment: 'production' },
    });
    expect(emu.dispatches).toEqual([
      { repo: fullName, workflow: 'deploy.yml', ref: 'main', inputs: { environment: 'production' } },
    ]);
    emu.addWorkflowRun(fullName, {
      id: 42,
      status: 'completed',
      conclusion: 'failure',
      actor: 'alice',
      triggering_actor: 'bob',
      head_sha: sha,
    });
    const { data: run } = await gh.rest.actions.getWorkflowRun({ owner, repo, run_id: 42 });
    expect(run).toMatchObject({
      id: 42,
      conclusion: 'failure',
      actor: { login: 'alice' },
      triggering_actor: { login: 'bob' },
    });
    await gh.rest.actions.reRunWorkflowFailedJobs({ owner, repo, run_id: 42 });
    expect(emu.reruns).toEqual([{ repo: fullName, runId: 42 }]);
    emu.assertValid();
  });
});

describe('GitHub API emulator: requests GitHub would reject', () => {
  let emu: GitHubEmulator;
  let gh: Octokit;

  beforeAll(async () => {
    emu = await startEmulator();
    emu.addUser('alice');
    emu.addRepo(fullName);
    emu.setPermission(fullName, 'alice', 'write');
    gh = octokit(emu.tokenFor('alice'), emu.url);
  });
  afterAll(() => emu.stop());

  // Requests as a careless client sends them, past Octokit's parameter types.
  const send = (route: string, params: Record<string, unknown>) => gh.request(route, params);

  it('rejects a body that breaks the schema with 422, and records it', async () => {
    await expect(
      send('POST /repos/{owner}/{repo}/issues', { owner, repo, title: 'x', labels: 'deploy' }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('labels must be array') });
    expect(emu.validationErrors).toEqual([expect.stringContaining('request body/labels must be array')]);
    expect(() => emu.assertValid()).toThrow(/labels must be array/);
    expect(emu.issue(fullName, 1)).toBeUndefined();
  });

  it('rejects an unknown query parameter and a mistyped one', async () => {
    const before = emu.validationErrors.length;
    await expect(
      send('GET /repos/{owner}/{repo}/issues', { owner, repo, sort_by: 'created' }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      send('GET /repos/{owner}/{repo}/issues', { owner, repo, per_page: 'abc' }),
    ).rejects.toMatchObject({
      status: 422,
    });
    expect(emu.validationErrors.slice(before)).toEqual([
      expect.stringContaining("'sort_by' is not a parameter"),
      expect.stringContaining('query/per_page must be integer'),
    ]);
  });

  it('answers 404 to an endpoint GitHub does not have, and to one the emulator does not implement, recording both', async () => {
    const before = emu.validationErrors.length;
    await expect(send('GET /repos/{owner}/{repo}/deploy-gates', { owner, repo })).rejects.toMatchObject({
      status: 404,
    });
    await expect(gh.rest.repos.listForks({ owner, repo })).rejects.toMatchObject({ status: 404 });
    expect(emu.validationErrors.slice(before)).toEqual([
      expect.stringContaining('no such operation'),
      expect.stringContaining('repos/list-forks is not implemented'),
    ]);
  });

  it('records a client reading fields GitHub does not send: responses are validated too', async () => {
    // A valid request whose answer the emulator builds from state; corrupt the state to prove the check.
    const issue = emu.addIssue(fullName, { title: 'x', user: 'alice' });
    (issue as { title: unknown }).title = null;
    const before = emu.validationErrors.length;
    await gh.rest.issues.get({ owner, repo, issue_number: issue.number });
    expect(emu.validationErrors.slice(before)).toEqual([
      expect.stringContaining('200 response/title must be string'),
    ]);
  });
});

describe('GitHub API emulator: authentication and permissions', () => {
  let emu: GitHubEmulator;

  beforeAll(async () => {
    emu = await startEmulator();
    emu.addUser('alice');
    emu.addUser('reader');
    emu.addUser('outsider');
    emu.addUser('auditor', { canReadOrg: true });
    emu.addRepo(fullName);
    emu.addRepo(`${owner}/secret`, { private: true });
    emu.setPermission(fullName, 'alice', 'admin');
    emu.setPermission(fullName, 'reader', 'read');
    emu.addTeam(owner, 'approvers', ['alice']);
  });
  afterAll(() => {
    emu.assertValid();
    return emu.stop();
  });

  it('answers 401 Bad credentials to a missing or unknown token', async () => {
    for (const token of [undefined, 'ghp_not-a-token']) {
      await expect(octokit(token, emu.url).rest.repos.get({ owner, repo })).rejects.toMatchObject({
        status: 401,
        message: expect.stringContaining('Bad credentials'),
      });
    }
  });

  it('accepts "token X" and "Bearer X"', async () => {
    for (const scheme of ['token', 'Bearer']) {
      const response = await fetch(`${emu.url}/user`, {
        headers: { authorization: `${scheme} ${emu.tokenFor('reader')}` },
      });
      expect(response.status).toBe(200);
    }
  });

  it('needs write permission to write, hides private repositories, and makes the owner admin', async () => {
    const reader = octokit(emu.tokenFor('reader'), emu.url);
    await expect(reader.rest.issues.createLabel({ owner, repo, name: 'x' })).rejects.toMatchObject({
      status: 403,
    });
    await expect(reader.rest.repos.get({ owner, repo: 'secret' })).rejects.toMatchObject({ status: 404 });
    const alice = octokit(emu.tokenFor('alice'), emu.url);
    await alice.rest.issues.createLabel({ owner, repo, name: 'x' });
    emu.addUser('solo');
    emu.addRepo('solo/tool');
    const { data } = await alice.rest.repos.getCollaboratorPermissionLevel({
      owner: 'solo',
      repo: 'tool',
      username: 'solo',
    });
    expect(data).toMatchObject({ permission: 'admin', role_name: 'admin' });
    const { data: maintain } = await (async () => {
      emu.setPermission(fullName, 'reader', 'maintain');
      return alice.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'reader' });
    })();
    expect(maintain).toMatchObject({ permission: 'write', role_name: 'maintain' });
    emu.setPermission(fullName, 'reader', 'read');
  });

  it('computes author_association from the author relation to the repository', async () => {
    emu.addUser('octo-owner');
    emu.addRepo('octo-owner/app');
    emu.setPermission('octo-owner/app', 'reader', 'write');
    emu.addIssue('octo-owner/app', { title: 't', user: 'octo-owner' });
    const associations: Record<string, string> = {};
    for (const login of ['octo-owner', 'reader', 'outsider']) {
      const { data } = await octokit(emu.tokenFor(login), emu.url).rest.issues.createComment({
        owner: 'octo-owner',
        repo: 'app',
        issue_number: 1,
        body: 'hi',
      });
      associations[login] = data.author_association;
    }
    expect(associations).toEqual({ 'octo-owner': 'OWNER', reader: 'COLLABORATOR', outsider: 'NONE' });
  });

  // A team the caller cannot see answers 404, as a non-member does: GitHub does not reveal teams.
  // https://docs.github.com/en/rest/teams/members#get-team-membership-for-a-user
  it('lets org members and read:org holders read team membership; to anyone else the team does not exist (404)', async () => {
    const ask = (login: string, username: string) =>
      octokit(emu.tokenFor(login), emu.url).rest.teams.getMembershipForUserInOrg({
        org: owner,
        team_slug: 'approvers',
        username,
      });
    expect((await ask('alice', 'alice')).data.state).toBe('active');
    expect((await ask('auditor', 'alice')).data.state).toBe('active');
    await expect(ask('auditor', 'outsider')).rejects.toMatchObject({ status: 404 });
    await expect(ask('outsider', 'alice')).rejects.toMatchObject({ status: 404 });
  });
});
