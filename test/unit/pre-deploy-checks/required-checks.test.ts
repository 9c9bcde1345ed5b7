import { describe, expect, it } from '@jest/globals';
import { VirtualClock } from '../../../packages/core/src/index.js';
import {
  evaluateRequiredChecks,
  waitForRequiredChecks,
  type CheckRun,
} from '../../../actions/pre-deploy-checks/src/required-checks.js';

const run = (
  id: number,
  name: string,
  status: string,
  conclusion: string | null = null,
  details?: string,
): CheckRun => ({
  id,
  name,
  status,
  conclusion,
  details_url: details,
});

describe('required checks', () => {
  it('counts the newest run of each name and excludes this job by id', () => {
    const runs = [
      run(1, 'build', 'completed', 'failure'),
      run(5, 'build', 'completed', 'success'),
      run(9, 'deploy', 'in_progress'),
    ];
    expect(evaluateRequiredChecks(['build', 'deploy'], runs, { checkRunId: 9 })).toEqual([
      { name: 'build', state: 'passed', detail: 'success (check run 5)' },
      { name: 'deploy', state: 'missing', detail: 'no check run with this name' },
    ]);
  });

  it('excludes an unfinished run named after this job in this workflow run, not a finished one', () => {
    const own = { jobName: 'deploy', runId: '42' };
    const mine = run(3, 'deploy', 'in_progress', null, 'https://github.com/o/r/actions/runs/42/job/7');
    const other = run(2, 'deploy', 'in_progress', null, 'https://github.com/o/r/actions/runs/41/job/1');
    expect(evaluateRequiredChecks(['deploy'], [mine], own)[0].state).toBe('missing');
    expect(evaluateRequiredChecks(['deploy'], [mine, other], own)[0].state).toBe('pending');
    expect(evaluateRequiredChecks(['deploy'], [run(4, 'deploy', 'completed', 'success')], own)[0].state).toBe(
      'passed',
    );
  });

  it.each([
    ['failure', 'failed'],
    ['cancelled', 'failed'],
    ['timed_out', 'failed'],
    ['action_required', 'failed'],
    ['stale', 'failed'],
    ['success', 'passed'],
    ['skipped', 'passed'],
    ['neutral', 'passed'],
  ])('a %s conclusion is %s', (conclusion, state) => {
    expect(evaluateRequiredChecks(['t'], [run(1, 't', 'completed', conclusion)], {})[0].state).toBe(state);
  });

  it('waits for a pending check and for one that does not exist yet, then passes', async () => {
    const clock = new VirtualClock(Date.UTC(2026, 5, 1));
    const start = clock.now();
    const runs = (): CheckRun[] => {
      const elapsed = clock.now() - start;
      const list = [
        run(1, 'lint', elapsed < 60_000 ? 'in_progress' : 'completed', elapsed < 60_000 ? null : 'success'),
      ];
      if (elapsed >= 120_000) list.push(run(2, 'e2e', 'completed', 'success'));
      return list;
    };
    const result = await waitForRequiredChecks({
      required: ['lint', 'e2e'],
      list: async () => runs(),
      own: {},
      timeoutMs: 600_000,
      pollMs: 15_000,
      clock,
      log: () => undefined,
    });
    expect(result.timedOut).toBe(false);
    expect(result.results.map((r) => r.state)).toEqual(['passed', 'passed']);
    expect(clock.now() - start).toBe(120_000);
  });

  it('never passes before the check exists: it times out as missing', async () => {
    const clock = new VirtualClock();
    const result = await waitForRequiredChecks({
      required: ['e2e'],
      list: async () => [],
      own: {},
      timeoutMs: 60_000,
      pollMs: 15_000,
      clock,
      log: () => undefined,
    });
    expect(result).toMatchObject({ timedOut: true, polls: 5 });
    expect(result.results[0]).toMatchObject({ state: 'missing' });
    expect(result.results[0].detail).toMatch(/still missing after 1m/);
  });
});
