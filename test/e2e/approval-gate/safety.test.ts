import { afterEach, describe, expect, it } from '@jest/globals';
import { forgeries } from './forgeries.js';
import { REPO, asUser, assertValid, until, world, type World } from './helpers.js';

let w: World | undefined;
afterEach(async () => {
  if (!w) return;
  assertValid(w.emulator);
  await w.emulator.stop();
  w = undefined;
});

const issueState = (w: World) => {
  const issue = w.emulator.issue(REPO, 1)!;
  return { state: issue.state, locked: issue.locked };
};
const lastComment = (w: World) => w.emulator.comments(REPO, 1).at(-1)!;

describe('approval-gate: bad input', () => {
  it.each([
    [
      { approvers: 'alice', 'risk-tier': 'extreme' },
      "input 'risk-tier': 'extreme' is not one of the allowed values; expected one of low, medium, high, critical",
    ],
    [{ approvers: 'alice', 'minimum-approvals': 0 }, "input 'minimum-approvals': 0 is out of range"],
    [
      { approvers: 'alice, bob', 'minimum-approvals': 3 },
      "input 'minimum-approvals': 3 approvals can never be reached by 2 listed approver(s)",
    ],
    [
      { approvers: 'alice, octo-org/' },
      "input 'approvers': 'octo-org/' is not a team; expected org/team-slug",
    ],
    [
      { approvers: 'alice', timeout: 'tomorrow' },
      "input 'timeout': 'tomorrow' is not a duration; expected a duration such as 30s",
    ],
  ])(
    '%j fails naming the input, and nothing is created',
    async (inputs, message) => {
      w = await world();
      const result = await w.gate(inputs);
      expect(result.exitCode).toBe(1);
      expect(result.annotations.find((a) => a.level === 'error')?.message).toContain(message);
      expect(w.emulator.requests).toHaveLength(0);
      expect(w.emulator.repo(REPO).issues.size).toBe(0);
      expect(result.outputs).toMatchObject({ decision: 'pending', 'issue-number': '' });
    },
    30_000,
  );
});

