import { createHash } from 'node:crypto';
import http, { STATUS_CODES } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Faults, secondaryRateLimitMessage, type Fault } from './faults.js';
import { openApi, type MatchedOperation } from './openapi.js';
import { Renderer } from './render.js';
import { documentationUrl, HttpError, type RouteContext, type RouteResult } from './route.js';
import { notFastForward } from './routes/git-data.js';
import { routes } from './routes/index.js';
import { answerGraphql } from './graphql.js';
import { operationRules, grants, rateBucket, refusal, startsWorkflows } from './rules.js';
import type { EmulatorEvent, EmulatorState } from './state.js';
import { looksLikeJwt, type Principal } from './tokens.js';

/**
 * The HTTP side of the emulator: one pipeline per request —
 * faults → operation match → authentication → GitHub's token rules (rules.ts) → request validation →
 * handler → events → conditional answer → rate-limit accounting → response validation.
 */

export interface RequestRecord {
  method: string;
  path: string;
  query: string;
  status: number;
  operationId?: string;
}

export interface Stats {
  requests: number;
  /** Requests that counted against the primary rate limit: authenticated ones, except 304s. */
  rateLimited: number;
  notModified: number;
}

interface Answer extends RouteResult {
  /** Set for answers an injected fault produced; those are not validated against the description. */
  fault?: boolean;
}

export class ApiServer {
  readonly stats: Stats = { requests: 0, rateLimited: 0, notModified: 0 };
  readonly requests: RequestRecord[] = [];
  readonly validationErrors: string[] = [];
  readonly faults = new Faults();
  url = '';
  private readonly server = http.createServer((req, res) => void this.handle(req, res));
  private readonly sockets = new Set<Socket>();
  private readonly stopping = new AbortController();
  private readonly used = new Map<string, number>();
  private renderer!: Renderer;

