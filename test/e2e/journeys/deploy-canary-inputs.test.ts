// User journey: a repository calls the reusable deploy workflow with the canary's finer controls
// (per-stage waits, a check interval, a confirm-stage gate and a rollback webhook whose URL carries a
// token, passed as a secret) and sees them take effect on the real nginx path: each stage is judged for
// its own wait, checked at the given interval, confirmed by the gate before its weight is set, and a
// "roll back now" from the webhook routes traffic back to stable.
import { afterEach, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeWithStack, startDeployStack, versionsServing, type DeployStack } from './deploy-stack.js';
import { journey, type Journey } from './world.js';

/** The caller workflow a user writes: only deploy.yml's inputs, nothing copied from its internals. */
function caller(stack: DeployStack, hooks: Hooks): string {
  return `name: Deploy with rollout gates
on:
  workflow_dispatch:
    inputs:
      version:
        type: string
        required: true
permissions: {}
jobs:
  deploy:
    uses: shipgate/shipgate/.github/workflows/deploy.yml@v1
    permissions:
      contents: write
      checks: read
      issues: write
      deployments: write
      actions: read
    with:
      service: shop-api
      environment: staging
      version: \${{ inputs.version }}
      risk-tier: low
      set-traffic-url: ${stack.routerUrl}/weights/shop-api
      canary-url: ${stack.next.url}/healthz
      baseline-url: ${stack.stable.url}/healthz
      stages: 5,25,50,100
      stage-waits: 20s,20s,20s,20s
      check-interval: 5s
      false-rollback-rate: '0.1'
      confirm-stage-webhook: ${hooks.url}/confirm
      webhook-timeout: 5s
    secrets:
      audit-signing-key: \${{ secrets.SHIPGATE_AUDIT_KEY }}
      rollback-webhook: \${{ secrets.ROLLBACK_HOOK }}
`;
}

interface HookCall {
  path: string;
  phase?: string;
  stage?: number;
  weight?: number;
}

interface Hooks {
  url: string;
  calls: HookCall[];
  stop(): Promise<void>;
}

/**
 * The team's rollout gate on loopback: /confirm says yes to every stage; /rollback (behind a token in
 * its URL) says "no" (409) until `rollBackAtStage`, then "roll back now" (200).
 */
async function startHooks(options: { token: string; rollBackAtStage?: number }): Promise<Hooks> {
  const calls: HookCall[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Omit<HookCall, 'path'>;
      const path = (req.url ?? '').split('?')[0];
      calls.push({ path, phase: body.phase, stage: body.stage, weight: body.weight });
      if (path === '/confirm') return void res.writeHead(200).end('{"confirmed":true}');
      if (path === '/rollback' && req.url === `/rollback?token=${options.token}`) {
        const now = options.rollBackAtStage !== undefined && (body.stage ?? 0) >= options.rollBackAtStage;
        return void res.writeHead(now ? 200 : 409).end(now ? '{"rollback":true}' : '{"rollback":false}');
      }
      res.writeHead(403).end('bad token\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describeWithStack(
  'journey: deploy.yml passes the canary inputs (stage waits, check interval, webhooks)',
  () => {
    let stack: DeployStack | undefined;
    let hooks: Hooks | undefined;
    let j: Journey | undefined;
    afterEach(async () => {
      await j?.stop();
      await hooks?.stop();
      await stack?.stop();
      j = undefined;
      hooks = undefined;
      stack = undefined;
    });

    async function deploy(rollBackAtStage?: number) {
      const token = 'gate-token-7c1d';
      stack = await startDeployStack({
        service: 'shop-api',
        stableVersion: '1.4.1',
        nextVersion: '1.4.2',
        nextErrorRate: 0,
        prometheus: false,
        registry: false,
      });
      hooks = await startHooks({ token, rollBackAtStage });
      const started = stack;
      j = await journey({
        // This journey is about the check interval: it counts the checks in a stage, which holds while a
        // check takes under its 5 s interval. At 2 that is 2.5 real seconds (at 10 it would be 0.5).
        factor: 2,
        files: { '.github/workflows/deploy.yml': caller(started, hooks) },
        secrets: (_, auditPem) => ({
          SHIPGATE_AUDIT_KEY: auditPem,
          ROLLBACK_HOOK: `${hooks!.url}/rollback?token=${token}`,
        }),
      });
      const run = await j.engine.dispatch('.github/workflows/deploy.yml', {
        inputs: { version: '1.4.2' },
        actor: 'mona',
      });
      await run.completed;
      return run;
    }

    const rollbackChecks = (h: Hooks, stage: number) =>
      h.calls.filter((c) => c.path === '/rollback' && c.phase === 'rollback' && c.stage === stage).length;

    it('each stage is confirmed, judged for its own wait at the check interval, and promoted', async () => {
      const run = await deploy();
      run.assertSuccess();
      expect(run.job('deploy/deploy').outputs.outcome).toBe('promoted');
      expect(stack!.weights).toEqual([5, 25, 50, 100]);
      // The gate confirmed every stage before its weight was set, with the stage and weight in the body.
      expect(hooks!.calls.filter((c) => c.path === '/confirm')).toEqual(
        [5, 25, 50, 100].map((weight, i) => ({
          path: '/confirm',
          phase: 'confirm-stage',
          stage: i + 1,
          weight,
        })),
      );
      // stage-waits: each stage is announced with its own wait (not 3 × analysis-interval = 90 s).
      const log = run.log();
      for (let stage = 1; stage <= 4; stage++)
        expect(log).toContain(
          `stage ${stage}/4: ${[5, 25, 50, 100][stage - 1]}% of traffic to the new version for 20s`,
        );
      // check-interval 5s: a 20 s stage is checked (and the rollback webhook asked) more than twice; with
      // the default interval (10 s) it would be twice. Four when a check takes no time; a check waits its
      // interval after the previous one ends, so 3 while each takes under 5 s (2.5 s real at factor 2).
      for (let stage = 1; stage <= 4; stage++)
        expect(rollbackChecks(hooks!, stage)).toBeGreaterThanOrEqual(3);
      // The token in the secret URL never reaches the log.
      expect(log).not.toContain('gate-token-7c1d');
      expect(await versionsServing(stack!)).toEqual(['1.4.2']);
    }, 600_000);

    it('the rollback webhook says "roll back now" at stage 2: traffic returns to stable, the run fails', async () => {
      const run = await deploy(2);
      expect(run.conclusion).toBe('failure');
      expect(run.job('deploy/deploy').outputs.outcome).toBe('rolled-back');
      expect(stack!.weights).toEqual([5, 25, 0]);
      // It rolled back at the first check of stage 2.
      expect(rollbackChecks(hooks!, 2)).toBe(1);
      expect(run.log()).toContain('rollback webhook');
      expect(await versionsServing(stack!)).toEqual(['1.4.1']);
    }, 600_000);
  },
);
