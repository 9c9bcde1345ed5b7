import { afterAll, beforeAll, beforeEach, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator, type GitHubEmulator } from '../../harness/emulator/index.js';
import { chunksWith, loadRecorder } from '../../harness/load-recorder.js';
import { freePort } from '../../harness/ports.js';
import { repoRoot } from '../../harness/runner.js';
import { runAction, type RunResult } from '../../harness/runner.js';
import path from 'node:path';
import { GITHUB_ISSUER, startMockSigstore, type MockSigstore } from '../../harness/sigstore.js';
import { startTinyproxy, type Tinyproxy } from '../../harness/tinyproxy.js';
import { sign, tempDir } from '../audit/helpers.js';
import { describeWithTinyproxy } from './with-tinyproxy.js';

/**
 * Every outbound request of a shipped bundle honours the runner's proxy variables
 * (https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/using-a-proxy-server-with-self-hosted-runners):
 * a real tinyproxy on loopback, whose log shows what went through it.
 */
const REPO = 'octo-org/service';
const SHA = 'd00d'.padEnd(40, '0');
let proxy: Tinyproxy;
let emulator: GitHubEmulator;
let token: string;
let service: http.Server;
let base: string;
const served: string[] = [];

const errors = (result: RunResult) =>
  result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
const targets = () => proxy.requests().map((r) => `${r.method} ${r.target}`);

