// What deploy.yml's audit job passes becomes a correct deployment record (id, approvals with their
// times, an override as an emergency change, the canary's stages), and a workflow_run record carries
// the run's conclusion, duration and jobs. The compliance report reads the same details the same way.
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { ActionContext } from '../../../packages/core/src/index.js';
import {
  recordSchemaProblem,
  type AuditRecord,
  loadRecordSchemas,
} from '../../../packages/core/src/audit/record.js';
import { draftRecord } from '../../../actions/audit-sign/src/record-draft.js';
import { ReportCollector } from '../../../actions/audit-verify/src/compliance-report.js';
import { periodFor } from '../../../actions/audit-verify/src/period.js';
import type { Verification } from '../../../actions/audit-verify/src/verify-log.js';

// The record checks are synchronous; Ajv and the schemas load once, as audit-verify does at start.
beforeAll(loadRecordSchemas);

const context = (eventName: string, event: Record<string, unknown>): ActionContext => ({
  repository: { owner: 'octo-org', repo: 'shop' },
  actor: 'mona',
  triggeringActor: 'mona',
  eventName,
  event,
  sha: 'a'.repeat(40),
  ref: 'refs/heads/main',
  runId: '77',
  runAttempt: '1',
  workflowRef: 'octo-org/shop/.github/workflows/deploy.yml@refs/heads/main',
  job: 'audit',
  apiUrl: 'http://127.0.0.1',
  serverUrl: 'https://github.com',
  runnerTemp: '/tmp',
  runUrl: '',
});

const draft = (
  details: Record<string, unknown>,
  extra: Partial<Parameters<typeof draftRecord>[0]> = {},
  eventName = 'workflow_dispatch',
  event: Record<string, unknown> = { sender: { login: 'mona', id: 7 } },
) =>
  draftRecord({
    context: context(eventName, event),
    type: 'deployment',
    details,
    infraPaths: [],
    standards: ['SOC2', 'ISO27001'],
    id: 'r1',
    ...extra,
  });

const placed = (d: ReturnType<typeof draftRecord>, sequence: number, time: string): AuditRecord => ({
  ...d,
  logId: 'l',
  sequence,
  previousHash: '',
  time,
});

/** toJSON(needs.<job>) as the engine and GitHub give it: every output a string. */
const needs = (result: string, outputs: Record<string, string>) => ({ result, outputs });
const gateApprovals = JSON.stringify([
  { login: 'alice', id: 101, at: '2026-11-10T09:02:00Z' },
  { login: 'bob', id: 102, at: '2026-11-10T09:03:00Z' },
]);
const stages = [
  {
    stage: 1,
    weight: 5,
    waitMs: 90000,
    outcome: 'passed',
    checks: 9,
    canaryRequests: 680,
    averageHealthScore: 99.5,
  },
  {
    stage: 2,
    weight: 100,
    waitMs: 90000,
    outcome: 'passed',
    checks: 9,
    canaryRequests: 9100,
    averageHealthScore: 100,
  },
];

/** What deploy.yml's audit job passes as details (see its format()). */
function deployYmlDetails(overrides: Record<string, unknown> = {}) {
  return {
    service: 'shop-api',
    environment: 'production',
    version: '1.4.2',
    strategy: 'canary',
    'deployment-id': '4242',
    outcome: 'promoted',
    'override-reason': '',
    'decided-at': '2026-11-10T09:03:00Z',
    approvals: JSON.parse(gateApprovals) as unknown[],
    'failed-stage': '',
    stages,
    checks: needs('success', { result: 'passed', 'override-reason': '' }),
    approval: needs('success', { decision: 'approved', approvals: gateApprovals }),
    deploy: needs('success', { outcome: 'promoted', 'deployment-id': '4242' }),
    ...overrides,
  };
}

