import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * One version of the "shop-api" service the journeys deploy: GET /healthz, /version (JSON), any other
 * path answers hello, and /metrics exposes Prometheus counters labelled like the examples' queries
 * (`http_requests_total{service, version, code}`). A faulty version fails every k-th request, so a
 * 10 % fault is exactly 10 %.
 */

export interface ShopService {
  port: number;
  url: string;
  version: string;
  /** Requests answered (not /metrics), by status code. */
  served: Map<number, number>;
  stop(): Promise<void>;
}

export async function startShopService(
  service: string,
  version: string,
  behaviour: { errorRate: number },
): Promise<ShopService> {
  const served = new Map<number, number>();
  let count = 0;
  const server = http.createServer((req, res) => {
    if (req.url === '/metrics') {
      const lines = ['# TYPE http_requests_total counter'];
      for (const [code, n] of served)
        lines.push(`http_requests_total{service="${service}",version="${version}",code="${code}"} ${n}`);
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(`${lines.join('\n')}\n`);
      return;
    }
    count++;
    const fail = behaviour.errorRate > 0 && count % Math.round(1 / behaviour.errorRate) === 0;
    const code = fail ? 500 : 200;
    served.set(code, (served.get(code) ?? 0) + 1);
    const headers = { 'x-version': version };
    if (fail) res.writeHead(500, headers).end('boom\n');
    else if (req.url === '/version')
      res.writeHead(200, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify({ version }));
    else if (req.url?.startsWith('/api/products'))
      res
        .writeHead(200, { ...headers, 'content-type': 'application/json' })
        .end(JSON.stringify({ items: [{ id: 'p-1', name: 'tea', version }] }));
    else if (req.url === '/healthz')
      res.writeHead(200, { ...headers, 'content-type': 'application/json' }).end('{"status":"up"}');
    else res.writeHead(200, { ...headers, 'content-type': 'text/plain' }).end(`hello from ${version}\n`);
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    version,
    served,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
