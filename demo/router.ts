import { writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startNginx, upstreamBlock, type Nginx } from '../test/harness/nginx.js';

/**
 * The local router in front of the sample service: it splits requests between the stable version and
 * the new one by weight (percent of requests to the new one). nginx when it is installed (its upstream
 * file is rewritten and nginx reloaded), otherwise a small weighted reverse proxy built into the demo.
 */
export interface Backend {
  version: string;
  port: number;
}

export interface Router {
  kind: 'nginx' | 'built-in';
  url: string;
  /** Sends `weight` percent of requests to `next` and the rest to `stable`. */
  route(stable: Backend, next: Backend | undefined, weight: number): void;
  stop(): Promise<void>;
}

function upstreamFor(stable: Backend, next: Backend | undefined, weight: number): string {
  const servers = [{ port: stable.port, weight: 100 - weight }];
  if (next) servers.push({ port: next.port, weight });
  return upstreamBlock('shop', servers);
}

export async function startNginxRouter(stable: Backend): Promise<Router> {
  const nginx: Nginx = await startNginx({ upstream: upstreamFor(stable, undefined, 0), proxyTo: 'shop' });
  return {
    kind: 'nginx',
    url: `http://127.0.0.1:${nginx.port}`,
    route(stableBackend, next, weight) {
      writeFileSync(nginx.upstreamPath, upstreamFor(stableBackend, next, weight));
      nginx.reload();
    },
    stop: () => nginx.stop(),
  };
}

/**
 * The built-in router: smooth weighted round robin (as nginx does it) between two backends, each request
 * proxied as is; a backend that cannot be reached answers 502, like nginx.
 */
export async function startBuiltinRouter(stable: Backend): Promise<Router> {
  let pool: { backend: Backend; weight: number; current: number }[] = [
    { backend: stable, weight: 100, current: 0 },
  ];
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const pick = (): Backend => {
    const live = pool.filter((p) => p.weight > 0);
    const total = live.reduce((sum, p) => sum + p.weight, 0);
    let best = live[0];
    for (const p of live) {
      p.current += p.weight;
      if (p.current > best.current) best = p;
    }
    best.current -= total;
    return best.backend;
  };
  const server = http.createServer((req, res) => {
    const backend = pick();
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: backend.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
        agent,
        timeout: 5000,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('timeout', () => upstream.destroy(new Error('upstream timeout')));
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('bad gateway\n');
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    kind: 'built-in',
    url: `http://127.0.0.1:${port}`,
    route(stableBackend, next, weight) {
      pool = [{ backend: stableBackend, weight: 100 - weight, current: 0 }];
      if (next) pool.push({ backend: next, weight, current: 0 });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
