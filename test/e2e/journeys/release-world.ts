import { Octokit } from '@octokit/rest';
import type { WorkflowRun } from '../../harness/engine/index.js';
import { startDeployStack, type DeployStack } from './deploy-stack.js';
import { SHOP, approvalAppToken, example, exampleConfig, journey, type Journey } from './world.js';

/**
 * The repository of examples/deploy-on-release.yml as its header asks: a staging and a production
 * stack (v1.4.1 live, v1.4.2 next), the policy and the smoke checks on the default branch.
 */
export async function startReleaseWorld(): Promise<{
  staging: DeployStack;
  production: DeployStack;
  j: Journey;
}> {
  const service = { service: 'shop-api', stableVersion: 'v1.4.1', nextVersion: 'v1.4.2', nextErrorRate: 0 };
  const staging = await startDeployStack({
    ...service,
    routerPath: '/weights/shop-api-staging',
    prometheus: false,
    registry: false,
  });
  const production = await startDeployStack({ ...service, prometheus: false, registry: false }).catch(
    async (error: unknown) => {
      await staging.stop();
      throw error;
    },
  );
  try {
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
    const j = await journey({
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
    return { staging, production, j };
  } catch (error) {
    await Promise.all([staging.stop(), production.stop()]);
    throw error;
  }
}

/**
 * A person tags main and publishes the release (one published with the workflow token would start
 * nothing); returns the workflow run it started (undefined if none did: the caller asserts it).
 */
export async function publishRelease(j: Journey, tag: string): Promise<WorkflowRun> {
  const gh = new Octokit({ baseUrl: j.emulator.url, auth: j.emulator.tokenFor('mona') });
  const sha = j.emulator.ref(SHOP, 'heads/main')!;
  await gh.rest.git.createRef({ owner: 'octo-org', repo: 'shop', ref: `refs/tags/${tag}`, sha });
  const [run] = await j.engine.deliver({
    name: 'release',
    action: 'published',
    ref: `refs/tags/${tag}`,
    sha,
    payload: {
      action: 'published',
      release: { tag_name: tag, name: tag, draft: false, prerelease: false, target_commitish: 'main' },
      repository: { full_name: SHOP, name: 'shop', owner: { login: 'octo-org' } },
      sender: { login: 'mona', type: 'User' },
    },
  });
  return run;
}
