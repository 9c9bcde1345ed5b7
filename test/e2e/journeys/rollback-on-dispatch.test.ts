// User journey: examples/rollback-on-dispatch.yml. A maintainer rolls shop-api back to the known-good
// 1.4.1 during a freeze-free incident: the on-call SRE approves, traffic moves at once with a bake, the
// override reason is in the signed audit record.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { versionsServing, type DeployStack, describeWithStack } from './deploy-stack.js';
import { startRollbackWorld } from './rollback-world.js';
import { SHOP, approveWhenAsked, type Journey } from './world.js';

describeWithStack('journey: rollback on dispatch (examples/rollback-on-dispatch.yml)', () => {
  let stack: DeployStack;
  let j: Journey;

  beforeAll(async () => {
    // "stable" is the version live now (the bad one); "next" is the known-good version to return to.
    ({ stack, j } = await startRollbackWorld());
  }, 120_000);
  afterAll(async () => {
    await j?.stop();
    await stack?.stop();
  });

  it('the on-call approves, traffic returns to the known-good version, and the reason is audited', async () => {
    approveWhenAsked(j.emulator, ['alice']);
    const run = await j.engine.dispatch('.github/workflows/rollback.yml', {
      inputs: {
        service: 'shop-api',
        environment: 'production',
        version: '1.4.1',
        reason: 'checkout errors since 1.4.2',
      },
      actor: 'mona',
    });
    await run.completed;
    run.assertSuccess();
    expect(run.job('rollback/approval').outputs.decision).toBe('approved');
    expect(run.job('rollback/deploy').outputs.outcome).toBe('promoted');
    expect(stack.weights).toEqual([100]);
    expect(await versionsServing(stack)).toEqual(['1.4.1']);
    const log = j.emulator.readFile(SHOP, 'audit-log', 'log/000000.jsonl') ?? '';
    expect(log).toContain('rollback: checkout errors since 1.4.2');
  }, 600_000);
});
