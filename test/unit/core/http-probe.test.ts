import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { probe } from '../../../packages/core/src/index.js';

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/ok') res.writeHead(200, { 'x-version': '1.2.3' }).end('healthy');
    else if (req.url === '/slow') setTimeout(() => res.end('late'), 300);
    else if (req.url === '/hang')
      return; // never answers
    else if (req.url === '/redirect') res.writeHead(302, { location: '/ok' }).end();
    else if (req.url === '/echo') req.pipe(res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('probe', () => {
  it('returns status, headers, body and a measured latency', async () => {
    const result = await probe({ url: `${base}/slow` });
    expect(result.ok && result.status).toBe(200);
    expect(result.ok && result.body).toBe('late');
    expect(result.latencyMs).toBeGreaterThanOrEqual(290);
  });

  it('sends method, headers and body', async () => {
    const result = await probe({
      url: `${base}/echo`,
      method: 'POST',
      body: '{"a":1}',
      headers: { 'content-type': 'application/json' },
    });
    expect(result.ok && result.body).toBe('{"a":1}');
  });

  it('reports a timeout as a timeout', async () => {
    const result = await probe({ url: `${base}/hang`, timeoutMs: 100 });
    expect(result).toMatchObject({ ok: false, kind: 'timeout' });
    expect(!result.ok && result.error).toMatch(/within 100 ms/);
  });

  it('reports a refused connection and an unknown host clearly', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await probe({ url: `http://127.0.0.1:${port}/` })).toMatchObject({ ok: false, kind: 'connect' });
    expect(await probe({ url: 'http://no-such-host.invalid/', timeoutMs: 5000 })).toMatchObject({
      ok: false,
      kind: 'dns',
    });
  });

  it('reports a TLS failure as tls', async () => {
    // Speaking TLS to a plain HTTP server fails in the handshake.
    const result = await probe({ url: base.replace('http:', 'https:') + '/ok', timeoutMs: 2000 });
    expect(result).toMatchObject({ ok: false, kind: 'tls' });
  });

  it('stops at once when cancelled', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    expect(await probe({ url: `${base}/hang`, signal: controller.signal, timeoutMs: 10_000 })).toMatchObject({
      ok: false,
      kind: 'aborted',
    });
  });

  it('reports a redirect unless asked to follow it', async () => {
    expect(await probe({ url: `${base}/redirect` })).toMatchObject({ ok: true, status: 302 });
    expect(await probe({ url: `${base}/redirect`, followRedirects: 3 })).toMatchObject({
      ok: true,
      status: 200,
      body: 'healthy',
    });
  });
});
