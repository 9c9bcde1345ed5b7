// User journey: examples/deploy-on-dispatch.yml, copied into a repository as its header says, started
// from the Actions tab by a maintainer, approved by two people on the approval issue, shipped through a
// real nginx + Prometheus canary, smoke-tested, and recorded in a signed audit log an auditor verifies.
import { afterEach, expect, it } from '@jest/globals';
import { runAction } from '../../harness/runner.js';
import { versionsServing, type DeployStack, describeWithStack } from './deploy-stack.js';
import { shipOnDispatch, startDispatchWorld } from './dispatch-world.js';
import { SHOP, type Journey } from './world.js';

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
    const world = await startDispatchWorld({ nextErrorRate });
    ({ stack, j } = world);
    return { run: await shipOnDispatch(world.j), stack: world.stack, j: world.j };
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
