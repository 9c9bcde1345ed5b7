// audit-sign on a workflow_run event, as shipped: the record carries the run's conclusion and duration
// from the event, and every job of the attempt (more than one page of them) with its conclusion, read
// from the emulated API with a workflow token that has actions: read. Without that permission the record
// still gets written and says why the jobs are missing; a server error fails the step, writing nothing.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';
import { VirtualClock } from '../../../packages/core/src/clock.js';
import { startEmulator, type GitHubEmulator } from '../../harness/emulator/index.js';
import { runAction } from '../../harness/runner.js';
import { folderState, records, tempDir } from './helpers.js';

jest.setTimeout(120_000);

const fullName = 'octo-org/service';
const signingKey = generateKeyPairSync('ed25519')
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();
const start = Date.UTC(2026, 2, 2, 12);
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');

let emu: GitHubEmulator;
let runId: number;

beforeAll(async () => {
  emu = await startEmulator({ clock: new VirtualClock(start + 3_600_000) });
  emu.addUser('mona');
  emu.addRepo(fullName, { private: true });
  emu.setPermission(fullName, 'mona', 'write');
  const run = emu.addWorkflowRun(fullName, {
    status: 'completed',
    conclusion: 'failure',
    actor: 'mona',
    name: 'Deploy',
    run_attempt: 2,
  });
  runId = run.id;
  // Attempt 1 had other jobs: only attempt 2's are this record's.
  emu.setWorkflowJobs(fullName, runId, 1, [
    { name: 'stale', conclusion: 'cancelled', startedAt: start - 600_000, completedAt: start - 500_000 },
  ]);
  // 120 jobs (a matrix): more than one page of 100.
  const jobs = Array.from({ length: 120 }, (_, i) => ({
    name: `test (${i})`,
    conclusion: i === 117 ? 'failure' : 'success',
    startedAt: start + i * 1000,
    completedAt: start + i * 1000 + 30_000,
  }));
  emu.setWorkflowJobs(fullName, runId, 2, jobs);
});
afterAll(async () => {
  await emu?.stop();
  emu?.assertValid();
});

/** The workflow_run payload GitHub sends when a run completes. */
function completedEvent() {
  return {
    action: 'completed',
    workflow_run: {
      id: runId,
      name: 'Deploy',
      event: 'workflow_dispatch',
      status: 'completed',
      conclusion: 'failure',
      run_attempt: 2,
      run_number: 1,
      path: '.github/workflows/deploy.yml',
      head_sha: emu.ref(fullName, 'heads/main'),
      head_branch: 'main',
      created_at: iso(start - 700_000),
      run_started_at: iso(start),
      updated_at: iso(start + 150_000),
    },
    repository: {
      id: emu.repo(fullName).id,
      full_name: fullName,
      name: 'service',
      owner: { login: 'octo-org' },
    },
    sender: { login: 'mona', id: emu.repo(fullName).owner.id, type: 'User' },
  };
}

function sign(token: string, logFile: string) {
  return runAction('audit-sign', {
    apiUrl: emu.url,
    token,
    repository: fullName,
    actor: 'mona',
    eventName: 'workflow_run',
    event: completedEvent(),
    inputs: { 'log-file': logFile, 'signing-key': signingKey },
  });
}

describe('audit-sign on a workflow_run event', () => {
  it('records the conclusion, the duration and every job of the attempt with its conclusion', async () => {
    const dir = tempDir();
    const token = emu.workflowToken(fullName, { permissions: { contents: 'read', actions: 'read' } });
    const result = await sign(token, path.join(dir, 'audit.jsonl'));
    expect(result.log).not.toContain('::error');
    expect(result.exitCode).toBe(0);
    const [record] = records(dir) as [Record<string, any>]; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(record).toMatchObject({
      type: 'workflow_run',
      run: { id: String(runId), attempt: '2', workflowRef: '.github/workflows/deploy.yml' },
      workflowRun: {
        name: 'Deploy',
        conclusion: 'failure',
        startedAt: iso(start),
        completedAt: iso(start + 150_000),
        durationSeconds: 150,
        jobsUnavailable: '',
      },
    });
    const jobs = record.workflowRun.jobs as { name: string; conclusion: string; durationSeconds: number }[];
    expect(jobs).toHaveLength(120);
    expect(jobs.filter((j) => j.conclusion === 'failure').map((j) => j.name)).toEqual(['test (117)']);
    expect(jobs.every((j) => j.durationSeconds === 30)).toBe(true);
    expect(jobs.some((j) => j.name === 'stale')).toBe(false);
  });

  it('a token without actions: read still writes the record, saying the jobs could not be read and why', async () => {
    const dir = tempDir();
    const token = emu.workflowToken(fullName, { permissions: { contents: 'read' } });
    const result = await sign(token, path.join(dir, 'audit.jsonl'));
    expect(result.exitCode).toBe(0);
    expect(result.log).toMatch(/::warning::recorded without its jobs: .*actions: read/);
    const [record] = records(dir) as [Record<string, any>]; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(record.workflowRun).toMatchObject({ conclusion: 'failure', durationSeconds: 150, jobs: [] });
    expect(record.workflowRun.jobsUnavailable).toMatch(/needs actions: read on octo-org\/service/);
  });

  it('a server error reading the jobs fails the step and appends nothing', async () => {
    const dir = tempDir();
    const token = emu.workflowToken(fullName, { permissions: { contents: 'read', actions: 'read' } });
    emu.injectFault({
      method: 'GET',
      path: `/repos/${fullName}/actions/runs/${runId}/attempts/2/jobs`,
      status: 500,
      times: Infinity,
    });
    const result = await sign(token, path.join(dir, 'audit.jsonl'));
    emu.clearFaults();
    expect(result.exitCode).toBe(1);
    expect(folderState(dir)).toEqual({});
  });
});
