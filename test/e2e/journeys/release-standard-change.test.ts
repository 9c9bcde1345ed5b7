// User journey: examples/deploy-on-release.yml, then the compliance report (issue 15). Staging is
// auto-approved by policy (medium risk, no approval issue): audit-verify reports it as a pre-approved
// standard change naming the rule, not as a deployment without an approval; production, approved by
// alice and bob, is approved before deploying. No approval finding on any control.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ComplianceReport } from '../../../actions/audit-verify/src/compliance-report.js';
import { runAction } from '../../harness/runner.js';
import { type DeployStack, describeWithStack } from './deploy-stack.js';
import { publishRelease, startReleaseWorld } from './release-world.js';
import { SHOP, approveWhenAsked, type Journey } from './world.js';

describeWithStack(
  'journey: a release auto-approved to staging is a pre-approved standard change in the compliance report',
  () => {
    let staging: DeployStack;
    let production: DeployStack;
    let j: Journey;
    beforeAll(async () => {
      ({ staging, production, j } = await startReleaseWorld());
    }, 120_000);
    afterAll(async () => {
      await j?.stop();
      await Promise.all([staging?.stop(), production?.stop()]);
    });

    it('the report lists staging as pre-approved by policy and finds no missing approval', async () => {
      approveWhenAsked(j.emulator, ['alice', 'bob']);
      const run = await publishRelease(j, 'v1.4.2');
      expect(run).toBeDefined();
      await run.completed;
      run.assertSuccess();

      expect(run.job('staging/approval').outputs.decision).toBe('auto-approved');
      expect(run.job('production/approval').outputs.decision).toBe('approved');

      // An auditor runs audit-verify's compliance report over the log.
      const dir = mkdtempSync(path.join(os.tmpdir(), 'standard-change-journey-'));
      const verified = await runAction('audit-verify', {
        apiUrl: j.emulator.url,
        token: j.emulator.tokenFor('mona'),
        repository: SHOP,
        inputs: {
          'public-keys': j.auditKey.publicPem,
          report: 'range',
          since: '2000-01-01',
          'report-dir': dir,
        },
      });
      expect(verified.outputs.valid).toBe('true');
      const report = JSON.parse(readFileSync(verified.outputs.report, 'utf8')) as ComplianceReport;
      const byEnvironment = Object.fromEntries(report.deployments.map((d) => [d.environment, d]));
      expect(byEnvironment.staging).toMatchObject({
        version: 'v1.4.2',
        approvals: [],
        approved: true,
        approvedBeforeDeployment: true,
        emergency: false,
        preApproved: { riskTier: 'medium' },
      });
      expect(byEnvironment.production.preApproved).toBeNull();
      expect(byEnvironment.production.approvals.map((a) => a.login).sort()).toEqual(['alice', 'bob']);
      expect(byEnvironment.production.approvedBeforeDeployment).toBe(true);
      expect(report.standardChanges).toEqual([
        expect.objectContaining({
          environment: 'staging',
          version: 'v1.4.2',
          riskTier: 'medium',
          rule: 'auto-approve-risk-tiers: low, medium (approval gate default)',
          workflow: expect.stringContaining('release-deploy.yml'),
        }),
      ]);
      const findings = report.controls.flatMap((c) => c.findings);
      expect(findings.filter((f) => /without an approval|author or deployer/.test(f))).toEqual([]);
      expect(report.controls.flatMap((c) => c.gaps).filter((g) => /approv/.test(g))).toEqual([]);
      expect(readFileSync(path.join(dir, 'compliance-report.md'), 'utf8')).toContain(
        'pre-approved by policy (medium risk)',
      );
    }, 900_000);
  },
);
