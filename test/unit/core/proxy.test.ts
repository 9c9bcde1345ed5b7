import { describe, expect, it } from '@jest/globals';
import {
  ProxyConfigError,
  describeProxySettings,
  proxyFor,
  proxySettingsFromEnv,
  redact,
} from '../../../packages/core/src/proxy.js';

const via = (url: string, env: Record<string, string>) =>
  proxyFor(new URL(url), proxySettingsFromEnv(env))?.href;

describe('proxy variables, as the runner sets them', () => {
  it('uses HTTPS_PROXY for https: URLs and HTTP_PROXY for http: URLs, either case', () => {
    const env = { HTTPS_PROXY: 'http://secure:3128', http_proxy: 'http://plain:8080' };
    expect(via('https://api.github.com/repos', env)).toBe('http://secure:3128/');
    expect(via('http://service.internal/health', env)).toBe('http://plain:8080/');
    expect(via('http://x/', { HTTPS_PROXY: 'http://secure:3128' })).toBeUndefined();
    expect(via('https://x/', { HTTP_PROXY: 'http://plain:8080' })).toBeUndefined();
  });

  it('prefers the lower-case variable, as @actions/http-client and curl do', () => {
    expect(via('https://x/', { https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2' })).toBe(
      'http://lower:1/',
    );
  });

  it('reads host:port without a scheme as an http proxy, and ignores empty variables', () => {
    expect(via('https://x/', { HTTPS_PROXY: 'proxy.corp:3128' })).toBe('http://proxy.corp:3128/');
    expect(via('https://x/', { https_proxy: '', HTTPS_PROXY: 'http://upper:2' })).toBe('http://upper:2/');
  });

  it('goes direct without any proxy variable, loopback included', () => {
    expect(via('https://api.github.com/', {})).toBeUndefined();
  });

  it('does not bypass loopback implicitly: 127.0.0.1 goes direct only when NO_PROXY lists it', () => {
    expect(via('http://127.0.0.1:8080/', { HTTP_PROXY: 'http://p:1' })).toBe('http://p:1/');
    expect(
      via('http://127.0.0.1:8080/', { HTTP_PROXY: 'http://p:1', NO_PROXY: '127.0.0.1' }),
    ).toBeUndefined();
  });
});

describe('NO_PROXY', () => {
  const env = (noProxy: string) => ({
    HTTPS_PROXY: 'http://p:1',
    HTTP_PROXY: 'http://p:1',
    no_proxy: noProxy,
  });
  it.each([
    ['https://internal.example.com/', 'internal.example.com', true],
    ['https://api.internal.example.com/', 'internal.example.com', true],
    ['https://api.internal.example.com/', '.internal.example.com', true],
    ['https://api.internal.example.com/', '*.internal.example.com', true],
    ['https://notinternal.example.com/', 'internal.example.com', false],
    ['https://INTERNAL.example.com/', 'internal.EXAMPLE.com', true],
    ['https://anything/', '*', true],
    ['http://localhost:9090/', 'localhost', true],
    ['http://127.0.0.1:9090/', '127.0.0.1:9090', true],
    ['http://127.0.0.1:9091/', '127.0.0.1:9090', false],
    ['https://ghe.corp/', 'ghe.corp:443', true],
    ['http://ghe.corp/', 'ghe.corp:443', false],
    ['http://10.1.2.3/', '10.0.0.0/8', true],
    ['http://11.1.2.3/', '10.0.0.0/8', false],
    ['http://[::1]:8080/', '::1', true],
    ['http://[::1]:8080/', '[::1]:8080', true],
    ['http://[fd00::5]/', 'fd00::/8', true],
    ['https://a.example/', 'b.example, a.example', true],
    ['https://a.example/', 'b.example\na.example', true],
    ['https://c.example/', 'b.example,a.example', false],
  ])('%s with NO_PROXY=%j: direct %s', (url, noProxy, direct) => {
    expect(via(url, env(noProxy)) === undefined).toBe(direct);
  });

  it('rejects a CIDR entry that is not one, naming the variable', () => {
    expect(() => proxySettingsFromEnv({ NO_PROXY: '10.0.0.0/99' })).toThrow(
      /environment variable NO_PROXY: '10\.0\.0\.0\/99' is not a host, domain or CIDR range/,
    );
  });
});

describe('bad proxy variables', () => {
  it.each([
    [
      { HTTPS_PROXY: 'http://[oops' },
      /environment variable HTTPS_PROXY: 'http:\/\/\[oops' is not a proxy URL/,
    ],
    [
      { http_proxy: 'socks5://p:1080' },
      /environment variable http_proxy: proxy scheme socks5: is not supported/,
    ],
  ])('%j fails with a clear error', (env, message) => {
    expect(() => proxySettingsFromEnv(env)).toThrow(ProxyConfigError);
    expect(() => proxySettingsFromEnv(env)).toThrow(message);
  });
});

describe('proxy credentials never reach the log', () => {
  it('redacts user and password', () => {
    const settings = proxySettingsFromEnv({ HTTPS_PROXY: 'http://alice:s3cret@proxy:3128', NO_PROXY: 'x' });
    expect(redact(settings.https!.url)).toBe('http://***@proxy:3128');
    expect(describeProxySettings(settings)).toBe(
      'Proxy: https via http://***@proxy:3128 (HTTPS_PROXY); http direct; direct for NO_PROXY x',
    );
    expect(() => proxySettingsFromEnv({ HTTPS_PROXY: 'http://alice:s3cret@[bad' })).toThrow(/\*\*\*@/);
  });
  it('redacts a malformed value without a scheme, and a password holding an @', () => {
    for (const value of ['alice:s3cret@proxy:99999', 'http://alice:s3@cret@proxy:99999']) {
      let message = '';
      try {
        proxySettingsFromEnv({ HTTPS_PROXY: value });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/HTTPS_PROXY/);
      expect(message).not.toMatch(/s3|cret|alice/);
    }
    expect(redact('alice:s3@cret@proxy:3128')).toBe('***@proxy:3128');
  });
  it('says nothing when no proxy is set', () => {
    expect(describeProxySettings(proxySettingsFromEnv({ NO_PROXY: 'x' }))).toBeUndefined();
  });
});

describe('the GitHub client through a proxy that never answers', () => {
  it('reports its own timeout, not a proxy failure, and cancellation stays cancellation', async () => {
    const { default: net } = await import('node:net');
    const { GitHubClient } = await import('../../../packages/core/src/github-client.js');
    const sockets: import('node:net').Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const saved = process.env.HTTP_PROXY;
    process.env.HTTP_PROXY = `http://127.0.0.1:${(silent.address() as import('node:net').AddressInfo).port}`;
    try {
      const client = new GitHubClient({
        token: 't',
        baseUrl: 'http://127.0.0.1:8081/api/v3',
        requestTimeoutMs: 200,
        retries: 0,
      });
      await expect(client.api.request('GET /zen')).rejects.toThrow(
        'GitHub API request timed out after 200 ms: GET http://127.0.0.1:8081/api/v3/zen',
      );
      const controller = new AbortController();
      const cancelled = new GitHubClient({
        token: 't',
        baseUrl: 'http://127.0.0.1:8081',
        signal: controller.signal,
        retries: 0,
      });
      const pending = cancelled.api.request('GET /zen');
      setTimeout(() => controller.abort(), 50);
      await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    } finally {
      if (saved === undefined) delete process.env.HTTP_PROXY;
      else process.env.HTTP_PROXY = saved;
      sockets.forEach((s) => s.destroy());
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
