import type { WorkflowRun } from '../../harness/engine/index.js';
import { registryAuth, startDeployStack, type DeployStack } from './deploy-stack.js';
import {
  approvalAppToken,
  approveWhenAsked,
  example,
  exampleConfig,
  greenChecks,
  journey,
  seedSlaStatus,
  type Journey,
} from './world.js';

/** examples/deploy-on-dispatch.yml with its hostnames pointed at the loopback stack: the only edit a user makes. */
export function dispatchWorkflow(stack: DeployStack): string {
  return example('deploy-on-dispatch.yml', {
    'ghcr.io/': `${stack.registry!.host}/`,
    'https://deploy-router.internal.example': stack.routerUrl,
    'https://${{ inputs.service }}-next.internal.example': stack.next.url,
    'https://${{ inputs.service }}.internal.example': stack.stable.url,
    'https://prometheus.internal.example': stack.prometheus!.url,
    'https://${{ inputs.service }}.example.com': `http://127.0.0.1:${stack.nginx.port}`,
  });
}

/**
 * The repository of examples/deploy-on-dispatch.yml as its header asks: shop-api 1.4.1 live and 1.4.2
 * next behind nginx, Prometheus and a registry; the policy and the smoke checks on the default branch;
 * the secrets it names (plus `secrets`, such as the optional notification webhooks); green build and
 * unit-tests checks on main and 64 % of the error budget left.
 */
export async function startDispatchWorld(options: {
  nextErrorRate: number;
  secrets?: Record<string, string>;
}): Promise<{ stack: DeployStack; j: Journey }> {
  const stack = await startDeployStack({
    service: 'shop-api',
    stableVersion: '1.4.1',
    nextVersion: '1.4.2',
    nextErrorRate: options.nextErrorRate,
  });
  try {
    const j = await journey({
      files: {
        '.github/workflows/deploy.yml': dispatchWorkflow(stack),
        '.github/shipgate-policy.yml': exampleConfig('shipgate-policy.yml'),
        '.github/smoke/shop-api.yml': exampleConfig('smoke-checks.yml'),
      },
      secrets: (emulator, auditPem) => ({
        SHIPGATE_AUDIT_KEY: auditPem,
        SHIPGATE_APPROVAL_TOKEN: approvalAppToken(emulator),
        GHCR_READ_TOKEN: registryAuth.password,
        PROMETHEUS_BEARER: 'prometheus-reader-token',
        ...options.secrets,
      }),
      vars: { GHCR_READ_USER: registryAuth.username },
    });
    greenChecks(j.emulator, ['build', 'unit-tests']);
    await seedSlaStatus(j.emulator, j.now(), { 'shop-api': { environment: 'production', budget: 64 } });
    return { stack, j };
  } catch (error) {
    await stack.stop();
    throw error;
  }
}

/**
 * mona starts the deployment of shop-api 1.4.2 to production (canary, risk tier high) from the Actions
 * tab; alice and bob approve it on the issue. Returns the finished run.
 */
export async function shipOnDispatch(j: Journey): Promise<WorkflowRun> {
  approveWhenAsked(j.emulator, ['alice', 'bob']);
  const run = await j.engine.dispatch('.github/workflows/deploy.yml', {
    inputs: {
      service: 'shop-api',
      environment: 'production',
      version: '1.4.2',
      strategy: 'canary',
      'risk-tier': 'high',
    },
    actor: 'mona',
  });
  return run.completed;
}
