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

  it('uses the environment rule, else the default', () => {
    expect(ruleFromPolicy(policy, 'approval.yml', 'production')).toMatchObject({
      minimumApprovals: 2,
      approvers: [{ login: 'alice' }, { login: 'bob' }, { org: 'octo-org', slug: 'sre' }],
    });
    expect(ruleFromPolicy(policy, 'approval.yml', 'staging')).toMatchObject({
      minimumApprovals: 1,
      approvers: [{ login: 'alice' }],
    });
  });

  it('names policy-file and the line on schema errors', () => {
    expect(() => ruleFromPolicy('approvers: [alice]\nminimum-aprovals: 2\n', 'p.yml', 'x')).toThrow(
      /^input 'policy-file': p\.yml line \d+: has unknown key 'minimum-aprovals'/,
    );
    expect(() => ruleFromPolicy('approvers: [alice]\nminimum-approvals: 0\n', 'p.yml', 'x')).toThrow(
      /^input 'policy-file': p\.yml line 2/,
    );
    expect(() => ruleFromPolicy('approvers: [alice]\nminimum-approvals: 2\n', 'p.yml', 'x')).toThrow(
      /can never be reached/,
    );
    expect(() => ruleFromPolicy('environments: {}\n', 'p.yml', 'prod')).toThrow(
      /names no approvers for environment 'prod'/,
    );
    expect(() => ruleFromPolicy('approvers: [org/]\n', 'p.yml', 'prod')).toThrow(
      /^input 'policy-file': 'org\/' is not a team/,
    );
  });
});
