/** Faults a test injects: matched in order, each consumed `times` times. */

export interface Fault {
  method?: string;
  /** A RegExp tested against the request path, or a string the path must equal. */
  path?: RegExp | string;
  status?: number;
  /** How many matching requests it affects (default 1; Infinity allowed). */
  times?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Answer this many real milliseconds late (then normally, unless another effect is given). */
  delayMs?: number;
  /** Never answer; the socket stays open until stop(). */
  hang?: boolean;
  secondaryRateLimit?: { retryAfterSeconds: number; status?: 403 | 429 };
  /** The next matching ref update fails as non-fast-forward without changing the ref. */
  refConflict?: boolean;
}

// @octokit/plugin-throttling recognises a secondary rate limit by this message.
export const secondaryRateLimitMessage =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

export class Faults {
  private active: { fault: Fault; remaining: number }[] = [];

  add(fault: Fault): void {
    this.active.push({ fault, remaining: fault.times ?? 1 });
  }

  clear(): void {
    this.active = [];
  }

  /**
   * The first fault matching the request, consumed once. A refConflict fault only matches ref
   * updates, so it waits for the write it is meant to break.
   */
  take(method: string, path: string, isRefUpdate: boolean): Fault | undefined {
    const index = this.active.findIndex(({ fault }) => {
      if (fault.method && fault.method.toUpperCase() !== method) return false;
      if (
        fault.path instanceof RegExp
          ? !fault.path.test(path)
          : fault.path !== undefined && fault.path !== path
      )
        return false;
      return !fault.refConflict || isRefUpdate;
    });
    if (index === -1) return undefined;
    const entry = this.active[index];
    if (--entry.remaining <= 0) this.active.splice(index, 1);
    return entry.fault;
  }
}
