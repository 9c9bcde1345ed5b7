import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO, world, type World } from './world.js';

// Each test starts processes (bash, Node 24 bundles, gh) on a machine shared with other suites.
jest.setTimeout(30_000);

let w: World | undefined;
afterEach(async () => {
  await w?.stop();
  w = undefined;
});

/** A step that tries to open an issue with the job's token and reports the API's answer. */
const openIssue = `
      - id: write
        continue-on-error: true
        env:
          GH_TOKEN: \${{ github.token }}
        run: gh api "repos/$GITHUB_REPOSITORY/issues" -f title="written by $GITHUB_JOB" --jq .number
`;

async function api(w: World, method: string, route: string, token: string, body?: unknown) {
  const response = await fetch(`${w.emulator.url}${route}`, {
    method,
    headers: {
      authorization: `token ${token}`,
      'content-type': 'application/json',
      accept: 'application/vnd.github+json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json().catch(() => ({}))) as Record<string, unknown>,
  };
}

describe('workflow tokens', () => {
  it("mints each job's token with its permissions: the job's, else the workflow's, else the repository default", async () => {
    // https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token
    // "If you specify the access for any of these permissions, all of those that are not specified
    // are set to none." Without any permissions key the repository default applies, restricted
    // (read contents and packages) unless the repository says otherwise.
    w = await world({
      'ci.yml': `
on: workflow_dispatch
jobs:
  by-default:
    runs-on: ubuntu-latest
    steps:${openIssue}
  granted:
    runs-on: ubuntu-latest
    permissions:
      issues: write
    steps:${openIssue}
  other-scope:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:${openIssue}
`,
    });
    const run = await w.engine.dispatch('.github/workflows/ci.yml', { actor: 'deployer' });
    await run.completed;
    expect(run.job('by-default').permissions).toEqual({
      contents: 'read',
      packages: 'read',
      metadata: 'read',
    });
    expect(run.step('by-default', 'write').log).toContain(
      'gh: Resource not accessible by integration (HTTP 403)',
    );
    expect(run.step('granted', 'write').outcome).toBe('success');
    expect(run.step('other-scope', 'write').log).toContain('(HTTP 403)');
    const created = [...w.emulator.repo(REPO).issues.values()];
    expect(created.map((i) => [i.title, i.user])).toEqual([['written by granted', 'github-actions[bot]']]);
  });

  it("gives a called workflow's jobs the caller job's permissions, which they can only lower", async () => {
    // https://docs.github.com/en/actions/sharing-automations/reusing-workflows#access-and-permissions
    // "The GITHUB_TOKEN permissions passed from the caller workflow can be only downgraded (not
    // elevated) by the called workflow."
    w = await world({
      'called.yml': `
on: workflow_call
jobs:
  inherits:
    runs-on: ubuntu-latest
    steps:${openIssue}
  lowers:
    runs-on: ubuntu-latest
    permissions:
      issues: read
    steps:${openIssue}
`,
      'caller.yml': `
on: workflow_dispatch
permissions: {}
jobs:
  reader:
    uses: ./.github/workflows/called.yml
    permissions:
      issues: read
  writer:
    uses: ./.github/workflows/called.yml
    permissions:
      issues: write
`,
    });
    const run = await w.engine.dispatch('.github/workflows/caller.yml', { actor: 'deployer' });
    await run.completed;
    expect(run.job('reader/inherits').permissions).toEqual({ issues: 'read', metadata: 'read' });
    expect(run.step('reader/inherits', 'write').log).toContain(
      'gh: Resource not accessible by integration (HTTP 403)',
    );
    expect(run.step('writer/inherits', 'write').outcome).toBe('success');
    expect(run.step('writer/lowers', 'write').log).toContain('(HTTP 403)');
    expect([...w.emulator.repo(REPO).issues.values()].map((i) => i.title)).toEqual(['written by inherits']);
  });
});

describe('events from the emulator', () => {
  const listener = `
on:
  issue_comment:
    types: [created]
jobs:
  react:
    runs-on: ubuntu-latest
    steps:
      - run: echo "comment by $WHO"
        env:
          WHO: \${{ github.event.comment.user.login }}
`;

  it("starts issue_comment workflows for a person's comment, and none for a comment written with a workflow token", async () => {
    // https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication#using-the-github_token-in-a-workflow
    // "When you use the repository's GITHUB_TOKEN to perform tasks, events triggered by the
    // GITHUB_TOKEN, with the exception of workflow_dispatch and repository_dispatch, will not create
    // a new workflow run."
    w = await world({
      'comment.yml': listener,
      'bot.yml': `
on: workflow_dispatch
permissions:
  issues: write
jobs:
  comment:
    runs-on: ubuntu-latest
    steps:
      - env:
          GH_TOKEN: \${{ github.token }}
        run: gh api "repos/$GITHUB_REPOSITORY/issues/1/comments" -f body="/approve from a workflow" --silent
`,
    });
    w.emulator.setPermission(REPO, 'alice', 'write');
    const issue = w.emulator.addIssue(REPO, { title: 'approval', user: 'deployer' });
    await w.engine.settled();
    const before = w.engine.runs.length;

    const botRun = await w.engine.dispatch('.github/workflows/bot.yml', { actor: 'deployer' });
    await botRun.completed;
    botRun.assertSuccess();
    await w.engine.settled();
    expect(w.engine.runs.length).toBe(before + 1);
    expect(w.engine.ignoredEvents).toContainEqual(
      expect.objectContaining({ name: 'issue_comment', action: 'created', sender: 'github-actions[bot]' }),
    );

    const answer = await api(
      w,
      'POST',
      `/repos/${REPO}/issues/${issue.number}/comments`,
      w.emulator.tokenFor('alice'),
      {
        body: '/approve',
      },
    );
    expect(answer.status).toBe(201);
    await w.engine.settled();
    const started = w.engine.runs.slice(before + 1);
    expect(started.map((r) => [r.workflowPath, r.event.name, r.actor, r.conclusion])).toEqual([
      ['.github/workflows/comment.yml', 'issue_comment', 'alice', 'success'],
    ]);
    expect(started[0].job('react').steps[0].log).toContain('comment by alice');
  });

  it('starts workflows for a write seeded in the emulator (a person in the web UI) once settled', async () => {
    w = await world({ 'comment.yml': listener });
    const issue = w.emulator.addIssue(REPO, { title: 'approval', user: 'deployer' });
    w.emulator.addComment(REPO, issue.number, { user: 'alice', body: 'looks good' });
    // The emulator delivers on the next turn of the event loop; settled() waits for that too.
    await w.engine.settled();
    expect(w.engine.runs.map((r) => [r.event.name, r.actor, r.conclusion])).toEqual([
      ['issue_comment', 'alice', 'success'],
    ]);
  });

  it('starts a workflow_dispatch that a workflow token asks for (the exception to the rule)', async () => {
    // Same page: "...with the exception of workflow_dispatch and repository_dispatch, will not
    // create a new workflow run."
    w = await world({
      'first.yml': `
on: workflow_dispatch
permissions:
  actions: write
jobs:
  chain:
    runs-on: ubuntu-latest
    steps:
      - env:
          GH_TOKEN: \${{ github.token }}
        run: gh api "repos/$GITHUB_REPOSITORY/actions/workflows/second.yml/dispatches" -f ref=main -f 'inputs[version]=1.2.3'
`,
      'second.yml': `
on:
  workflow_dispatch:
    inputs:
      version:
        required: true
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: echo "deploying $V for $GITHUB_ACTOR"
        env:
          V: \${{ inputs.version }}
`,
    });
    const first = await w.engine.dispatch('.github/workflows/first.yml', { actor: 'deployer' });
    await first.completed;
    first.assertSuccess();
    await w.engine.settled();
    const second = w.engine.runs.find((r) => r.workflowPath === '.github/workflows/second.yml');
    expect(second?.conclusion).toBe('success');
    expect(second?.job('deploy').steps[0].log).toContain('deploying 1.2.3 for github-actions[bot]');
  });

  it('re-runs failed jobs when asked through the API, as the person who asked', async () => {
    const gate = path.join(mkdtempSync(path.join(os.tmpdir(), 'engine-gate-')), 'open');
    w = await world(
      {
        'ci.yml': `
on: workflow_dispatch
jobs:
  flaky:
    runs-on: ubuntu-latest
    steps:
      - run: |
          while [ ! -f "$GATE" ]; do sleep 0.05; done
          test "$GITHUB_RUN_ATTEMPT" -ge 2
`,
      },
      { env: { GATE: gate } },
    );
    w.emulator.setPermission(REPO, 'alice', 'write');
    const run = await w.engine.dispatch('.github/workflows/ci.yml', { actor: 'deployer' });
    const early = await api(
      w,
      'POST',
      `/repos/${REPO}/actions/runs/${run.id}/rerun-failed-jobs`,
      w.emulator.tokenFor('alice'),
    );
    // GitHub refuses to re-run a run that has not completed.
    expect(early.status).toBe(403);
    writeFileSync(gate, '');
    await run.completed;
    expect(run.conclusion).toBe('failure');
    const answer = await api(
      w,
      'POST',
      `/repos/${REPO}/actions/runs/${run.id}/rerun-failed-jobs`,
      w.emulator.tokenFor('alice'),
    );
    expect(answer.status).toBe(201);
    await w.engine.settled();
    expect(run).toMatchObject({
      attempt: 2,
      conclusion: 'success',
      triggeringActor: 'alice',
      actor: 'deployer',
    });
  });
});
