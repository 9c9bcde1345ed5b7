/**
 * Concurrency groups with GitHub's rule.
 * https://docs.github.com/en/actions/using-jobs/using-concurrency
 * "There can be at most one running and one pending job in a concurrency group at any time. When a
 * concurrent job or workflow is queued, if another job or workflow using the same concurrency group
 * in the repository is in progress, the queued job or workflow will be pending. Any existing pending
 * job or workflow in the same concurrency group, if it exists, will be canceled and the new queued
 * job or workflow will take its place."
 * "To also cancel any currently running job or workflow in the same concurrency group, specify
 * cancel-in-progress: true."
 */

export interface Holder {
  /** Cancels the holder: a pending one never starts, a running one is stopped. */
  cancel(reason: string): void;
}

interface Waiting {
  holder: Holder;
  start: () => void;
}

interface Group {
  running?: Holder;
  /** Oldest first. */
  pending: Waiting[];
}

/**
 * `queue: max` lets entries wait in order instead of one: "you can configure concurrency groups to
 * queue multiple pending runs and process them sequentially, with support for up to 100 queued jobs
 * or workflow runs per concurrency group" [...] "when cancel-in-progress is false or not set."
 * https://github.blog/changelog/2026-05-07-github-actions-concurrency-groups-now-allow-larger-queues
 * (the docs page above: when the queue is full, further entries are cancelled; `single` is the default).
 */
export const MAX_QUEUE = 100;

export type QueueMode = 'single' | 'max';

export class ConcurrencyGroups {
  private readonly groups = new Map<string, Group>();

  /**
   * Resolves when `holder` may run; `false` if it was cancelled while pending (a newer entry took
   * its place, or the queue was full). Group names compare case-insensitively, as on GitHub.
   */
  acquire(
    name: string,
    holder: Holder,
    opts: { cancelInProgress: boolean; queue?: QueueMode },
  ): Promise<boolean> {
    const key = name.toLowerCase();
    const group = this.groups.get(key) ?? { pending: [] };
    this.groups.set(key, group);
    const reason = `Canceling since a higher priority waiting request for ${name} exists`;
    if ((opts.queue ?? 'single') === 'single')
      for (const old of group.pending.splice(0)) old.holder.cancel(reason);
    if (group.running && opts.cancelInProgress) group.running.cancel(reason);
    if (!group.running) {
      group.running = holder;
      return Promise.resolve(true);
    }
    if (group.pending.length >= MAX_QUEUE) {
      holder.cancel(`Canceling since the queue of ${name} is full`);
      return Promise.resolve(false);
    }
    return new Promise((resolve) => {
      const waiting: Waiting = { holder, start: () => resolve(true) };
      group.pending.push(waiting);
      const cancel = holder.cancel.bind(holder);
      holder.cancel = (why) => {
        const index = group.pending.indexOf(waiting);
        if (index >= 0) group.pending.splice(index, 1);
        resolve(false);
        cancel(why);
      };
    });
  }

  release(name: string, holder: Holder): void {
    const group = this.groups.get(name.toLowerCase());
    if (!group || group.running !== holder) return;
    group.running = undefined;
    const next = group.pending.shift();
    if (next) {
      group.running = next.holder;
      next.start();
    }
  }
}
