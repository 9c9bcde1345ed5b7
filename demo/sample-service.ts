import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The sample service "shop": one Node HTTP server per version. GET / is the shop page (answers 500 for
 * `errorRate` of the requests, spread evenly: every k-th one, so 10 % is exactly 10 %), GET /healthz and
 * GET /version answer JSON, GET /metrics exposes Prometheus text metrics of the page and API requests:
 * http_requests_total{version,code} and the histogram http_request_duration_seconds{version}.
 */
export interface ServiceVersion {
  version: string;
  /** Share of page requests answered 500. */
  errorRate: number;
  port: number;
  url: string;
  /** Requests answered so far (metrics scrapes excluded), by status code. */
  counts(): Record<string, number>;
  stop(): Promise<void>;
}

const BUCKETS = [0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.25, 0.5, 1];

export async function startServiceVersion(
  version: string,
  behaviour: { errorRate: number; latencyMs: number },
): Promise<ServiceVersion> {
  const counts = new Map<string, number>();
  const buckets = new Array<number>(BUCKETS.length).fill(0);
  let sum = 0;
  let total = 0;
  let pages = 0;
  const every = behaviour.errorRate > 0 ? Math.round(1 / behaviour.errorRate) : 0;

  const server = http.createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname === '/metrics') {
      const lines = ['# TYPE http_requests_total counter'];
      for (const [code, n] of counts)
        lines.push(`http_requests_total{version="${version}",code="${code}"} ${n}`);
      lines.push('# TYPE http_request_duration_seconds histogram');
      BUCKETS.forEach((le, i) =>
        lines.push(`http_request_duration_seconds_bucket{version="${version}",le="${le}"} ${buckets[i]}`),
      );
      lines.push(`http_request_duration_seconds_bucket{version="${version}",le="+Inf"} ${total}`);
      lines.push(`http_request_duration_seconds_sum{version="${version}"} ${sum}`);
      lines.push(`http_request_duration_seconds_count{version="${version}"} ${total}`);
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(`${lines.join('\n')}\n`);
      return;
    }
    const started = process.hrtime.bigint();
    let status = 200;
    let type = 'application/json';
    let body: string;
    if (pathname === '/healthz') body = JSON.stringify({ status: 'up', version });
    else if (pathname === '/version') body = JSON.stringify({ service: 'shop', version });
    else if (pathname === '/') {
      pages++;
      const fail = every > 0 && pages % every === 0;
      status = fail ? 500 : 200;
      type = 'text/html; charset=utf-8';
      body = fail
        ? '<h1>500: the shop fell over</h1>\n'
        : `<!doctype html><title>shop ${version}</title><h1>Welcome to the shop (${version})</h1>\n`;
    } else {
      status = 404;
      body = JSON.stringify({ error: 'not found' });
    }
    // Latency between the base and 1.5 times the base, spread deterministically.
    const delay = behaviour.latencyMs * (1 + ((total * 7919) % 100) / 200);
    setTimeout(() => {
      res.writeHead(status, { 'content-type': type, 'x-version': version }).end(body);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      counts.set(String(status), (counts.get(String(status)) ?? 0) + 1);
      BUCKETS.forEach((le, i) => {
        if (seconds <= le) buckets[i]++;
      });
      sum += seconds;
      total++;
    }, delay);
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    version,
    errorRate: behaviour.errorRate,
    port,
    url: `http://127.0.0.1:${port}`,
    counts: () => Object.fromEntries(counts),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