describe('approval-gate: never fail open', () => {
  it('auto-approves a listed risk tier without an issue or any request', async () => {
    w = await world();
    const result = await w.gate({ approvers: 'alice', 'risk-tier': 'low' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'auto-approved', 'issue-number': '' });
    expect(w.emulator.requests).toHaveLength(0);
  }, 30_000);

  it('an edited issue body is tampering: fails closed even with approvals, and the issue is closed with why', async () => {
    w = await world();
    const run = w.gate({ approvers: 'alice', version: 'v1.0.0' });
    await w.opened();
    const body = String(w.emulator.issue(REPO, 1)!.body).replace('`v1.0.0`', '`v1.0.1`');
    await asUser(w.emulator, 'alice', 'PATCH', `/repos/${REPO}/issues/1`, { body });
    w.say(1, 'alice', '/approve');
    const result = await run;
    expect(result.exitCode).toBe(1);
    expect(result.outputs.decision).toBe('pending');
    expect(result.outputs['approved-by']).toBe('');
    expect(result.outputs.reason).toContain('tampered with: the issue body was edited after the request');
    expect(issueState(w)).toEqual({ state: 'closed', locked: true });
    expect(lastComment(w).body).toContain('tampered with');
  }, 30_000);

  it('a body edit polls did not read (it is no issue event) is still found before anything is decided', async () => {
    w = await world();
    const run = w.gate({ approvers: 'alice', version: 'v1.0.0', 'poll-interval': '10s' });
    await w.opened();
    // The gate has read the issue and is polling (its conditional reads answer 304) before the edit.
    await until(() => w!.emulator.stats.notModified >= 3, 'the gate polling');
    const body = String(w.emulator.issue(REPO, 1)!.body).replace('`v1.0.0`', '`v1.0.1`');
    await asUser(w.emulator, 'alice', 'PATCH', `/repos/${REPO}/issues/1`, { body });
    // Several polls pass (10 s is 17 ms at 600×) with chatter, each reading only comments, reactions
    // and events; then alice approves.
    for (let i = 0; i < 3; i++) {
      w.say(1, 'bob', `any news? ${i}`);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    w.say(1, 'alice', '/approve');
    const result = await run;
    expect(result.exitCode).toBe(1);
    expect(result.outputs.decision).toBe('pending');
    expect(result.outputs.reason).toContain('tampered with: the issue body was edited after the request');
  }, 30_000);

  it("records, seals and summaries forged by the gate's own identity approve nothing; only people decide", async () => {
    w = await world();
    const run = w.gate({ approvers: 'alice', version: 'v1.0.0', timeout: '2m' });
    await w.opened();
    // Another workflow running as the same identity writes what the gate would write on a decision.
    for (const body of forgeries(w.emulator.issue(REPO, 1)!.body ?? '')) w.say(1, 'shipgate-bot', body);
    const result = await run;
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ decision: 'timed-out', 'approved-by': '', approvals: '[]' });
    expect(result.outputs['decided-at']).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(w.emulator.issue(REPO, 1)!.state).toBe('closed');
  }, 30_000);

  it('closing the issue by hand denies', async () => {
    w = await world();
    const run = w.gate({ approvers: 'alice' });
    await w.opened();
    await asUser(w.emulator, 'bob', 'PATCH', `/repos/${REPO}/issues/1`, { state: 'closed' });
    const result = await run;
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ decision: 'denied', 'denied-by': 'bob' });
    expect(result.outputs.reason).toContain('closed by bob');
    expect(issueState(w)).toEqual({ state: 'closed', locked: true });
    expect(lastComment(w).body).toMatch(/Denied/);
  }, 30_000);

  it('times out before the timeout: fails, comments why, closes and locks', async () => {
    // 60×: the gate's 60 s cleanup margin is one real second, room for its last poll and the closing
    // writes on a loaded machine (at 200× it was 0.3 s, and a busy CI machine overran it).
    w = await world({ factor: 60 });
    const result = await w.gate({ approvers: 'alice', timeout: '10m', 'poll-interval': '30s' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ decision: 'timed-out', 'issue-number': '1' });
    expect(issueState(w)).toEqual({ state: 'closed', locked: true });
    const issue = w.emulator.issue(REPO, 1)!;
    const closing = lastComment(w);
    expect(closing.body).toMatch(/Timed out[\s\S]*no decision within 10m/);
    // Emulator time (the scaled clock), not wall-clock: the gate was done inside its timeout.
    expect(closing.createdAt - issue.createdAt).toBeLessThanOrEqual(10 * 60_000);
    expect(result.summary).toContain('timed-out');
  }, 30_000);

  it('SIGTERM (job cancelled): comments why, closes the issue, fails', async () => {
    w = await world();
    const result = await w.gate(
      { approvers: 'alice' },
      { cancel: { when: (log) => log.includes('opened request issue'), signal: 'SIGTERM' } },
    );
    expect(result.exitCode).toBe(1);
    expect(result.outputs.decision).toBe('pending');
    expect(result.outputs.reason).toMatch(/cancelled.*SIGTERM/);
    expect(issueState(w)).toEqual({ state: 'closed', locked: true });
    expect(lastComment(w).body).toMatch(/Cancelled[\s\S]*SIGTERM/);
  }, 30_000);

  it('5xx storms and secondary rate limits during the wait: no crash, no false approval, the real decision', async () => {
    w = await world();
    const run = w.gate({ approvers: 'alice' });
    await w.opened();
    w.emulator.injectFault({ method: 'GET', path: /\/issues\/1\/comments$/, status: 502, times: 7 });
    w.emulator.injectFault({
      method: 'GET',
      path: /\/issues\/1$/,
      secondaryRateLimit: { retryAfterSeconds: 30 },
      times: 3,
    });
    w.emulator.injectFault({
      method: 'GET',
      path: /\/collaborators\/[^/]+\/permission$/,
      status: 500,
      times: 3,
    });
    w.say(1, 'bob', '/approve'); // not an approver: must not count whatever the API does
    await until(() => w!.emulator.stats.notModified > 3, 'polls after the storm');
    expect(issueState(w).state).toBe('open');
    w.say(1, 'alice', '/approve');
    const result = await run;
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'approved', 'approved-by': 'alice' });
    expect(result.log).toMatch(/secondary rate limit/i);
  }, 30_000);

  it('a persistent API failure while deciding fails closed: no approval, the issue closed with why', async () => {
    w = await world();
    const run = w.gate({ approvers: 'alice' });
    await w.opened();
    w.emulator.injectFault({
      method: 'GET',
      path: /\/collaborators\/alice\/permission$/,
      status: 503,
      times: Infinity,
    });
    w.say(1, 'alice', '/approve');
    const result = await run;
    expect(result.exitCode).toBe(1);
    expect(result.signal).toBeNull();
    expect(result.outputs).toMatchObject({ decision: 'pending', 'approved-by': '' });
    expect(result.outputs.reason).toMatch(/GitHub API failed \d+ polls in a row over/);
    expect(issueState(w)).toEqual({ state: 'closed', locked: true });
    expect(lastComment(w).body).toMatch(/Stopped[\s\S]*GitHub API failed/);
  }, 30_000);

  it('a token that cannot read team members fails clearly, before opening an issue', async () => {
    w = await world({ gateReadsOrg: false });
    const result = await w.gate({ approvers: 'alice, octo-org/sre' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.reason).toMatch(/cannot read the members of team octo-org\/sre.*read:org/);
    expect(w.emulator.repo(REPO).issues.size).toBe(0);
  }, 30_000);
});
