import { describe, expect, it } from '@jest/globals';
import { parseApprovers, checkMinimum } from '../../../actions/approval-gate/src/approvers.js';
import { ruleFromPolicy } from '../../../actions/approval-gate/src/policy.js';

describe('parseApprovers', () => {
  it('reads logins and teams, case-insensitively, without duplicates', () => {
    expect(parseApprovers(['Alice', '@bob', 'Octo-Org/Release-Managers', 'alice'], 'approvers')).toEqual([
      { kind: 'user', login: 'alice' },
      { kind: 'user', login: 'bob' },
      { kind: 'team', org: 'octo-org', slug: 'release-managers' },
    ]);
  });
  it.each(['org/', '/team', 'a/b/c', 'not a login', '-dash', 'x'.repeat(40)])(
    'rejects %j naming the input',
    (item) => {
      expect(() => parseApprovers([item], 'approvers')).toThrow(/^input 'approvers': '.*' is not a/);
    },
  );
  it('checks a minimum against logins only when there are no teams', () => {
    expect(() => checkMinimum(parseApprovers(['a', 'b'], 'x'), 3, 'minimum-approvals')).toThrow(
      /^input 'minimum-approvals': 3 approvals can never be reached by 2/,
    );
    expect(() => checkMinimum(parseApprovers(['a', 'org/team'], 'x'), 3, 'minimum-approvals')).not.toThrow();
  });
});

describe('ruleFromPolicy', () => {
  const policy = [
    'approvers: [alice]',
    'minimum-approvals: 1',
    'environments:',
    '  production:',
    '    approvers: [alice, bob, octo-org/sre]',
    '    minimum-approvals: 2',
  ].join('\n');

  it('uses the environment rule, else the default', async () => {
    expect(await ruleFromPolicy(policy, 'approval.yml', 'production')).toMatchObject({
      minimumApprovals: 2,
      approvers: [{ login: 'alice' }, { login: 'bob' }, { org: 'octo-org', slug: 'sre' }],
    });
    expect(await ruleFromPolicy(policy, 'approval.yml', 'staging')).toMatchObject({
      minimumApprovals: 1,
      approvers: [{ login: 'alice' }],
    });
  });

  it('names policy-file and the line on schema errors', async () => {
    await expect(ruleFromPolicy('approvers: [alice]\nminimum-aprovals: 2\n', 'p.yml', 'x')).rejects.toThrow(
      /^input 'policy-file': p\.yml line \d+: has unknown key 'minimum-aprovals'/,
    );
    await expect(ruleFromPolicy('approvers: [alice]\nminimum-approvals: 0\n', 'p.yml', 'x')).rejects.toThrow(
      /^input 'policy-file': p\.yml line 2/,
    );
    await expect(ruleFromPolicy('approvers: [alice]\nminimum-approvals: 2\n', 'p.yml', 'x')).rejects.toThrow(
      /can never be reached/,
    );
    await expect(ruleFromPolicy('environments: {}\n', 'p.yml', 'prod')).rejects.toThrow(
      /names no approvers for environment 'prod'/,
    );
    await expect(ruleFromPolicy('approvers: [org/]\n', 'p.yml', 'prod')).rejects.toThrow(
      /^input 'policy-file': 'org\/' is not a team/,
    );
  });
});

describe('ruleFromPolicy: emergency changes', () => {
  const policy = [
    'approvers: [alice]',
    'emergency: { skip-approval: false, by: [alice] }',
    'environments:',
    '  production:',
    '    approvers: [alice, bob]',
    '    minimum-approvals: 2',
    '    emergency: { skip-approval: true, by: [octo-org/sre-oncall, carol] }',
    '  staging:',
    '    approvers: [dev]',
  ].join('\n');

  it("takes the environment's emergency rule, else the default one", async () => {
    expect((await ruleFromPolicy(policy, 'p.yml', 'production')).emergency).toEqual({
      skipApproval: true,
      by: [
        { kind: 'team', org: 'octo-org', slug: 'sre-oncall' },
        { kind: 'user', login: 'carol' },
      ],
    });
    expect((await ruleFromPolicy(policy, 'p.yml', 'staging')).emergency).toEqual({
      skipApproval: false,
      by: [{ kind: 'user', login: 'alice' }],
    });
    expect((await ruleFromPolicy('approvers: [alice]', 'p.yml', 'staging')).emergency).toBeUndefined();
  });

  it.each([
    ['emergency: { skip-approval: true }', /by/],
    ['emergency: { by: [alice] }', /skip-approval/],
    ['emergency: { skip-approval: yes please, by: [alice] }', /skip-approval/],
    ['emergency: { skip-approval: true, by: [] }', /by/],
    ['emergency: { skip-approval: true, by: [alice], anyone: true }', /anyone/],
    ['emergency: { skip-approval: true, by: [not a login] }', /'not a login' is not a/],
  ])('refuses %j naming policy-file', async (line, detail) => {
    await expect(ruleFromPolicy(`approvers: [alice]\n${line}`, 'p.yml', 'production')).rejects.toThrow(
      /policy-file/,
    );
    await expect(ruleFromPolicy(`approvers: [alice]\n${line}`, 'p.yml', 'production')).rejects.toThrow(
      detail,
    );
  });
});
