import type { Agent } from 'node:http';
import net from 'node:net';
// In the bundles this is the stand-in that loads undici on first use (lazy-undici.mjs).
import { ProxyAgent, fetch as undiciFetch } from 'undici';

/**
 * The one place that decides whether an outbound request goes through a proxy, from the variables
 * the Actions runner passes to every step: `https_proxy`/`HTTPS_PROXY`, `http_proxy`/`HTTP_PROXY`
 * and `no_proxy`/`NO_PROXY` (lower case wins, as in @actions/http-client and curl).
 * https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/using-a-proxy-server-with-self-hosted-runners
 *
 * The GitHub client's fetch (`proxiedFetch`) and the HTTP probe (`proxyAgentFor`) both ask
 * `proxyFor`, so API calls, probes, webhooks and metric queries follow the same rules.
 *
 * Unlike @actions/http-client, loopback hosts are not bypassed implicitly: a runner whose services
 * are on 127.0.0.1 lists them in NO_PROXY (curl and undici behave the same way).
 */
export interface ProxySettings {
  /** Proxy for https: URLs, and the variable it came from. */
  https?: { url: URL; from: string };
  /** Proxy for http: URLs. */
  http?: { url: URL; from: string };
  /** NO_PROXY as given (for the log), and its parsed entries. */
  noProxy: string;
  bypass: NoProxyEntry[];
}

interface NoProxyEntry {
  /** Lower-case host or domain (leading `.`/`*.` removed), '*' for everything; empty for a CIDR entry. */
  host: string;
  port?: number;
  subnet?: net.BlockList;
}

/** A proxy variable that cannot be used: named, with what is expected (thrown before any request). */
export class ProxyConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProxyConfigError';
  }
}

type Env = Record<string, string | undefined>;

function pick(env: Env, name: string): { value: string; from: string } | undefined {
  for (const key of [name.toLowerCase(), name.toUpperCase()]) {
    const value = env[key]?.trim();
    if (value) return { value, from: key };
  }
  return undefined;
}

function parseProxyUrl(value: string, from: string): URL {
  // The runner and curl accept `host:port` without a scheme and mean http.
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ProxyConfigError(
      `environment variable ${from}: '${redact(value)}' is not a proxy URL; expected http://host:port (e.g. http://proxy.example.com:3128)`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ProxyConfigError(
      `environment variable ${from}: proxy scheme ${url.protocol} is not supported; expected an http:// or https:// proxy URL (e.g. http://proxy.example.com:3128)`,
    );
  if (!url.hostname)
    throw new ProxyConfigError(
      `environment variable ${from}: '${redact(value)}' has no host; expected http://host:port`,
    );
  return url;
}

function parseNoProxy(text: string, from: string): NoProxyEntry[] {
  return text
    .split(/[\s,]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean)
    .map((entry): NoProxyEntry => {
      if (entry === '*') return { host: '*' };
      if (entry.includes('/')) {
        // CIDR, as curl accepts (192.168.0.0/16, fd00::/8).
        const [address, bits] = entry.split('/');
        const family = net.isIPv6(address) ? 'ipv6' : net.isIPv4(address) ? 'ipv4' : undefined;
        const prefix = Number(bits);
        if (!family || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 'ipv4' ? 32 : 128))
          throw new ProxyConfigError(
            `environment variable ${from}: '${entry}' is not a host, domain or CIDR range; expected e.g. internal.example.com, .example.com, 10.0.0.0/8`,
          );
        const subnet = new net.BlockList();
        subnet.addSubnet(address, prefix, family);
        return { host: '', subnet };
      }
      let host = entry;
      let port: number | undefined;
      const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
      if (bracketed) {
        host = bracketed[1];
        port = bracketed[2] ? Number(bracketed[2]) : undefined;
      } else if (!net.isIPv6(entry)) {
        const withPort = /^(.*):(\d+)$/.exec(entry);
        if (withPort) {
          host = withPort[1];
          port = Number(withPort[2]);
        }
      }
      return { host: host.replace(/^\*?\./, ''), port };
    });
}

/** Reads and validates the proxy variables; throws ProxyConfigError naming a bad one. */
export function proxySettingsFromEnv(env: Env = process.env): ProxySettings {
  const https = pick(env, 'https_proxy');
  const http = pick(env, 'http_proxy');
  const noProxy = pick(env, 'no_proxy');
  return {
    https: https && { url: parseProxyUrl(https.value, https.from), from: https.from },
    http: http && { url: parseProxyUrl(http.value, http.from), from: http.from },
    noProxy: noProxy?.value ?? '',
    bypass: noProxy ? parseNoProxy(noProxy.value, noProxy.from) : [],
  };
}

