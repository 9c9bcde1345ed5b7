// User journey: event-driven approval. examples/approval-request-deploy.yml asks for approval and ends
// (no runner waits); an approver's /approve starts examples/approval-comments.yml, which decides and
// re-runs the deployment's failed jobs; the re-run deploys.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { startDeployStack, versionsServing, type DeployStack, describeWithStack } from './deploy-stack.js';
import type { WorkflowRun } from '../../harness/engine/index.js';
import { SHOP, approvalAppToken, example, exampleConfig, journey, type Journey } from './world.js';

const until = async (what: string, ok: () => boolean, ms: number, explain: () => string) => {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${explain()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

describeWithStack(
  'journey: event-driven approval (approval-request-deploy.yml + approval-comments.yml)',
  () => {
    let stack: DeployStack;
    let j: Journey;

    beforeAll(async () => {
      stack = await startDeployStack({
        service: 'shop-api',
        stableVersion: '1.4.1',
        nextVersion: '1.4.2',
        nextErrorRate: 0,
        prometheus: false,
        registry: false,
      });
      j = await journey({
        files: {
          '.github/workflows/deploy-production.yml': example('approval-request-deploy.yml', {
            'https://deploy-router.internal.example': stack.routerUrl,
            'https://shop-api-next.internal.example': stack.next.url,
            'https://shop-api.internal.example': stack.stable.url,
            'https://shop.example.com': `http://127.0.0.1:${stack.nginx.port}`,
          }),
          '.github/workflows/approval-comments.yml': example('approval-comments.yml'),
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

    it('request → no runner waits → two approvals → the comment workflow re-runs the deployment → promoted', async () => {
      const run = await j.engine.dispatch('.github/workflows/deploy-production.yml', {
        inputs: { version: '1.4.2' },
        actor: 'mona',
      });
      await run.completed;
      // The first attempt ends at once: the approval job fails on purpose, nothing was deployed.
      expect(run.conclusion).toBe('failure');
      expect(run.job('deploy/approval').outputs.decision).toBe('pending');
      expect(run.job('deploy/deploy').result).toBe('skipped');
      expect(run.job('deploy/audit').result).toBe('skipped');
      expect(stack.weights).toEqual([]);
      const issue = [...j.emulator.repo(SHOP).issues.values()][0];
      expect(issue.state).toBe('open');

      // The deployer cannot approve their own request, and one approval is not enough (policy: 2).
      j.emulator.addComment(SHOP, issue.number, { user: 'mona', body: '/approve' });
      j.emulator.addComment(SHOP, issue.number, { user: 'alice', body: '/approve' });
      const evaluations = () => j.engine.runs.filter((r) => r.workflowPath.endsWith('approval-comments.yml'));
      // What the comment workflow's runs did, for a failure message that says why no re-run came.
      const explain = () =>
        [
          `deployment run attempt ${run.attempt}`,
          `comments: ${JSON.stringify([...j.emulator.repo(SHOP).comments.values()].map((c) => [c.user, c.createdAt, c.updatedAt]))}`,
          `issue created ${JSON.stringify(issue.createdAt)}`,
          ...evaluations().map(
            (e) =>
              `${e.event.name} ${e.status}/${e.conclusion}: ${e
                .log()
                .split('\n')
                .filter((l) => /decision:|not counted|re-run|===/.test(l))
                .join(' | ')}`,
          ),
        ].join('\n');
      // The next approval comes after the evaluations of these two have ended: one approval so far.
      // (These comments land in the second the issue was opened, which the gate once took for
      // "before the request"; see test/unit/approval-gate/quorum.test.ts.)
      await until(
        'two finished evaluations',
        () => evaluations().length >= 2 && evaluations().every((e) => e.status === 'completed'),
        120_000,
        explain,
      );
      expect(run.attempt).toBe(1);
      const gateStep = (e: WorkflowRun) => e.job('approval/evaluate').steps[0].outputs;
      expect(evaluations().map((e) => gateStep(e).decision)).toEqual(['pending', 'pending']);
      // mona's own approval never counts; alice's does, however soon after the request it came.
      expect(gateStep(evaluations()[1])['approved-by']).toBe('alice');

      j.emulator.addComment(SHOP, issue.number, { user: 'bob', body: '/approve' });
      await until('the re-run of the deployment', () => run.attempt === 2, 300_000, explain);
      await run.completed;
      run.assertSuccess();
      expect(run.job('deploy/approval').outputs.decision).toBe('approved');
      expect(run.job('deploy/deploy').outputs.outcome).toBe('promoted');
      expect(run.job('deploy/audit').result).toBe('success');
      expect(stack.weights).toEqual([5, 25, 50, 100]);
      expect(await versionsServing(stack)).toEqual(['1.4.2']);
      expect(j.emulator.issue(SHOP, issue.number)?.state).toBe('closed');
      // One audit record for the deployment, written by the attempt that deployed.
      const log = j.emulator.readFile(SHOP, 'audit-log', 'log/000000.jsonl') ?? '';
      expect(
        log
          .trim()
          .split('\n')
          .filter((l) => l.includes('"type":"deployment"')),
      ).toHaveLength(1);
    }, 900_000);
  },
);
