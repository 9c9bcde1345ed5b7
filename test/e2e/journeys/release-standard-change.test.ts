// User journey: examples/deploy-on-release.yml, then the compliance report (issue 15). Staging is
// auto-approved by policy (medium risk, no approval issue): audit-verify reports it as a pre-approved
// standard change naming the rule, not as a deployment without an approval; production, approved by
// alice and bob, is approved before deploying. No approval finding on any control.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ComplianceReport } from '../../../actions/audit-verify/src/compliance-report.js';
import { runAction } from '../../harness/runner.js';
import { startDeployStack, type DeployStack, describeWithStack } from './deploy-stack.js';
import {
  SHOP,
  approvalAppToken,
  approveWhenAsked,
  example,
  exampleConfig,
  journey,
  type Journey,
} from './world.js';

describeWithStack(
  'journey: a release auto-approved to staging is a pre-approved standard change in the compliance report',
  () => {
    let staging: DeployStack;
    let production: DeployStack;
    let j: Journey;
    const service = { service: 'shop-api', stableVersion: 'v1.4.1', nextVersion: 'v1.4.2', nextErrorRate: 0 };

    beforeAll(async () => {
      staging = await startDeployStack({
        ...service,
        routerPath: '/weights/shop-api-staging',
        prometheus: false,
        registry: false,
      });
      production = await startDeployStack({ ...service, prometheus: false, registry: false });
      const workflow = example('deploy-on-release.yml', {
        'https://deploy-router.internal.example/weights/shop-api-staging': `${staging.routerUrl}/weights/shop-api-staging`,
        'https://deploy-router.internal.example/weights/shop-api': `${production.routerUrl}/weights/shop-api`,
        'https://deploy-router.internal.example/deployments/shop-api': `${production.routerUrl}/deployments/shop-api`,
        'https://canary.shop.example.com/healthz': `${production.next.url}/healthz`,
        'https://canary.shop.example.com': production.next.url,
        'https://staging.shop.example.com/healthz': `${staging.next.url}/healthz`,
        'https://staging.shop.example.com': `http://127.0.0.1:${staging.nginx.port}`,
        'https://shop.example.com/healthz': `${production.stable.url}/healthz`,
        'https://shop.example.com': `http://127.0.0.1:${production.nginx.port}`,
      });
      j = await journey({
        files: {
          '.github/workflows/release-deploy.yml': workflow,
          '.github/shipgate-policy.yml': exampleConfig('shipgate-policy.yml'),
          '.github/smoke/shop-api.yml': exampleConfig('smoke-checks.yml'),
        },
        secrets: (emulator, auditPem) => ({
          SHIPGATE_AUDIT_KEY: auditPem,
          SHIPGATE_APPROVAL_TOKEN: approvalAppToken(emulator),
        }),
      });
    }, 120_000);
    afterAll(async () => {
      await j?.stop();
      await Promise.all([staging?.stop(), production?.stop()]);
    });

    it('the report lists staging as pre-approved by policy and finds no missing approval', async () => {
      approveWhenAsked(j.emulator, ['alice', 'bob']);
      // A person tags and publishes the release (a release published with the workflow token would start nothing).
      const gh = new Octokit({ baseUrl: j.emulator.url, auth: j.emulator.tokenFor('mona') });
      const sha = j.emulator.ref(SHOP, 'heads/main')!;
      await gh.rest.git.createRef({ owner: 'octo-org', repo: 'shop', ref: 'refs/tags/v1.4.2', sha });
      const [run] = await j.engine.deliver({
        name: 'release',
        action: 'published',
        ref: 'refs/tags/v1.4.2',
        sha,
        payload: {
          action: 'published',
          release: {
            tag_name: 'v1.4.2',
            name: 'v1.4.2',
            draft: false,
            prerelease: false,
            target_commitish: 'main',
          },
          repository: { full_name: SHOP, name: 'shop', owner: { login: 'octo-org' } },
          sender: { login: 'mona', type: 'User' },
        },
      });
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
