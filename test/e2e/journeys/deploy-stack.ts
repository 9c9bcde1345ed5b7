import { describeWithComponents } from '../../harness/components.js';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startLoad, type LoadGenerator } from '../../harness/load-generator.js';
import { nginxMissing, startNginx, upstreamBlock, type Nginx } from '../../harness/nginx.js';
import { prometheusMissing, startPrometheus, type Prometheus } from '../../harness/prometheus.js';
import { pushImage, registryUnavailable, startRegistry, type Registry } from '../../harness/registry.js';
import { startShopService, type ShopService } from './shop-service.js';

/**
 * What a deployment of "shop-api" reaches, on loopback, as the deploy examples describe it: the stable
 * and the next version behind nginx, a deploy router whose webhook (`set-traffic-url`) rewrites nginx's
 * weights and reloads it, Prometheus scraping both versions, steady user traffic through nginx, and a
 * registry holding the image.
 */

export interface DeployStack {
  stable: ShopService;
  next: ShopService;
  nginx: Nginx;
  /** Present unless the journey's example uses probes only. */
  prometheus?: Prometheus;
  /** Present when the example checks an image. */
  registry?: Registry;
  load: LoadGenerator;
  /** The deploy router's base URL (POST /weights/<service>). */
  routerUrl: string;
  /** Every weight the router applied, in order. */
  weights: number[];
  /** Versions started through the router's deploy webhook (POST /deployments/<service>). */
  started: string[];
  /** Requests the next version answered through nginx (user traffic that reached it). */
  nextServed(): number;
  stop(): Promise<void>;
}

export const registryAuth = { username: 'octo-reader', password: 'ghcr-read-token-4f1e' };

export function deployStackMissing(): string | undefined {
  return nginxMissing() ?? prometheusMissing() ?? registryUnavailable();
}

/** A journey that needs the real components (see describeWithComponents). */
export function describeWithStack(title: string, body: () => void): void {
  describeWithComponents(title, 'nginx, Prometheus and the registry are', deployStackMissing(), body);
}

export async function startDeployStack(options: {
  service: string;
  stableVersion: string;
  nextVersion: string;
  nextErrorRate: number;
  loadPerSecond?: number;
  /** The router's webhook path (default /weights/<service>). */
  routerPath?: string;
  prometheus?: boolean;
  registry?: boolean;
}): Promise<DeployStack> {
  const routerPath = options.routerPath ?? `/weights/${options.service}`;
  const stable = await startShopService(options.service, options.stableVersion, { errorRate: 0 });
  const next = await startShopService(options.service, options.nextVersion, {
    errorRate: options.nextErrorRate,
  });
  const nginx = await startNginx({
    upstream: upstreamBlock('app', [
      { port: stable.port, weight: 100 },
      { port: next.port, weight: 0 },
    ]),
    proxyTo: 'app',
  });
  const weights: number[] = [];
  const started: string[] = [];
  const router = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as {
        weight?: unknown;
        version?: unknown;
      };
      if (req.method === 'POST' && req.url === `/deployments/${options.service}`) {
        started.push(String(body.version));
        res.writeHead(202, { 'content-type': 'application/json' }).end('{"started":true}');
        return;
      }
      const weight = Number(body.weight);
      const valid = Number.isInteger(weight) && weight >= 0 && weight <= 100;
      if (req.method !== 'POST' || req.url !== routerPath || !valid) {
        res.writeHead(400).end('expected POST /weights/<service> {"weight": 0..100}\n');
        return;
      }
      const servers = [
        { port: stable.port, weight: 100 - weight },
        { port: next.port, weight },
      ];
      writeFileSync(nginx.upstreamPath, upstreamBlock('app', servers));
      nginx.reload();
      weights.push(weight);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ applied: weight }));
    });
  });
  await new Promise<void>((resolve) => router.listen(0, '127.0.0.1', resolve));
  const routerUrl = `http://127.0.0.1:${(router.address() as AddressInfo).port}`;
  const prometheus =
    options.prometheus === false
      ? undefined
      : // Four scrapes per canary check at the journeys' clock factor (see JOURNEY_FACTOR).
        await startPrometheus(
          [
            { job: 'stable', port: stable.port },
            { job: 'next', port: next.port },
          ],
          '250ms',
        );
  const registry = options.registry === false ? undefined : await startRegistry({ auth: registryAuth });
  if (registry) await pushImage(registry, `octo-org/${options.service}`, options.nextVersion, registryAuth);
  // 50 requests a second: the first stage's 5 % still gets a few a second, enough for a 10 % fault to
  // show before the third stage (deploy-on-dispatch). At 150 the traffic was half the journeys' CPU.
  const load = startLoad(`http://127.0.0.1:${nginx.port}/`, options.loadPerSecond ?? 50);
  await prometheus?.waitForTargets(['stable', 'next']);
  return {
    stable,
    next,
    nginx,
    prometheus,
    registry,
    load,
    routerUrl,
    weights,
    started,
    nextServed: () => load.stats.byVersion[options.nextVersion] ?? 0,
    stop: async () => {
      await load.stop();
      await new Promise<void>((resolve) => router.close(() => resolve()));
      await Promise.allSettled([
        prometheus?.stop(),
        registry?.stop(),
        nginx.stop(),
        stable.stop(),
        next.stop(),
      ]);
    },
  };
}

/** Which versions answer user traffic now (after nginx's graceful reload has settled). */
export async function versionsServing(stack: DeployStack): Promise<string[]> {
  await new Promise((r) => setTimeout(r, 1000));
  stack.load.reset();
  await new Promise((r) => setTimeout(r, 1500));
  return Object.keys(stack.load.stats.byVersion).sort();
}
