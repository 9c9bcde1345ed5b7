import type { DeliveredEvent } from './events.js';
import type { Holder } from './concurrency.js';
import type { JobRecord, RunConclusion, RunStatus, StepRecord } from './model.js';
import type { WorkflowSpec } from './workflow-file.js';

/** A workflow run as the engine keeps it: its attempts, jobs, artifacts, and what went wrong. */

export interface Compiled {
  spec: WorkflowSpec;
  /** The workflows that reusable-workflow jobs call, by job id. */
  calls: Map<string, Compiled>;
  /** The `uses:` each call resolved from. */
  refs: Map<string, string>;
}

export class WorkflowRun {
  status: RunStatus = 'queued';
  conclusion: RunConclusion | null = null;
  attempt = 1;
  jobs: Record<string, JobRecord> = {};
  /** Jobs of earlier attempts, oldest first. */
  readonly previousAttempts: Record<string, JobRecord>[] = [];
  readonly artifacts = new Map<string, Map<string, Buffer>>();
  /** Why the run failed before any job started (an invalid workflow, a permission request refused). */
  error?: string;
  triggeringActor: string;
  /** Resolves when the current attempt completes. */
  completed: Promise<WorkflowRun>;
  /** @internal */ abort = new AbortController();
  /** @internal */ finish!: () => void;
  /** @internal */ holder?: Holder;
  /** @internal */ masks = new Set<string>();

  constructor(
    readonly id: number,
    readonly runNumber: number,
    readonly workflowPath: string,
    readonly workflowName: string,
    readonly event: DeliveredEvent,
    readonly ref: string,
    readonly sha: string,
    readonly actor: string,
    /** @internal */ readonly compiled: Compiled | undefined,
    /** @internal */ readonly inputs: Record<string, unknown>,
  ) {
    this.triggeringActor = actor;
    this.completed = this.newAttempt();
  }

  /** @internal */
  newAttempt(): Promise<WorkflowRun> {
    this.completed = new Promise((resolve) => (this.finish = () => resolve(this)));
    return this.completed;
  }

  /** A job by its path: `build`, or `deploy/checks` for a job of a called workflow. */
  job(jobPath: string): JobRecord {
    const parts = jobPath.split('/');
    let jobs: Record<string, JobRecord> | undefined = this.jobs;
    let found: JobRecord | undefined;
    for (const part of parts) {
      found = jobs?.[part];
      jobs = found?.jobs;
    }
    if (!found)
      throw new Error(
        `run ${this.id} has no job ${jobPath} (jobs: ${allJobs(this.jobs)
          .map((j) => j.id)
          .join(', ')})`,
      );
    return found;
  }

  step(jobPath: string, stepId: string): StepRecord {
    const step = this.job(jobPath).steps.find((s) => s.id === stepId);
    if (!step) throw new Error(`job ${jobPath} has no step ${stepId}`);
    return step;
  }

  /** The run's log: every job's steps, masked. */
  log(): string {
    return allJobs(this.jobs)
      .flatMap((job) => [
        `=== job ${job.id} (${job.result})${job.error ? `: ${job.error}` : ''}`,
        ...job.steps.map((s) => `--- step ${s.name} (${s.outcome})\n${s.log}`),
      ])
      .join('\n');
  }

  /** What went wrong, for an assertion message: failed jobs and the tail of their failed steps' logs. */
  explain(tailLines = 40): string {
    const lines = [
      `run ${this.id} attempt ${this.attempt} (${this.workflowPath}): ${this.conclusion ?? this.status}`,
    ];
    if (this.error) lines.push(this.error);
    for (const job of allJobs(this.jobs)) {
      if (job.result !== 'failure' && job.result !== 'cancelled') continue;
      lines.push(`job ${job.id}: ${job.result}${job.error ? ` (${job.error})` : ''}`);
      for (const step of job.steps.filter((s) => s.outcome === 'failure' || s.outcome === 'cancelled'))
        lines.push(
          `  step '${step.name}' ${step.outcome}:`,
          ...step.log
            .split('\n')
            .slice(-tailLines)
            .map((l) => `    ${l}`),
        );
    }
    return lines.join('\n');
  }

  /** Throws with explain() unless the run concluded success. */
  assertSuccess(): this {
    if (this.conclusion !== 'success') throw new Error(this.explain());
    return this;
  }
}

export function allJobs(jobs: Record<string, JobRecord>): JobRecord[] {
  return Object.values(jobs).flatMap((job) => [job, ...allJobs(job.jobs ?? {})]);
}
