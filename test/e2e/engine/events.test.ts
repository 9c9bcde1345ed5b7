import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { REPO, world, type World } from './world.js';

// Each test starts processes (bash, Node 24 bundles, gh) on a machine shared with other suites.
jest.setTimeout(30_000);

let w: World | undefined;
afterEach(async () => {
  await w?.stop();
  w = undefined;
});

const onComment = `
on:
  issue_comment:
    types: [created]
jobs:
  react:
    if: startsWith(github.event.comment.body, '/')
    runs-on: ubuntu-latest
    steps:
      - run: echo "command from $WHO"
        env:
          WHO: \${{ github.event.comment.user.login }}
`;

const onPush = `
on:
  push:
    branches: [main, 'release/**', '!release/old*']
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo "built $GITHUB_REF at $GITHUB_SHA"
`;

function comment(action: string, body: string) {
  return {
    name: 'issue_comment',
    payload: {
      action,
      issue: { number: 1, title: 'x', labels: [] },
      comment: { id: 5, body, user: { login: 'alice' } },
      sender: { login: 'alice' },
    },
  };
}

describe('events start the workflows whose on: matches', () => {
  it('filters by activity types', async () => {
    // https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#onevent_nametypes
    // "Use on.<event_name>.types to define the type of activity that will trigger a workflow run."
    w = await world({ 'comment.yml': onComment, 'push.yml': onPush });
    expect(await w.engine.deliver(comment('edited', '/approve'))).toEqual([]);
    const [run] = await w.engine.deliver(comment('created', '/approve'));
    await run.completed;
    expect(run.workflowPath).toBe('.github/workflows/comment.yml');
    expect(run.actor).toBe('alice');
    expect(run.job('react').steps[0].log).toContain('command from alice');
    const [plain] = await w.engine.deliver(comment('created', 'just chatting'));
    await plain.completed;
    expect(plain.job('react').result).toBe('skipped');
  });

  it('filters pushes by branch patterns, later negations winning', async () => {
    // https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet
    // "**: Matches zero or more of any character." "!: At the start of a pattern makes it negate
    // previous positive patterns."
    w = await world({ 'comment.yml': onComment, 'push.yml': onPush });
    const sha = w.emulator.ref(REPO, 'heads/main')!;
    const push = (ref: string) =>
      w!.engine.deliver({
        name: 'push',
        payload: { ref, after: sha, before: sha, sender: { login: 'deployer' } },
      });
    const started = async (ref: string) => (await push(ref)).map((r) => r.workflowPath);
    expect(await started('refs/heads/main')).toEqual(['.github/workflows/push.yml']);
    expect(await started('refs/heads/release/v2/hotfix')).toEqual(['.github/workflows/push.yml']);
    expect(await started('refs/heads/release/old-1')).toEqual([]);
    expect(await started('refs/heads/feature')).toEqual([]);
    // Only branches are filtered, so a tag push starts nothing.
    expect(await started('refs/tags/v1')).toEqual([]);
    await w.engine.settled();
  });

  it('matches schedules by cron, workflow_run by workflow name and type, repository_dispatch by event type', async () => {
    // https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#workflow_run
    // "on: workflow_run: workflows: [Run Tests] types: [requested]" runs after the named workflow.
    const job = `
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo ran
`;
    w = await world({
      'nightly.yml': `
on:
  schedule:
    - cron: '0 6 * * *'
${job}`,
      'after-deploy.yml': `
on:
  workflow_run:
    workflows: [Deploy]
    types: [completed]
${job}`,
      'external.yml': `
on:
  repository_dispatch:
    types: [rollback]
${job}`,
    });
    const sender = { login: 'deployer' };
    const started = async (event: Parameters<World['engine']['deliver']>[0]) =>
      (await w!.engine.deliver(event)).map((r) => r.workflowPath);
    // A schedule's payload names its cron and no sender; the actor is who last changed the cron.
    await expect(started({ name: 'schedule', payload: { schedule: '0 6 * * *' } })).rejects.toThrow(
      /pass actor/,
    );
    expect(
      await started({ name: 'schedule', payload: { schedule: '0 6 * * *' }, actor: 'deployer' }),
    ).toEqual(['.github/workflows/nightly.yml']);
    expect(
      await started({ name: 'schedule', payload: { schedule: '*/5 * * * *' }, actor: 'deployer' }),
    ).toEqual([]);
    const workflowRun = (name: string, action: string) => ({
      name: 'workflow_run',
      payload: { action, workflow_run: { name, head_branch: 'main' }, sender },
    });
    expect(await started(workflowRun('Deploy', 'completed'))).toEqual(['.github/workflows/after-deploy.yml']);
    expect(await started(workflowRun('Deploy', 'requested'))).toEqual([]);
    expect(await started(workflowRun('Tests', 'completed'))).toEqual([]);
    expect(await started({ name: 'repository_dispatch', payload: { action: 'rollback', sender } })).toEqual([
      '.github/workflows/external.yml',
    ]);
    expect(await started({ name: 'repository_dispatch', payload: { action: 'deploy', sender } })).toEqual([]);
    await w.engine.settled();
  });

  it('refuses workflows that need what the engine does not run (services, a matrix) instead of ignoring it', async () => {
    w = await world({
      'db.yml': `
on: workflow_dispatch
jobs:
  a:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
    steps:
      - run: echo uses the database
`,
    });
    await expect(w.engine.dispatch('.github/workflows/db.yml', { actor: 'deployer' })).rejects.toThrow(
      'job a: services is not supported by the engine',
    );
  });

  it('reports an invalid workflow file as a failed run of the event, with the parser message', async () => {
    w = await world({
      'broken.yml': `
on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ github.sha
`,
    });
    const sha = w.emulator.ref(REPO, 'heads/main')!;
    const [run] = await w.engine.deliver({
      name: 'push',
      payload: { ref: 'refs/heads/main', after: sha, sender: { login: 'deployer' } },
    });
    await run.completed;
    expect(run.conclusion).toBe('failure');
    expect(run.error).toMatch(/invalid workflow file \.github\/workflows\/broken\.yml/);
  });
});

