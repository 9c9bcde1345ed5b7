// User journey: examples/deploy-on-release.yml. Publishing release v1.4.2 ships it to staging with no
// human (medium risk is auto-approved: no approval issue) and then to production after two approvals.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import { startDeployStack, versionsServing, type DeployStack, describeWithStack } from './deploy-stack.js';
import {
  SHOP,
  approvalAppToken,
  approveWhenAsked,
  example,
  exampleConfig,
  journey,
  type Journey,
} from './world.js';

describeWithStack('journey: deploy on release (examples/deploy-on-release.yml)', () => {
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

  it('a published release reaches staging without a human and production after two approvals', async () => {
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
    expect(run.job('staging/deploy').outputs.outcome).toBe('promoted');
    expect(run.job('production/approval').outputs.decision).toBe('approved');
    expect(run.job('production/deploy').outputs.outcome).toBe('promoted');
    // Only production asked for approval: one approval issue, for production.
    const issues = [...j.emulator.repo(SHOP).issues.values()];
    expect(issues.map((i) => i.title)).toEqual(['Deploy shop-api v1.4.2 to production']);
    expect(staging.weights).toEqual([100]);
    expect(production.weights).toEqual([5, 25, 50, 100]);
    // Production started the new version and smoke-tested it alone before the first shift.
    expect(production.started).toEqual(['v1.4.2']);
    const steps = run.job('production/deploy').steps.map((s) => [s.name, s.outcome]);
    const names = steps.map(([name]) => name);
    expect(names.indexOf('Smoke tests before any traffic moves')).toBeLessThan(names.indexOf('Roll out'));
    expect(steps).toContainEqual(['Start the new version', 'success']);
    expect(steps).toContainEqual(['Smoke tests before any traffic moves', 'success']);
    expect(staging.started).toEqual([]);
    expect(await versionsServing(staging)).toEqual(['v1.4.2']);
    expect(await versionsServing(production)).toEqual(['v1.4.2']);
  }, 900_000);
});
