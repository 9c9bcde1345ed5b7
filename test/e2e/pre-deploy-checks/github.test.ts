import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type GitHubEmulator } from '../../harness/emulator/index.js';
import { runAction } from '../../harness/runner.js';

const REPO = 'octo-org/service';
const SHA = 'c0ffee'.padEnd(40, '0');
let emulator: GitHubEmulator;
let token: string;

beforeAll(async () => {
  emulator = await startEmulator();
  emulator.addUser('deployer');
  emulator.addUser('reporter');
  emulator.addRepo(REPO);
  emulator.setPermission(REPO, 'deployer', 'write');
  token = emulator.tokenFor('deployer');
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.clearFaults());

const check = (
  inputs: Record<string, string | number | boolean>,
  extra: Parameters<typeof runAction>[1] = {},
) =>
  runAction('pre-deploy-checks', {
    apiUrl: emulator.url,
    token,
    repository: REPO,
    sha: SHA,
    inputs,
    ...extra,
  });

interface Report {
  checks: { check: string; result: string; detail: string }[];
}

describe('pre-deploy-checks required checks (GitHub API emulator)', () => {
  it('waits for a pending check among more than 100 runs, excludes its own run, then passes', async () => {
    const sha = 'a1'.padEnd(40, '1');
    for (let i = 0; i < 150; i++)
      emulator.addCheckRun(REPO, sha, { name: `matrix-${i}`, status: 'completed', conclusion: 'success' });
    const build = emulator.addCheckRun(REPO, sha, { name: 'build', status: 'in_progress' });
    // This job's own check run: named after GITHUB_JOB (`deploy` in the harness) and unfinished.
    emulator.addCheckRun(REPO, sha, { name: 'deploy', status: 'in_progress' });
    emulator.addCheckRun(REPO, sha, { name: 'lint', status: 'completed', conclusion: 'success' });
    const pending = check(
      { 'required-checks': 'build, lint, matrix-149', sha, 'checks-timeout': '1h' },
      { clock: { epochMs: Date.now(), factor: 300 }, killAfterMs: 60_000 },
    );
    // Let it poll two full rounds (two pages each; 15 s of clock time apart, 50 ms real) before the build finishes.
    const polls = () => emulator.requests.filter((r) => r.path.includes(`/commits/${sha}/check-runs`)).length;
    while (polls() < 4) await new Promise((resolve) => setTimeout(resolve, 10));
    emulator.updateCheckRun(REPO, build.id, { conclusion: 'success' });
    const result = await pending;
    expect(result.exitCode).toBe(0);
    expect(result.outputs.result).toBe('passed');
    const report = JSON.parse(result.outputs.report) as Report;
    expect(report.checks.map((c) => [c.check, c.result])).toEqual([
      ['required-checks: build', 'passed'],
      ['required-checks: lint', 'passed'],
      ['required-checks: matrix-149', 'passed'],
    ]);
    expect(result.log).toMatch(/round 2: 153 check runs; 2 passed, 0 failed, 1 waiting \(build: pending\)/);
    expect(result.log).toMatch(/round \d+: 153 check runs; 3 passed, 0 failed, 0 waiting/);
    expect(emulator.stats.notModified).toBeGreaterThan(0);
    emulator.assertValid();
  });

  it('fails a required check that is only this job’s own run, or that never appears, at the timeout', async () => {
    const sha = 'b2'.padEnd(40, '2');
    const own = emulator.addCheckRun(REPO, sha, { name: 'deploy', status: 'in_progress' });
    const result = await check(
      { 'required-checks': 'deploy\ne2e', sha, 'checks-timeout': '2m', 'check-run-id': own.id },
      { clock: { epochMs: Date.now(), factor: 300 } },
    );
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ result: 'failed', 'failed-checks': 'required-checks' });
    const report = JSON.parse(result.outputs.report) as Report;
    expect(report.checks.map((c) => c.detail)).toEqual([
      'missing: only this job’s own check run has that name; still missing after 2m',
      'missing: no check run with this name; still missing after 2m',
    ]);
    emulator.assertValid();
  });

  it.each(['failure', 'cancelled', 'timed_out'])('fails a %s check at once', async (conclusion) => {
    const sha = `d${conclusion.length}`.padEnd(40, '3');
    emulator.addCheckRun(REPO, sha, { name: 'build', status: 'completed', conclusion });
    emulator.addCheckRun(REPO, sha, { name: 'e2e', status: 'in_progress' });
    const result = await check({ 'required-checks': 'build,e2e', sha, 'checks-timeout': '10m' });
    expect(result.outputs.result).toBe('failed');
    expect(result.summary).toContain(`| required-checks: build | ❌ failed | failed: ${conclusion}`);
    expect(result.summary).toContain('| required-checks: e2e | ❌ failed | pending: in_progress');
  });

  it('fails closed when the API keeps failing', async () => {
    emulator.injectFault({ method: 'GET', path: /check-runs/, status: 500, times: Infinity });
    const result = await check(
      { 'required-checks': 'build', 'checks-timeout': '1m' },
      { clock: { epochMs: Date.now(), factor: 1000 } },
    );
    expect(result.outputs).toMatchObject({ result: 'failed', 'failed-checks': 'required-checks' });
    expect(result.summary).toContain('could not be checked');
  });
});

