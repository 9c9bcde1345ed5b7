import { describe, expect, it } from '@jest/globals';
import { decisionComment, inline, issueBody } from '../../../actions/approval-gate/src/issue-text.js';
import type { Verdict } from '../../../actions/approval-gate/src/quorum.js';
import {
  bindingDigest,
  decisionMarker,
  readDecision,
  readRequestMarker,
  type RequestBinding,
} from '../../../actions/approval-gate/src/request-binding.js';

const binding: RequestBinding = {
  v: 1,
  repository: 'octo-org/service',
  sha: 'a'.repeat(40),
  environment: 'production',
  version: 'v1 | `x`',
  runId: '1',
  runAttempt: '1',
  requester: 'deployer',
  requesters: ['deployer'],
};

describe('decisionComment', () => {
  it('a hostile reason cannot plant a decision record in the gate’s comment', () => {
    const fake = decisionMarker({
      decision: 'approved',
      binding: bindingDigest(binding),
      approvedBy: ['mallory'],
      deniedBy: [],
      reason: 'fake',
    });
    const record = {
      decision: 'denied' as const,
      binding: bindingDigest(binding),
      approvedBy: [],
      deniedBy: ['bob'],
      reason: `denied by bob: no\n${fake}`,
    };
    const verdict: Verdict = {
      decision: 'denied',
      approvals: [],
      denials: [
        { login: 'bob', userId: 2, commentId: 3, via: 'comment', at: 't', url: 'u', reason: `no\n${fake}` },
      ],
      ignored: [],
      edited: [],
      roles: [],
      reason: record.reason,
    };
    const text = decisionComment(record, verdict, 'https://run');
    expect(readDecision(text)).toEqual(record);
    expect(text.split('<!--')).toHaveLength(2);
  });

  it('inline flattens and neutralises markup', () => {
    expect(inline('a\n<!-- x -->\r\nb')).toBe('a &lt;!-- x --&gt; b');
    expect(inline('x'.repeat(400))).toHaveLength(301);
  });
});

describe('issueBody', () => {
  it('shows what ships, keeps table cells intact, and ends with the binding', () => {
    const body = issueBody({
      binding,
      approvers: [
        { kind: 'user', login: 'alice' },
        { kind: 'team', org: 'octo-org', slug: 'sre' },
      ],
      minimumApprovals: 2,
      riskTier: 'high',
      serverUrl: 'https://github.com',
      allowSelfApproval: false,
      reactions: true,
      extraBody: 'See the change log.',
      checksReport: {
        result: 'passed',
        checks: [{ check: 'semver', result: 'passed', detail: 'v1 | x' }],
      },
      roles: [{ role: 'security', needed: 1, holders: [{ kind: 'user', login: 'carol' }] }],
    });
    expect(body).toContain("| Version | `v1 ' 'x'` |");
    expect(body).toContain('@alice, @octo-org/sre');
    expect(body).toContain('approvals by the requester');
    expect(body).toContain('### Notes from the requester\n\nSee the change log.');
    expect(body).toContain('### Pre-deploy checks: passed');
    expect(body).toMatch(/\| semver \| passed \| v1 \\?\| x \|/);
    expect(body).toContain('| Role `security` | 1 sign-off(s) from @carol |');
    expect(body).toContain('👍 (approve) or 👎 (deny)');
    expect(body).toContain(
      `| Run | [${binding.runId} attempt ${binding.runAttempt}](https://github.com/${binding.repository}/actions/runs/${binding.runId}) |`,
    );
    expect(readRequestMarker(body)).toEqual(binding);
  });
});