  constructor(
    private readonly state: EmulatorState,
    private readonly validate: boolean,
    private readonly enforceRateLimits: boolean,
  ) {
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /** The renderer of this server's URLs (for payloads built outside a request). */
  get render(): Renderer {
    return this.renderer;
  }

  async listen(): Promise<void> {
    // Loopback only: the emulator must never be reachable from another machine.
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.renderer = new Renderer(this.state, this.url);
  }

  /** Closes the server and every socket, hung ones included. */
  async stop(): Promise<void> {
    this.stopping.abort();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    res.on('error', () => undefined);
    this.stats.requests++;
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', this.url);
    const raw = await readBody(req);
    const match = openApi().match(method, url.pathname);
    const principal = this.authenticate(req);
    const fault = this.faults.take(method, url.pathname, match?.operation.operationId === 'git/update-ref');

    if (fault?.delayMs) await this.delay(fault.delayMs);
    if (fault?.hang) {
      await this.delay(Number.POSITIVE_INFINITY);
      return;
    }
    if (this.stopping.signal.aborted) return;

    if (method === 'POST' && /\/graphql$/.test(url.pathname) && !fault) {
      this.sendGraphql(res, raw, principal);
      return;
    }
    let answer = this.faultAnswer(fault) ?? this.answer(method, url, raw, match, principal);
    if (fault?.headers && !answer.fault)
      answer = { ...answer, headers: { ...answer.headers, ...fault.headers } };
    this.send(req, res, method, url, match, principal, answer);
  }

  /** What an injected fault answers instead of the real thing, if it replaces the answer. */
  private faultAnswer(fault: Fault | undefined): Answer | undefined {
    if (!fault) return undefined;
    const headers = fault.headers ?? {};
    if (fault.secondaryRateLimit) {
      const { retryAfterSeconds, status = 403 } = fault.secondaryRateLimit;
      return {
        fault: true,
        status,
        headers: { 'retry-after': String(retryAfterSeconds), ...headers },
        body: fault.body ?? { message: secondaryRateLimitMessage, documentation_url: documentationUrl },
      };
    }
    if (fault.refConflict) {
      return {
        fault: true,
        status: 422,
        headers,
        body: notFastForward().body,
      };
    }
    if (fault.status !== undefined) {
      const message = fault.status >= 500 ? 'Server Error' : (STATUS_CODES[fault.status] ?? 'Error');
      return { fault: true, status: fault.status, headers, body: fault.body ?? { message } };
    }
    return undefined;
  }

  private answer(
    method: string,
    url: URL,
    raw: string,
    match: MatchedOperation | undefined,
    principal: Principal | undefined,
  ): Answer {
    const where = `${method} ${url.pathname}`;
    if (!match) {
      this.validationErrors.push(`${where}: no such operation in GitHub's REST API description`);
      return { status: 404, body: { message: 'Not Found', documentation_url: documentationUrl } };
    }
    if (!principal || this.expired(principal))
      return { status: 401, body: new HttpError(401, 'Bad credentials').body };
    const user = principal.user;
    const { operation } = match;
    const key = `${operation.method} ${operation.template}`;
    const route = routes[key];
    if (!route) {
      this.validationErrors.push(`${where}: ${operation.operationId} is not implemented by the emulator`);
      return { status: 404, body: { message: 'Not Found', documentation_url: documentationUrl } };
    }
    const refused = this.authorize(key, principal, match.params);
    if (refused) return { status: refused.status, body: refused.body };
    const limited = this.rateLimited(principal, match.params);
    if (limited) return limited;

    let body: unknown;
    if (raw.trim() !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        return { status: 400, body: new HttpError(400, 'Problems parsing JSON').body };
      }
    }
    const params: Record<string, unknown> = { ...match.params };
    const query = queryObject(url.searchParams);
    if (this.validate) {
      const api = openApi();
      // Clients often send `{}` to operations that take no body; GitHub ignores it.
      const sent = isEmptyObject(body) && !api.hasRequestBody(operation) ? undefined : body;
      const problems = [
        ...api.validateParameters(operation, 'path', params),
        ...api.validateParameters(operation, 'query', query),
        ...api.validateBody(operation, sent),
      ];
      if (problems.length > 0) {
        for (const p of problems) this.validationErrors.push(`${where}: request ${p}`);
        return { status: 422, body: new HttpError(422, `Invalid request.\n\n${problems.join('\n')}`).body };
      }
    }

    const events: Omit<EmulatorEvent, 'startsWorkflows'>[] = [];
    const ctx: RouteContext = {
      state: this.state,
      render: this.renderer,
      user,
      principal,
      emit: (name, action, payload) =>
        events.push({ name, action, repo: `${params.owner}/${params.repo}`, payload, sender: user.login }),
      params,
      query,
      body: body ?? {},
      url,
      rate: this.rate(principal, match.params),
    };
    try {
      const result = route(ctx);
      if (result.status < 400)
        for (const event of events)
          this.state.emit({ ...event, startsWorkflows: startsWorkflows(principal, event.name) });
      return result;
    } catch (error) {
      if (error instanceof HttpError) return { status: error.status, body: error.body };
      this.validationErrors.push(`${where}: emulator error ${(error as Error).stack ?? String(error)}`);
      return { status: 500, body: { message: 'Server Error' } };
    }
  }

