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

interface Group {
  running?: Holder;
  pending?: { holder: Holder; start: () => void };
}

export class ConcurrencyGroups {
  private readonly groups = new Map<string, Group>();

  /**
   * Resolves when `holder` may run; `false` if it was cancelled while pending (a newer entry took
   * its place). Group names compare case-insensitively, as on GitHub.
   */
  acquire(name: string, holder: Holder, cancelInProgress: boolean): Promise<boolean> {
    const key = name.toLowerCase();
    const group = this.groups.get(key) ?? {};
    this.groups.set(key, group);
    if (group.pending) {
      const old = group.pending;
      group.pending = undefined;
      old.holder.cancel(`Canceling since a higher priority waiting request for ${name} exists`);
    }
    if (group.running && cancelInProgress)
      group.running.cancel(`Canceling since a higher priority waiting request for ${name} exists`);
    if (!group.running) {
      group.running = holder;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      group.pending = { holder, start: () => resolve(true) };
      const cancel = holder.cancel.bind(holder);
      holder.cancel = (reason) => {
        if (group.pending?.holder === holder) group.pending = undefined;
        resolve(false);
        cancel(reason);
      };
    });
  }

  release(name: string, holder: Holder): void {
    const group = this.groups.get(name.toLowerCase());
    if (!group || group.running !== holder) return;
    group.running = undefined;
    const next = group.pending;
    group.pending = undefined;
    if (next) {
      group.running = next.holder;
      next.start();
    }
  }

  /** For inspection: who holds and who waits in `name`. */
  state(name: string): { running?: Holder; pending?: Holder } {
    const group = this.groups.get(name.toLowerCase());
    return { running: group?.running, pending: group?.pending?.holder };
  }
}
