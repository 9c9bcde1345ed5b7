import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WorkflowRun } from '../../harness/engine/index.js';
import { REPO, world, type World } from './world.js';

// Each test starts processes (bash, Node 24 bundles, gh) on a machine shared with other suites.
jest.setTimeout(30_000);

let w: World | undefined;
afterEach(async () => {
  await w?.stop();
  w = undefined;
});

/** A workflow whose only step waits until the test creates $GATE. */
function deploy(cancelInProgress: boolean) {
  return `
on: workflow_dispatch
concurrency:
  group: deploy-\${{ github.ref_name }}
  cancel-in-progress: ${cancelInProgress}
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: while [ ! -f "$GATE" ]; do sleep 0.05; done
`;
}

function gate() {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'engine-gate-')), 'open');
  return { file, open: () => writeFileSync(file, '') };
}

async function until(check: () => boolean) {
  while (!check()) await new Promise((r) => setTimeout(r, 10));
}

describe('concurrency groups', () => {
  it('keeps one running and one pending run: a third run cancels the pending second, whatever cancel-in-progress says', async () => {
    // https://docs.github.com/en/actions/using-jobs/using-concurrency
    // "There can be at most one running and one pending job in a concurrency group at any time.
    // [...] Any existing pending job or workflow in the same concurrency group, if it exists, will be
    // canceled and the new queued job or workflow will take its place."
    const g = gate();
    w = await world({ 'deploy.yml': deploy(false) }, { env: { GATE: g.file } });
    const first = await w.engine.dispatch('.github/workflows/deploy.yml', { actor: 'deployer' });
    const second = await w.engine.dispatch('.github/workflows/deploy.yml', { actor: 'deployer' });
    expect(first.status).toBe('in_progress');
    expect(second.status).toBe('pending');
    const third = await w.engine.dispatch('.github/workflows/deploy.yml', { actor: 'deployer' });
    await second.completed;
    expect(second.conclusion).toBe('cancelled');
    expect(second.jobs).toEqual({});
    expect(first.status).toBe('in_progress');
    expect(third.status).toBe('pending');
    // The emulator's record says so too (what the API answers for the run).
    expect(w.emulator.repo(REPO).workflowRuns.get(second.id)).toMatchObject({
      status: 'completed',
      conclusion: 'cancelled',
    });
    g.open();
    await Promise.all([first.completed, third.completed]);
    expect(first.conclusion).toBe('success');
    expect(third.conclusion).toBe('success');
  });

  it('lets runs wait in order with queue: max instead of cancelling the pending one', async () => {
    // https://github.blog/changelog/2026-05-07-github-actions-concurrency-groups-now-allow-larger-queues
    // "you can configure concurrency groups to queue multiple pending runs and process them
    // sequentially, with support for up to 100 queued jobs or workflow runs per concurrency group."
    const g = gate();
    w = await world(
      {
        'deploy.yml': deploy(false).replace(
          '  cancel-in-progress: false',
          '  cancel-in-progress: false\n  queue: max',
        ),
      },
      { env: { GATE: g.file } },
    );
    const runs: WorkflowRun[] = [];
    for (let i = 0; i < 3; i++)
      runs.push(await w.engine.dispatch('.github/workflows/deploy.yml', { actor: 'deployer' }));
    expect(runs.map((r) => r.status)).toEqual(['in_progress', 'pending', 'pending']);
    g.open();
    await Promise.all(runs.map((r) => r.completed));
    expect(runs.map((r) => r.conclusion)).toEqual(['success', 'success', 'success']);
  });

  it('cancels the running run when the group says cancel-in-progress', async () => {
    // Same page: "To also cancel any currently running job or workflow in the same concurrency
    // group, specify cancel-in-progress: true."
    const g = gate();
    w = await world({ 'deploy.yml': deploy(true) }, { env: { GATE: g.file } });
    const first = await w.engine.dispatch('.github/workflows/deploy.yml', { actor: 'deployer' });
    await until(() => first.status === 'in_progress');
    const second = await w.engine.dispatch('.github/workflows/deploy.yml', { actor: 'deployer' });
    await first.completed;
    expect(first.conclusion).toBe('cancelled');
    expect(first.job('deploy').result).toBe('cancelled');
    expect(first.job('deploy').steps[0].outcome).toBe('cancelled');
    g.open();
    await second.completed;
    expect(second.conclusion).toBe('success');
  });

  it('applies job-level groups across runs', async () => {
    const g = gate();
    w = await world(
      {
        'deploy.yml': `
on: workflow_dispatch
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo build
  deploy:
    needs: build
    concurrency: production
    runs-on: ubuntu-latest
    steps:
      - run: while [ ! -f "$GATE" ]; do sleep 0.05; done
`,
      },
      { env: { GATE: g.file } },
    );
    const runs: WorkflowRun[] = [];
    for (let i = 0; i < 3; i++) {
      runs.push(await w.engine.dispatch('.github/workflows/deploy.yml', { actor: 'deployer' }));
      // Each run has reached its deploy job (and its group) before the next one is queued.
      await until(() => runs[i].jobs.build?.result === 'success');
    }
    await runs[1].completed;
    expect(runs[1].job('deploy').result).toBe('cancelled');
    g.open();
    await Promise.all(runs.map((r) => r.completed));
    expect(runs.map((r) => r.conclusion)).toEqual(['success', 'cancelled', 'success']);
  });
});