  private send(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    method: string,
    url: URL,
    match: MatchedOperation | undefined,
    principal: Principal | undefined,
    answer: Answer,
  ): void {
    const json = answer.body === undefined ? '' : JSON.stringify(answer.body);
    const headers: Record<string, string> = {};
    let status = answer.status;

    if (method === 'GET' && status === 200) {
      const link = answer.headers?.link ?? '';
      const etag = `"${createHash('sha256').update(json).update(link).digest('hex').slice(0, 40)}"`;
      headers.etag = etag;
      if (etagMatches(req.headers['if-none-match'], etag)) status = 304;
    }

    const operationId = match?.operation.operationId;
    const params = match?.params ?? {};
    if (status === 304) this.stats.notModified++;
    else if (principal && operationId !== 'rate-limit/get') {
      this.stats.rateLimited++;
      const key = this.usageKey(principal, params);
      this.used.set(key, (this.used.get(key) ?? 0) + 1);
    }
    if (principal) {
      const rate = this.rate(principal, params);
      headers['x-ratelimit-limit'] = String(rate.limit);
      headers['x-ratelimit-remaining'] = String(rate.remaining);
      headers['x-ratelimit-used'] = String(rate.used);
      headers['x-ratelimit-reset'] = String(rate.reset);
      headers['x-ratelimit-resource'] = 'core';
    }
    headers['x-github-media-type'] = 'github.v3; format=json';
    headers['x-github-request-id'] = `EMU:${this.stats.requests}`;
    // The route's and the fault's headers win (a fault may fake an exhausted rate limit).
    Object.assign(headers, answer.headers);

    if (this.validate && match && !answer.fault && status !== 304) {
      for (const problem of openApi().validateResponse(match.operation, status, answer.body))
        this.validationErrors.push(`${method} ${url.pathname}: ${status} ${problem}`);
    }
    this.requests.push({ method, path: url.pathname, query: url.search, status, operationId });

    if (status === 204 || status === 304 || json === '') {
      res.writeHead(status, headers).end();
    } else {
      headers['content-type'] = 'application/json; charset=utf-8';
      headers['content-length'] = String(Buffer.byteLength(json));
      res.writeHead(status, headers).end(json);
    }
  }

  private authenticate(req: http.IncomingMessage): Principal | undefined {
    const header = req.headers.authorization ?? '';
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(header)?.[1];
    if (!token) return undefined;
    const principal = this.state.tokens.lookup(token);
    if (principal || !looksLikeJwt(token)) return principal;
    const app = this.state.tokens.verifyJwt(token, this.state.now());
    if (typeof app === 'string') return undefined;
    const user = this.state.addUser(`${app.slug}[bot]`, { type: 'Bot' });
    return { kind: 'app-jwt', user, app };
  }

  private expired(principal: Principal): boolean {
    return principal.expiresAt !== undefined && this.state.now() >= principal.expiresAt;
  }

  /**
   * GitHub's token rules for one operation (rules.ts): which kind of token may call it, on which
   * repositories, with which permission. Answers the refusal GitHub would give, or nothing.
   */
  private authorize(
    key: string,
    principal: Principal,
    params: Record<string, string>,
  ): HttpError | undefined {
    const rule = operationRules[key];
    if (!rule) {
      this.validationErrors.push(`${key}: no token rule in rules.ts (add one, citing GitHub's docs)`);
      return new HttpError(500, `emulator: no token rule for ${key}`);
    }
    const integration = principal.kind === 'workflow' || principal.kind === 'installation';
    if (Boolean(rule.appJwt) !== (principal.kind === 'app-jwt'))
      return rule.appJwt
        ? new HttpError(401, 'A JSON web token could not be decoded')
        : new HttpError(403, 'Resource not accessible by integration');
    if (rule.usersOnly && integration) return new HttpError(403, 'Resource not accessible by integration');
    if (!rule.permission) return undefined;

    const repoName = repoParam(params);
    const repo = repoName ? this.state.repos.get(repoName.toLowerCase()) : undefined;
    const orgData = rule.scope === 'read:org';
    if (principal.kind === 'user') return undefined;
    if (principal.kind === 'classic') {
      const scopes = principal.scopes ?? new Set<string>();
      // Org data needs read:org; GitHub hides teams a token cannot see (404, not 403).
      if (orgData)
        return scopes.has('read:org') || scopes.has('admin:org')
          ? undefined
          : new HttpError(404, 'Not Found');
      if (!repo) return undefined;
      const reading = rule.permission[1] === 'read';
      if (scopes.has('repo') || (!repo.private && (reading || scopes.has('public_repo')))) return undefined;
      return repo.private ? new HttpError(404, 'Not Found') : new HttpError(403, refusal(principal));
    }
    // Workflow, installation and fine-grained tokens: repositories, then permissions.
    if (orgData) {
      // The workflow token has no organization permissions at all; an App needs "members".
      return grants(principal.permissions, rule.permission) && principal.kind !== 'workflow'
        ? undefined
        : new HttpError(404, 'Not Found');
    }
    if (repo && principal.repositories && !principal.repositories.has(repo.fullName.toLowerCase())) {
      if (!repo.private && rule.permission[1] === 'read') return undefined;
      return repo.private ? new HttpError(404, 'Not Found') : new HttpError(403, refusal(principal));
    }
    if (repo && !grants(principal.permissions, rule.permission))
      return new HttpError(403, refusal(principal));
    return undefined;
  }

