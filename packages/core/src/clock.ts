import { CancelledError } from './errors.js';

/**
 * Everything that waits takes a Clock, so tests can run hours of waiting in milliseconds.
 * `sleep` rejects with CancelledError when its signal aborts.
 */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** How many clock milliseconds pass per real millisecond (1 for the system clock). */
  readonly scale: number;
}

function abortableDelay(realMs: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new CancelledError(reasonOf(signal)));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CancelledError(reasonOf(signal)));
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.max(0, realMs),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function reasonOf(signal?: AbortSignal): string {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error) return reason.message;
  if (typeof reason === 'string') return reason;
  return 'the run was cancelled';
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => abortableDelay(ms, signal),
  scale: 1,
};

/**
 * A clock that runs `factor` times faster than real time from `epochMs` on, reading `startMs` at that
 * moment (default `epochMs`: no jump). Two processes given the same values agree on the time, which
 * lets the test emulator and an action bundle share it; `startMs` lets a test run in office hours.
 */
export function scaledClock(epochMs: number, factor: number, startMs = epochMs): Clock {
  const now = () => startMs + (Date.now() - epochMs) * factor;
  return {
    now,
    // Node may fire a timer a millisecond before Date.now() shows it due, which this clock multiplies
    // (at 1000x a 10 s sleep ended after 9 s): sleep until the clock itself says the time has come.
    sleep: async (ms, signal) => {
      const until = now() + ms;
      await abortableDelay(ms / factor, signal);
      while (now() < until) await abortableDelay(Math.max(1, (until - now()) / factor), signal);
    },
    scale: factor,
  };
}

/**
 * The clock of this process: the system clock, unless SHIPGATE_TEST_CLOCK=`scaled:<epochMs>:<factor>`
 * (optionally `:<startMs>`) is set (a hook for the test harness; a faster clock only makes timeouts
 * expire sooner).
 */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  const spec = env.SHIPGATE_TEST_CLOCK;
  if (!spec) return systemClock;
  const match = /^scaled:(\d+):(\d+(?:\.\d+)?)(?::(\d+))?$/.exec(spec);
  if (!match)
    throw new Error(
      `SHIPGATE_TEST_CLOCK: '${spec}' is not of the form scaled:<epochMs>:<factor>[:<startMs>]`,
    );
  return scaledClock(
    Number(match[1]),
    Number(match[2]),
    match[3] === undefined ? undefined : Number(match[3]),
  );
}

/**
 * A virtual clock for unit tests: time stands still until something sleeps, and a sleep moves time
 * forward at once. Concurrent sleepers wake in order of their deadlines.
 */
export class VirtualClock implements Clock {
  readonly scale = Number.POSITIVE_INFINITY;
  private current: number;
  private sleepers: { until: number; resolve: () => void }[] = [];

  constructor(startMs = Date.UTC(2026, 0, 1)) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  advance(ms: number): void {
    this.current += ms;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(new CancelledError(reasonOf(signal)));
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.sleepers = this.sleepers.filter((s) => s !== sleeper);
        reject(new CancelledError(reasonOf(signal)));
      };
      // A sleep that ends removes its listener: a long simulation reuses one signal many times.
      const wake = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const sleeper = { until: this.current + Math.max(0, ms), resolve: wake };
      this.sleepers.push(sleeper);
      signal?.addEventListener('abort', onAbort, { once: true });
      // Let other ready work run first, then wake the earliest sleeper.
      setImmediate(() => this.wakeNext());
    });
  }

  private wakeNext(): void {
    if (this.sleepers.length === 0) return;
    this.sleepers.sort((a, b) => a.until - b.until);
    const next = this.sleepers.shift()!;
    if (next.until > this.current) this.current = next.until;
    next.resolve();
  }
}
