import http from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

/** A service under probe on 127.0.0.1: /ok, /slow (300 ms), /fail (503), /flaky (every other request fails). */
export async function startServices(): Promise<{
  url: string;
  hits: Record<string, number>;
  stop(): Promise<void>;
}> {
  const hits: Record<string, number> = {};
  const server = http.createServer((req, res) => {
    const route = (req.url ?? '/').split('?')[0];
    hits[route] = (hits[route] ?? 0) + 1;
    if (route === '/ok') res.end('ok');
    else if (route === '/slow') setTimeout(() => res.end('slow'), 300);
    else if (route === '/fail') {
      res.statusCode = 503;
      res.end('unavailable');
    } else if (route === '/flaky') {
      res.statusCode = hits[route] % 2 === 1 ? 500 : 200;
      res.end();
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sla-ws-'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}
