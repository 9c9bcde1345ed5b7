// User journey: examples/deploy-on-release.yml. Publishing release v1.4.2 ships it to staging with no
// human (medium risk is auto-approved: no approval issue) and then to production after two approvals.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { versionsServing, type DeployStack, describeWithStack } from './deploy-stack.js';
import { publishRelease, startReleaseWorld } from './release-world.js';
import { SHOP, approveWhenAsked, type Journey } from './world.js';

describeWithStack('journey: deploy on release (examples/deploy-on-release.yml)', () => {
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

  it('a published release reaches staging without a human and production after two approvals', async () => {
    approveWhenAsked(j.emulator, ['alice', 'bob']);
    const run = await publishRelease(j, 'v1.4.2');
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