  /** An exhausted primary rate limit: 403 with x-ratelimit-remaining 0, as GitHub answers. */
  private rateLimited(principal: Principal, params: Record<string, string>): Answer | undefined {
    const rate = this.rate(principal, params);
    if (rate.remaining > 0 || !this.enforceRateLimits) return undefined;
    return {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0' },
      body: new HttpError(403, `API rate limit exceeded for ${rateBucket(principal, repoParam(params)).key}.`)
        .body,
    };
  }

  /** The caller's primary rate limit (rules.ts), reset at the top of the next hour. */
  private rate(principal: Principal, params: Record<string, string>): RouteContext['rate'] {
    const { limit } = rateBucket(principal, repoParam(params));
    const used = this.used.get(this.usageKey(principal, params)) ?? 0;
    const reset = (this.hour() + 1) * 3600;
    return { limit, used, remaining: Math.max(0, limit - used), reset };
  }

  /** Usage is counted per bucket per clock hour, so the limit resets at the top of each hour. */
  private usageKey(principal: Principal, params: Record<string, string>): string {
    return `${rateBucket(principal, repoParam(params)).key}@${this.hour()}`;
  }

  private hour(): number {
    return Math.floor(this.state.now() / 1000 / 3600);
  }

  private sendGraphql(res: http.ServerResponse, raw: string, principal: Principal | undefined): void {
    this.requests.push({ method: 'POST', path: '/graphql', query: '', status: principal ? 200 : 401 });
    const live = principal && !this.expired(principal) ? principal : undefined;
    const { status, body, problem } = answerGraphql(raw, live, (owner, name, number) =>
      this.graphqlIssue(live!, owner, name, number),
    );
    if (problem) this.validationErrors.push(`POST /graphql: ${problem}`);
    const json = JSON.stringify(body);
    res
      .writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(json)),
      })
      .end(json);
  }

  /**
   * An issue for GraphQL, under the same token rules as reading it over REST: GraphQL answers what
   * the token could read there, and hides what it cannot see.
   */
  private graphqlIssue(principal: Principal, owner: string, name: string, number: number) {
    const fullName = `${owner}/${name}`;
    const repo = this.state.repos.get(fullName.toLowerCase());
    const refused = this.authorize('GET /repos/{owner}/{repo}/issues/{issue_number}', principal, {
      owner,
      repo: name,
    });
    if (refused?.status === 403) return { kind: 'forbidden' as const, message: refused.message };
    const integration = ['workflow', 'installation', 'fine-grained'].includes(principal.kind);
    const visible =
      repo &&
      !refused &&
      (integration || !repo.private || this.state.allows(repo, principal.user.login, 'read'));
    const issue = visible ? repo.issues.get(number) : undefined;
    if (!issue) return { kind: 'not-found' as const };
    return { kind: 'issue' as const, lastEditedAt: issue.bodyEditedAt };
  }

  /** Waits real milliseconds (Infinity: until stop). */
  private delay(ms: number): Promise<void> {
    const signal = this.stopping.signal;
    return new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const timer = Number.isFinite(ms) ? setTimeout(done, ms) : undefined;
      signal.addEventListener('abort', done, { once: true });
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
    });
  }
}

function repoParam(params: Record<string, string>): string | undefined {
  return params.owner && params.repo ? `${params.owner}/${params.repo}` : undefined;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

/** Query values as strings, repeated (or `name[]`) keys as arrays. */
function queryObject(search: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    const name = key.replace(/\[\]$/, '');
    out[name] = values.length > 1 || key.endsWith('[]') ? values : values[0];
  }
  return out;
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const value = candidate.trim().replace(/^W\//, '');
    return value === etag || value === '*';
  });
}

function isEmptyObject(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0
  );
}
