import { formatDuration, type Clock } from '@shipgate/core';

export interface CheckRun {
  id: number;
  name: string;
  status: string; // queued | in_progress | completed | waiting | requested | pending
  conclusion: string | null;
  started_at?: string | null;
  details_url?: string | null;
}

export interface OwnRun {
  /** The check run id of this job, when the workflow passes it (`${{ job.check_run_id }}`). */
  checkRunId?: number;
  /** GITHUB_JOB: an unfinished run with this name that belongs to this workflow run is this job. */
  jobName?: string;
  /** GITHUB_RUN_ID, to recognise this run's check runs by their details URL. */
  runId?: string;
}

export type RequiredState = 'passed' | 'pending' | 'missing' | 'failed';

export interface RequiredCheckResult {
  name: string;
  state: RequiredState;
  detail: string;
}

const PASSING = new Set(['success', 'neutral', 'skipped']);

export function isOwnRun(run: CheckRun, own: OwnRun): boolean {
  if (own.checkRunId !== undefined) return run.id === own.checkRunId;
  if (!own.jobName || run.name !== own.jobName || run.status === 'completed') return false;
  return !run.details_url || !own.runId || run.details_url.includes(`/runs/${own.runId}/`);
}

/**
 * The state of each required check from the check runs of a commit. The newest run of a name counts
 * (a re-run replaces its predecessor); this job's own run never counts.
 */
export function evaluateRequiredChecks(
  required: string[],
  runs: CheckRun[],
  own: OwnRun,
): RequiredCheckResult[] {
  const latest = new Map<string, CheckRun>();
  let excluded = 0;
  for (const run of runs) {
    if (isOwnRun(run, own)) {
      excluded++;
      continue;
    }
    const seen = latest.get(run.name);
    if (!seen || run.id > seen.id) latest.set(run.name, run);
  }
  return required.map((name) => {
    const run = latest.get(name);
    if (!run)
      return {
        name,
        state: 'missing',
        detail:
          excluded > 0 && own.jobName === name
            ? 'only this job’s own check run has that name'
            : 'no check run with this name',
      };
    if (run.status !== 'completed')
      return { name, state: 'pending', detail: `${run.status} (check run ${run.id})` };
    if (run.conclusion && PASSING.has(run.conclusion))
      return { name, state: 'passed', detail: `${run.conclusion} (check run ${run.id})` };
    return { name, state: 'failed', detail: `${run.conclusion ?? 'no conclusion'} (check run ${run.id})` };
  });
}

/**
 * Polls until every required check has finished or the timeout passes. Missing checks are waited for
 * too (their workflow may not have started yet): nothing passes before it exists and has succeeded.
 */
export async function waitForRequiredChecks(options: {
  required: string[];
  list: () => Promise<CheckRun[]>;
  own: OwnRun;
  timeoutMs: number;
  pollMs: number;
  clock: Clock;
  signal?: AbortSignal;
  log: (line: string) => void;
}): Promise<{ results: RequiredCheckResult[]; polls: number; timedOut: boolean }> {
  const { clock, timeoutMs, pollMs } = options;
  const deadline = clock.now() + timeoutMs;
  for (let polls = 1; ; polls++) {
    const runs = await options.list();
    const results = evaluateRequiredChecks(options.required, runs, options.own);
    const waiting = results.filter((r) => r.state === 'pending' || r.state === 'missing');
    const failed = results.filter((r) => r.state === 'failed');
    options.log(
      `round ${polls}: ${runs.length} check runs; ${results.length - waiting.length - failed.length} passed, ${failed.length} failed, ${waiting.length} waiting (${waiting.map((r) => `${r.name}: ${r.state}`).join(', ') || 'none'})`,
    );
    if (waiting.length === 0 || failed.length > 0) return { results, polls, timedOut: false };
    const left = deadline - clock.now();
    if (left <= 0) {
      const after = formatDuration(timeoutMs);
      return {
        results: results.map((r) =>
          r.state === 'pending' || r.state === 'missing'
            ? { ...r, detail: `${r.detail}; still ${r.state} after ${after}` }
            : r,
        ),
        polls,
        timedOut: true,
      };
    }
    await clock.sleep(Math.min(pollMs, left), options.signal);
  }
}
