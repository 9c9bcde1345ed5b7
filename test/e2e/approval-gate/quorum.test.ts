import { afterEach, describe, expect, it } from '@jest/globals';
import { REPO, world, type World } from './helpers.js';

let w: World;
afterEach(async () => {
  w.emulator.assertValid();
  await w.emulator.stop();
});

describe('approval-gate wait mode', () => {
  it('two of three with a team: approved once two distinct approvers approve, then closed and locked', async () => {
    w = await world();
    const run = w.gate({ approvers: 'alice, octo-org/sre, carol', 'minimum-approvals': 2, environment: 'production', version: 'v1.2.3' });
    const issue = await w.opened();
    w.say(issue, 'alice', '/approve looks good');
    w.say(issue, 'alice', '/approve again');
    w.say(issue, 'dave', '/APPROVE');
    const result = await run;
    expect(result.log).toContain('decision: approved');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'approved', 'approved-by': 'alice,dave', 'denied-by': '', 'issue-number': '1' });
    const state = w.emulator.issue(REPO, 1)!;
    expect([state.state, state.locked]).toEqual(['closed', true]);
    const last = w.emulator.comments(REPO, 1).at(-1)!;
    expect(last.user).toBe('shipgate-bot');
    expect(last.body).toMatch(/Approved/);
    expect(last.body).toMatch(/@alice at .*\(\[comment\]\(http/);
    expect(last.body).toMatch(/@dave at/);
    expect(result.summary).toContain('| alice | approve |');
    expect(result.summary).toContain('| dave | approve |');
  }, 30_000);
});
