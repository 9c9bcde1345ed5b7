// User journey: examples/deploy-on-repository-dispatch.yml. A build pipeline asks for a deployment with
// POST /repos/{owner}/{repo}/dispatches; a valid client_payload ships to staging without a human, and a
// bad one (a missing key or one of the wrong type, unknown key, an environment off the list, a version that is not SemVer, shell
// syntax) fails the payload check with an error naming the key, before anything deploys.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import { existsSync } from 'node:fs';
import { startDeployStack, versionsServing, type DeployStack, describeWithStack } from './deploy-stack.js';
import type { WorkflowRun } from '../../harness/engine/index.js';
import { SHOP, example, exampleConfig, journey, type Journey } from './world.js';

describeWithStack(
  'journey: deploy on repository dispatch (examples/deploy-on-repository-dispatch.yml)',
  () => {
    let stack: DeployStack;
    let j: Journey;
    let pipeline: Octokit;

    /** The pipeline's dispatch, as the API receives it; returns the run it started. */
    async function dispatch(clientPayload: unknown): Promise<WorkflowRun> {
      const before = j.engine.runs.length;
      await pipeline.request('POST /repos/{owner}/{repo}/dispatches', {
        owner: 'octo-org',
        repo: 'shop',
        event_type: 'deploy',
        client_payload: clientPayload as Record<string, unknown>,
      });
      await j.engine.settled();
      const started = j.engine.runs.slice(before);
      expect(started.map((r) => r.event.name)).toEqual(['repository_dispatch']);
      return started[0];
    }

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
          '.github/workflows/deploy-on-repository-dispatch.yml': example(
            'deploy-on-repository-dispatch.yml',
            {
              'https://deploy-router.internal.example': stack.routerUrl,
              'https://${{ needs.payload.outputs.service }}-next.${{ needs.payload.outputs.environment }}.example.com':
                stack.next.url,
              'https://${{ needs.payload.outputs.service }}.${{ needs.payload.outputs.environment }}.example.com': `http://127.0.0.1:${stack.nginx.port}`,
            },
          ),
          '.github/shipgate-policy.yml': exampleConfig('shipgate-policy.yml'),
          '.github/smoke/shop-api.yml': exampleConfig('smoke-checks.yml'),
        },
        secrets: (_emulator, auditPem) => ({ SHIPGATE_AUDIT_KEY: auditPem }),
      });
      // The pipeline's token: a person's (mona, write access); a fine-grained token needs contents: write.
      pipeline = new Octokit({ baseUrl: j.emulator.url, auth: j.emulator.tokenFor('mona') });
    }, 120_000);
    afterAll(async () => {
      await j?.stop();
      await stack?.stop();
    });

    it('a bad client_payload fails the check with the key and what is expected, and nothing deploys', async () => {
      const marker = '/tmp/shipgate-repository-dispatch-injected';
      const cases: [unknown, string][] = [
        [
          { service: 'shop-api', environment: 'staging', version: '1.4.2', force: true },
          'client_payload: unknown key(s) "force"; expected only service, environment and version',
        ],
        [{ service: 'shop-api', environment: 'staging' }, 'client_payload.version: missing'],
        [
          { service: 'shop-api', environment: 'staging', version: 142 },
          'client_payload.version: a number, not a string',
        ],
        [
          { service: 'shop-api', environment: 'prod', version: '1.4.2' },
          'client_payload.environment: "prod" is not an environment; expected one of: staging production',
        ],
        [
          { service: 'shop-api', environment: 'staging', version: '1.4' },
          'client_payload.version: "1.4" is not SemVer; expected MAJOR.MINOR.PATCH such as 1.4.2',
        ],
        [
          { service: 'shop-api', environment: 'staging', version: `1.4.2$(touch ${marker})` },
          'client_payload.version: "1.4.2$(touch',
        ],
        [
          { service: 'shop-api"; touch /tmp/x; echo "', environment: 'staging', version: '1.4.2' },
          'client_payload.service: "shop-api\\"; touch /tmp/x; echo \\"" is not a service of this repository',
        ],
      ];
      for (const [payload, message] of cases) {
        const run = await dispatch(payload);
        await run.completed;
        expect(run.conclusion).toBe('failure');
        const check = run.job('payload').steps[0];
        expect(check.annotations?.map((a) => a.message).join('\n')).toContain(message);
        // The deployment never started: the called workflow's jobs did not run.
        expect(run.job('deploy').result).toBe('skipped');
      }
      expect(existsSync(marker)).toBe(false);
      expect(stack.weights).toEqual([]);
      expect([...j.emulator.repo(SHOP).issues.values()]).toEqual([]);
      expect(j.emulator.readFile(SHOP, 'audit-log', 'log/000000.jsonl')).toBeUndefined();
    }, 300_000);

    it('a valid client_payload ships that version to staging without a human, audited', async () => {
      const run = await dispatch({ service: 'shop-api', environment: 'staging', version: '1.4.2' });
      await run.completed;
      run.assertSuccess();
      // repository_dispatch runs the default branch's latest commit, as the token's owner.
      expect(run.ref).toBe('refs/heads/main');
      expect(run.actor).toBe('mona');
      expect(run.job('deploy/approval').outputs.decision).toBe('auto-approved');
      expect(run.job('deploy/deploy').outputs.outcome).toBe('promoted');
      expect(stack.weights).toEqual([100]);
      expect(await versionsServing(stack)).toEqual(['1.4.2']);
      const log = j.emulator.readFile(SHOP, 'audit-log', 'log/000000.jsonl') ?? '';
      expect(log).toContain('"environment":"staging"');
      expect(log).toContain('"version":"1.4.2"');
    }, 600_000);
  },
);
