// A low or medium risk deployment the approval gate approved by policy (decision auto-approved, no
// approvers) is a pre-approved standard change: not a "no approval recorded" finding, listed apart.
import { describe, expect, it } from '@jest/globals';
import type { ActionContext } from '../../../packages/core/src/index.js';
import type { AuditRecord } from '../../../packages/core/src/audit/record.js';
import { draftRecord } from '../../../actions/audit-sign/src/record-draft.js';
import { ReportCollector } from '../../../actions/audit-verify/src/compliance-report.js';
import { periodFor } from '../../../actions/audit-verify/src/period.js';
import { reportMarkdown } from '../../../actions/audit-verify/src/report-markdown.js';
import type { Verification } from '../../../actions/audit-verify/src/verify-log.js';

const context: ActionContext = {
  repository: { owner: 'octo-org', repo: 'shop' },
  actor: 'mona',
  triggeringActor: 'mona',
  eventName: 'release',
  event: { sender: { login: 'mona', id: 7 } },
  sha: 'a'.repeat(40),
  ref: 'refs/tags/v1.4.2',
  runId: '77',
  runAttempt: '1',
  workflowRef: 'octo-org/shop/.github/workflows/deploy-on-release.yml@refs/tags/v1.4.2',
  job: 'audit',
  apiUrl: 'http://127.0.0.1',
  serverUrl: 'https://github.com',
  runnerTemp: '/tmp',
  runUrl: '',
};

const needs = (result: string, outputs: Record<string, string>) => ({ result, outputs });
const AUTO_REASON = (tier: string) => `risk tier ${tier} is approved automatically (auto-approve-risk-tiers)`;

/** deploy.yml's audit job details for a deployment the gate approved automatically. */
function autoApproved(overrides: Record<string, unknown> = {}) {
  return {
    service: 'shop-api',
    environment: 'staging',
    version: '1.4.2',
    strategy: 'canary',
    'deployment-id': '4242',
    outcome: 'promoted',
    'override-reason': '',
    'decided-at': '2026-11-10T09:01:00.000Z',
    approvals: [],
    'failed-stage': '',
    stages: [],
    checks: needs('success', { result: 'passed', 'override-reason': '' }),
    approval: needs('success', { decision: 'auto-approved', approvals: '[]', 'approved-by': '' }),
    deploy: needs('success', { outcome: 'promoted', 'deployment-id': '4242' }),
    change: 'standard',
    emergency: false,
    emergencyReason: '',
    'risk-tier': 'medium',
    ...overrides,
  };
}

let sequence = 0;
const record = (details: Record<string, unknown>, time = '2026-11-10T09:30:00.000Z'): AuditRecord => ({
  ...draftRecord({
    context,
    type: 'deployment',
    details,
    infraPaths: [],
    standards: ['SOC2', 'ISO27001'],
    id: `r${sequence}`,
  }),
  logId: 'l',
  sequence: sequence++,
  previousHash: '',
  time,
});

const valid: Verification = {
  valid: true,
  lines: 1,
  verified: 1,
  logId: 'l',
  checkpoints: 0,
  lastCheckpointSize: 0,
  unanchored: 1,
  beyondTrusted: 1,
  gaps: [],
};
const period = periodFor('range', Date.parse('2026-12-01T00:00:00Z'), Date.parse('2026-11-01T00:00:00Z'));
function report(records: AuditRecord[]) {
  const collector = new ReportCollector(period);
  records.forEach(collector.add);
  return collector.build(valid, ['SOC2', 'ISO27001']);
}
const approvalFindings = (r: ReturnType<typeof report>) =>
  r.controls.flatMap((c) => c.findings).filter((f) => /without an approval|author or deployer/.test(f));
const approvalGaps = (r: ReturnType<typeof report>) =>
  r.controls.flatMap((c) => c.gaps).filter((g) => /approv/.test(g));

describe('pre-approved standard changes', () => {
  it('a medium risk deployment auto-approved by the gate is no finding and is listed with its rule', () => {
    const r = report([record(autoApproved())]);
    expect(approvalFindings(r)).toEqual([]);
    expect(approvalGaps(r)).toEqual([]);
    expect(r.deployments[0]).toMatchObject({
      approved: true,
      approvedBeforeDeployment: true,
      approvals: [],
      emergency: false,
      preApproved: { riskTier: 'medium', rule: expect.stringContaining('auto-approve-risk-tiers') },
    });
    expect(r.standardChanges).toEqual([
      expect.objectContaining({
        sequence: r.deployments[0].sequence,
        environment: 'staging',
        version: '1.4.2',
        deployer: 'mona',
        riskTier: 'medium',
        rule: 'auto-approve-risk-tiers: low, medium (approval gate default)',
        workflow: context.workflowRef,
        decidedAt: '2026-11-10T09:01:00.000Z',
      }),
    ]);
    const cc81 = r.controls.find((c) => c.standard === 'SOC2' && c.control === 'CC8.1')!;
    expect([cc81.changes, cc81.complete, cc81.score]).toEqual([1, 1, 1]);
    const markdown = reportMarkdown(r);
    expect(markdown).toContain('### Pre-approved standard changes');
    expect(markdown).toContain('pre-approved by policy (medium risk)');
  });

  it("reads the tier from the gate's reason when the record has no risk-tier (the gate's outputs passed flat)", () => {
    const details = autoApproved({
      'risk-tier': undefined,
      approval: undefined,
      'approval-decision': 'auto-approved',
      'approval-reason': AUTO_REASON('low'),
    });
    const r = report([record(details)]);
    expect(r.standardChanges.map((c) => c.riskTier)).toEqual(['low']);
    expect(approvalFindings(r)).toEqual([]);
  });

  it('is not a standard change: high risk, an emergency skip, no tier, or a decision other than auto-approved', () => {
    const cases = [
      autoApproved({ 'risk-tier': 'high' }),
      autoApproved({ 'risk-tier': 'critical' }),
      autoApproved({ 'risk-tier': '' }),
      // An emergency change whose approval the policy let it skip: an emergency change to review.
      autoApproved({ change: 'emergency', emergency: true, emergencyReason: 'rollback', 'risk-tier': 'low' }),
      autoApproved({ approval: needs('success', { decision: 'timed-out', approvals: '[]' }) }),
    ];
    for (const details of cases) {
      const r = report([record(details)]);
      expect(r.standardChanges).toEqual([]);
      expect(r.deployments[0].preApproved).toBeNull();
      expect(approvalGaps(r).join(' ')).toContain('no approval recorded');
    }
  });

  it('a deployment people approved keeps its approvals and is not listed as pre-approved', () => {
    const approvals = [{ login: 'alice', id: 101, at: '2026-11-10T09:02:00Z' }];
    const r = report([
      record(
        autoApproved({
          approvals,
          approval: needs('success', { decision: 'approved', approvals: JSON.stringify(approvals) }),
        }),
      ),
    ]);
    expect(r.standardChanges).toEqual([]);
    expect(r.deployments[0].approvals.map((a) => a.login)).toEqual(['alice']);
  });
});
