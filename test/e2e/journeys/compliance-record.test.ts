// User journey: the compliance record of deployments made through deploy.yml (issue 15, item 2). A
// maintainer ships 1.4.2 with examples/deploy-on-dispatch.yml (alice and bob approve on the issue, a
// real nginx + Prometheus canary promotes it), and another team rolls back with
// examples/rollback-on-dispatch.yml (a break-glass override). An auditor then runs audit-verify's
// compliance report over the log: the approval before deploying is found where it happened (no false
// CC8.1 / ISO 8.32 finding), the record names the GitHub deployment and each canary stage, and the
// override shows as an emergency change with its reason.
import { afterEach, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ComplianceReport } from '../../../actions/audit-verify/src/compliance-report.js';
import { runAction } from '../../harness/runner.js';
import { describeWithStack, type DeployStack } from './deploy-stack.js';
import { shipOnDispatch, startDispatchWorld } from './dispatch-world.js';
import { startRollbackWorld } from './rollback-world.js';
import { SHOP, approveWhenAsked, type Journey } from './world.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function deploymentRecords(j: Journey): Json[] {
  const log = j.emulator.readFile(SHOP, 'audit-log', 'log/000000.jsonl') ?? '';
  return log
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { record?: Json }).record)
    .filter((r): r is Json => r?.type === 'deployment');
}

/** What an auditor runs: audit-verify with the public key and a compliance report for November. */
async function complianceReport(j: Journey): Promise<ComplianceReport> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'compliance-journey-'));
  const result = await runAction('audit-verify', {
    apiUrl: j.emulator.url,
    token: j.emulator.tokenFor('mona'),
    repository: SHOP,
    inputs: {
      'public-keys': j.auditKey.publicPem,
      report: 'range',
      since: '2026-11-01',
      until: '2026-12-01',
      'report-dir': dir,
    },
  });
  expect(result.outputs.valid).toBe('true');
  return JSON.parse(readFileSync(result.outputs.report, 'utf8')) as ComplianceReport;
}

/** The GitHub deployments the emulated repository holds, by id. */
function githubDeploymentIds(j: Journey): string[] {
  return j.emulator.repo(SHOP).deployments.map((d) => String(d.id));
}

