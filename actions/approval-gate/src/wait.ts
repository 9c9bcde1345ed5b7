import { CancelledError, errorMessage, formatDuration, type Clock, type GitHubClient } from '@shipgate/core';
import { TeamAccessError } from './approvers.js';
import { judge, replyToEdited, type JudgeContext, type RequestState } from './request-state.js';
import type { RequestIssue } from './request-issue.js';

export interface WaitOptions {
  issue: RequestIssue;
  client: GitHubClient;
  judgeContext: JudgeContext;
  clock: Clock;
  signal: AbortSignal;
  timeoutMs: number;
  pollIntervalMs: number;
  /** Whether reactions count (and so are read on every poll). */
  reactions?: boolean;
  /**
   * The gate gives up when polls have failed (after the client's own retries) this many times in a
   * row and for at least `outageMs` (default five minutes, at most a tenth of the timeout).
   */
  maxFailedPolls?: number;
  outageMs?: number;
  log: (line: string) => void;
}

/** A state that ends the wait (an open state here has a decided verdict), or the timeout. */
export type WaitResult = RequestState | { kind: 'timed-out'; state?: RequestState };

/** Time kept at the end of the timeout to write the closing comment and close the issue. */
export function cleanupMargin(timeoutMs: number): number {
  return Math.min(60_000, Math.floor(timeoutMs / 10));
}

/**
 * Polls the issue with conditional requests until a decision, the deadline (a margin before the
 * timeout) or cancellation. A poll that answers 304 costs no rate limit and is not judged again.
 * Transient API failures are retried by the client; an outage that outlasts `maxFailedPolls` polls
 * and `outageMs` ends the wait with an error (never a pass).
 */
export async function waitForDecision(
  options: WaitOptions,
): Promise<{ result: WaitResult; last?: RequestState }> {
  const { issue, clock, signal, log } = options;
  const maxFailed = options.maxFailedPolls ?? 3;
  const outageMs = options.outageMs ?? Math.min(5 * 60_000, Math.floor(options.timeoutMs / 10));
  let failingSince = 0;
  const deadline = clock.now() + options.timeoutMs - cleanupMargin(options.timeoutMs);
  const replied = new Set<number>();
  let failed = 0;
  let stale = true;
  let last: RequestState | undefined;
  for (let round = 1; ; round++) {
    if (signal.aborted) throw new CancelledError(reasonOf(signal));
    // Polls start every interval (the time a poll takes is not added to the wait).
    const nextPoll = clock.now() + options.pollIntervalMs;
    try {
      const snapshot = await issue.poll({ reactions: options.reactions });
      if (snapshot.changed || stale) {
        let state = await judge(snapshot, options.judgeContext);
        // A poll may reuse an earlier read of the issue and reads no body edit time: what ends the
        // wait is judged on a full, fresh snapshot (a body edit is no issue event).
        if (ends(state))
          state = await judge(await issue.snapshot({ reactions: options.reactions }), options.judgeContext);
        last = state;
        if (state.kind !== 'open' || state.verdict.decision !== 'pending') return { result: state, last };
        // A reply changes the comments, so the next poll judges again anyway.
        await replyToEdited(issue, snapshot, state.verdict, options.judgeContext.gateUserId, replied);
        stale = false;
        log(
          `round ${round}: ${state.verdict.reason}; ${state.verdict.ignored.length} command(s) not counted; ` +
            `API requests counted ${options.client.stats.countedAgainstRateLimit}, 304s ${options.client.stats.notModified}`,
        );
      }
      failed = 0;
    } catch (error) {
      if (error instanceof CancelledError || signal.aborted) throw new CancelledError(reasonOf(signal));
      if (error instanceof TeamAccessError) throw error;
      if (failed++ === 0) failingSince = clock.now();
      stale = true;
      log(`round ${round}: GitHub API error (${failed} poll(s) in a row): ${errorMessage(error)}`);
      if (failed >= maxFailed && clock.now() - failingSince >= outageMs)
        throw new Error(
          `GitHub API failed ${failed} polls in a row over ${formatDuration(clock.now() - failingSince)}, last: ${errorMessage(error)}`,
        );
    }
    const now = clock.now();
    if (now >= deadline) return { result: { kind: 'timed-out', state: last }, last };
    await clock.sleep(Math.max(0, Math.min(nextPoll, deadline) - now), signal);
  }
}

const ends = (state: RequestState) => state.kind !== 'open' || state.verdict.decision !== 'pending';

function reasonOf(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason.message : 'the run was cancelled';
}
