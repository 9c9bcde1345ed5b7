import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  htpasswdUnavailable,
  pushImage,
  pushIndex,
  registryUnavailable,
  startRegistry,
  type ImageRef,
  type Registry,
} from '../../harness/registry.js';
import { runAction } from '../../harness/runner.js';

// The CNCF distribution registry must run here in CI; on a developer machine without it, say so and skip.
const missing = registryUnavailable() ?? htpasswdUnavailable();
if (missing && process.env.CI === 'true') throw new Error(`image check e2e cannot run in CI: ${missing}`);
if (missing) console.warn(`SKIPPED pre-deploy-checks image e2e: ${missing}`);
const suite = missing ? describe.skip : describe;

const USER = { username: 'deployer', password: 'pa55-w0rd-for-tests' };

suite('pre-deploy-checks image check against a real registry', () => {
  let open: Registry;
  let locked: Registry;
  let tagged: ImageRef;
  let index: ImageRef;
  let private1: ImageRef;
  let tokenProxy: http.Server;
  let tokenHost: string;
  const tokenRequests: string[] = [];

  beforeAll(async () => {
    [open, locked] = await Promise.all([startRegistry(), startRegistry({ auth: USER })]);
    tagged = await pushImage(open, 'team/service', '1.4.2');
    const arm = await pushImage(open, 'team/service', '1.4.2-arm64');
    index = await pushIndex(open, 'team/service', 'multi', [tagged, arm]);
    private1 = await pushImage(locked, 'team/private', '2.0.0', USER);
    // A registry that wants Bearer tokens, as ghcr.io and Docker Hub do: a token service on /token
    // that trades basic credentials for a token, in front of the open registry.
    tokenProxy = http.createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://x');
      if (url.pathname === '/token') {
        tokenRequests.push(`${url.searchParams.get('service')} ${url.searchParams.get('scope')}`);
        const ok =
          request.headers.authorization ===
          `Basic ${Buffer.from(`${USER.username}:${USER.password}`).toString('base64')}`;
        response.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
        response.end(ok ? JSON.stringify({ token: 'registry-token-1' }) : '{}');
        return;
      }
      if (request.headers.authorization !== 'Bearer registry-token-1') {
        response.writeHead(401, {
          'www-authenticate': `Bearer realm="http://${tokenHost}/token",service="test-registry",scope="repository:team/service:pull"`,
        });
        response.end();
        return;
      }
      const upstream = http.request(
        `${open.url}${request.url}`,
        { method: request.method, headers: { accept: request.headers.accept ?? '' } },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        },
      );
      upstream.end();
    });
    await new Promise<void>((resolve) => tokenProxy.listen(0, '127.0.0.1', resolve));
    tokenHost = `127.0.0.1:${(tokenProxy.address() as AddressInfo).port}`;
  }, 30_000);

  afterAll(async () => {
    await Promise.all([open?.stop(), locked?.stop()]);
    tokenProxy?.closeAllConnections();
    await new Promise<void>((resolve) => (tokenProxy ? tokenProxy.close(() => resolve()) : resolve()));
  });

  const check = (inputs: Record<string, string>) => runAction('pre-deploy-checks', { inputs });

  it('finds a tag anonymously and outputs the digest the registry serves', async () => {
    const result = await check({ image: `${open.host}/team/service:1.4.2` });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'passed', 'image-digest': tagged.digest });
    expect(open.requests()).toContainEqual('HEAD /v2/team/service/manifests/1.4.2');
  });

  it('asks with the full Accept list, so a multi-platform index is found with its own digest', async () => {
    const result = await check({ image: `${open.host}/team/service:multi` });
    expect(result.outputs).toMatchObject({ result: 'passed', 'image-digest': index.digest });
    expect(index.digest).not.toBe(tagged.digest);
  });

  it('passes a digest reference the registry serves and fails one it does not', async () => {
    const pinned = await check({ image: `${open.host}/team/service:1.4.2@${tagged.digest}` });
    expect(pinned.outputs).toMatchObject({ result: 'passed', 'image-digest': tagged.digest });
    const other = `sha256:${'0'.repeat(64)}`;
    const wrong = await check({ image: `${open.host}/team/service@${other}` });
    expect(wrong.exitCode).toBe(1);
    expect(wrong.outputs).toMatchObject({ result: 'failed', 'failed-checks': 'image' });
    expect(wrong.summary).toContain('does not exist');
  });

  it('fails a tag that does not exist', async () => {
    const result = await check({ image: `${open.host}/team/service:9.9.9` });
    expect(result.outputs).toMatchObject({ result: 'failed', 'failed-checks': 'image', 'image-digest': '' });
    expect(result.summary).toContain(`${open.host}/team/service:9.9.9 does not exist`);
  });

  it('uses basic auth when the registry asks for it, and masks the password', async () => {
    const result = await check({
      image: `${locked.host}/team/private:2.0.0`,
      'registry-username': USER.username,
      'registry-password': USER.password,
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['image-digest']).toBe(private1.digest);
    expect(result.secretsMasked).toContain(USER.password);
  });

  it('fails on the authenticated registry without or with wrong credentials', async () => {
    const anonymous = await check({ image: `${locked.host}/team/private:2.0.0` });
    expect(anonymous.outputs).toMatchObject({ result: 'failed', 'image-digest': '' });
    expect(anonymous.summary).toContain('the registry needs credentials');
    const wrong = await check({
      image: `${locked.host}/team/private:2.0.0`,
      'registry-username': USER.username,
      'registry-password': 'not-the-password',
    });
    expect(wrong.outputs.result).toBe('failed');
    expect(wrong.summary).toContain('access denied (HTTP 401)');
    expect(wrong.secretsMasked).toContain('not-the-password');
    expect(wrong.log.replace(/^::add-mask::.*$/gm, '')).not.toContain('not-the-password');
  });

  it('follows a Bearer challenge to the token service with the credentials', async () => {
    tokenRequests.length = 0;
    const result = await check({
      image: `${tokenHost}/team/service:1.4.2`,
      'registry-username': USER.username,
      'registry-password': USER.password,
    });
    expect(result.outputs).toMatchObject({ result: 'passed', 'image-digest': tagged.digest });
    expect(tokenRequests).toEqual(['test-registry repository:team/service:pull']);
    const refused = await check({ image: `${tokenHost}/team/service:1.4.2` });
    expect(refused.outputs.result).toBe('failed');
    expect(refused.summary).toContain('the token service answered HTTP 401');
  });

  it('asks the registry nothing when the reference is invalid', async () => {
    const before = open.requests().length;
    const result = await check({ image: `${open.host}/Team/Service:1.4.2` });
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0].message).toMatch(
      /^input 'image': .* repository 'Team\/Service' is not valid/,
    );
    expect(open.requests().length).toBe(before);
  });
});
