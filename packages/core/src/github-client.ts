import type { Clock } from './clock.js';
import { CancelledError } from './errors.js';
import type { GitHubApi } from './octokit.js';
import { proxiedFetch } from './proxy.js';

export type { GitHubApi } from './octokit.js';

export interface GitHubClientOptions {
  token: string;
  /**
   * An Octokit auth strategy used instead of `token` (e.g. @octokit/auth-app's createAppAuth, which
   * mints installation tokens and renews them before they expire), with its options.
   */
  authStrategy?: unknown;
  auth?: unknown;
  /** GITHUB_API_URL; GitHub Enterprise Server URLs end in /api/v3. */
  baseUrl?: string;
  clock?: Clock;
  /** Cancels every request in flight and every wait between retries. */
  signal?: AbortSignal;
  /** Per-request timeout. */
  requestTimeoutMs?: number;
  /** Retries after 5xx and after rate limits before the error reaches the caller. */
  retries?: number;
  log?: (message: string) => void;
  /** Where request-level detail goes (failed attempts before a retry). */
  debug?: (message: string) => void;
}

/** What this client spent: every answered request except a 304 counts against the rate limit. */
export interface RequestStats {
  requests: number;
  countedAgainstRateLimit: number;
  notModified: number;
  retried: number;
}

interface CachedPage {
  etag: string;
  data: unknown;
  link?: string;
}

/**
 * The one GitHub client of every action: retries with backoff on 5xx and rate limits, per-request
 * timeouts, cancellation, GHES base URL, request accounting, and conditional requests for polling.
 */
export class GitHubClient {
  readonly api: GitHubApi;
  readonly stats: RequestStats = { requests: 0, countedAgainstRateLimit: 0, notModified: 0, retried: 0 };
  private readonly etagCache = new Map<string, CachedPage>();

  constructor(readonly options: GitHubClientOptions) {
    let loading: Promise<GitHubApi> | undefined;
    this.api = lazily(
      () =>
        (loading ??= import('./octokit.js').then(({ createOctokit }) =>
          createOctokit(options, this.fetchWithLimits.bind(this), this.stats),
        )),
    );
  }

  /** Every request goes through here: it carries the timeout and the cancellation signal, and is counted. */
  private async fetchWithLimits(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const { signal, requestTimeoutMs = 30_000 } = this.options;
    if (signal?.aborted) throw cancelled();
    const timeout = AbortSignal.timeout(requestTimeoutMs);
    const signals = [timeout, ...(signal ? [signal] : []), ...(init.signal ? [init.signal] : [])];
    this.stats.requests++;
    let response: Response;
    try {
      // Through the proxy the runner's HTTPS_PROXY/NO_PROXY name, if any.
      response = await proxiedFetch(url, { ...init, signal: AbortSignal.any(signals) });
    } catch (error) {
      if (signal?.aborted) throw cancelled();
      if (timeout.aborted)
        throw new Error(
          `GitHub API request timed out after ${requestTimeoutMs} ms: ${init.method ?? 'GET'} ${url}`,
        );
      throw error;
    }
    if (response.status === 304) this.stats.notModified++;
    else this.stats.countedAgainstRateLimit++;
    return response;
  }

  /**
   * GET with If-None-Match: an unchanged resource answers 304, which costs no rate limit, and the
   * cached body is returned. Use for anything polled.
   */
  async getConditional<T>(
    route: string,
    params: Record<string, unknown> = {},
  ): Promise<{ data: T; changed: boolean; link?: string }> {
    const key = `${route} ${JSON.stringify(params)}`;
    const cached = this.etagCache.get(key);
    try {
      const response = await this.api.request(route, {
        ...params,
        headers: cached ? { 'if-none-match': cached.etag } : {},
      });
      const etag = response.headers.etag;
      const link = response.headers.link;
      if (etag) this.etagCache.set(key, { etag, data: response.data, link });
      return { data: response.data as T, changed: true, link };
    } catch (error) {
      if (cached && (error as { status?: number }).status === 304) {
        return { data: cached.data as T, changed: false, link: cached.link };
      }
      throw error;
    }
  }

  /**
   * Every item of a paginated list, each page fetched conditionally (per_page 100). Returns whether
   * any page changed since the last call, so pollers can skip work.
   */
  async listConditional<T>(
    route: string,
    params: Record<string, unknown> = {},
  ): Promise<{ items: T[]; changed: boolean }> {
    const items: T[] = [];
    let changed = false;
    for (let page = 1; ; page++) {
      const result = await this.getConditional<T[] | Record<string, unknown>>(route, {
        ...params,
        per_page: 100,
        page,
      });
      changed ||= result.changed;
      items.push(...itemsOf<T>(result.data));
      if (!result.link || !/rel="next"/.test(result.link)) break;
    }
    return { items, changed };
  }

  /** Every item of a paginated list (never only the first page). */
  async listAll<T>(route: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return (await this.api.paginate(route, { ...params, per_page: 100 })) as T[];
  }
}

/**
 * The Octokit API as a stand-in that loads the real one on the first call: `api.request(...)`,
 * `api.rest.git.getRef(...)`, `api.graphql(...)`, `api.paginate(...)` each resolve the same path
 * on the loaded Octokit and call it. Every Octokit method used through it returns a promise, so
 * nothing is answered before the module has loaded (`paginate.iterator`, which returns an async
 * iterator, is not one of them).
 */
function lazily(load: () => Promise<GitHubApi>): GitHubApi {
  const at = (path: string[]): unknown =>
    new Proxy(function stub() {}, {
      get: (_target, key) => (typeof key === 'string' && key !== 'then' ? at([...path, key]) : undefined),
      apply: async (_target, _this, args: unknown[]) => {
        let self: unknown;
        let member: unknown = await load();
        for (const key of path) [self, member] = [member, (member as Record<string, unknown>)[key]];
        return (member as (...a: unknown[]) => unknown).apply(self, args);
      },
    });
  return at([]) as GitHubApi;
}

/**
 * Octokit passes an error named AbortError straight through, where any other fetch failure would be
 * retried as a 500: cancellation must stop at once, a timeout should be retried.
 */
function cancelled(): CancelledError {
  const error = new CancelledError();
  error.name = 'AbortError';
  return error;
}

/** List endpoints answer either an array or an object with one array (check runs, workflow runs). */
function itemsOf<T>(data: T[] | Record<string, unknown>): T[] {
  if (Array.isArray(data)) return data;
  const list = Object.values(data).find(Array.isArray);
  return (list ?? []) as T[];
}

/** HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}