describe('re-runs', () => {
  it('re-runs failed jobs and their dependents; the successful jobs keep their outputs', async () => {
    // https://docs.github.com/en/actions/managing-workflow-runs/re-running-workflows-and-jobs
    // "When you re-run failed jobs or a specific job, GitHub also re-runs the jobs that depend on
    // them. Jobs that aren't included keep their outputs from the previous attempt, which the newly
    // run jobs can use." and "Re-runs use the privileges of the actor who initially triggered the
    // workflow, not the privileges of the actor who initiated the re-run."
    w = await world({
      'ci.yml': `
on: workflow_dispatch
jobs:
  build:
    runs-on: ubuntu-latest
    outputs:
      nonce: \${{ steps.n.outputs.nonce }}
    steps:
      - id: n
        run: echo "nonce=$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')" >> "$GITHUB_OUTPUT"
  flaky:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - run: test "$GITHUB_RUN_ATTEMPT" -ge 2
  ship:
    needs: [build, flaky]
    runs-on: ubuntu-latest
    steps:
      - run: echo "shipping $NONCE by $GITHUB_TRIGGERING_ACTOR for $GITHUB_ACTOR"
        env:
          NONCE: \${{ needs.build.outputs.nonce }}
`,
    });
    const run = await w.engine.dispatch('.github/workflows/ci.yml', { actor: 'deployer' });
    await run.completed;
    expect(run.conclusion).toBe('failure');
    expect(run.job('ship').result).toBe('skipped');
    const nonce = run.job('build').outputs.nonce;
    expect(nonce).toMatch(/^[0-9a-f]{16}$/);

    w.engine.rerun(run.id, { failedOnly: true, actor: 'alice' });
    await run.completed;
    expect(run.attempt).toBe(2);
    expect(run.conclusion).toBe('success');
    expect(run.job('build')).toMatchObject({ attempt: 1, outputs: { nonce } });
    expect(run.job('flaky')).toMatchObject({ attempt: 2, result: 'success' });
    expect(run.job('ship').steps[0].log).toContain(`shipping ${nonce} by alice for deployer`);
    expect(w.emulator.repo(REPO).workflowRuns.get(run.id)).toMatchObject({
      runAttempt: 2,
      status: 'completed',
      conclusion: 'success',
      actor: 'deployer',
      triggeringActor: 'alice',
    });
  });

  it('re-runs failed jobs inside a called workflow; its successful jobs keep their outputs', async () => {
    // Same page: jobs that aren't re-run "keep their outputs from the previous attempt".
    w = await world({
      'called.yml': `
on:
  workflow_call:
    outputs:
      nonce:
        value: \${{ jobs.checks.outputs.nonce }}
jobs:
  checks:
    runs-on: ubuntu-latest
    outputs:
      nonce: \${{ steps.n.outputs.nonce }}
    steps:
      - id: n
        run: echo "nonce=$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')" >> "$GITHUB_OUTPUT"
  approval:
    needs: checks
    runs-on: ubuntu-latest
    steps:
      - run: test "$GITHUB_RUN_ATTEMPT" -ge 2
  deploy:
    needs: [checks, approval]
    runs-on: ubuntu-latest
    steps:
      - run: echo "deploying after checks $NONCE"
        env:
          NONCE: \${{ needs.checks.outputs.nonce }}
`,
      'caller.yml': `
on: workflow_dispatch
jobs:
  before:
    runs-on: ubuntu-latest
    steps:
      - run: echo before
  deploy:
    needs: before
    uses: ./.github/workflows/called.yml
`,
    });
    const run = await w.engine.dispatch('.github/workflows/caller.yml', { actor: 'deployer' });
    await run.completed;
    expect(run.job('deploy/approval').result).toBe('failure');
    expect(run.job('deploy/deploy').result).toBe('skipped');
    const nonce = run.job('deploy/checks').outputs.nonce;

    w.engine.rerun(run.id, { failedOnly: true, actor: 'alice' });
    await run.completed;
    run.assertSuccess();
    expect(run.job('before').attempt).toBe(1);
    expect(run.job('deploy/checks')).toMatchObject({ attempt: 1, outputs: { nonce } });
    expect(run.job('deploy/approval')).toMatchObject({ attempt: 2, result: 'success' });
    expect(run.job('deploy/deploy').steps[0].log).toContain(`deploying after checks ${nonce}`);
    expect(run.job('deploy').outputs).toEqual({ nonce });
  });
});
