import { afterEach, describe, expect, it } from '@jest/globals';
import { REPO, asUser, assertValid, world, type World } from './helpers.js';
import { forgeries } from './forgeries.js';

let w: World;
afterEach(async () => {
  assertValid(w.emulator);
  await w.emulator.stop();
});

const RUN = 555;
/** The commit the harness runs the bundle on (GITHUB_SHA). */
const SHA = 'a'.repeat(40);
const request = (extra: Record<string, unknown> = {}) =>
  w.gate(
    { approvers: 'alice, bob', mode: 'request', environment: 'production', version: 'v2.0.0' },
    { runId: RUN, ...extra },
  );
const evaluate = (issue: number, by = 'alice', eventName = 'issue_comment') =>
  w.gate(
    { approvers: 'alice, bob', mode: 'evaluate' },
    { runId: 9001, actor: by, eventName, event: { action: 'created', issue: { number: issue } } },
  );

async function seeded() {
  w = await world();
  w.emulator.addWorkflowRun(REPO, {
    id: RUN,
    status: 'completed',
    conclusion: 'failure',
    actor: 'deployer',
    head_sha: SHA,
  });
}

describe('approval-gate: request + evaluate', () => {
  it('request opens the issue and returns pending; evaluate approves, records, closes, locks, re-runs; the re-run passes', async () => {
    await seeded();
    const first = await request();
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ decision: 'pending', 'issue-number': '1' });
    expect(w.emulator.issue(REPO, 1)!.state).toBe('open');

    w.say(1, 'alice', '/approve ship it');
    const evaluated = await evaluate(1);
    expect(evaluated.exitCode).toBe(0);
    expect(evaluated.outputs).toMatchObject({ decision: 'approved', 'approved-by': 'alice' });
    expect(w.emulator.issue(REPO, 1)).toMatchObject({ state: 'closed', locked: true });
    expect(w.emulator.reruns).toEqual([{ repo: REPO, runId: RUN }]);

    // The re-run (attempt 2) of the same run finds the recorded approval.
    const rerun = await request({ runAttempt: 2, triggeringActor: 'shipgate-bot' });
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs).toMatchObject({
      decision: 'approved',
      'approved-by': 'alice',
      'issue-number': '1',
    });
    expect(w.emulator.repo(REPO).issues.size).toBe(1);

    // Another run is another request: the approval does not carry over.
    const other = await request({ runId: RUN + 1 });
    expect(other.outputs).toMatchObject({ decision: 'pending', 'issue-number': '2' });
    // Evaluating again is a no-op that reports the recorded decision.
    const again = await evaluate(1);
    expect(again.outputs.decision).toBe('approved');
    expect(w.emulator.reruns).toHaveLength(1);
  }, 60_000);

  it('evaluate leaves a request pending until the quorum, and a denial fails the re-run too', async () => {
    await seeded();
    await request();
    w.say(1, 'alice', 'hmm, checking');
    const pending = await evaluate(1);
    expect(pending.exitCode).toBe(0);
    expect(pending.outputs.decision).toBe('pending');
    expect(w.emulator.issue(REPO, 1)!.state).toBe('open');

    w.say(1, 'bob', '/deny not during the sale');
    const denied = await evaluate(1, 'bob');
    expect(denied.exitCode).toBe(1);
    expect(denied.outputs).toMatchObject({ decision: 'denied', 'denied-by': 'bob' });
    expect(w.emulator.reruns).toHaveLength(0);
    const rerun = await request({ runAttempt: 2 });
    expect(rerun.exitCode).toBe(1);
    expect(rerun.outputs.decision).toBe('denied');
  }, 60_000);

  it('binds the deployed commit (sha), not GITHUB_SHA: a re-run deploying another commit finds no approval of it', async () => {
    await seeded();
    // deploy.yml passes the commit it deploys: a pull request's head, while GITHUB_SHA (SHA) is the
    // run's own commit (the test merge commit, or the branch head when an explicit ref is deployed).
    const HEAD = 'b'.repeat(40);
    const deploy = (sha: string, extra: Record<string, unknown> = {}) =>
      w.gate(
        { approvers: 'alice, bob', mode: 'request', environment: 'production', version: 'v2.0.0', sha },
        { runId: RUN, ...extra },
      );
    const first = await deploy(HEAD);
    expect(first.outputs).toMatchObject({ decision: 'pending', 'issue-number': '1' });
    const body = w.emulator.issue(REPO, 1)!.body ?? '';
    expect(body).toContain(`| Commit | \`${HEAD}\``);
    expect(body).toContain(`| Run commit | \`${SHA}\``);

    // The run GitHub records is the run's own commit: the request still describes it.
    w.say(1, 'alice', '/approve');
    const evaluated = await evaluate(1);
    expect(evaluated.outputs).toMatchObject({ decision: 'approved', 'approved-by': 'alice' });
    expect(w.emulator.reruns).toEqual([{ repo: REPO, runId: RUN }]);

    // The re-run deploys the approved commit: approved.
    const rerun = await deploy(HEAD, { runAttempt: 2, triggeringActor: 'shipgate-bot' });
    expect(rerun.outputs).toMatchObject({ decision: 'approved', 'issue-number': '1' });
    // A re-run that would deploy another commit (the ref moved meanwhile): alice approved HEAD, not it.
    const moved = await deploy('c'.repeat(40), { runAttempt: 3, triggeringActor: 'shipgate-bot' });
    expect(moved.outputs).toMatchObject({ decision: 'pending', 'issue-number': '2' });
    expect(w.emulator.issue(REPO, 2)!.body).toContain(`| Commit | \`${'c'.repeat(40)}\``);
  }, 60_000);

  it('evaluate with sha decides only a request for that commit', async () => {
    await seeded();
    await w.gate(
      { approvers: 'alice', mode: 'request', environment: 'production', sha: 'c'.repeat(40) },
      { runId: RUN },
    );
    w.say(1, 'alice', '/approve');
    const result = await w.gate(
      { approvers: 'alice', mode: 'evaluate', sha: 'b'.repeat(40) },
      { runId: 9001, actor: 'alice', eventName: 'issue_comment', event: { issue: { number: 1 } } },
    );
    expect(result.exitCode).toBe(1);
    expect(result.outputs.reason).toBe(
      `issue #1 is not trusted as a request: it asks to approve commit cccccccccccc, but sha is bbbbbbbbbbbb: an approval of one commit never approves another`,
    );
    expect(w.emulator.reruns).toEqual([]);
    expect(w.emulator.issue(REPO, 1)!.state).toBe('open');
  }, 60_000);

  it('a sha that is not a full commit SHA is bad input: named, and no issue opened', async () => {
    await seeded();
    const result = await w.gate({ approvers: 'alice', mode: 'request', sha: 'main' }, { runId: RUN });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      "input 'sha': 'main' is not a full commit SHA; expected the 40 hexadecimal characters of the commit deployed, such as 9fceb02d0ae598e95dc970b74767f19372d61af8",
    ]);
    expect(w.emulator.repo(REPO).issues.size).toBe(0);
  }, 60_000);

  it('a request left undecided past its timeout expires when evaluated: recorded as timed-out, closed', async () => {
    await seeded();
    await request();
    // 200 ms real on the x600 clock: two simulated minutes.
    await new Promise((resolve) => setTimeout(resolve, 200));
    w.say(1, 'alice', '/approve');
    const result = await w.gate(
      { approvers: 'alice, bob', mode: 'evaluate', timeout: '1m' },
      { runId: 9001, actor: 'alice', eventName: 'issue_comment', event: { issue: { number: 1 } } },
    );
    expect(result.exitCode).toBe(1);
    expect(result.outputs.decision).toBe('timed-out');
    expect(result.outputs.reason).toContain('the request expired');
    expect(result.summary).toMatch(/\| alice \| posted after the request expired \|/);
    expect(w.emulator.issue(REPO, 1)).toMatchObject({ state: 'closed', locked: true });
    expect(w.emulator.reruns).toHaveLength(0);
  }, 60_000);

  it('a configuration error in evaluate (bad policy file) names the input and leaves the request open', async () => {
    w = await world({ files: { '.github/approval.yml': 'approvers: [alice]\nminimum-aprovals: 1\n' } });
    w.emulator.addWorkflowRun(REPO, {
      id: RUN,
      status: 'completed',
      conclusion: 'failure',
      actor: 'deployer',
      head_sha: SHA,
    });
    await request();
    w.say(1, 'alice', '/approve');
    const result = await w.gate(
      { approvers: 'alice', mode: 'evaluate', 'policy-file': '.github/approval.yml' },
      { runId: 9001, actor: 'alice', eventName: 'issue_comment', event: { issue: { number: 1 } } },
    );
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'policy-file': \.github\/approval\.yml line \d+: has unknown key 'minimum-aprovals'; expected a YAML policy/,
    );
    expect(w.emulator.issue(REPO, 1)!.state).toBe('open');
    expect(w.emulator.comments(REPO, 1).at(-1)!.body).toBe('/approve');
    expect(w.emulator.reruns).toHaveLength(0);
  }, 60_000);

  it('a central approvals repository: evaluate there checks permission on, and re-runs, the deployed repository', async () => {
    await seeded();
    w.emulator.addRepo('octo-org/approvals');
    w.emulator.setPermission('octo-org/approvals', 'shipgate-bot', 'write');
    // The request, opened in the approvals repository.
    const central = await w.gate(
      { approvers: 'alice', mode: 'request', repository: 'octo-org/approvals', environment: 'staging' },
      { runId: RUN },
    );
    expect(central.outputs).toMatchObject({ decision: 'pending', 'issue-number': '1' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    w.emulator.addComment('octo-org/approvals', 1, { user: 'alice', body: '/approve' });
    const result = await w.gate(
      { approvers: 'alice', mode: 'evaluate' },
      {
        repository: 'octo-org/approvals',
        runId: 9001,
        actor: 'alice',
        eventName: 'issue_comment',
        event: { issue: { number: 1 } },
      },
    );
    expect(result.outputs).toMatchObject({ decision: 'approved', 'approved-by': 'alice' });
    expect(w.emulator.reruns).toEqual([{ repo: REPO, runId: RUN }]);
    const permission = w.emulator.requests.filter((r) => r.path.endsWith('/collaborators/alice/permission'));
    expect(permission.map((r) => r.path)).toEqual([`/repos/${REPO}/collaborators/alice/permission`]);
  }, 60_000);

  it('an issue closed by hand is recorded as denied when evaluated (issues: closed)', async () => {
    await seeded();
    await request();
    await asUser(w.emulator, 'carol', 'PATCH', `/repos/${REPO}/issues/1`, { state: 'closed' });
    const result = await evaluate(1, 'carol', 'issues');
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ decision: 'denied', 'denied-by': 'carol' });
    expect(w.emulator.issue(REPO, 1)!.locked).toBe(true);
  }, 60_000);

  it('ignores ordinary issues, and never trusts a request forged by someone else', async () => {
    await seeded();
    await request();
    // mallory copies the request into her own issue, seals it herself and gets it approved.
    const original = w.emulator.issue(REPO, 1)!;
    const forged = w.emulator.addIssue(REPO, {
      title: original.title,
      body: original.body ?? '',
      user: 'mallory',
      labels: ['deployment-approval'],
    });
    for (const body of forgeries(original.body ?? ''))
      w.emulator.addComment(REPO, forged.number, { user: 'mallory', body });
    w.say(forged.number, 'alice', '/approve');
    const result = await evaluate(forged.number);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.reason).toContain("was not opened by the gate's identity");
    expect(w.emulator.reruns).toHaveLength(0);
    expect(w.emulator.issue(REPO, forged.number)!.state).toBe('open');
    // And the re-run of the real request does not pick up the forged issue.
    const rerun = await request({ runAttempt: 2 });
    expect(rerun.outputs).toMatchObject({ decision: 'pending', 'issue-number': '1' });

    const plain = w.emulator.addIssue(REPO, { title: 'bug', body: 'it broke', user: 'bob' });
    w.say(plain.number, 'alice', '/approve');
    const ignored = await evaluate(plain.number);
    expect(ignored.exitCode).toBe(0);
    expect(ignored.outputs.reason).toContain('is not an approval request');
  }, 60_000);

  it('an approval on one request never approves another: wait on the issue of another run fails', async () => {
    await seeded();
    await request();
    w.say(1, 'alice', '/approve');
    const result = await w.gate(
      { approvers: 'alice', 'issue-number': 1, environment: 'production', version: 'v2.0.0' },
      { runId: 777 },
    );
    expect(result.exitCode).toBe(1);
    expect(result.outputs.decision).toBe('pending');
    expect(result.outputs.reason).toContain('is the request of run 555');
    expect(w.emulator.issue(REPO, 1)!.state).toBe('open');
  }, 60_000);

  it('an approved request whose body a writer rewrote to name another run is tampered with: nothing is re-run', async () => {
    await seeded();
    // Another run of the same commit by the same requester: the run-record check alone cannot tell.
    w.emulator.addWorkflowRun(REPO, {
      id: RUN + 1,
      status: 'completed',
      conclusion: 'failure',
      actor: 'deployer',
      head_sha: SHA,
    });
    await request();
    await request({ runId: RUN + 1 });
    w.say(1, 'alice', '/approve');
    // A writer's workflow, with the gate's shared identity, copies the second request's body onto the
    // approved first one, so that its (consistent) binding names run 556.
    const forged = w.emulator.issue(REPO, 2)!.body;
    await asUser(w.emulator, 'shipgate-bot', 'PATCH', `/repos/${REPO}/issues/1`, { body: forged });
    const evaluated = await evaluate(1);
    expect(evaluated.exitCode).toBe(1);
    expect(evaluated.outputs.reason).toMatch(/tampered with: the issue body was edited after the request/);
    expect(w.emulator.reruns).toEqual([]);
  }, 60_000);

  it('opens the issue in another repository with the given title, body and labels; permission is checked on the deployed one', async () => {
    await seeded();
    w.emulator.addRepo('octo-org/approvals');
    w.emulator.setPermission('octo-org/approvals', 'shipgate-bot', 'write');
    const inputs = {
      approvers: 'alice',
      repository: 'octo-org/approvals',
      'issue-title': 'Ship service v2 to production?',
      'issue-body': 'Change log: https://example.com/changes',
      labels: 'deploy-approval, production',
    };
    const run = w.gate(inputs);
    for (let i = 0; i < 2000 && !w.emulator.comments('octo-org/approvals', 1).length; i++)
      await new Promise((resolve) => setTimeout(resolve, 5));
    const issue = w.emulator.issue('octo-org/approvals', 1)!;
    expect(issue.title).toBe('Ship service v2 to production?');
    expect(issue.body).toContain('Change log: https://example.com/changes');
    expect(issue.labels).toEqual(['deploy-approval', 'production']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    w.emulator.addComment('octo-org/approvals', 1, { user: 'alice', body: '/approve' });
    const result = await run;
    expect(result.outputs).toMatchObject({ decision: 'approved', 'issue-number': '1' });
    expect(result.outputs['issue-url']).toContain('/octo-org/approvals/issues/1');
    const permission = w.emulator.requests.find((r) => r.path.endsWith('/collaborators/alice/permission'));
    expect(permission?.path).toBe(`/repos/${REPO}/collaborators/alice/permission`);
  }, 60_000);
});