describeWithStack('journey: the compliance record of deploy.yml deployments', () => {
  let stack: DeployStack | undefined;
  let j: Journey | undefined;
  afterEach(async () => {
    await j?.stop();
    await stack?.stop();
    j = undefined;
    stack = undefined;
  });

  /** A maintainer ships 1.4.2 with examples/deploy-on-dispatch.yml; alice and bob approve it. */
  async function deployOnDispatch(nextErrorRate: number) {
    const world = await startDispatchWorld({ nextErrorRate });
    ({ stack, j } = world);
    return { run: await shipOnDispatch(world.j), j: world.j };
  }

  it('an approved canary deployment: the report finds the approvals before deploying and has no false finding', async () => {
    const { run, j } = await deployOnDispatch(0);
    run.assertSuccess();
    expect(run.job('deploy/deploy').outputs.outcome).toBe('promoted');

    // The signed record: the GitHub deployment the deploy job created, both approvals with their
    // comment times, and each canary stage's result.
    const [record] = deploymentRecords(j);
    const deploymentId = run.job('deploy/deploy').outputs['deployment-id'];
    expect(deploymentId).toMatch(/^\d+$/);
    expect(githubDeploymentIds(j)).toContain(deploymentId);
    expect(record.deployment).toMatchObject({
      environment: 'production',
      version: '1.4.2',
      deploymentId,
      outcome: 'promoted',
      emergency: false,
    });
    const approvals = record.deployment.approvals as { login: string; id: string; time: string }[];
    expect(approvals.map((a) => a.login).sort()).toEqual(['alice', 'bob']);
    // When the GitHub deployment was created (before any traffic moved): after both approvals.
    const started = Date.parse(record.details['deploy-started-at']);
    expect(started).toBeLessThanOrEqual(Date.parse(record.time));
    for (const a of approvals) {
      expect(a.id).toMatch(/^\d+$/);
      expect(Date.parse(a.time)).toBeLessThan(started);
    }
    const stages = record.details.stages as { weight: number; outcome: string }[];
    expect(stages.map((st) => [st.weight, st.outcome])).toEqual([
      [5, 'passed'],
      [25, 'passed'],
      [50, 'passed'],
      [100, 'passed'],
    ]);

    const report = await complianceReport(j);
    expect(report.deployments).toHaveLength(1);
    expect(report.deployments[0]).toMatchObject({
      version: '1.4.2',
      deployer: 'mona',
      approved: true,
      approvedBeforeDeployment: true,
      approverDiffersFromAuthor: true,
      approverDiffersFromDeployer: true,
      checks: 'passed',
      emergency: false,
      outcomeClass: 'success',
    });
    // No finding and no gap on any control: the deployment has complete evidence everywhere.
    for (const control of report.controls) {
      expect([control.standard, control.control, control.findings, control.gaps]).toEqual([
        control.standard,
        control.control,
        [],
        [],
      ]);
      expect(control.score).toBe(1);
    }
    expect(report.emergencyChanges).toEqual([]);
  }, 600_000);

  it('a canary rolled back at its first stage: the record names the failed stage, the report its failed outcome', async () => {
    const { run, j } = await deployOnDispatch(0.1);
    expect(run.job('deploy/deploy').outputs.outcome).toBe('rolled-back');
    const [record] = deploymentRecords(j);
    expect(record.deployment).toMatchObject({ outcome: 'rolled-back', emergency: false });
    expect(record.deployment.deploymentId).toBe(run.job('deploy/deploy').outputs['deployment-id']);
    expect(record.details['failed-stage']).toBe('1');
    const stages = record.details.stages as { stage: number; weight: number; outcome: string }[];
    expect(stages.map((st) => [st.stage, st.weight, st.outcome])).toEqual([[1, 5, 'failed']]);

    const report = await complianceReport(j);
    expect(report.deployments[0]).toMatchObject({
      outcomeClass: 'failure',
      approvedBeforeDeployment: true,
    });
    expect(report.dora.changeFailureRate).toBe(1);
    const findings = report.controls.flatMap((c) => c.findings);
    expect(findings.filter((f) => /without an approval|author or deployer/.test(f))).toEqual([]);
  }, 600_000);

  it('a break-glass rollback is an emergency change with its reason, approved before deploying', async () => {
    // "stable" is the version live now (the bad one); "next" is the known-good version to return to.
    ({ stack, j } = await startRollbackWorld());
    approveWhenAsked(j.emulator, ['alice']);
    const run = await (
      await j.engine.dispatch('.github/workflows/rollback.yml', {
        inputs: {
          service: 'shop-api',
          environment: 'production',
          version: '1.4.1',
          reason: 'checkout errors since 1.4.2',
        },
        actor: 'mona',
      })
    ).completed;
    run.assertSuccess();

    const [record] = deploymentRecords(j);
    expect(record.deployment).toMatchObject({ version: '1.4.1', emergency: true, outcome: 'promoted' });
    expect(record.deployment.deploymentId).toBe(run.job('rollback/deploy').outputs['deployment-id']);
    expect(record.compliance.risk).toBe('high');

    const report = await complianceReport(j);
    expect(report.deployments[0]).toMatchObject({
      version: '1.4.1',
      emergency: true,
      approved: true,
      approvedBeforeDeployment: true,
    });
    expect(report.emergencyChanges).toEqual([
      expect.objectContaining({ type: 'deployment', reason: 'rollback: checkout errors since 1.4.2' }),
    ]);
    const cc81 = report.controls.find((c) => c.standard === 'SOC2' && c.control === 'CC8.1')!;
    // The one finding is the emergency change to review; none says it was not approved.
    expect(cc81.findings).toEqual(['1 emergency change(s) to review']);
    expect(cc81.gaps).toEqual([]);
  }, 600_000);
});
