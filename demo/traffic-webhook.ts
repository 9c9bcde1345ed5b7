import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Backend, Router } from './router.js';

/**
 * The canary's `set-traffic-url`: a webhook on 127.0.0.1 that receives {"weight","stage","version"} (and
 * "rollback": true) and applies it to the router. It refuses (409) a call for a version that is not the
 * one being rolled out, and 400 a weight outside 0..100, so a mistake is visible as a failed traffic change.
 */
export interface TrafficWebhook {
  url: string;
  /** The rollout the webhook applies weights to (the stable version and the new one). */
  rollout(stable: Backend, next: Backend): void;
  /** Weights applied for the current rollout, in order (`rollback` marks a rollback call). */
  history: string[];
  stop(): Promise<void>;
}

export async function startTrafficWebhook(router: Router): Promise<TrafficWebhook> {
  let current: { stable: Backend; next: Backend } | undefined;
  const hook: TrafficWebhook = {
    url: '',
    history: [],
    rollout(stable, next) {
      current = { stable, next };
      hook.history = [];
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = http.createServer((req, res) => {
    const answer = (status: number, text: string) =>
      res.writeHead(status, { 'content-type': 'text/plain' }).end(`${text}\n`);
    if (req.method !== 'POST') return answer(405, 'POST only');
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      let body: { weight?: unknown; version?: unknown; rollback?: unknown };
      try {
        body = JSON.parse(raw) as typeof body;
      } catch {
        return answer(400, 'body is not JSON');
      }
      const weight = body.weight;
      if (typeof weight !== 'number' || !Number.isInteger(weight) || weight < 0 || weight > 100)
        return answer(400, `weight ${String(weight)} is not an integer 0..100`);
      if (!current) return answer(409, 'no rollout in progress');
      if (body.version !== current.next.version)
        return answer(
          409,
          `version ${String(body.version)} is not the one rolling out (${current.next.version})`,
        );
      try {
        router.route(current.stable, current.next, weight);
      } catch (error) {
        return answer(500, `router: ${(error as Error).message}`);
      }
      hook.history.push(body.rollback === true ? `rollback→${weight}` : String(weight));
      answer(200, `${weight}% to ${current.next.version}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hook.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/traffic`;
  return hook;
}
