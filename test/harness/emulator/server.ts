import { createHash } from 'node:crypto';
import http, { STATUS_CODES } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Faults, secondaryRateLimitMessage, type Fault } from './faults.js';
import { openApi, type MatchedOperation } from './openapi.js';
import { Renderer } from './render.js';
import { documentationUrl, HttpError, type RouteContext, type RouteResult } from './route.js';
import { notFastForward } from './routes/git-data.js';
import { routes } from './routes/index.js';
import type { EmulatorState, User } from './state.js';

/**
 * The HTTP side of the emulator: one pipeline per request —
 * faults → operation match → authentication → request validation → handler → conditional answer →
 * rate-limit accounting → response validation.
 */

const rateLimit = 5000;

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
  ) {
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
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
    const user = this.authenticate(req);
    const fault = this.faults.take(method, url.pathname, match?.operation.operationId === 'git/update-ref');

    if (fault?.delayMs) await this.delay(fault.delayMs);
    if (fault?.hang) {
      await this.delay(Number.POSITIVE_INFINITY);
      return;
    }
    if (this.stopping.signal.aborted) return;

    let answer = this.faultAnswer(fault) ?? this.answer(method, url, raw, match, user);
    if (fault?.headers && !answer.fault)
      answer = { ...answer, headers: { ...answer.headers, ...fault.headers } };
    this.send(req, res, method, url, match, user, answer);
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
    user: User | undefined,
  ): Answer {
    const where = `${method} ${url.pathname}`;
    if (!match) {
      this.validationErrors.push(`${where}: no such operation in GitHub's REST API description`);
      return { status: 404, body: { message: 'Not Found', documentation_url: documentationUrl } };
    }
    if (!user) return { status: 401, body: new HttpError(401, 'Bad credentials').body };
    const { operation } = match;
    const route = routes[`${operation.method} ${operation.template}`];
    if (!route) {
      this.validationErrors.push(`${where}: ${operation.operationId} is not implemented by the emulator`);
      return { status: 404, body: { message: 'Not Found', documentation_url: documentationUrl } };
    }

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

    const ctx: RouteContext = {
      state: this.state,
      render: this.renderer,
      user,
      params,
      query,
      body: body ?? {},
      url,
      rate: this.rate(user),
    };
    try {
      return route(ctx);
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
    user: User | undefined,
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
    if (status === 304) this.stats.notModified++;
    else if (user && operationId !== 'rate-limit/get') {
      this.stats.rateLimited++;
      this.used.set(user.login, (this.used.get(user.login) ?? 0) + 1);
    }
    if (user) {
      const rate = this.rate(user);
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

  private authenticate(req: http.IncomingMessage): User | undefined {
    const header = req.headers.authorization ?? '';
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(header)?.[1];
    const login = token ? this.state.tokens.get(token) : undefined;
    return login ? this.state.user(login) : undefined;
  }

  /** The caller's primary rate limit: 5000 requests, reset at the top of the next hour. */
  private rate(user: User): RouteContext['rate'] {
    const used = this.used.get(user.login) ?? 0;
    const hour = 3600;
    const reset = (Math.floor(this.state.now() / 1000 / hour) + 1) * hour;
    return { limit: rateLimit, used, remaining: Math.max(0, rateLimit - used), reset };
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
