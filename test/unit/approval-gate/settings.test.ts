import { describe, expect, it } from '@jest/globals';
import { Inputs, readContext } from '../../../packages/core/src/index.js';
import { readSettings, requiredApprovals } from '../../../actions/approval-gate/src/settings.js';

const context = readContext({
  GITHUB_REPOSITORY: 'octo-org/service',
  GITHUB_ACTOR: 'Deployer',
  GITHUB_TRIGGERING_ACTOR: 'rerunner',
  GITHUB_SHA: 'f'.repeat(40),
  GITHUB_RUN_ID: '77',
  GITHUB_RUN_ATTEMPT: '2',
});

function settings(values: Record<string, string>, ctx = context) {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries({ 'github-token': 't', ...values }))
    env[`INPUT_${name.toUpperCase()}`] = value;
  return readSettings(new Inputs(env), ctx);
}

describe('readSettings', () => {
  it('reads defaults and binds the request to this run', () => {
    const s = settings({ approvers: 'alice, bob', environment: 'production', version: 'v1' });
    expect(s).toMatchObject({
      mode: 'wait',
      minimumApprovals: 1,
      riskTier: 'high',
      autoApproveTiers: ['low', 'medium'],
      // Wait mode on a GitHub-hosted runner: 5h by default, within the 6-hour job limit.
      timeoutMs: 5 * 3_600_000,
      pollIntervalMs: 10_000,
      allowSelfApproval: false,
      labels: ['deployment-approval'],
      issueRepository: { owner: 'octo-org', repo: 'service' },
    });
    expect(s.binding).toEqual({
      v: 1,
      repository: 'octo-org/service',
      sha: 'f'.repeat(40),
      environment: 'production',
      version: 'v1',
      runId: '77',
      runAttempt: '2',
      requester: 'deployer',
      requesters: ['deployer', 'rerunner'],
    });
  });

  // An auto-approved tier opens no request, so nobody needs to be named (deploy-on-release.yml ships
  // to staging at medium risk without approvers); any tier that asks people still needs them.
  it('needs no approvers for an auto-approved risk tier, and still needs them for one that asks people', () => {
    expect(settings({ 'risk-tier': 'medium' }).approvers).toEqual([]);
    expect(() => settings({ 'risk-tier': 'high' })).toThrow(/^input 'approvers': has 0 item/);
    expect(() => settings({ 'risk-tier': 'medium', 'auto-approve-risk-tiers': 'low' })).toThrow(
      /^input 'approvers': has 0 item/,
    );
    expect(() => settings({ 'risk-tier': 'medium', mode: 'evaluate' })).toThrow(
      /^input 'approvers': has 0 item/,
    );
  });

  it('counts the pull request author as a requester', () => {
    const prContext = { ...context, event: { pull_request: { user: { login: 'Author' } } } };
    expect(settings({ approvers: 'alice' }, prContext).binding.requesters).toEqual([
      'author',
      'deployer',
      'rerunner',
    ]);
  });

  it.each([
    [{ approvers: '' }, /^input 'approvers': has 0 item/],
    [{ approvers: 'org/' }, /^input 'approvers': 'org\/' is not a team/],
    [
      { approvers: 'a', 'risk-tier': 'extreme' },
      /^input 'risk-tier': 'extreme' is not one of the allowed values/,
    ],
    [{ approvers: 'a', 'minimum-approvals': '0' }, /^input 'minimum-approvals': 0 is out of range/],
    [
      { approvers: 'a,b', 'minimum-approvals': '3' },
      /^input 'minimum-approvals': 3 approvals can never be reached by 2/,
    ],
    [
      { approvers: 'a', 'risk-tier': 'critical' },
      /^input 'risk-tier': 2 approvals can never be reached by 1/,
    ],
    [{ approvers: 'a', timeout: 'soon' }, /^input 'timeout': 'soon' is not a duration/],
    [{ approvers: 'a', 'poll-interval': '2d', timeout: '1h' }, /^input 'poll-interval'/],
    [{ approvers: 'a', 'auto-approve-risk-tiers': 'low,tiny' }, /^input 'auto-approve-risk-tiers': 'tiny'/],
    [{ approvers: 'a', mode: 'later' }, /^input 'mode'/],
    [{ approvers: 'a', mode: 'evaluate' }, /^input 'issue-number': is empty and the event carries no issue/],
    [{ approvers: 'a', 'issue-number': '1.5' }, /^input 'issue-number'/],
    [{ approvers: 'a', repository: 'nope' }, /^input 'repository'/],
    [{ approvers: 'a', 'allow-self-approval': 'maybe' }, /^input 'allow-self-approval'/],
    [{ approvers: 'a', environment: 'a\nb' }, /^input 'environment'/],
    [
      { approvers: 'a', reactions: 'maybe' },
      /^input 'reactions': 'maybe' is not a boolean; expected true or false/,
    ],
    [
      { approvers: 'a', roles: 'security: 1', 'role-holders': 'product: bob' },
      /^input 'role-holders': role 'product' is not one of the roles \(security\)/,
    ],
    [
      { approvers: 'a', roles: 'security: 1' },
      /^input 'role-holders': role 'security' has no holders; expected who holds each role/,
    ],
    [
      { approvers: 'a', roles: 'security: none', 'role-holders': 'security: a' },
      /^input 'roles': role 'security' needs 'none' sign-offs/,
    ],
    [{ approvers: 'a', roles: 'security' }, /^input 'roles': 'security' is not a role and a count/],
    [
      { approvers: 'a', roles: 'security: 1', 'role-holders': 'security: not a login' },
      /^input 'role-holders': 'not a login' is not a GitHub login/,
    ],
    [
      { approvers: 'a', 'checks-report': '{nope' },
      /^input 'checks-report': is not JSON; expected the `report` output of pre-deploy-checks/,
    ],
    [
      { approvers: 'a', 'checks-report': '{"result":"passed"}' },
      /^input 'checks-report': has no `checks` list/,
    ],
  ])('rejects %j', (values, message) => {
    expect(() => settings(values)).toThrow(message);
  });

  it('lets a team stand for any number of approvers, and a policy file replace approvers', () => {
    expect(settings({ approvers: 'org/sre', 'minimum-approvals': '3' }).minimumApprovals).toBe(3);
    expect(settings({ approvers: '', 'policy-file': '.github/approval.yml' }).approvers).toEqual([]);
  });

  it('caps the timeout by what the mode can honour', () => {
    const self = (values: Record<string, string>) => {
      const env: Record<string, string> = { 'INPUT_GITHUB-TOKEN': 't' };
      for (const [name, value] of Object.entries(values)) env[`INPUT_${name.toUpperCase()}`] = value;
      return readSettings(new Inputs(env), context, 'self-hosted');
    };
    expect(self({ approvers: 'a', timeout: '3d' }).timeoutMs).toBe(3 * 86_400_000);
    expect(self({ approvers: 'a', timeout: '6d' })).toMatchObject({
      timeoutMs: 5 * 86_400_000 - 3_600_000,
      timeoutNote: 'timeout 6d is longer than the 5-day job limit of self-hosted runners: capped to 4d23h',
    });
    expect(settings({ approvers: 'a', timeout: '24h' })).toMatchObject({
      timeoutMs: 6 * 3_600_000 - 600_000,
      timeoutNote: expect.stringContaining('6-hour job limit of GitHub-hosted runners'),
    });
    expect(settings({ approvers: 'a', mode: 'request', timeout: '35d' }).timeoutMs).toBe(30 * 86_400_000);
    expect(settings({ approvers: 'a', mode: 'request' }).timeoutMs).toBe(86_400_000);
    expect(settings({ approvers: 'a', mode: 'request', timeout: '30d' }).timeoutMs).toBe(30 * 86_400_000);
  });

  it('reads roles: holders are parsed, and the minimum rises to the sign-offs needed', () => {
    const s = settings({
      approvers: 'alice',
      roles: 'security: 1, product: 2',
      'role-holders': 'security: carol, octo-org/security\nproduct: bob, dave',
    });
    expect(s.roles).toEqual([
      {
        role: 'product',
        needed: 2,
        holders: [
          { kind: 'user', login: 'bob' },
          { kind: 'user', login: 'dave' },
        ],
      },
      {
        role: 'security',
        needed: 1,
        holders: [
          { kind: 'user', login: 'carol' },
          { kind: 'team', org: 'octo-org', slug: 'security' },
        ],
      },
    ]);
    expect(s.minimumApprovals).toBe(3);
    expect(settings({ approvers: 'a', reactions: 'true' }).reactions).toBe(true);
  });

  it('accepts none as no auto-approval, and critical always needs two', () => {
    expect(settings({ approvers: 'a', 'auto-approve-risk-tiers': 'none' }).autoApproveTiers).toEqual([]);
    expect(requiredApprovals(1, 'critical')).toBe(2);
    expect(requiredApprovals(3, 'critical')).toBe(3);
    expect(requiredApprovals(1, 'high')).toBe(1);
  });
});

describe('emergency-reason', () => {
  it('is read with a policy file, in wait and request mode', () => {
    expect(
      settings({ 'policy-file': '.github/p.yml', 'emergency-reason': 'checkout errors since 1.4.2' })
        .emergencyReason,
    ).toBe('checkout errors since 1.4.2');
    expect(settings({ approvers: 'alice' }).emergencyReason).toBeUndefined();
  });
  it.each([
    [{ approvers: 'alice', 'emergency-reason': 'down' }, /^input 'emergency-reason': needs policy-file/],
    [{ 'policy-file': 'p.yml', 'emergency-reason': 'a\nb' }, /^input 'emergency-reason': .*spans lines/],
    [{ 'policy-file': 'p.yml', 'emergency-reason': 'x'.repeat(501) }, /^input 'emergency-reason': is longer/],
    [
      { 'policy-file': 'p.yml', mode: 'evaluate', 'issue-number': '4', 'emergency-reason': 'down' },
      /^input 'emergency-reason': is for wait and request mode/,
    ],
  ])('refuses %j', (values, message) => {
    expect(() => settings(values)).toThrow(message);
  });
});