function bypassed(url: URL, entries: NoProxyEntry[]): boolean {
  const host = url.hostname
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const family = net.isIPv6(host) ? 'ipv6' : net.isIPv4(host) ? 'ipv4' : undefined;
  return entries.some((entry) => {
    if (entry.host === '*') return true;
    if (entry.subnet) return family !== undefined && entry.subnet.check(host, family);
    if (entry.port !== undefined && entry.port !== port) return false;
    return host === entry.host || host.endsWith(`.${entry.host}`);
  });
}

/** The proxy a request to `url` goes through, or undefined for a direct connection. */
export function proxyFor(url: URL, settings: ProxySettings = proxySettingsFromEnv()): URL | undefined {
  const proxy =
    url.protocol === 'https:' ? settings.https : url.protocol === 'http:' ? settings.http : undefined;
  if (!proxy || bypassed(url, settings.bypass)) return undefined;
  return proxy.url;
}

/** A proxy URL fit for a log line: credentials never appear. */
export function redact(proxy: URL | string): string {
  // Up to the last '@' before the host: a password may hold an unencoded '@', a value no scheme.
  if (typeof proxy === 'string') return proxy.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/]*@/i, '$1***@');
  return `${proxy.protocol}//${proxy.username || proxy.password ? '***@' : ''}${proxy.host}`;
}

/** One line for the step log saying how requests will leave this runner. */
export function describeProxySettings(settings: ProxySettings): string | undefined {
  if (!settings.https && !settings.http) return undefined;
  const parts = [
    settings.https ? `https via ${redact(settings.https.url)} (${settings.https.from})` : 'https direct',
    settings.http ? `http via ${redact(settings.http.url)} (${settings.http.from})` : 'http direct',
  ];
  if (settings.noProxy) parts.push(`direct for NO_PROXY ${settings.noProxy}`);
  return `Proxy: ${parts.join('; ')}`;
}

/** How node's http/https.request reaches a URL: a proxy agent, or `false` (a fresh direct connection). */
export interface ProxyRoute {
  agent: Agent | false;
  proxy?: URL;
}

/**
 * The route for `url`: absolute-form requests to the proxy for http: URLs, a CONNECT tunnel for https:
 * URLs (as curl does), or direct. The agent libraries (and `debug`, which they load) are imported only
 * when a request really goes through a proxy: most steps never need them (issue 14, bench/startup).
 */
export async function proxyAgentFor(url: URL, settings?: ProxySettings): Promise<ProxyRoute> {
  const proxy = proxyFor(url, settings);
  if (!proxy) return { agent: false };
  const agent =
    url.protocol === 'https:'
      ? new (await import('https-proxy-agent')).HttpsProxyAgent(proxy)
      : new (await import('http-proxy-agent')).HttpProxyAgent(proxy);
  return { agent, proxy };
}

// One connection pool per proxy for the whole run (the GitHub client makes many requests).
const dispatchers = new Map<string, ProxyAgent>();

/**
 * fetch() that honours the proxy variables: direct requests use Node's own fetch; proxied ones use
 * undici's fetch with its ProxyAgent (a CONNECT tunnel). undici's own fetch, not Node's, because a
 * dispatcher from the npm undici is not guaranteed to fit the undici built into Node 20 or 24.
 */
export async function proxiedFetch(input: string | URL, init: RequestInit = {}): Promise<Response> {
  const url = new URL(input);
  const proxy = proxyFor(url);
  if (!proxy) return fetch(input, init);
  let dispatcher = dispatchers.get(proxy.href);
  if (!dispatcher) {
    dispatcher = new ProxyAgent({ uri: proxy.href });
    dispatchers.set(proxy.href, dispatcher);
  }
  try {
    const response = await undiciFetch(url, { ...(init as object), dispatcher } as never);
    return response as unknown as Response;
  } catch (error) {
    // Cancellation and timeouts are the caller's to report (the GitHub client names them).
    if ((error as Error).name === 'AbortError' || init.signal?.aborted) throw error;
    throw new Error(
      `${init.method ?? 'GET'} ${url.origin}${url.pathname} through proxy ${redact(proxy)} failed: ${rootCause(error)}`,
      { cause: error },
    );
  }
}

/**
 * undici wraps the reason a request failed (TypeError "fetch failed" → DOMException → the real
 * error): the system error code (ECONNREFUSED) or the innermost message ("Proxy response (407)
 * !== 200 when HTTP Tunneling") is what a person can act on.
 */
function rootCause(error: unknown): string {
  let current = error as { cause?: unknown; code?: unknown; message?: string } | undefined;
  while (current?.cause && typeof current.cause === 'object') current = current.cause as typeof current;
  if (typeof current?.code === 'string' && /^E[A-Z]+$/.test(current.code)) return current.code;
  return current?.message ?? String(error);
}