describe('pre-deploy-checks cancellation', () => {
  it('stops waiting when the runner cancels, fails the step and still sets every output', async () => {
    const sha = 'e5'.padEnd(40, '5');
    emulator.addCheckRun(REPO, sha, { name: 'build', status: 'in_progress' });
    const result = await check(
      { 'required-checks': 'build', sha, 'checks-timeout': '10m' },
      { cancel: { when: (log) => log.includes('round 1:') } },
    );
    expect(result.exitCode).toBe(1);
    expect(result.annotations.map((a) => a.message)).toContainEqual(
      expect.stringContaining('cancelled (SIGTERM)'),
    );
    expect(result.outputs).toMatchObject({ result: 'failed', 'failed-checks': '', report: '{}' });
  });
});

describe('pre-deploy-checks incidents (GitHub API emulator)', () => {
  it('fails while open issues carry the label, listing all of them across pages', async () => {
    const repo = 'octo-org/incidents';
    emulator.addRepo(repo);
    emulator.setPermission(repo, 'deployer', 'write');
    for (let i = 0; i < 105; i++)
      emulator.addIssue(repo, { title: `noise ${i}`, user: 'reporter', labels: ['bug'] });
    const first = emulator.addIssue(repo, {
      title: 'Checkout errors',
      user: 'reporter',
      labels: ['incident', 'sev1'],
    });
    for (let i = 0; i < 101; i++)
      emulator.addIssue(repo, { title: `Incident ${i}`, user: 'reporter', labels: ['incident'] });
    const result = await check({ 'incident-label': 'incident', repository: repo });
    expect(result.outputs).toMatchObject({ result: 'failed', 'failed-checks': 'incidents' });
    const detail = (JSON.parse(result.outputs.report) as Report).checks[0].detail;
    expect(detail).toMatch(/^102 open: /);
    expect(detail).toContain(`#${first.number} Checkout errors`);
    emulator.assertValid();
  });

  it('passes when every incident is closed', async () => {
    const repo = 'octo-org/calm';
    emulator.addRepo(repo);
    const closed = emulator.addIssue(repo, { title: 'Old outage', user: 'reporter', labels: ['incident'] });
    emulator.issue(repo, closed.number)!.state = 'closed';
    const result = await check({ 'incident-label': 'incident', repository: repo });
    expect(result.outputs.result).toBe('passed');
    expect(result.summary).toContain("no open issue labelled 'incident'");
    emulator.assertValid();
  });
});

describe('pre-deploy-checks error budget from the SLA data branch (GitHub API emulator)', () => {
  it('reads status.json from the sla-data branch of another repository', async () => {
    const status = {
      schema: 1,
      'generated-at': new Date().toISOString(),
      services: {
        api: {
          environment: 'production',
          status: 'up',
          coverage: 0.97,
          uptime: 99.95,
          'error-budget-remaining': 42.5,
          'budget-exhausted': false,
        },
        web: {
          environment: 'production',
          status: 'down',
          coverage: 0.97,
          uptime: 98,
          'error-budget-remaining': 0,
          'budget-exhausted': true,
        },
      },
    };
    emulator.addRepo('octo-org/sla', {
      defaultBranch: 'sla-data',
      files: { 'status.json': JSON.stringify(status) },
    });
    emulator.setPermission('octo-org/sla', 'deployer', 'read');
    const result = await check({
      'error-budget': true,
      environment: 'production',
      'sla-repository': 'octo-org/sla',
    });
    expect(result.outputs).toMatchObject({ result: 'failed', 'failed-checks': 'error-budget' });
    expect(result.summary).toContain('web: error budget exhausted (0% left)');
    const noBranch = await check({ 'error-budget': true, environment: 'production' });
    expect(noBranch.outputs.result).toBe('failed');
    expect(noBranch.summary).toMatch(/status\.json in octo-org\/service@sla-data does not exist/);
    emulator.assertValid();
  });
});

describe('pre-deploy-checks bad input with the API', () => {
  it('asks the API nothing when an input is bad', async () => {
    const before = emulator.stats.requests;
    const result = await check({
      'incident-label': 'incident',
      'required-checks': 'build',
      'freeze-periods': '* * * * .. 0 6 * * MON',
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0].message).toContain("input 'freeze-periods': line 1: '* * * *' is neither");
    expect(emulator.stats.requests).toBe(before);
  });
});
