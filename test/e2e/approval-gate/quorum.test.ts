import { afterEach, describe, expect, it } from '@jest/globals';
import { REPO, asUser, assertValid, until, world, type World } from './helpers.js';

let w: World;
afterEach(async () => {
  assertValid(w.emulator);
  await w.emulator.stop();
});

const closedAndLocked = () => {
  const issue = w.emulator.issue(REPO, 1)!;
  return [issue.state, issue.locked];
};
const lastComment = () => w.emulator.comments(REPO, 1).at(-1)!;

describe('approval-gate: who counts', () => {
  it('two of three with a team: approved by two distinct approvers (one via the team), closed, locked, summarised', async () => {
    w = await world();
    const run = w.gate({
      approvers: 'alice, octo-org/sre, carol',
      'minimum-approvals': 2,
      environment: 'production',
      version: 'v1.2.3',
    });
    const issue = await w.opened();
    w.say(issue, 'alice', '/approve looks good');
    w.say(issue, 'alice', '/approve again');
    w.say(issue, 'dave', '/APPROVE');
    const result = await run;
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      decision: 'approved',
      'approved-by': 'alice,dave',
      'denied-by': '',
      'issue-number': '1',
    });
    expect(result.outputs['issue-url']).toMatch(/\/octo-org\/service\/issues\/1$/);
    expect(closedAndLocked()).toEqual(['closed', true]);
    const last = lastComment();
    expect(last.user).toBe('shipgate-bot');
    expect(last.body).toMatch(/Approved/);
    expect(last.body).toMatch(
      /@alice at \S+ \(\[comment\]\(https:\/\/github\.com\/octo-org\/service\/issues\/1#issuecomment-\d+\)\): looks good/,
    );
    expect(last.body).toMatch(/@dave at/);
    expect(result.summary).toContain('| alice | approve |');
    expect(result.summary).toContain('| dave | approve |');
  }, 30_000);

  it('reads every comment: an approval after 260 others counts (paginated), and polling is conditional', async () => {
    w = await world();
    const run = w.gate({ approvers: 'bob', 'poll-interval': '10s' });
    const issue = await w.opened();
    for (let i = 0; i < 260; i++) w.say(issue, i % 2 ? 'mallory' : 'carol', `comment ${i}: looking into it`);
    await until(() => w.emulator.stats.notModified > 3, 'polls answered 304');
    w.say(issue, 'bob', '/approve');
    const done = await run;
    expect(w.emulator.comments(REPO, 1).length).toBe(262);
    expect(done.outputs).toMatchObject({ decision: 'approved', 'approved-by': 'bob' });
    expect(done.exitCode).toBe(0);
    // Three pages of 100 were read, and unchanged pages cost no rate limit.
    const pages = w.emulator.requests.filter(
      (r) => r.path.endsWith('/issues/1/comments') && r.method === 'GET',
    );
    expect(new Set(pages.map((r) => new URLSearchParams(r.query).get('page')))).toEqual(
      new Set(['1', '2', '3']),
    );
    expect(pages.some((r) => r.status === 304)).toBe(true);
  }, 30_000);

  it('a deny from an approver denies even after approvals: fails, closes with the reason', async () => {
    w = await world();
    const run = w.gate({ approvers: 'alice, bob, carol', 'minimum-approvals': 3 });
    const issue = await w.opened();
    w.say(issue, 'alice', '/approve');
    w.say(issue, 'bob', '/approve');
    w.say(issue, 'carol', '/reject the migration is not reversible');
    const result = await run;
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ decision: 'denied', 'denied-by': 'carol' });
    expect(result.outputs.reason).toContain('the migration is not reversible');
    expect(result.annotations.some((a) => a.level === 'error' && a.message.includes('denied by carol'))).toBe(
      true,
    );
    expect(closedAndLocked()).toEqual(['closed', true]);
    expect(w.emulator.issue(REPO, 1)!.stateReason).toBe('not_planned');
    expect(lastComment().body).toMatch(/Denied[\s\S]*@carol/);
  }, 30_000);

  it('the requester (actor, triggering actor, PR author) cannot approve unless allowed', async () => {
    w = await world();
    const event = { pull_request: { number: 7, user: { login: 'pr-author' } } };
    const run = w.gate(
      { approvers: 'deployer, rerunner, pr-author, alice' },
      { actor: 'deployer', triggeringActor: 'rerunner', eventName: 'pull_request', event },
    );
    const issue = await w.opened();
    w.say(issue, 'deployer', '/approve');
    w.say(issue, 'pr-author', '/approve');
    w.emulator.setPermission(REPO, 'rerunner', 'write');
    w.say(issue, 'rerunner', '/approve');
    await until(() => w.emulator.stats.notModified > 2, 'a few polls');
    w.say(issue, 'alice', '/approve');
    const result = await run;
    expect(result.outputs).toMatchObject({ decision: 'approved', 'approved-by': 'alice' });
    expect(result.summary).toMatch(/\| deployer \| the requester cannot approve \|/);
    expect(result.summary).toMatch(/\| pr-author \| the requester cannot approve \|/);
    expect(result.summary).toMatch(/\| rerunner \| the requester cannot approve \|/);
  }, 30_000);

  it('self-approval counts with allow-self-approval', async () => {
    w = await world();
    const run = w.gate({ approvers: 'deployer', 'allow-self-approval': true });
    w.say(await w.opened(), 'deployer', '/approve');
    const result = await run;
    expect(result.outputs).toMatchObject({ decision: 'approved', 'approved-by': 'deployer' });
  }, 30_000);

  it('bots, non-collaborators and people who are not approvers never count; timeout then fails and closes', async () => {
    w = await world();
    w.emulator.setPermission(REPO, 'mallory', 'read');
    const run = w.gate({ approvers: 'renovate-bot, octo-org/sre, carol', timeout: '20m' });
    const issue = await w.opened();
    w.say(issue, 'renovate-bot', '/approve');
    w.say(issue, 'mallory', '/approve'); // in the team, but only read permission
    w.say(issue, 'bob', '/approve'); // write permission, not an approver
    w.say(issue, 'bob', '/deny'); // nor does his deny count
    const result = await run;
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ decision: 'timed-out', 'approved-by': '', 'denied-by': '' });
    expect(result.summary).toMatch(/\| renovate-bot \| bots never count \|/);
    expect(result.summary).toMatch(/\| mallory \| no write permission on the repository \|/);
    expect(result.summary).toMatch(/\| bob \| not a listed approver \|/);
    expect(closedAndLocked()).toEqual(['closed', true]);
    expect(lastComment().body).toMatch(/Timed out[\s\S]*no decision within 20m/);
  }, 30_000);

  it('an edited comment does not count; the gate asks once for a fresh one, which counts', async () => {
    w = await world();
    const run = w.gate({ approvers: 'alice, bob' });
    const issue = await w.opened();
    // bob (write access) turns alice's comment into an approval: GitHub still shows alice as author.
    const id = w.say(issue, 'alice', 'will look later');
    w.emulator.editComment(REPO, id, { body: '/approve', by: 'bob' });
    const replies = () =>
      w.emulator.comments(REPO, 1).filter((c) => c.body.includes('shipgate:edited-reply'));
    await until(() => replies().length === 1, 'the reply to the edited comment');
    await until(() => w.emulator.stats.notModified > 4, 'more polls');
    expect(replies()).toHaveLength(1);
    expect(replies()[0].body).toContain('@alice');
    expect(w.emulator.issue(REPO, 1)!.state).toBe('open');
    w.say(issue, 'alice', '/approve');
    const result = await run;
    expect(result.outputs).toMatchObject({ decision: 'approved', 'approved-by': 'alice' });
    expect(replies()).toHaveLength(1);
    expect(result.summary).toMatch(/\| alice \| edited after it was posted \|/);
  }, 30_000);

  it('comments before the request and quoted, fenced or inline commands do not count', async () => {
    w = await world();
    const run = w.gate({ approvers: 'alice, bob', timeout: '10m' });
    const issue = await w.opened();
    w.emulator.addComment(REPO, issue, {
      user: 'alice',
      body: '/approve',
      createdAt: Date.now() - 3_600_000,
    });
    w.say(issue, 'alice', "I won't /approve this");
    w.say(issue, 'alice', '> /approve');
    w.say(issue, 'bob', '```\n/approve\n```');
    w.say(issue, 'bob', 'not /approve');
    const result = await run;
    expect(result.outputs.decision).toBe('timed-out');
    expect(result.summary).toMatch(/\| alice \| posted before the request \|/);
  }, 30_000);

  it('critical needs two approvals even with minimum-approvals 1', async () => {
    w = await world();
    const run = w.gate({ approvers: 'alice, bob', 'risk-tier': 'critical', 'minimum-approvals': 1 });
    const issue = await w.opened();
    w.say(issue, 'alice', '/approve');
    await until(() => w.emulator.stats.notModified > 3, 'a few polls');
    expect(w.emulator.issue(REPO, 1)!.state).toBe('open');
    w.say(issue, 'bob', '/approve');
    const result = await run;
    expect(result.outputs).toMatchObject({ decision: 'approved', 'approved-by': 'alice,bob' });
    expect(result.outputs.reason).toContain('2 of 2');
  }, 30_000);

  it('the policy file on the default branch wins over the inputs', async () => {
    const policy = [
      'approvers: [mallory]',
      'environments:',
      '  production:',
      '    approvers: [alice, octo-org/sre]',
      '    minimum-approvals: 2',
    ].join('\n');
    w = await world({ files: { '.github/approval.yml': policy } });
    const run = w.gate(
      { approvers: 'bob', 'policy-file': '.github/approval.yml', environment: 'production' },
      { ref: 'refs/heads/feature/rewrite-approvers' },
    );
    const issue = await w.opened();
    w.say(issue, 'bob', '/approve'); // listed in the inputs, not in the policy
    w.say(issue, 'alice', '/approve');
    await until(() => w.emulator.stats.notModified > 3, 'a few polls');
    expect(w.emulator.issue(REPO, 1)!.state).toBe('open');
    w.say(issue, 'erin', '/approve');
    const result = await run;
    expect(result.outputs).toMatchObject({ decision: 'approved', 'approved-by': 'alice,erin' });
    expect(result.log).toContain(
      'approvers (.github/approval.yml on the default branch (environment production))',
    );
    const read = w.emulator.requests.find((r) =>
      decodeURIComponent(r.path).endsWith('/contents/.github/approval.yml'),
    );
    expect(new URLSearchParams(read!.query).get('ref')).toBe('main');
  }, 30_000);
});