describe('concurrency in reusable workflows', () => {
  const called = (cancelInProgress: boolean) => `
on: workflow_call
concurrency:
  group: shipgate-deploy-production
  cancel-in-progress: ${cancelInProgress}
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: while [ ! -f "$GATE" ]; do sleep 0.05; done
`;
  const caller = `
on: workflow_dispatch
jobs:
  deploy:
    uses: ./.github/workflows/called.yml
`;

  it("holds the called workflow's group for its caller job: a third run cancels the pending second", async () => {
    const g = gate();
    w = await world({ 'called.yml': called(false), 'caller.yml': caller }, { env: { GATE: g.file } });
    const first = await w.engine.dispatch('.github/workflows/caller.yml', { actor: 'deployer' });
    await until(() => first.status === 'in_progress');
    const second = await w.engine.dispatch('.github/workflows/caller.yml', { actor: 'deployer' });
    const third = await w.engine.dispatch('.github/workflows/caller.yml', { actor: 'deployer' });
    await second.completed;
    expect(second.conclusion).toBe('cancelled');
    expect(second.job('deploy')).toMatchObject({
      result: 'cancelled',
      error: 'cancelled while pending in its concurrency group',
    });
    g.open();
    await Promise.all([first.completed, third.completed]);
    expect([first.conclusion, third.conclusion]).toEqual(['success', 'success']);
  });

  it("stops the called workflow's running jobs when a newer run cancels in progress", async () => {
    const g = gate();
    w = await world({ 'called.yml': called(true), 'caller.yml': caller }, { env: { GATE: g.file } });
    const first = await w.engine.dispatch('.github/workflows/caller.yml', { actor: 'deployer' });
    // Its caller job takes the group without waiting on anything, so in_progress means it holds it.
    await until(() => first.status === 'in_progress');
    const second = await w.engine.dispatch('.github/workflows/caller.yml', { actor: 'deployer' });
    await first.completed;
    expect(first.conclusion).toBe('cancelled');
    expect(first.job('deploy/deploy').steps[0].outcome).toBe('cancelled');
    g.open();
    await second.completed;
    expect(second.conclusion).toBe('success');
  });
});

describe('cancellation and time limits', () => {
  it('cancels a run: the running step is stopped and only always() steps and jobs still run', async () => {
    const g = gate();
    w = await world(
      {
        'long.yml': `
on: workflow_dispatch
jobs:
  work:
    runs-on: ubuntu-latest
    steps:
      - run: while [ ! -f "$GATE" ]; do sleep 0.05; done
      - run: echo next
      - if: always()
        run: echo cleaning up
  after:
    needs: work
    runs-on: ubuntu-latest
    steps:
      - run: echo after
  report:
    needs: work
    if: always()
    runs-on: ubuntu-latest
    steps:
      - run: echo "work was $R"
        env:
          R: \${{ needs.work.result }}
`,
      },
      { env: { GATE: g.file } },
    );
    const run = await w.engine.dispatch('.github/workflows/long.yml', { actor: 'deployer' });
    await until(() => run.status === 'in_progress');
    w.engine.cancel(run.id);
    await run.completed;
    expect(run.conclusion).toBe('cancelled');
    expect(run.job('work').steps.map((s) => s.outcome)).toEqual(['cancelled', 'skipped', 'success']);
    expect(run.job('work').result).toBe('cancelled');
    expect(run.job('after').result).toBe('skipped');
    expect(run.job('report').steps[0].log).toContain('work was cancelled');
  });

  it('stops a job at its timeout-minutes, measured on the scaled clock, and fails it', async () => {
    // https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idtimeout-minutes
    // "The maximum number of minutes to let a job run before GitHub automatically cancels it. Default: 360"
    w = await world(
      {
        'slow.yml': `
on: workflow_dispatch
jobs:
  slow:
    runs-on: ubuntu-latest
    timeout-minutes: 2
    steps:
      - run: sleep 3600
      - run: echo never
`,
      },
      { factor: 600 },
    );
    const run = await w.engine.dispatch('.github/workflows/slow.yml', { actor: 'deployer' });
    await run.completed;
    expect(run.conclusion).toBe('failure');
    const job = run.job('slow');
    expect(job.result).toBe('failure');
    expect(job.error).toBe('The job has exceeded the maximum execution time of 2 minutes.');
    expect(job.steps.map((s) => s.outcome)).toEqual(['cancelled', 'skipped']);
  });
});