describe('the deployment record from deploy.yml', () => {
  it('carries the GitHub deployment id, the outcome and each approval with its comment time and user id', () => {
    const d = draft(deployYmlDetails());
    expect(d.deployment).toMatchObject({
      deploymentId: '4242',
      outcome: 'promoted',
      emergency: false,
      approvals: [
        { id: '101', login: 'alice', time: '2026-11-10T09:02:00Z' },
        { id: '102', login: 'bob', time: '2026-11-10T09:03:00Z' },
      ],
    });
    expect((d.details as { stages: unknown }).stages).toEqual(stages);
    expect(recordSchemaProblem(placed(d, 0, '2026-11-10T09:30:00.000Z'))).toBeUndefined();
  });

  it('reads the approval job outputs when only toJSON(needs.approval) was passed (the JSON array is not split on commas)', () => {
    const legacy = deployYmlDetails();
    delete (legacy as Record<string, unknown>).approvals;
    delete (legacy as Record<string, unknown>)['deployment-id'];
    const d = draft(legacy);
    expect(d.deployment!.approvals.map((a) => a.login)).toEqual(['alice', 'bob']);
    expect(d.deployment!.approvals.map((a) => a.time)).toEqual([
      '2026-11-10T09:02:00Z',
      '2026-11-10T09:03:00Z',
    ]);
    expect(d.deployment!.deploymentId).toBe('4242');
  });

  it('a break-glass override is an emergency change, with its reason, from the input or the checks job', () => {
    const direct = draft(deployYmlDetails({ 'override-reason': 'rollback: checkout errors' }));
    expect(direct.deployment!.emergency).toBe(true);
    expect(direct.compliance.risk).toBe('high');
    const viaChecks = draft(
      deployYmlDetails({ checks: needs('success', { 'override-reason': 'incident 7' }) }),
    );
    expect(viaChecks.deployment!.emergency).toBe(true);
    expect(draft(deployYmlDetails()).deployment!.emergency).toBe(false);
  });

  it('a deployment whose deploy job never ran is recorded as blocked', () => {
    const d = draft(
      deployYmlDetails({
        outcome: 'blocked',
        approvals: [],
        'deployment-id': '',
        approval: needs('success', { decision: 'denied', approvals: '[]' }),
        deploy: needs('skipped', {}),
      }),
    );
    expect(d.deployment).toMatchObject({ outcome: 'blocked', approvals: [], deploymentId: '' });
  });
});

describe('the compliance report over deploy.yml records', () => {
  const valid: Verification = {
    valid: true,
    lines: 3,
    verified: 3,
    logId: 'l',
    checkpoints: 0,
    lastCheckpointSize: 0,
    unanchored: 3,
    beyondTrusted: 3,
    gaps: [],
  };
  const period = periodFor('range', Date.parse('2026-12-01T00:00:00Z'), Date.parse('2026-11-01T00:00:00Z'));

  function report(records: AuditRecord[]) {
    const collector = new ReportCollector(period);
    records.forEach(collector.add);
    return collector.build(valid, ['SOC2', 'ISO27001']);
  }

  it('finds the approval before deploying, and the override as an emergency change with its reason', () => {
    const normal = placed(draft(deployYmlDetails()), 0, '2026-11-10T09:30:00.000Z');
    const emergency = placed(
      draft(deployYmlDetails({ version: '1.4.1', 'override-reason': 'rollback: checkout errors' })),
      1,
      '2026-11-10T11:00:00.000Z',
    );
    const denied = placed(
      draft(
        deployYmlDetails({
          version: '1.5.0',
          outcome: 'blocked',
          approvals: [],
          approval: needs('success', { decision: 'denied', approvals: '[]' }),
          deploy: needs('skipped', {}),
        }),
      ),
      2,
      '2026-11-10T12:00:00.000Z',
    );
    const r = report([normal, emergency, denied]);
    expect(r.deployments.map((d) => [d.version, d.approvedBeforeDeployment, d.emergency])).toEqual([
      ['1.4.2', true, false],
      ['1.4.1', true, true],
      ['1.5.0', false, false],
    ]);
    const findings = r.controls.flatMap((c) => c.findings);
    expect(findings.filter((f) => /without an approval|author or deployer/.test(f))).toEqual([]);
    expect(r.emergencyChanges).toEqual([
      expect.objectContaining({ sequence: 1, reason: 'rollback: checkout errors' }),
    ]);
    const cc81 = r.controls.find((c) => c.standard === 'SOC2' && c.control === 'CC8.1')!;
    expect(cc81.findings).toEqual(['1 emergency change(s) to review']);
    // The blocked deployment changed nothing: two changes, both with complete evidence.
    expect([cc81.changes, cc81.complete, cc81.gaps]).toEqual([2, 2, []]);
  });

  it('measures approval before deploying against when the deployment started (deploy-started-at), not when it was recorded', () => {
    // bob approved at 09:03; the record was written at 09:30, after the rollout.
    const at = (started: string) =>
      placed(draft(deployYmlDetails({ 'deploy-started-at': started })), 0, '2026-11-10T09:30:00.000Z');
    const row = (record: AuditRecord) => report([record]).deployments[0];
    expect(row(at('2026-11-10T09:05:00Z')).approvedBeforeDeployment).toBe(true);
    // Traffic moved at 09:02, before bob's approval: a finding, though the record came later.
    expect(row(at('2026-11-10T09:02:30Z')).approvedBeforeDeployment).toBe(false);
    const cc81 = report([at('2026-11-10T09:02:30Z')]).controls.find((c) => c.control === 'CC8.1')!;
    expect(cc81.gaps).toEqual(['seq 0 (production 1.4.2): approval not recorded before deploying']);
    // Missing, unreadable or later than the record: the record's time, as before.
    expect(row(at('')).approvedBeforeDeployment).toBe(true);
    expect(row(at('soon')).approvedBeforeDeployment).toBe(true);
    expect(row(at('2026-11-10T10:00:00Z')).approvedBeforeDeployment).toBe(true);
  });

  it("an emergency declared through deploy.yml's emergency-reason is reported with that reason", () => {
    const details = deployYmlDetails({
      change: 'emergency',
      emergency: true,
      emergencyReason: 'rollback: payments down since 1.4.2',
    });
    const record = placed(draft(details), 0, '2026-11-10T11:00:00.000Z');
    expect(record.deployment!.emergency).toBe(true);
    expect(report([record]).emergencyChanges).toEqual([
      expect.objectContaining({ sequence: 0, reason: 'rollback: payments down since 1.4.2' }),
    ]);
  });

  it('reads an override in a record signed before audit-sign knew deploy.yml (emergency false, reason in the checks job)', () => {
    const old = placed(draft(deployYmlDetails()), 0, '2026-11-10T09:30:00.000Z');
    old.details = { ...old.details, checks: needs('success', { 'override-reason': 'hotfix' }) };
    const r = report([old]);
    expect(r.deployments[0].emergency).toBe(true);
    expect(r.emergencyChanges[0].reason).toBe('hotfix');
  });
});

