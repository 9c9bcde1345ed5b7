// User journey: examples/deploy-on-dispatch.yml, copied into a repository as its header says, started
// from the Actions tab by a maintainer, approved by two people on the approval issue, shipped through a
// real nginx + Prometheus canary, smoke-tested, and recorded in a signed audit log an auditor verifies.
import { afterEach, expect, it } from '@jest/globals';
import { runAction } from '../../harness/runner.js';
import {
  registryAuth,
  startDeployStack,
  versionsServing,
  type DeployStack,
  describeWithStack,
} from './deploy-stack.js';
import {
  SHOP,
  approvalAppToken,
  approveWhenAsked,
  example,
  exampleConfig,
  greenChecks,
  journey,
  seedSlaStatus,
  type Journey,
} from './world.js';

/** The example with its hostnames pointed at the loopback stack: the only edit a user makes. */
function workflow(stack: DeployStack): string {
  return example('deploy-on-dispatch.yml', {
    'ghcr.io/': `${stack.registry!.host}/`,
    'https://deploy-router.internal.example': stack.routerUrl,
    'https://${{ inputs.service }}-next.internal.example': stack.next.url,
    'https://${{ inputs.service }}.internal.example': stack.stable.url,
    'https://prometheus.internal.example': stack.prometheus!.url,
    'https://${{ inputs.service }}.example.com': `http://127.0.0.1:${stack.nginx.port}`,
  });
}

async function shopRepository(stack: DeployStack): Promise<Journey> {
  const j = await journey({
    files: {
      '.github/workflows/deploy.yml': workflow(stack),
      '.github/shipgate-policy.yml': exampleConfig('shipgate-policy.yml'),
      '.github/smoke/shop-api.yml': exampleConfig('smoke-checks.yml'),
    },
    secrets: (emulator, auditPem) => ({
      SHIPGATE_AUDIT_KEY: auditPem,
      SHIPGATE_APPROVAL_TOKEN: approvalAppToken(emulator),
      GHCR_READ_TOKEN: registryAuth.password,
      PROMETHEUS_BEARER: 'prometheus-reader-token',
    }),
    vars: { GHCR_READ_USER: registryAuth.username },
  });
  greenChecks(j.emulator, ['build', 'unit-tests']);
  await seedSlaStatus(j.emulator, j.now(), { 'shop-api': { environment: 'production', budget: 64 } });
  return j;
}

/** What an auditor runs on the log: audit-verify with the public key. */
async function verifyAudit(j: Journey) {
  const result = await runAction('audit-verify', {
    apiUrl: j.emulator.url,
    token: j.emulator.tokenFor('mona'),
    repository: SHOP,
    inputs: { 'public-keys': j.auditKey.publicPem },
  });
  return result;
}

function lastAuditRecord(j: Journey): Record<string, unknown> {
  const log = j.emulator.readFile(SHOP, 'audit-log', 'log/000000.jsonl');
  if (!log) throw new Error('no audit log on the audit-log branch');
  const entries = log
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { record?: Record<string, unknown> });
  const records = entries.map((e) => e.record).filter((r): r is Record<string, unknown> => r !== undefined);
  return records[records.length - 1];
}

describeWithStack('journey: deploy on dispatch (examples/deploy-on-dispatch.yml)', () => {
  // What the running test started, stopped after it whatever happened.
  let stack: DeployStack | undefined;
  let j: Journey | undefined;
  afterEach(async () => {
    await j?.stop();
    await stack?.stop();
    j = undefined;
    stack = undefined;
  });

  /** A maintainer starts the deployment of 1.4.2 from the Actions tab; alice and bob approve it. */
  async function deploy(nextErrorRate: number) {
    const started = await startDeployStack({
      service: 'shop-api',
      stableVersion: '1.4.1',
      nextVersion: '1.4.2',
      nextErrorRate,
    });
    stack = started;
    const repository = await shopRepository(started);
    j = repository;
    approveWhenAsked(repository.emulator, ['alice', 'bob']);
    const run = await repository.engine.dispatch('.github/workflows/deploy.yml', {
      inputs: {
        service: 'shop-api',
        environment: 'production',
        version: '1.4.2',
        strategy: 'canary',
        'risk-tier': 'high',
      },
      actor: 'mona',
    });
    return { run: await run.completed, stack: started, j: repository };
  }

  it('approved by two people, a healthy canary is promoted, smoke-tested and audited', async () => {
    const { run, stack, j } = await deploy(0);
    run.assertSuccess();

    expect(run.job('deploy/approval').outputs.decision).toBe('approved');
    expect(run.job('deploy/deploy').outputs.outcome).toBe('promoted');
    expect(run.job('deploy/deploy').outputs['smoke-result']).toBe('passed');
    expect(stack.weights).toEqual([5, 25, 50, 100]);
    // All user traffic is on the new version now.
    expect(await versionsServing(stack)).toEqual(['1.4.2']);

    const record = lastAuditRecord(j);
    expect(record).toMatchObject({ type: 'deployment' });
    expect(JSON.stringify(record)).toContain('"outcome":"promoted"');
    const verified = await verifyAudit(j);
    expect(verified.outputs.valid).toBe('true');
  }, 600_000);

  it('a faulty version is rolled back at the first stage: traffic back on stable, audit says rolled-back', async () => {
    const { run, stack, j } = await deploy(0.1);

    expect(run.conclusion).toBe('failure');
    expect(run.job('deploy/deploy').outputs.outcome).toBe('rolled-back');
    expect(stack.weights[0]).toBe(5);
    expect(stack.weights[stack.weights.length - 1]).toBe(0);
    expect(Math.max(...stack.weights)).toBeLessThan(50);
    expect(await versionsServing(stack)).toEqual(['1.4.1']);

    expect(run.job('deploy/audit').result).toBe('success');
    expect(JSON.stringify(lastAuditRecord(j))).toContain('"outcome":"rolled-back"');
    expect((await verifyAudit(j)).outputs.valid).toBe('true');
  }, 600_000);
});
