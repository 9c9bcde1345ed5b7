// User journey: examples/rollback-on-dispatch.yml with `emergency`. The on-call SRE rolls shop-api back
// at once: the rollback policy (examples/config/rollback-policy.yml, on the default branch) lets the
// on-call skip approval in an emergency, so no approval issue is opened and the audit record says it
// was an emergency change and why. A maintainer who is not on call asks for the same and is asked for
// approval as usual.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { versionsServing, type DeployStack, describeWithStack } from './deploy-stack.js';
import { startRollbackWorld } from './rollback-world.js';
import { SHOP, approveWhenAsked, type Journey } from './world.js';

describeWithStack('journey: emergency rollback without approval (examples/rollback-on-dispatch.yml)', () => {
  let stack: DeployStack;
  let j: Journey;

  /** The deployment records in the audit log, newest last. */
  const deploymentRecords = () =>
    (j.emulator.readFile(SHOP, 'audit-log', 'log/000000.jsonl') ?? '')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { record?: { type?: string } } & Record<string, unknown>)
      .map((entry) => (entry.record ?? entry) as { type?: string; details?: Record<string, unknown> })
      .filter((r) => r.type === 'deployment');

  beforeAll(async () => {
    ({ stack, j } = await startRollbackWorld());
  }, 120_000);
  afterAll(async () => {
    await j?.stop();
    await stack?.stop();
  });

  it('someone not on call who asks for an emergency rollback is asked for approval as usual', async () => {
    const stop = approveWhenAsked(j.emulator, ['alice']);
    const run = await j.engine.dispatch('.github/workflows/rollback.yml', {
      inputs: {
        service: 'shop-api',
        environment: 'production',
        version: '1.4.1',
        reason: 'checkout errors since 1.4.2',
        emergency: true,
      },
      actor: 'mona',
    });
    await run.completed;
    stop();
    run.assertSuccess();
    expect(run.job('rollback/approval').outputs.decision).toBe('approved');
    expect(run.job('rollback/approval').steps[0].log).toMatch(/mona may not skip approval/);
    expect([...j.emulator.repo(SHOP).issues.values()]).toHaveLength(1);
    // Declared an emergency: recorded as one, with the human approval beside it.
    const [record] = deploymentRecords();
    expect(record.details).toMatchObject({
      change: 'emergency',
      emergency: true,
      emergencyReason: 'rollback: checkout errors since 1.4.2',
    });
  }, 600_000);

  it('the on-call rolls back at once: no approval issue, an emergency change in the audit record', async () => {
    const run = await j.engine.dispatch('.github/workflows/rollback.yml', {
      inputs: {
        service: 'shop-api',
        environment: 'production',
        version: '1.4.1',
        reason: 'payments down since 1.4.2',
        emergency: true,
      },
      actor: 'alice',
    });
    await run.completed;
    run.assertSuccess();
    const approval = run.job('rollback/approval').outputs;
    expect(approval.decision).toBe('auto-approved');
    expect(approval['decided-at']).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(run.job('rollback/deploy').outputs.outcome).toBe('promoted');
    // Still the one issue of the first rollback: nobody was asked this time.
    expect([...j.emulator.repo(SHOP).issues.values()]).toHaveLength(1);
    expect(await versionsServing(stack)).toEqual(['1.4.1']);
    const record = deploymentRecords().at(-1)!;
    expect(record.details).toMatchObject({
      change: 'emergency',
      emergency: true,
      emergencyReason: 'rollback: payments down since 1.4.2',
      approval: { outputs: { decision: 'auto-approved' } },
    });
    expect(run.job('rollback/approval').steps[0].log).toContain(
      'emergency change by alice, approval skipped as .github/shipgate-rollback-policy.yml on the default branch allows',
    );
  }, 600_000);
});
