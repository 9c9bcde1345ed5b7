import { startDeployStack, type DeployStack } from './deploy-stack.js';
import { approvalAppToken, example, exampleConfig, journey, type Journey } from './world.js';

/**
 * The repository of examples/rollback-on-dispatch.yml as its header asks: the bad version 1.4.2 is live
 * ("stable") and the known-good 1.4.1 is "next"; the rollback policy and the smoke checks on the default
 * branch; the on-call team the policy names (alice).
 */
export async function startRollbackWorld(): Promise<{ stack: DeployStack; j: Journey }> {
  const stack = await startDeployStack({
    service: 'shop-api',
    stableVersion: '1.4.2',
    nextVersion: '1.4.1',
    nextErrorRate: 0,
    prometheus: false,
    registry: false,
  });
  try {
    const j = await journey({
      files: {
        '.github/workflows/rollback.yml': example('rollback-on-dispatch.yml', {
          'https://deploy-router.internal.example': stack.routerUrl,
          'https://${{ inputs.service }}.example.com': `http://127.0.0.1:${stack.nginx.port}`,
        }),
        '.github/shipgate-rollback-policy.yml': exampleConfig('rollback-policy.yml'),
        '.github/smoke/shop-api.yml': exampleConfig('smoke-checks.yml'),
      },
      secrets: (emulator, auditPem) => ({
        SHIPGATE_AUDIT_KEY: auditPem,
        SHIPGATE_APPROVAL_TOKEN: approvalAppToken(emulator),
      }),
    });
    j.emulator.addTeam('octo-org', 'sre-oncall', ['alice']);
    return { stack, j };
  } catch (error) {
    await stack.stop();
    throw error;
  }
}
