// User journey: examples/deploy-staging-on-label.yml. A reviewer adds the label `deploy-staging` to a
// developer's pull request: its head commit (not the merge commit) ships to staging with no human, as
// 0.0.0-pr.<number>+<sha>. Another label does nothing; a fork's pull request is refused with a clear
// error (it would get no secrets and a read-only token) and nothing deploys.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pullRequestPayload } from '../../harness/emulator/events.js';
import { startDeployStack, versionsServing, type DeployStack, describeWithStack } from './deploy-stack.js';
import { SHOP, example, exampleConfig, journey, type Journey } from './world.js';

/**
 * A loopback front whose target is set later. The version deployed names the pull request's head
 * commit, which exists only once the repository (holding the workflow, which names these URLs) does;
 * so the services behind the URLs start after the workflow is written.
 */
interface Front {
  url: string;
  target?: string;
  close(): Promise<void>;
}
async function front(): Promise<Front> {
  const f: Front = { url: '', close: async () => undefined };
  const server = http.createServer((req, res) => {
    if (!f.target) {
      res.writeHead(503).end('no target yet\n');
      return;
    }
    const to = new URL(req.url ?? '/', f.target);
    const upstream = http.request(
      to,
      { method: req.method, headers: { ...req.headers, host: to.host } },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  f.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  f.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return f;
}

describeWithStack(
  'journey: deploy a pull request to staging on a label (examples/deploy-staging-on-label.yml)',
  () => {
    let stack: DeployStack;
    let j: Journey;
    let fronts: { router: Front; next: Front; site: Front };
    let head: string;
    let base: string;
    const number = 7;
    const labeled = (label: string, headRepo = SHOP) =>
      j.engine.deliver({
        name: 'pull_request',
        payload: pullRequestPayload({
          action: 'labeled',
          number,
          title: 'Search by tag',
          author: 'dev',
          sender: 'alice',
          base: { repo: SHOP, ref: 'main', sha: base },
          head: { repo: headRepo, ref: 'feature/search', sha: head },
          labels: [label],
          label,
        }),
      });

    beforeAll(async () => {
      fronts = { router: await front(), next: await front(), site: await front() };
      j = await journey({
        files: {
          '.github/workflows/deploy-staging-on-label.yml': example('deploy-staging-on-label.yml', {
            'https://deploy-router.internal.example': fronts.router.url,
            'https://next.staging.shop.example.com': fronts.next.url,
            'https://staging.shop.example.com': fronts.site.url,
          }),
          '.github/smoke/shop-web.yml': exampleConfig('smoke-checks.yml'),
        },
        secrets: (_emulator, auditPem) => ({ SHIPGATE_AUDIT_KEY: auditPem }),
      });
      // The developer pushes a branch of this repository and opens pull request #7.
      const gh = new Octokit({ baseUrl: j.emulator.url, auth: j.emulator.tokenFor('dev') });
      const owner = 'octo-org';
      const repo = 'shop';
      base = j.emulator.ref(SHOP, 'heads/main')!;
      const { data: parent } = await gh.rest.git.getCommit({ owner, repo, commit_sha: base });
      const { data: tree } = await gh.rest.git.createTree({
        owner,
        repo,
        base_tree: parent.tree.sha,
        tree: [
          { path: 'src/search.ts', mode: '100644', type: 'blob', content: 'export const byTag = true;\n' },
        ],
      });
      const { data: commit } = await gh.rest.git.createCommit({
        owner,
        repo,
        message: 'Search by tag',
        tree: tree.sha,
        parents: [base],
      });
      head = commit.sha;
      await gh.rest.git.createRef({ owner, repo, ref: 'refs/heads/feature/search', sha: head });
      j.emulator.addPullRequest(SHOP, {
        number,
        title: 'Search by tag',
        user: 'dev',
        headSha: head,
        files: [{ filename: 'src/search.ts', status: 'added' }],
      });
      stack = await startDeployStack({
        service: 'shop-web',
        stableVersion: '1.4.1',
        nextVersion: `0.0.0-pr.${number}+${head}`,
        nextErrorRate: 0,
        routerPath: '/weights/shop-web-staging',
        prometheus: false,
        registry: false,
      });
      fronts.router.target = stack.routerUrl;
      fronts.next.target = stack.next.url;
      fronts.site.target = `http://127.0.0.1:${stack.nginx.port}`;
    }, 120_000);
    afterAll(async () => {
      await j?.stop();
      await stack?.stop();
      await Promise.all(Object.values(fronts ?? {}).map((f) => f.close()));
    });

    it('another label starts the workflow but deploys nothing', async () => {
      const [run] = await labeled('documentation');
      await run.completed;
      run.assertSuccess();
      expect(run.job('staging').result).toBe('skipped');
      expect(run.job('fork').result).toBe('skipped');
      expect(stack.weights).toEqual([]);
    }, 120_000);

    it("a fork's pull request is refused with a clear error and nothing deploys", async () => {
      const [run] = await labeled('deploy-staging', 'mallory/shop');
      await run.completed;
      expect(run.conclusion).toBe('failure');
      expect(run.job('staging').result).toBe('skipped');
      expect(
        run
          .job('fork')
          .steps[0].annotations?.map((a) => a.message)
          .join('\n'),
      ).toContain(
        "mallory:feature/search is a fork's branch: it gets no secrets and a read-only token, so it is not deployed",
      );
      // GitHub gives a fork's run a read-only token (and no secrets): the engine does the same.
      expect(stack.weights).toEqual([]);
      expect(j.emulator.repo(SHOP).deployments).toEqual([]);
    }, 120_000);

    it('deploy-staging ships the pull request head to staging without a human', async () => {
      const [run] = await labeled('deploy-staging');
      await run.completed;
      run.assertSuccess();
      expect(run.ref).toBe(`refs/pull/${number}/merge`);
      expect(run.job('staging/approval').outputs.decision).toBe('auto-approved');
      expect(run.job('staging/deploy').outputs.outcome).toBe('promoted');
      expect(stack.weights).toEqual([100]);
      expect(await versionsServing(stack)).toEqual([`0.0.0-pr.${number}+${head}`]);
      // The GitHub deployment names the head commit, so its statuses point at what was deployed.
      const deployments = j.emulator.repo(SHOP).deployments;
      expect(deployments.map((d) => [d.environment, d.sha])).toEqual([['staging', head]]);
      // No approval issue: staging at medium risk asks nobody.
      expect([...j.emulator.repo(SHOP).issues.values()]).toEqual([]);
    }, 600_000);
  },
);
