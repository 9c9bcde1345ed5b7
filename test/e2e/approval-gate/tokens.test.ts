import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from '@jest/globals';
import { forgeries } from './forgeries.js';
import { REPO, assertValid, until, world, type World } from './helpers.js';

/**
 * The gate on the tokens GitHub really issues. The workflow token's identity, github-actions[bot], is
 * shared by every workflow of the repository, so a writer who pushes a workflow can post as the gate:
 * nothing posted that way may approve. An App token is an identity of its own and approves normally.
 */

let w: World;
afterEach(async () => {
  assertValid(w.emulator);
  await w.emulator.stop();
});

const RUN = 555;
const SHA = 'a'.repeat(40);
const GATE_PERMISSIONS = { issues: 'write', actions: 'write', contents: 'read' } as const;

/** The deploying run's workflow token, and a writer's own workflow token (another run, same identity). */
function tokens() {
  return {
    gate: w.emulator.workflowToken(REPO, { permissions: GATE_PERMISSIONS, runId: RUN }),
    forger: w.emulator.workflowToken(REPO, { permissions: { issues: 'write' }, runId: 666 }),
  };
}

async function call(token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${w.emulator.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? {} : ((await response.json()) as Record<string, unknown>);
}

/** The writer's workflow posts every forgery on the issue, as github-actions[bot]. */
async function forge(token: string, issue: number) {
  const body = String(w.emulator.issue(REPO, issue)!.body ?? '');
  for (const text of forgeries(body))
    await call(token, 'POST', `/repos/${REPO}/issues/${issue}/comments`, { body: text });
}

const gateAs = (token: string, inputs: Record<string, string>, extra: Record<string, unknown> = {}) =>
  w.gate({ 'github-token': token, ...inputs }, { token, ...extra });

describe('approval-gate on the workflow token (shared identity github-actions[bot])', () => {
  it('wait mode: forged records, seals and summaries by the shared identity approve nothing', async () => {
    w = await world({ factor: 60 });
    const t = tokens();
    // 10 emulated minutes (10 s here) leave the forgeries and alice's approval, all posted before the
    // time-out, time to land on a busy machine: the point is what counts, not how fast.
    const run = gateAs(t.gate, { approvers: 'alice, bob', 'minimum-approvals': '2', timeout: '10m' });
    await w.opened();
    expect(w.emulator.issue(REPO, 1)!.user).toBe('github-actions[bot]');
    await forge(t.forger, 1);
    w.say(1, 'alice', '/approve');
    const result = await run;
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ decision: 'timed-out', 'approved-by': '' });
    expect(result.outputs.reason).toContain('1 of 2 approvals so far');
  }, 60_000);

  it('wait mode: the people decide as usual on the workflow token', async () => {
    w = await world({ factor: 60 });
    const t = tokens();
    // Ends on alice's approval; the hour (a minute here) only leaves room for a busy machine.
    const run = gateAs(t.gate, { approvers: 'alice', timeout: '1h' });
    await w.opened();
    await forge(t.forger, 1);
    w.say(1, 'alice', '/approve');
    const result = await run;
    expect(result.outputs).toMatchObject({ decision: 'approved', 'approved-by': 'alice' });
    const approvals = JSON.parse(result.outputs.approvals) as { login: string; id: number; at: string }[];
    expect(approvals.map((a) => a.login)).toEqual(['alice']);
    const comment = w.emulator.comments(REPO, 1).find((c) => c.body === '/approve' && c.user === 'alice')!;
    expect(Math.floor(Date.parse(approvals[0].at) / 1000)).toBe(Math.floor(comment.createdAt / 1000));
    expect(Date.parse(result.outputs['decided-at'])).toBeGreaterThanOrEqual(Date.parse(approvals[0].at));
  }, 60_000);

  it('evaluate and the re-run: forgeries neither approve, nor resume, nor pass the re-run', async () => {
    w = await world();
    w.emulator.addWorkflowRun(REPO, {
      id: RUN,
      status: 'completed',
      conclusion: 'failure',
      actor: 'deployer',
      head_sha: SHA,
    });
    const t = tokens();
    const inputs = { approvers: 'alice, bob', environment: 'production', version: 'v2.0.0' };
    const requested = await gateAs(t.gate, { ...inputs, mode: 'request' }, { runId: RUN });
    expect(requested.outputs).toMatchObject({ decision: 'pending', 'issue-number': '1' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await forge(t.forger, 1);
    // The evaluate workflow runs on its own workflow token (same identity again).
    const evaluator = w.emulator.workflowToken(REPO, { permissions: GATE_PERMISSIONS, runId: 9001 });
    const evaluate = () =>
      gateAs(
        evaluator,
        { approvers: 'alice, bob', mode: 'evaluate' },
        {
          runId: 9001,
          actor: 'bob',
          eventName: 'issue_comment',
          event: { action: 'created', issue: { number: 1 } },
        },
      );
    const evaluated = await evaluate();
    expect(evaluated.outputs).toMatchObject({ decision: 'pending', 'approved-by': '' });
    expect(w.emulator.reruns).toHaveLength(0);
    // The re-run someone starts by hand does not pass on forgeries either.
    const rerun = await gateAs(t.gate, { ...inputs, mode: 'request' }, { runId: RUN, runAttempt: 2 });
    expect(rerun.outputs).toMatchObject({ decision: 'pending', 'issue-number': '1' });
    // The writer closes the issue as the shared identity after forging the record: still nothing.
    await call(t.forger, 'PATCH', `/repos/${REPO}/issues/1`, { state: 'closed' });
    const closed = await gateAs(t.gate, { ...inputs, mode: 'request' }, { runId: RUN, runAttempt: 3 });
    expect(closed.exitCode).toBe(1);
    expect(closed.outputs.decision).toBe('pending');
    expect(closed.outputs.reason).toContain(
      "closed by the gate's identity (github-actions[bot]) without a decision by approvers",
    );
    expect(w.emulator.reruns).toHaveLength(0);
  }, 90_000);

  it('evaluate: a real approval is recorded before the re-run, which then passes from the people’s comments', async () => {
    w = await world();
    w.emulator.addWorkflowRun(REPO, {
      id: RUN,
      status: 'completed',
      conclusion: 'failure',
      actor: 'deployer',
      head_sha: SHA,
    });
    const t = tokens();
    const inputs = { approvers: 'alice, bob', environment: 'production', version: 'v2.0.0' };
    await gateAs(t.gate, { ...inputs, mode: 'request' }, { runId: RUN });
    await new Promise((resolve) => setTimeout(resolve, 10));
    w.say(1, 'alice', '/approve');
    let closedAtRerun: string | undefined;
    w.emulator.onRerun(() => (closedAtRerun = w.emulator.issue(REPO, 1)!.state));
    const evaluator = w.emulator.workflowToken(REPO, { permissions: GATE_PERMISSIONS, runId: 9001 });
    const evaluated = await gateAs(
      evaluator,
      { approvers: 'alice, bob', mode: 'evaluate' },
      {
        runId: 9001,
        actor: 'alice',
        eventName: 'issue_comment',
        event: { action: 'created', issue: { number: 1 } },
      },
    );
    expect(evaluated.outputs).toMatchObject({ decision: 'approved', 'approved-by': 'alice' });
    await until(() => closedAtRerun !== undefined, 'the re-run request');
    expect(closedAtRerun).toBe('closed');
    const rerun = await gateAs(t.gate, { ...inputs, mode: 'request' }, { runId: RUN, runAttempt: 2 });
    expect(rerun.outputs).toMatchObject({ decision: 'approved', 'approved-by': 'alice' });
  }, 90_000);

  it('a team the workflow token cannot see fails closed before any issue, naming the team and the permission', async () => {
    w = await world();
    const t = tokens();
    const result = await gateAs(t.gate, { approvers: 'alice, octo-org/sre' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.reason).toMatch(
      /cannot read the members of team octo-org\/sre \(HTTP 404\).*Members: read/,
    );
    expect(w.emulator.repo(REPO).issues.size).toBe(0);
  }, 30_000);
});

describe('approval-gate as a GitHub App', () => {
  function installApp() {
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    w.emulator.installApp('shipgate-approvals', {
      owner: 'octo-org',
      appId: 4321,
      privateKeyPem: privateKey,
      permissions: { ...GATE_PERMISSIONS, members: 'read' },
    });
    return privateKey;
  }

  it('app-id and app-private-key: its own identity, teams visible, approves normally, token renewed in a wait over an hour', async () => {
    w = await world();
    const key = installApp();
    const run = w.gate({
      'github-token': '',
      'app-id': '4321',
      'app-private-key': key,
      approvers: 'octo-org/sre',
      timeout: '3h',
      'poll-interval': '1m',
    });
    await w.opened();
    expect(w.emulator.issue(REPO, 1)!.user).toBe('shipgate-approvals[bot]');
    // 70 simulated minutes: past the first installation token's hour.
    await new Promise((resolve) => setTimeout(resolve, (70 * 60_000) / w.clockSpec.factor));
    w.say(1, 'dave', '/approve');
    const result = await run;
    expect(result.outputs).toMatchObject({ decision: 'approved', 'approved-by': 'dave' });
    expect(result.exitCode).toBe(0);
    const minted = w.emulator.requests.filter((r) => r.path.endsWith('/access_tokens') && r.status === 201);
    expect(minted.length).toBeGreaterThanOrEqual(2);
    expect(w.emulator.requests.filter((r) => r.status === 401)).toEqual([]);
    // The key is only ever registered for masking (::add-mask::), never printed otherwise.
    const printed = result.log.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(printed.join('\n')).not.toContain(key.split('\n')[1]);
    expect(result.log).toContain(`::add-mask::${key.split('\n')[1]}`);
  }, 60_000);

  it('an App installation token given as github-token is recognised as the gate (GraphQL viewer)', async () => {
    w = await world();
    installApp();
    const { token } = w.emulator.appInstallationToken('shipgate-approvals', {
      repositories: [REPO],
      permissions: { ...GATE_PERMISSIONS, members: 'read' },
    });
    w.emulator.addWorkflowRun(REPO, {
      id: RUN,
      status: 'completed',
      conclusion: 'failure',
      actor: 'deployer',
      head_sha: SHA,
    });
    const inputs = { approvers: 'alice', environment: 'production' };
    await gateAs(token, { ...inputs, mode: 'request' }, { runId: RUN });
    await new Promise((resolve) => setTimeout(resolve, 10));
    w.say(1, 'alice', '/approve');
    const rerun = await gateAs(token, { ...inputs, mode: 'request' }, { runId: RUN, runAttempt: 2 });
    expect(rerun.outputs).toMatchObject({ decision: 'approved', 'approved-by': 'alice' });
  }, 60_000);

  it('a private key that is not a PEM key names the input and opens nothing', async () => {
    w = await world();
    const result = await w.gate({ 'app-id': '4321', 'app-private-key': 'not-a-key', approvers: 'alice' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'app-private-key': is not a PEM private key; expected the App's private key/,
    );
    expect(w.emulator.requests).toHaveLength(0);
  }, 30_000);
});
