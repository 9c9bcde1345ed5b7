import { WorkflowError, type JobSpec } from './workflow-file.js';
import type { JobRecord } from './model.js';

/** The job graph of a workflow: `needs` order, ancestors, and what a re-run of failed jobs repeats. */

export function topologicalOrder(jobs: JobSpec[]): JobSpec[] {
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const done = new Set<string>();
  const order: JobSpec[] = [];
  const visit = (job: JobSpec, trail: string[]) => {
    if (done.has(job.id)) return;
    if (trail.includes(job.id))
      throw new WorkflowError(`jobs form a cycle: ${[...trail, job.id].join(' → ')}`);
    for (const need of job.needs) {
      const dep = byId.get(need);
      if (!dep) throw new WorkflowError(`job ${job.id} needs unknown job ${need}`);
      visit(dep, [...trail, job.id]);
    }
    done.add(job.id);
    order.push(job);
  };
  for (const job of jobs) visit(job, []);
  return order;
}

export function ancestorsOf(job: JobSpec, jobs: JobSpec[]): string[] {
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const seen = new Set<string>();
  const walk = (j: JobSpec) => {
    for (const need of j.needs) {
      if (seen.has(need)) continue;
      seen.add(need);
      walk(byId.get(need)!);
    }
  };
  walk(job);
  return [...seen];
}

/** The jobs a "re-run failed jobs" runs again: the failed and cancelled ones and all that depend on them. */
export function rerunSet(jobs: JobSpec[], previous: Record<string, JobRecord>): Set<string> {
  const set = new Set(
    jobs
      .filter((j) => !previous[j.id] || ['failure', 'cancelled'].includes(previous[j.id].result))
      .map((j) => j.id),
  );
  for (let changed = true; changed;) {
    changed = false;
    for (const job of jobs)
      if (!set.has(job.id) && job.needs.some((n) => set.has(n))) {
        set.add(job.id);
        changed = true;
      }
  }
  return set;
}
