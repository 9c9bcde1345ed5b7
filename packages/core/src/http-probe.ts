import http from 'node:http';
import https from 'node:https';
import { proxyAgentFor, redact, type ProxyRoute } from './proxy.js';

export type ProbeFailureKind = 'dns' | 'connect' | 'tls' | 'timeout' | 'aborted' | 'protocol';

export interface ProbeRequest {
  url: string | URL;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Redirects to follow (0 by default: a redirect is an answer to report). */
  followRedirects?: number;
  /** The body is kept up to this many bytes; the rest is read and dropped. */
  maxBodyBytes?: number;
}

export interface ProbeResponse {
  ok: true;
  status: number;
  headers: Record<string, string>;
  body: string;
  bodyTruncated: boolean;
  /** From sending the request to the last byte of the body, in milliseconds. */
  latencyMs: number;
  /** From sending the request to the response head. */
  timeToHeadersMs: number;
  url: string;
  redirects: string[];
}

export interface ProbeFailure {
  ok: false;
  kind: ProbeFailureKind;
  error: string;
  latencyMs: number;
  url: string;
  redirects: string[];
}

export type ProbeResult = ProbeResponse | ProbeFailure;

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);
const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ECONNABORTED',
]);

function classify(error: NodeJS.ErrnoException): ProbeFailureKind {
  const code = error.code ?? '';
  if (DNS_CODES.has(code)) return 'dns';
  if (CONNECT_CODES.has(code)) return 'connect';
  if (
    /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/i.test(code) ||
    /certificate|ssl|tls/i.test(error.message)
  )
    return 'tls';
  return 'protocol';
}

function describeFailure(
  kind: ProbeFailureKind,
  url: URL,
  error: string,
  timeoutMs: number,
  proxy: URL | undefined,
): string {
  // Through a proxy the connection is to the proxy: say so, or the service gets the blame.
  if (proxy && kind === 'connect')
    return `cannot connect to proxy ${redact(proxy)} for ${url.host} (${error})`;
  if (proxy && kind === 'dns')
    return `cannot resolve proxy host ${proxy.hostname} for ${url.host} (${error})`;
  const via = proxy ? ` through proxy ${redact(proxy)}` : '';
  switch (kind) {
    case 'dns':
      return `cannot resolve host ${url.hostname} (${error})`;
    case 'connect':
      return `cannot connect to ${url.host} (${error})`;
    case 'tls':
      return `TLS handshake with ${url.host}${via} failed (${error})`;
    case 'timeout':
      return `no complete answer from ${url.host}${via} within ${timeoutMs} ms`;
    case 'aborted':
      return 'the request was cancelled';
    default:
      return `bad answer from ${url.host}${via} (${error})`;
  }
}

/**
 * One HTTP request with a deadline, measured precisely. Never throws: a failure comes back as a
 * ProbeFailure whose kind says what went wrong (DNS, connect, TLS, timeout, cancelled, protocol).
 */
export async function probe(request: ProbeRequest): Promise<ProbeResult> {
  const redirects: string[] = [];
  let url = new URL(request.url);
  // The first route is settled before the clock starts: loading a proxy agent is not the service's latency.
  let route = await routeTo(url);
  const started = performance.now();
  const deadline = started + (request.timeoutMs ?? 10_000);
  let method = (request.method ?? 'GET').toUpperCase();
  let body = request.body;
  for (let hop = 0; ; hop++) {
    const result = await once(url, route, method, body, request, deadline, started, redirects);
    const location = result.ok ? result.headers.location : undefined;
    if (
      !result.ok ||
      !location ||
      result.status < 300 ||
      result.status > 399 ||
      hop >= (request.followRedirects ?? 0)
    )
      return result;
    redirects.push(url.toString());
    url = new URL(location, url);
    route = await routeTo(url);
    if (result.status === 303 || ((result.status === 301 || result.status === 302) && method === 'POST')) {
      method = 'GET';
      body = undefined;
    }
  }
}

/** The route to `url`, or the error a bad HTTPS_PROXY/NO_PROXY gives (run-action checks them first). */
async function routeTo(url: URL): Promise<ProxyRoute | Error> {
  try {
    return await proxyAgentFor(url);
  } catch (error) {
    return error as Error;
  }
}

function once(
  url: URL,
  route: ProxyRoute | Error,
  method: string,
  body: string | undefined,
  request: ProbeRequest,
  deadline: number,
  started: number,
  redirects: string[],
): Promise<ProbeResult> {
  const timeoutMs = request.timeoutMs ?? 10_000;
  const maxBodyBytes = request.maxBodyBytes ?? 1_048_576;
  return new Promise((resolve) => {
    let settled = false;
    const proxy = route instanceof Error ? undefined : route.proxy;
    const finish = (result: ProbeResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const fail = (kind: ProbeFailureKind, error: string) =>
      finish({
        ok: false,
        kind,
        error: describeFailure(kind, url, error, timeoutMs, proxy),
        latencyMs: performance.now() - started,
        url: url.toString(),
        redirects,
      });
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      fail('protocol', `unsupported protocol ${url.protocol}`);
      return;
    }
    const transport = url.protocol === 'https:' ? https : http;
    const headers: Record<string, string> = { 'user-agent': 'shipgate-probe', ...request.headers };
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    if (route instanceof Error) {
      // A bad HTTPS_PROXY/NO_PROXY: never a silent direct request.
      resolve({
        ok: false,
        kind: 'protocol',
        error: route.message,
        latencyMs: 0,
        url: url.toString(),
        redirects,
      });
      return;
    }
    // A fresh connection per request (agent false, or a proxy agent of its own), so latencies compare.
    const req = transport.request(url, { method, headers, agent: route.agent });
    // A proxy that refuses the CONNECT tunnel answers for the service; that answer is not the service's.
    req.on('proxyConnect', (answer: { statusCode: number; statusText?: string }) => {
      if (answer.statusCode !== 200) {
        fail(
          'connect',
          `the proxy refused the tunnel: ${answer.statusCode} ${answer.statusText ?? ''}`.trim(),
        );
        req.destroy();
      }
    });
    const timer = setTimeout(
      () => {
        fail('timeout', 'timed out');
        req.destroy();
      },
      Math.max(0, deadline - performance.now()),
    );
    const onAbort = () => {
      fail('aborted', 'cancelled');
      req.destroy();
    };
    if (request.signal?.aborted) {
      onAbort();
      return;
    }
    request.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (error: NodeJS.ErrnoException) => fail(classify(error), error.code ?? error.message));
    req.on('response', (res) => {
      const timeToHeadersMs = performance.now() - started;
      const chunks: Buffer[] = [];
      let size = 0;
      let truncated = false;
      res.on('data', (chunk: Buffer) => {
        if (size < maxBodyBytes) chunks.push(chunk.subarray(0, maxBodyBytes - size));
        truncated ||= size + chunk.length > maxBodyBytes;
        size += chunk.length;
      });
      res.on('error', (error: NodeJS.ErrnoException) => fail('protocol', error.code ?? error.message));
      res.on('aborted', () => fail('connect', 'connection closed before the body ended'));
      res.on('end', () => {
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        finish({
          ok: true,
          status: res.statusCode ?? 0,
          headers: flat,
          body: Buffer.concat(chunks).toString('utf8'),
          bodyTruncated: truncated,
          latencyMs: performance.now() - started,
          timeToHeadersMs,
          url: url.toString(),
          redirects,
        });
      });
    });
    req.end(body);
  });
}
