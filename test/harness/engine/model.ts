import type { Annotation } from '../runner.js';
import type { Permissions } from './permissions.js';

/** What a run leaves behind, for tests to assert on and for a failing journey to explain itself. */

export type JobResult = 'success' | 'failure' | 'cancelled' | 'skipped';
export type StepOutcome = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface StepRecord {
  id: string;
  name: string;
  outcome: StepOutcome;
  /** The outcome after continue-on-error (a failure it allows concludes success). */
  conclusion: StepOutcome;
  outputs: Record<string, string>;
  /** The step's output, masked. */
  log: string;
  exitCode?: number | null;
  /** The step's ::error::, ::warning:: and ::notice:: annotations. */
  annotations?: Annotation[];
}

export interface JobRecord {
  /** The job's path: `deploy`, or `deploy/checks` for a job of the workflow `deploy` calls. */
  id: string;
  name: string;
  result: JobResult;
  outputs: Record<string, string>;
  steps: StepRecord[];
  /** The job summary (every step's GITHUB_STEP_SUMMARY, in order). */
  summary: string;
  permissions?: Permissions;
  environment?: { name: string; url?: string };
  /** The attempt this record comes from (a re-run of failed jobs keeps the others' records). */
  attempt: number;
  /** Why the job failed or was cancelled outside its steps (timeout, concurrency, a gate). */
  error?: string;
  /** The jobs of a reusable workflow this job called, by their ids in that workflow. */
  jobs?: Record<string, JobRecord>;
  /** job-level continue-on-error: a failure does not fail the run. */
  continueOnError?: boolean;
}

export type RunStatus = 'queued' | 'pending' | 'in_progress' | 'completed';
export type RunConclusion = 'success' | 'failure' | 'cancelled';
