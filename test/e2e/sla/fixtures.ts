import http from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

/** A service under probe on 127.0.0.1: /ok, /slow (300 ms), /fail (503), /flaky (every other request fails). */
export async function startServices(): Promise<{
  url: string;
  hits: Record<string, number>;
  /** /toggle answers 503 while this is true. */
  toggle: { down: boolean };
  stop(): Promise<void>;
}> {
  const hits: Record<string, number> = {};
  const toggle = { down: false };
  const server = http.createServer((req, res) => {
    const route = (req.url ?? '/').split('?')[0];
    hits[route] = (hits[route] ?? 0) + 1;
    if (route === '/ok') res.end('ok');
    else if (route === '/toggle') {
      res.statusCode = toggle.down ? 503 : 200;
      res.end();
    } else if (route === '/slow') setTimeout(() => res.end('slow'), 300);
    else if (route === '/fail') {
      res.statusCode = 503;
      res.end('unavailable');
    } else if (route === '/hang') {
      // Never answers: the probe's timeout or a cancellation ends it.
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
    toggle,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
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

export interface TestSample {
  t: number;
  status: 'ok' | 'degraded' | 'down';
  ms?: number;
  errors?: number;
}

/**
 * Samples as sla-probe writes them, one JSON line each, by file: `samples/<service>/<day>.jsonl` → its
 * text (for a data directory or a data branch).
 */
export function sampleFiles(service: string, samples: TestSample[]): Record<string, string> {
  const byDay = new Map<string, string[]>();
  for (const s of samples) {
    const day = new Date(s.t).toISOString().slice(0, 10);
    const line = JSON.stringify({
      t: new Date(s.t).toISOString(),
      status: s.status,
      ...(s.status === 'down' ? { reason: 'HTTP 503, expected 200' } : { code: 200, ms: s.ms ?? 50 }),
      attempts: s.status === 'down' ? 3 : 1 + (s.errors ?? 0),
      errors: s.status === 'down' ? 3 : (s.errors ?? 0),
    });
    const lines = byDay.get(day);
    if (lines) lines.push(line);
    else byDay.set(day, [line]);
  }
  return Object.fromEntries(
    [...byDay].map(([day, lines]) => [`samples/${service}/${day}.jsonl`, `${lines.join('\n')}\n`]),
  );
}

/** Writes samples as sla-probe would into a data directory (see sampleFiles). */
export function writeSamples(dataDir: string, service: string, samples: TestSample[]): void {
  for (const [name, text] of Object.entries(sampleFiles(service, samples))) {
    const file = path.join(dataDir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

/** Times every `stepMs` from `from` up to (not including) `to`. */
export function every(stepMs: number, from: number, to: number): number[] {
  const times: number[] = [];
  for (let t = from; t < to; t += stepMs) times.push(t);
  return times;
}