describe('approval-gate: reactions and roles', () => {
  const react = (issue: number, login: string, content: string) =>
    asUser(w.emulator, login, 'POST', `/repos/${REPO}/issues/${issue}/reactions`, { content });

  it('with reactions on, an approver’s 👍 approves; the requester’s 👍 and a 👍 by a non-approver do not', async () => {
    w = await world();
    // The gate ends on alice's 👍; the long time-out only leaves room for a busy machine (at 600×, 10m was 1 s).
    const run = w.gate({ approvers: 'alice, deployer', reactions: 'true', timeout: '2h' });
    const issue = await w.opened();
    await react(issue, 'deployer', '+1');
    await react(issue, 'mallory', '+1');
    await until(() => w.emulator.stats.notModified > 2, 'a poll that saw the reactions');
    await react(issue, 'alice', '+1');
    const result = await run;
    expect(result.outputs).toMatchObject({ decision: 'approved', 'approved-by': 'alice' });
    expect(JSON.parse(result.outputs.approvals)).toEqual([
      { login: 'alice', id: expect.any(Number), at: expect.any(String) },
    ]);
    expect(result.summary).toMatch(/\| deployer \| the requester cannot approve \|/);
    expect(result.summary).toMatch(/\| mallory \| not a listed approver \|/);
  }, 30_000);

  it('without reactions on, a 👍 is nothing', async () => {
    w = await world();
    const run = w.gate({ approvers: 'alice', timeout: '2m' });
    const issue = await w.opened();
    await react(issue, 'alice', '+1');
    const result = await run;
    expect(result.outputs.decision).toBe('timed-out');
    expect(w.emulator.requests.some((r) => r.method === 'GET' && r.path.endsWith('/reactions'))).toBe(false);
  }, 30_000);

  it('one sign-off per role: the holder of two roles counts for one; approvals name their role', async () => {
    w = await world();
    const run = w.gate({
      approvers: 'alice',
      roles: 'security: 1, product: 1',
      'role-holders': 'security: carol, octo-org/sre\nproduct: carol, bob',
      timeout: '2h', // ends on dave's approval; room for a busy machine
    });
    const issue = await w.opened();
    expect(w.emulator.issue(REPO, issue)!.body).toContain(
      '| Role `security` | 1 sign-off(s) from @carol, @octo-org/sre |',
    );
    w.say(issue, 'carol', '/approve');
    await until(() => w.emulator.stats.notModified > 2, 'a poll after carol');
    expect(w.emulator.issue(REPO, issue)!.state).toBe('open');
    w.say(issue, 'dave', '/approve');
    const result = await run;
    expect(result.outputs.decision).toBe('approved');
    const approvals = JSON.parse(result.outputs.approvals) as { login: string; role: string }[];
    expect(approvals.map((a) => [a.login, a.role])).toEqual([
      ['carol', 'product'],
      ['dave', 'security'],
    ]);
  }, 30_000);

  it('an unknown role or a role without holders names the input and opens nothing', async () => {
    w = await world();
    const unknown = await w.gate({
      approvers: 'alice',
      roles: 'security: 1',
      'role-holders': 'securty: carol',
    });
    expect(unknown.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'role-holders': role 'securty' is not one of the roles \(security\); expected holders only for roles listed in roles/,
    );
    const empty = await w.gate({ approvers: 'alice', roles: 'security: 1' });
    expect(empty.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'role-holders': role 'security' has no holders/,
    );
    const notBool = await w.gate({ approvers: 'alice', reactions: 'sometimes' });
    expect(notBool.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'reactions': 'sometimes' is not a boolean; expected true or false/,
    );
    expect(w.emulator.requests).toHaveLength(0);
  }, 30_000);
});
