import { GitHub, getOctokitOptions, getUserAgentWithOrchestrationId } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { systemClock } from './clock.js';
import type { GitHubClientOptions, RequestStats } from './github-client.js';

// Loaded by GitHubClient on its first request (a chunk of its own in each bundle): an action that
// stops at a bad input, or never calls GitHub, does not load Octokit and its endpoint table.

/**
 * The toolkit's `GitHub` class (@actions/github: Octokit with the REST endpoint methods and
 * pagination) with the retry and throttling plugins. Its default `request.fetch`, which sends
 * requests through @actions/http-client's proxy agent, is replaced by GitHubClient's `fetchWithLimits`:
 * that agent always sends loopback hosts direct, whatever NO_PROXY says, where every other outbound
 * request of shipgate follows proxy.ts; and ours carries the timeout, cancellation and accounting.
 */
export const ShipgateOctokit = GitHub.plugin(retry, throttling);
export type GitHubApi = InstanceType<typeof ShipgateOctokit>;

/** The Octokit of one GitHubClient: its options, its fetch and its request accounting. */
export function createOctokit(
  options: GitHubClientOptions,
  fetch: (url: string | URL, init?: RequestInit) => Promise<Response>,
  stats: RequestStats,
): GitHubApi {
  const clock = options.clock ?? systemClock;
  // Waits scale with the clock so tests run hours of backoff in milliseconds.
  const second = 1000 / clock.scale;
  const retries = options.retries ?? 4;
  const log = options.log ?? (() => undefined);
  const quiet = options.debug ?? (() => undefined);
  const group = (id: string, minTime: number, maxConcurrent: number) =>
    new Bottleneck.Group({ id, maxConcurrent, minTime: minTime * second });
  const throttle = {
    retryAfterBaseValue: second,
    // Limiters of our own, not the plugin's process-wide ones, so clients do not queue behind each other.
    global: group('global', 0, 10),
    auth: group('auth', 0, 1),
    search: group('search', 2, 1),
    write: group('write', 1, 1),
    notifications: group('notifications', 3, 1),
    onRateLimit: (
      after: number,
      request: { method: string; url: string },
      _octokit: unknown,
      count: number,
    ) => {
      log(`GitHub rate limit reached on ${request.method} ${request.url}; retry ${count + 1} in ${after}s`);
      stats.retried++;
      return count < retries;
    },
    onSecondaryRateLimit: (
      after: number,
      request: { method: string; url: string },
      _o: unknown,
      count: number,
    ) => {
      log(`GitHub secondary rate limit on ${request.method} ${request.url}; retry ${count + 1} in ${after}s`);
      stats.retried++;
      return count < retries;
    },
  };
  const options_ = {
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    // Octokit logs every failed request as an error; the caller gets the error itself, so keep
    // those lines for debugging and let only warnings through.
    log: { debug: quiet, info: quiet, warn: log, error: quiet },
    // Replaces the toolkit's proxy-agent fetch (the whole `request` object: Octokit merges
    // defaults shallowly), so proxy.ts alone decides how a request leaves the runner.
    request: { fetch: fetch },
    retry: { retries, retryAfterBaseValue: second },
    throttle,
  };
  return new ShipgateOctokit(
    options.authStrategy
      ? {
          ...options_,
          authStrategy: options.authStrategy as never,
          auth: options.auth,
          userAgent: getUserAgentWithOrchestrationId('shipgate'),
        }
      : options.token
        ? // `token <token>` and the user agent with the run's ACTIONS_ORCHESTRATION_ID, as the toolkit sets them.
          getOctokitOptions(options.token, { ...options_, userAgent: 'shipgate' })
        : // Unauthenticated (the GitHub App flow's first, JWT-signed requests carry their own header).
          { ...options_, userAgent: getUserAgentWithOrchestrationId('shipgate') },
  ) as GitHubApi;
}
