import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { pullRequestPayload } from '../../harness/emulator/events.js';
import { REPO, world, type World } from './world.js';

// Each test starts processes (bash, Node 24 bundles, gh) on a machine shared with other suites.
jest.setTimeout(30_000);

let w: World | undefined;
afterEach(async () => {
  await w?.stop();
  w = undefined;
});

const job = (event: string) => `
on:
  ${event}:
    types: [labeled]
permissions:
  contents: write
  id-token: write
jobs:
  show:
    runs-on: ubuntu-latest
    steps:
      - run: echo "secret=\${SECRET:+set} sha=$GITHUB_SHA ref=$GITHUB_REF"
        env:
          SECRET: \${{ secrets.DEPLOY_KEY }}
`;

/** A pull request #3 from `headRepo`'s branch `feature` (a commit on it, here) into main. */
async function labeled(w: World, name: 'pull_request' | 'pull_request_target', headRepo: string) {
  const repo = w.emulator.repo(REPO);
  const base = w.emulator.ref(REPO, 'heads/main')!;
  const parent = repo.git.commit(base)!;
  const blob = repo.git.putBlob(Buffer.from('new\n'));
  const tree = repo.git.buildTree(parent.tree, [
    { path: 'feature.txt', mode: '100644', type: 'blob', sha: blob },
  ]);
  const who = { name: 'dev', email: 'dev@example.com', date: Date.now() };
  const head = repo.git.putCommit({ tree, parents: [base], author: who, committer: who, message: 'feature' });
  const payload = pullRequestPayload({
    action: 'labeled',
    number: 3,
    title: 'A feature',
    author: 'alice',
    sender: 'deployer',
    base: { repo: REPO, ref: 'main', sha: base },
    head: { repo: headRepo, ref: 'feature', sha: head },
    labels: ['deploy-staging'],
    label: 'deploy-staging',
  });
  const [run] = await w.engine.deliver({ name, payload });
  await run.completed;
  return { run, base, head, tree };
}

describe('pull request events', () => {
  it("a pull request of this repository runs on GitHub's test merge commit, with secrets and the job's token", async () => {
    // "GITHUB_SHA: Last merge commit on the GITHUB_REF branch; GITHUB_REF: PR merge branch
    // refs/pull/PULL_REQUEST_NUMBER/merge"
    // https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#pull_request
    w = await world({ 'pr.yml': job('pull_request') }, { secrets: { DEPLOY_KEY: 'k-123' } });
    const { run, base, head, tree } = await labeled(w, 'pull_request', REPO);
    run.assertSuccess();
    expect(run.ref).toBe('refs/pull/3/merge');
    const merge = w.emulator.repo(REPO).git.commit(run.sha)!;
    expect(merge.parents).toEqual([base, head]);
    expect(merge.tree).toBe(tree);
    expect(w.emulator.ref(REPO, 'pull/3/merge')).toBe(run.sha);
    expect(run.job('show').steps[0].log).toContain(`secret=set sha=${run.sha} ref=refs/pull/3/merge`);
    expect(run.job('show').permissions).toMatchObject({ contents: 'write', 'id-token': 'write' });
  });

  it("a fork's pull request gets no secrets and a read-only token", async () => {
    // "With the exception of GITHUB_TOKEN, secrets are not passed to the runner when a workflow is
    // triggered from a forked repository. The GITHUB_TOKEN has read-only permissions in pull requests
    // from forked repositories."
    // https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#workflows-in-forked-repositories
    w = await world({ 'pr.yml': job('pull_request') }, { secrets: { DEPLOY_KEY: 'k-123' } });
    const { run } = await labeled(w, 'pull_request', 'mallory/service');
    run.assertSuccess();
    expect(run.job('show').steps[0].log).toContain('secret= sha=');
    expect(run.job('show').permissions).toMatchObject({ contents: 'read', 'id-token': 'none' });
  });

  it("pull_request_target runs the base branch's workflow on its head, with secrets, even for a fork", async () => {
    // "GITHUB_SHA: Last commit on the PR base branch; GITHUB_REF: PR base branch"
    // https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#pull_request_target
    w = await world({ 'target.yml': job('pull_request_target') }, { secrets: { DEPLOY_KEY: 'k-123' } });
    const { run, base } = await labeled(w, 'pull_request_target', 'mallory/service');
    run.assertSuccess();
    expect(run.ref).toBe('refs/heads/main');
    expect(run.sha).toBe(base);
    expect(run.job('show').steps[0].log).toContain(`secret=set sha=${base} ref=refs/heads/main`);
    expect(run.job('show').permissions).toMatchObject({ contents: 'write' });
  });
});