describeWithTinyproxy('outbound requests through a proxy (tinyproxy on loopback)', () => {
  beforeAll(async () => {
    proxy = await startTinyproxy();
    emulator = await startEmulator();
    emulator.addUser('deployer');
    emulator.addRepo(REPO);
    emulator.setPermission(REPO, 'deployer', 'write');
    token = emulator.tokenFor('deployer');
    emulator.addCheckRun(REPO, SHA, { name: 'build', status: 'completed', conclusion: 'success' });
    service = http.createServer((request, response) => {
      served.push(`${request.method} ${request.url}`);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ status: 'up', checks: [{ name: 'db', status: 'ok' }] }));
    });
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    service?.closeAllConnections();
    await new Promise<void>((resolve) => (service ? service.close(() => resolve()) : resolve()));
    await emulator?.stop();
    await proxy?.stop();
  });
  beforeEach(() => {
    proxy.clear();
    served.length = 0;
  });

  const smoke = (env: Record<string, string>, inputs: Record<string, string> = {}) =>
    runAction('smoke-test', {
      inputs: {
        'base-url': base,
        checks: `- name: health\n  url: /health\n  expect:\n    json:\n      "$.checks[?@.name=='db'].status": ok\n`,
        ...inputs,
      },
      env,
      killAfterMs: 60_000,
    });

  // Required checks read the GitHub API (the emulator); the health URL is an HTTP probe.
  const gate = (env: Record<string, string>, extra: Parameters<typeof runAction>[1] = {}) =>
    runAction('pre-deploy-checks', {
      apiUrl: emulator.url,
      token,
      repository: REPO,
      sha: SHA,
      inputs: { 'required-checks': 'build', 'health-urls': `${base}/up` },
      env,
      killAfterMs: 60_000,
      ...extra,
    });

  it('smoke-test sends its check through HTTP_PROXY (absolute-form request in the proxy log)', async () => {
    const result = await smoke({ HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url });
    expect(errors(result)).toEqual([]);
    expect(result.outputs.result).toBe('passed');
    expect(targets()).toEqual([`GET ${base}/health`]);
    expect(served).toEqual(['GET /health']);
    expect(result.log).toContain(
      `Proxy: https via ${proxy.url} (HTTPS_PROXY); http via ${proxy.url} (HTTP_PROXY)`,
    );
  });

  it('an https: check goes through HTTPS_PROXY as a CONNECT tunnel (TLS then fails here: never a pass)', async () => {
    const https = base.replace('http://', 'https://');
    const result = await smoke(
      { HTTPS_PROXY: proxy.url },
      { checks: `- name: tls\n  url: ${https}/health\n`, retries: '0' },
    );
    expect(targets()).toEqual([`CONNECT ${new URL(https).host}`]);
    expect(result.exitCode).toBe(1);
    expect(result.log).toMatch(
      /TLS handshake with 127\.0\.0\.1:\d+ through proxy http:\/\/127\.0\.0\.1:\d+ failed|bad answer from 127\.0\.0\.1:\d+ through proxy/,
    );
  });

  // undici is bundled apart (dist/undici/index.cjs) and required only for a proxied fetch; the probe's
  // proxy agents are chunks imported only for a proxied probe.
  const undiciBundle = path.join(repoRoot, 'dist', 'undici', 'index.cjs');
  const agentChunks = (action: string) => chunksWith(action, /class Https?ProxyAgent\b/);

  it('pre-deploy-checks sends GitHub API calls and health probes through the proxy (lower-case variables too)', async () => {
    const before = emulator.requests.length;
    const recorder = loadRecorder(tempDir('proxy-e2e-'));
    const result = await gate({ http_proxy: proxy.url, https_proxy: proxy.url, ...recorder.env });
    expect(recorder.loaded()).toContain(undiciBundle);
    expect(agentChunks('pre-deploy-checks')).toHaveLength(2);
    expect(recorder.loaded().filter((f) => agentChunks('pre-deploy-checks').includes(f))).toHaveLength(1);
    expect(errors(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    const api = new URL(emulator.url);
    // The API client tunnels (CONNECT, undici's ProxyAgent); the probe sends an absolute-form GET.
    expect(targets()).toContain(`CONNECT ${api.host}`);
    expect(targets()).toContain(`GET ${base}/up`);
    expect(emulator.requests.length).toBeGreaterThan(before);
  });

  it('with NO_PROXY=127.0.0.1 (or localhost) the same runs go direct: nothing in the proxy log', async () => {
    const recorder = loadRecorder(tempDir('proxy-e2e-'));
    for (const noProxy of ['127.0.0.1', 'localhost,127.0.0.1']) {
      const env = { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: noProxy, ...recorder.env };
      const checked = await smoke(env);
      expect(checked.outputs.result).toBe('passed');
      const gated = await gate(env);
      expect(errors(gated)).toEqual([]);
      expect(gated.exitCode).toBe(0);
      expect(served).toEqual(['GET /health', 'GET /up']);
      expect(targets()).toEqual([]);
      // Direct requests use Node's own fetch: the bundles never load undici (but they did run).
      expect(recorder.loaded()).toContain(path.join(repoRoot, 'dist', 'pre-deploy-checks', 'index.js'));
      expect(recorder.loaded()).not.toContain(undiciBundle);
      const agents = [...agentChunks('pre-deploy-checks'), ...agentChunks('smoke-test')];
      expect(recorder.loaded().filter((f) => agents.includes(f))).toEqual([]);
      served.length = 0;
    }
  });

  it('a proxy that is down fails the step clearly, for probes and for the GitHub API, never a pass', async () => {
    const down = `http://127.0.0.1:${await freePort()}`;
    // One retry, soon: the point is the verdict, not the retry policy.
    const checked = await smoke({ HTTP_PROXY: down }, { retries: '1', 'retry-delay': '10ms' });
    expect(checked.exitCode).toBe(1);
    expect(checked.outputs.result).toBe('failed');
    expect(checked.log).toContain(`cannot connect to proxy ${down}`);
    expect(served).toEqual([]);

    // The API client's retries with backoff run on a clock 1000x faster.
    const gated = await gate(
      { HTTP_PROXY: down, NO_PROXY: 'localhost' },
      { clock: { epochMs: Date.now(), factor: 1000 } },
    );
    expect(gated.exitCode).toBe(1);
    expect(gated.outputs.result).toBe('failed');
    expect(gated.log).toContain(`through proxy ${down} failed: ECONNREFUSED`);
  }, 60_000);

  it('audit-sign keyless: Fulcio and Rekor requests go through the proxy (sigstore reads the same variables)', async () => {
    let sigstore: MockSigstore | undefined;
    try {
      sigstore = await startMockSigstore({
        sub: 'https://github.com/octo-org/service/.github/workflows/deploy.yml@refs/heads/main',
        iss: GITHUB_ISSUER,
      });
      const result = await sign(
        {
          signer: 'sigstore',
          'signing-key': '',
          'fulcio-url': sigstore.fulcioURL,
          'rekor-url': sigstore.rekorURL,
          'log-file': `${tempDir('proxy-audit-')}/audit.jsonl`,
          'record-type': 'approval',
        },
        {
          env: { ...sigstore.idTokenEnv, HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url },
          killAfterMs: 60_000,
        },
      );
      expect(errors(result)).toEqual([]);
      expect(result.exitCode).toBe(0);
      const sigstoreRequests = targets().filter((t) => t.includes(new URL(sigstore!.fulcioURL).host));
      // make-fetch-happen sends plain-http requests in absolute form: one to Fulcio, one to Rekor at least.
      expect(sigstoreRequests.some((t) => t.includes('/fulcio/'))).toBe(true);
      expect(sigstoreRequests.some((t) => t.includes('/rekor/'))).toBe(true);
    } finally {
      await sigstore?.stop();
    }
  }, 60_000);

  it('credentials in the proxy URL are sent as Proxy-Authorization and masked; without them the step fails', async () => {
    const locked = await startTinyproxy({ basicAuth: { user: 'runner', password: 'pr0xy-s3cret' } });
    try {
      const withAuth = `http://runner:pr0xy-s3cret@127.0.0.1:${locked.port}`;
      const ok = await gate({ HTTP_PROXY: withAuth });
      expect(errors(ok)).toEqual([]);
      expect(ok.exitCode).toBe(0);
      expect(locked.requests().map((r) => r.method)).toEqual(expect.arrayContaining(['CONNECT', 'GET']));
      expect(ok.secretsMasked).toContain('pr0xy-s3cret');
      // The runner masks it everywhere after ::add-mask::; no other line carries it.
      expect(ok.log.replace(/^::add-mask::.*$/gm, '')).not.toContain('pr0xy-s3cret');
      expect(ok.log).toContain(`http via http://***@127.0.0.1:${locked.port} (HTTP_PROXY)`);

      const refused = await gate(
        { HTTP_PROXY: locked.url },
        { clock: { epochMs: Date.now(), factor: 1000 } },
      );
      expect(refused.exitCode).toBe(1);
      expect(refused.outputs.result).toBe('failed');
      // The probe gets the proxy's 407 as its answer; the API client names the refused tunnel.
      expect(refused.log).toContain('HTTP 407');
      expect(refused.log).toContain(
        `through proxy ${locked.url} failed: Proxy response (407) !== 200 when HTTP Tunneling`,
      );
    } finally {
      await locked.stop();
    }
  }, 60_000);

  it('a malformed proxy variable fails the step before any request, naming the variable', async () => {
    const before = emulator.requests.length;
    const result = await gate({ HTTPS_PROXY: 'http://user:pa55word@[broken' });
    expect(result.exitCode).toBe(1);
    expect(errors(result)[0]).toMatch(
      /^environment variable HTTPS_PROXY: 'http:\/\/\*\*\*@\[broken' is not a proxy URL/,
    );
    expect(result.log).not.toContain('pa55word');
    expect(served).toEqual([]);
    expect(emulator.requests.length).toBe(before);
  });
});

it('a missing tinyproxy is reported with the package to install (the guard fails on it when CI=true)', async () => {
  const { tinyproxyMissing } = await import('../../harness/tinyproxy.js');
  expect(tinyproxyMissing('/nonexistent/tinyproxy')).toBe(
    'tinyproxy not found at /nonexistent/tinyproxy (Debian package tinyproxy)',
  );
});
