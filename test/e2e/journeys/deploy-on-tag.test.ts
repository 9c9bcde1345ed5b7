// User journey: examples/deploy-on-tag.yml. A release manager pushes the tag v1.4.2: the tag's commit
// ships to production as a canary after two approvals. A tag that is not SemVer (vnext) starts the
// workflow too, and is refused by the pre-deploy checks before anything deploys.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import { startDeployStack, versionsServing, type DeployStack, describeWithStack } from './deploy-stack.js';
import type { WorkflowRun } from '../../harness/engine/index.js';
import {
  SHOP,
  approvalAppToken,
  approveWhenAsked,
  example,
  exampleConfig,
  journey,
  type Journey,
} from './world.js';

describeWithStack('journey: deploy on tag (examples/deploy-on-tag.yml)', () => {
  let stack: DeployStack;
  let j: Journey;

  /** A person pushes a tag at main's head (through the API, as `git push origin <tag>` would). */
  async function pushTag(tag: string): Promise<WorkflowRun[]> {
    const before = j.engine.runs.length;
    const gh = new Octokit({ baseUrl: j.emulator.url, auth: j.emulator.tokenFor('mona') });
    const sha = j.emulator.ref(SHOP, 'heads/main')!;
    await gh.rest.git.createRef({ owner: 'octo-org', repo: 'shop', ref: `refs/tags/${tag}`, sha });
    await j.engine.settled();
    return j.engine.runs.slice(before);
  }

  beforeAll(async () => {
    stack = await startDeployStack({
      service: 'shop-api',
      stableVersion: 'v1.4.1',
      nextVersion: 'v1.4.2',
      nextErrorRate: 0,
      prometheus: false,
      registry: false,
    });
    j = await journey({
      files: {
        '.github/workflows/deploy-on-tag.yml': example('deploy-on-tag.yml', {
          'https://deploy-router.internal.example': stack.routerUrl,
          'https://canary.shop.example.com/healthz': `${stack.next.url}/healthz`,
          'https://shop.example.com/healthz': `${stack.stable.url}/healthz`,
          'https://shop.example.com': `http://127.0.0.1:${stack.nginx.port}`,
        }),
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
    await stack?.stop();
  });

  it('a branch push starts nothing; a tag that is not SemVer is refused before anything deploys', async () => {
    const gh = new Octokit({ baseUrl: j.emulator.url, auth: j.emulator.tokenFor('mona') });
    const sha = j.emulator.ref(SHOP, 'heads/main')!;
    await gh.rest.git.createRef({ owner: 'octo-org', repo: 'shop', ref: 'refs/heads/next', sha });
    await j.engine.settled();
    expect(j.engine.runs).toEqual([]);

    const [run, ...more] = await pushTag('vnext');
    expect(more).toEqual([]);
    await run.completed;
    expect(run.conclusion).toBe('failure');
    expect(
      run
        .job('production/checks')
        .steps.map((s) => s.log)
        .join('\n'),
    ).toMatch(/vnext/);
    expect(run.job('production/deploy').result).toBe('skipped');
    expect(stack.weights).toEqual([]);
    expect([...j.emulator.repo(SHOP).issues.values()]).toEqual([]);
  }, 300_000);

  it("a tag vX.Y.Z ships the tag's commit to production as a canary after two approvals", async () => {
    approveWhenAsked(j.emulator, ['alice', 'bob']);
    const [run, ...more] = await pushTag('v1.4.2');
    expect(more).toEqual([]);
    expect(run.event.name).toBe('push');
    expect(run.ref).toBe('refs/tags/v1.4.2');
    await run.completed;
    run.assertSuccess();
    expect(run.actor).toBe('mona');
    expect(run.job('production/approval').outputs.decision).toBe('approved');
    expect(run.job('production/deploy').outputs.outcome).toBe('promoted');
    expect(stack.weights).toEqual([5, 25, 50, 100]);
    expect(await versionsServing(stack)).toEqual(['v1.4.2']);
    const deployments = j.emulator.repo(SHOP).deployments;
    expect(deployments.map((d) => [d.environment, d.sha])).toEqual([['production', run.sha]]);
    const log = j.emulator.readFile(SHOP, 'audit-log', 'log/000000.jsonl') ?? '';
    expect(log).toContain('"version":"v1.4.2"');
  }, 900_000);
});
