import { afterEach, describe, expect, it } from '@jest/globals';
import { REPO, assertValid, world, type World } from './helpers.js';

// An emergency change skips approval only as the policy on the default branch allows, and only for
// those it names who can write; anyone else is asked for approval as usual.

let w: World;
afterEach(async () => {
  assertValid(w.emulator);
  await w.emulator.stop();
});

const policy = (emergency: string) =>
  [
    'approvers: [alice]',
    'environments:',
    '  production:',
    '    approvers: [alice, bob]',
    '    minimum-approvals: 2',
    ...(emergency ? [`    emergency: ${emergency}`] : []),
  ].join('\n');

const inputs = {
  'policy-file': '.github/approval.yml',
  environment: 'production',
  version: '1.4.1',
  mode: 'request',
  'emergency-reason': 'rollback: checkout errors since 1.4.2',
};
const issues = () => [...w.emulator.repo(REPO).issues.values()];

describe('emergency changes', () => {
  it('one the policy names, with write access, skips approval: auto-approved, no issue, the reason says why', async () => {
    w = await world({
      files: { '.github/approval.yml': policy('{ skip-approval: true, by: [octo-org/sre] }') },
    });
    const result = await w.gate(inputs, { actor: 'dave' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'auto-approved', 'issue-number': '' });
    expect(result.outputs['decided-at']).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(result.outputs.reason).toBe(
      'emergency change by dave, approval skipped as .github/approval.yml on the default branch ' +
        '(environment production) allows: rollback: checkout errors since 1.4.2',
    );
    expect(issues()).toEqual([]);
  });

  it('a team member without write access, or a re-run by someone not named, is asked for approval', async () => {
    w = await world({
      files: { '.github/approval.yml': policy('{ skip-approval: true, by: [octo-org/sre] }') },
    });
    const noWrite = await w.gate(inputs, { actor: 'mallory' });
    expect(noWrite.outputs.decision).toBe('pending');
    expect(noWrite.log).toContain('emergency change: mallory may not skip approval');
    const rerun = await w.gate(inputs, { actor: 'dave', triggeringActor: 'bob' });
    expect(rerun.outputs.decision).toBe('pending');
    expect(rerun.log).toContain('emergency change: bob may not skip approval');
    expect(issues().length).toBeGreaterThanOrEqual(1);
  });

  it('a policy without an emergency rule (or skip-approval: false) asks for approval', async () => {
    w = await world({
      files: { '.github/approval.yml': policy('{ skip-approval: false, by: [dave] }') },
    });
    const result = await w.gate(inputs, { actor: 'dave' });
    expect(result.outputs.decision).toBe('pending');
    expect(result.log).toContain('does not let an emergency skip approval; asking for approval');
    expect(issues()).toHaveLength(1);
  });

  it('emergency-reason without a policy file is bad input: nothing is opened', async () => {
    w = await world();
    const result = await w.gate({ ...inputs, 'policy-file': '', approvers: 'alice' }, { actor: 'dave' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.map((a) => a.message).join('\n')).toMatch(
      /^input 'emergency-reason': needs policy-file/m,
    );
    expect(issues()).toEqual([]);
    expect(w.emulator.requests).toEqual([]);
  });
});