describe('the workflow_run record', () => {
  const event = {
    action: 'completed',
    workflow_run: {
      id: 555,
      name: 'Deploy',
      event: 'workflow_dispatch',
      status: 'completed',
      conclusion: 'failure',
      run_attempt: 2,
      path: '.github/workflows/deploy.yml',
      head_sha: 'b'.repeat(40),
      head_branch: 'main',
      run_started_at: '2026-11-10T09:00:00Z',
      updated_at: '2026-11-10T09:12:30Z',
    },
    sender: { login: 'mona', id: 7 },
  };
  const runDraft = (workflowJobs: Parameters<typeof draftRecord>[0]['workflowJobs']) =>
    draftRecord({
      context: context('workflow_run', event),
      type: 'workflow_run',
      details: {},
      infraPaths: [],
      standards: ['SOC2'],
      id: 'r2',
      workflowJobs,
    });

  it('carries the conclusion, the duration and every job with its conclusion and duration', () => {
    const d = runDraft({
      unavailable: '',
      jobs: [
        {
          name: 'Pre-deploy checks',
          status: 'completed',
          conclusion: 'success',
          started_at: '2026-11-10T09:00:05Z',
          completed_at: '2026-11-10T09:01:05Z',
        },
        {
          name: 'Deploy (canary)',
          status: 'completed',
          conclusion: 'failure',
          started_at: '2026-11-10T09:02:00Z',
          completed_at: '2026-11-10T09:12:00Z',
        },
      ],
    });
    expect(d.run).toEqual({ id: '555', attempt: '2', workflowRef: '.github/workflows/deploy.yml' });
    expect(d.workflowRun).toEqual({
      name: 'Deploy',
      event: 'workflow_dispatch',
      status: 'completed',
      conclusion: 'failure',
      startedAt: '2026-11-10T09:00:00Z',
      completedAt: '2026-11-10T09:12:30Z',
      durationSeconds: 750,
      jobs: [
        {
          name: 'Pre-deploy checks',
          conclusion: 'success',
          startedAt: '2026-11-10T09:00:05Z',
          completedAt: '2026-11-10T09:01:05Z',
          durationSeconds: 60,
        },
        {
          name: 'Deploy (canary)',
          conclusion: 'failure',
          startedAt: '2026-11-10T09:02:00Z',
          completedAt: '2026-11-10T09:12:00Z',
          durationSeconds: 600,
        },
      ],
      jobsUnavailable: '',
    });
    expect(recordSchemaProblem(placed(d, 0, '2026-11-10T09:13:00.000Z'))).toBeUndefined();
  });

  it('says why the jobs are missing rather than recording an empty list as complete', () => {
    const d = runDraft({ unavailable: 'the github-token needs actions: read', jobs: [] });
    expect(d.workflowRun).toMatchObject({
      jobs: [],
      jobsUnavailable: 'the github-token needs actions: read',
    });
    const schemaChecked = placed(d, 0, '2026-11-10T09:13:00.000Z');
    expect(recordSchemaProblem(schemaChecked)).toBeUndefined();
    expect(
      recordSchemaProblem({ ...schemaChecked, workflowRun: { ...d.workflowRun!, durationSeconds: -1 } }),
    ).toMatch(/durationSeconds/);
  });
});
