import type { Renderer } from './render.js';
import type { EmulatorState, Permission, Repo, User } from './state.js';
import type { Principal } from './tokens.js';

/** What every route handler gets and returns; handlers are synchronous so state changes are atomic. */

/**
 * Request data a handler reads. It has been checked against GitHub's description before the handler
 * runs, so handlers read it as the description types it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Validated = any;

export interface RouteContext {
  state: EmulatorState;
  render: Renderer;
  /** The identity the token acts as (github-actions[bot] for a workflow token). */
  user: User;
  /** The token: its kind, repositories and permissions (rules.ts has already checked them). */
  principal: Principal;
  /** Queues a webhook event, delivered after a successful answer (see server.ts). */
  emit(name: string, action: string | undefined, payload: Record<string, unknown>): void;
  /** Path parameters, typed as GitHub's description declares them. */
  params: Record<string, Validated>;
  query: Record<string, Validated>;
  body: Validated;
  /** The request URL, with this server's origin. */
  url: URL;
  /** The caller's primary rate limit, as the x-ratelimit-* headers report it. */
  rate: { limit: number; used: number; remaining: number; reset: number };
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Route = (ctx: RouteContext) => RouteResult;

/** Routes keyed by "METHOD /path/{template}" exactly as GitHub's description spells the path. */
export type RouteTable = Record<string, Route>;

export const documentationUrl = 'https://docs.github.com/rest';

/** An error answer: GitHub's `{message, documentation_url, status}` body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  get body(): Record<string, unknown> {
    return {
      message: this.message,
      documentation_url: documentationUrl,
      status: String(this.status),
      ...this.extra,
    };
  }
}

export const notFound = () => new HttpError(404, 'Not Found');

/**
 * The repository named by the path, checked for the caller's access: an invisible repository is
 * 404 (GitHub does not reveal private ones), a visible one without enough permission 403.
 */
export function repoFor(ctx: RouteContext, level: Permission = 'read'): Repo {
  const repo = ctx.state.repos.get(`${ctx.params.owner}/${ctx.params.repo}`.toLowerCase());
  if (!repo || !canAct(ctx, repo, 'read')) throw notFound();
  if (!canAct(ctx, repo, level)) throw new HttpError(403, 'Resource not accessible by integration');
  return repo;
}

/**
 * Whether the caller may act on the repository at a collaborator level. A user's token acts with the
 * user's role; an integration token (workflow, App installation) has no role: on the repositories it
 * was issued for, its permissions (already checked in rules.ts) are all that counts, and elsewhere it
 * sees public repositories read-only.
 */
export function canAct(ctx: RouteContext, repo: Repo, level: Permission): boolean {
  const p = ctx.principal;
  if (p.kind === 'workflow' || p.kind === 'installation') {
    if (p.repositories === undefined || p.repositories.has(repo.fullName.toLowerCase())) return true;
    return !repo.private && level === 'read';
  }
  return ctx.state.allows(repo, ctx.user.login, level);
}

/** One page of a list (`per_page` default 30, at most 100), with GitHub's Link header. */
export function paginate<T>(ctx: RouteContext, items: T[]): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.per_page ?? 30)));
  const page = Math.max(1, Number(ctx.query.page ?? 1));
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const url = new URL(ctx.url);
    url.searchParams.set('page', String(n));
    if (ctx.query.per_page !== undefined) url.searchParams.set('per_page', String(perPage));
    return `<${url.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

/** A paginated array answer. */
export function listResult<T>(ctx: RouteContext, items: T[], render: (item: T) => unknown): RouteResult {
  const { items: page, headers } = paginate(ctx, items);
  return { status: 200, body: page.map(render), headers };
}

export function byId<T extends { id: number }>(items: Iterable<T>, id: number): T {
  for (const item of items) if (item.id === id) return item;
  throw notFound();
}
