import { CancelledError, probe, type Clock, type ProbeResult } from '@shipgate/core';
import type { SmokeCheck } from './checks-config.js';
import { judgeResponse } from './expectations.js';
import { backoffDelay } from './retry-policy.js';

export interface Attempt {
  attempt: number;
  status?: number;
  latencyMs: number;
  reasons: string[];
}

export interface CheckResult {
  name: string;
  method: string;
  url: string;
  passed: boolean;
  status?: number;
  latencyMs?: number;
  attempts: Attempt[];
  /** Why the last attempt failed (empty when it passed). */
  reasons: string[];
  /** Clock time the check took, retries included. */
  durationMs: number;
}

export interface RunOptions {
  retries: number;
  retryDelayMs: number;
  timeoutMs: number;
  /** Clock time by which every check must be done (no attempt starts after it). */
  deadline: number;
  concurrency: number;
  clock: Clock;
  signal: AbortSignal;
  random?: () => number;
  log: (line: string) => void;
  /** Probes one request (the core probe; injectable for unit tests). */
  send?: typeof probe;
}

/** Runs one check with retries until it passes, its retries run out, or the deadline passes. */
export async function runCheck(check: SmokeCheck, options: RunOptions): Promise<CheckResult> {
  const { clock, signal } = options;
  const send = options.send ?? probe;
  const started = clock.now();
  const attempts: Attempt[] = [];
  let last: ProbeResult | undefined;
  let reasons: string[] = [];
  for (let attempt = 1; attempt <= options.retries + 1; attempt++) {
    const left = options.deadline - clock.now();
    if (left <= 0) {
      reasons = [
        ...reasons,
        attempt === 1
          ? 'the deadline passed before the check could run'
          : 'the deadline passed before the next retry',
      ];
      break;
    }
    // A request never outlives the deadline (in real milliseconds for the probe).
    const realLeft = Number.isFinite(clock.scale) ? left / clock.scale : Number.POSITIVE_INFINITY;
    const timeoutMs = Math.max(1, Math.min(options.timeoutMs, realLeft));
    last = await send({
      url: check.url,
      method: check.method,
      headers: Object.fromEntries(check.headers.map((h) => [h.name, h.value])),
      body: check.body,
      timeoutMs,
      signal,
      followRedirects: check.followRedirects,
    });
    if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new CancelledError();
    reasons = judgeResponse(last, check.expect);
    attempts.push({
      attempt,
      status: last.ok ? last.status : undefined,
      latencyMs: Math.round(last.latencyMs),
      reasons,
    });
    options.log(
      `${check.name}: attempt ${attempt}: ${last.ok ? `HTTP ${last.status}` : last.kind} in ${Math.round(last.latencyMs)} ms${reasons.length ? `: ${reasons.join('; ')}` : ': passed'}`,
    );
    if (reasons.length === 0 || attempt > options.retries) break;
    const wait = backoffDelay(attempt, options.retryDelayMs, options.random);
    if (clock.now() + wait >= options.deadline) {
      reasons = [...reasons, `no retry: the deadline passes within the next backoff (${wait} ms)`];
      break;
    }
    await clock.sleep(wait, signal);
  }
  return {
    name: check.name,
    method: check.method,
    url: check.url.toString(),
    passed: attempts.length > 0 && reasons.length === 0,
    status: last?.ok ? last.status : undefined,
    latencyMs: last ? Math.round(last.latencyMs) : undefined,
    attempts,
    reasons,
    durationMs: clock.now() - started,
  };
}

/** Runs every check, `concurrency` at a time; results come back in the order of the checks. */
export async function runChecks(checks: SmokeCheck[], options: RunOptions): Promise<CheckResult[]> {
  const results = new Array<CheckResult>(checks.length);
  let next = 0;
  const worker = async () => {
    while (next < checks.length) {
      const index = next++;
      results[index] = await runCheck(checks[index], options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, checks.length) }, worker));
  return results;
}
