// The emulator's workflow-job listings, through Octokit, checked against GitHub's OpenAPI description:
// one attempt's jobs, the latest attempt's by default, every attempt's with filter=all, paginated, and
// refused to a workflow token without actions: read.
// https://docs.github.com/en/rest/actions/workflow-jobs
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import { VirtualClock } from '../../packages/core/src/clock.js';
import { startEmulator, type GitHubEmulator } from '../harness/emulator/index.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const owner = 'octo-org';
const repo = 'service';
const fullName = `${owner}/${repo}`;
const start = Date.UTC(2026, 2, 1, 12);

let emu: GitHubEmulator;
let runId: number;
const client = (auth: string) => new Octokit({ baseUrl: emu.url, auth, log: quiet });

beforeAll(async () => {
  emu = await startEmulator({ clock: new VirtualClock(start + 3_600_000) });
  emu.addUser('alice');
  emu.addRepo(fullName, { private: true });
  emu.setPermission(fullName, 'alice', 'write');
  runId = emu.addWorkflowRun(fullName, {
    status: 'completed',
    conclusion: 'success',
    actor: 'alice',
    run_attempt: 2,
  }).id;
  emu.setWorkflowJobs(fullName, runId, 1, [
    { name: 'build', conclusion: 'failure', startedAt: start, completedAt: start + 60_000 },
  ]);
  emu.setWorkflowJobs(
    fullName,
    runId,
    2,
    Array.from({ length: 130 }, (_, i) => ({
      name: `shard ${i}`,
      conclusion: 'success',
      startedAt: start + 120_000,
      completedAt: start + 180_000,
    })),
  );
});
afterAll(async () => {
  emu.assertValid();
  await emu.stop();
});

describe('workflow jobs', () => {
  it('lists one attempt, every page, with conclusions and times', async () => {
    const gh = client(emu.tokenFor('alice'));
    const jobs = await gh.paginate(gh.rest.actions.listJobsForWorkflowRunAttempt, {
      owner,
      repo,
      run_id: runId,
      attempt_number: 2,
      per_page: 100,
    });
    expect(jobs).toHaveLength(130);
    expect(jobs[0]).toMatchObject({
      name: 'shard 0',
      run_id: runId,
      status: 'completed',
      conclusion: 'success',
      started_at: '2026-03-01T12:02:00Z',
      completed_at: '2026-03-01T12:03:00Z',
    });
    const first = await gh.rest.actions.listJobsForWorkflowRunAttempt({
      owner,
      repo,
      run_id: runId,
      attempt_number: 1,
    });
    expect(first.data.jobs.map((j) => [j.name, j.conclusion])).toEqual([['build', 'failure']]);
  });

  it('without an attempt: the latest attempt by default, every attempt with filter=all', async () => {
    const gh = client(emu.tokenFor('alice'));
    const latest = await gh.rest.actions.listJobsForWorkflowRun({
      owner,
      repo,
      run_id: runId,
      per_page: 100,
    });
    expect(latest.data.total_count).toBe(130);
    const all = await gh.rest.actions.listJobsForWorkflowRun({
      owner,
      repo,
      run_id: runId,
      filter: 'all',
      per_page: 1,
    });
    expect(all.data.total_count).toBe(131);
    expect(all.data.jobs[0].name).toBe('build');
  });

  it('an attempt the run never had is not found', async () => {
    const gh = client(emu.tokenFor('alice'));
    await expect(
      gh.rest.actions.listJobsForWorkflowRunAttempt({ owner, repo, run_id: runId, attempt_number: 3 }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('needs actions: read: a workflow token without it is refused', async () => {
    const without = client(emu.workflowToken(fullName, { permissions: { contents: 'write' } }));
    await expect(
      without.rest.actions.listJobsForWorkflowRunAttempt({ owner, repo, run_id: runId, attempt_number: 2 }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/Resource not accessible by integration/),
    });
    const withRead = client(emu.workflowToken(fullName, { permissions: { actions: 'read' } }));
    const ok = await withRead.rest.actions.listJobsForWorkflowRunAttempt({
      owner,
      repo,
      run_id: runId,
      attempt_number: 2,
    });
    expect(ok.status).toBe(200);
  });
});
