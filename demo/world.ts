import { spawnSync } from 'node:child_process';
import { scaledClock } from '../packages/core/src/clock.js';
import { startEmulator, type GitHubEmulator } from '../test/harness/emulator/index.js';
import { startLoad, type LoadGenerator } from '../test/harness/load-generator.js';
import { nginxBinary, nginxMissing } from '../test/harness/nginx.js';
import {
  prometheusBinary,
  prometheusMissing,
  startPrometheus,
  type Prometheus,
} from '../test/harness/prometheus.js';
import { startBuiltinRouter, startNginxRouter, type Router } from './router.js';
import { startServiceVersion, type ServiceVersion } from './sample-service.js';
import { startTrafficWebhook, type TrafficWebhook } from './traffic-webhook.js';

export const REPOSITORY = 'demo-org/shop';
export const DEPLOYER = 'deployer';
export const GATE_USER = 'shipgate-bot';
export const APPROVERS = ['alice', 'bob'] as const;

/**
 * The demo's world: the GitHub API emulator, the three versions of the sample service, the router in
 * front of them, the canary's traffic webhook, Prometheus when installed, and a steady load through the
 * router (the users of the shop). Everything listens on 127.0.0.1 and is stopped by `stop()`, in reverse
 * order of start, also after a failure or Ctrl-C.
 */
export interface World {
  emulator: GitHubEmulator;
  /** The scaled clock shared by the emulator and the approval gate (approval waits run fast). */
  clockSpec: { epochMs: number; factor: number };
  tokens: Record<string, string>;
  versions: Record<'stable' | 'good' | 'faulty', ServiceVersion>;
  router: Router;
  webhook: TrafficWebhook;
  prometheus?: Prometheus;
  load: LoadGenerator;
  /** How the demo routes and measures, in words. */
  setup: { router: string; metrics: string };
  stop(): Promise<void>;
}

export const CLOCK_FACTOR = 30;

function versionOf(binary: string, args: string[]): string {
  const result = spawnSync(binary, args, { encoding: 'utf8' });
  const text = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  return /(\d+\.\d+\.\d+)/.exec(text)?.[1] ?? 'unknown version';
}

export async function startWorld(print: (line: string) => void): Promise<World> {
  const stops: { name: string; stop: () => Promise<void> }[] = [];
  const stop = async () => {
    for (const { name, stop: stopOne } of stops.splice(0).reverse()) {
      try {
        await stopOne();
      } catch (error) {
        print(`  ! could not stop ${name}: ${(error as Error).message}`);
      }
    }
  };
  try {
    const clockSpec = { epochMs: Date.now(), factor: CLOCK_FACTOR };
    const emulator = await startEmulator({ clock: scaledClock(clockSpec.epochMs, clockSpec.factor) });
    stops.push({ name: 'the GitHub API emulator', stop: () => emulator.stop() });
    emulator.addUser(DEPLOYER);
    for (const login of APPROVERS) emulator.addUser(login);
    emulator.addUser(GATE_USER, { type: 'Bot' });
    emulator.addRepo(REPOSITORY, { files: { 'README.md': '# shop\n' } });
    for (const login of [DEPLOYER, GATE_USER, ...APPROVERS])
      emulator.setPermission(REPOSITORY, login, 'write');
    const tokens = Object.fromEntries(
      [DEPLOYER, GATE_USER, ...APPROVERS].map((login) => [login, emulator.tokenFor(login)]),
    );
    print(
      `  GitHub API emulator ${emulator.url}: ${REPOSITORY}, deployer @${DEPLOYER}, approvers ${APPROVERS.map((a) => `@${a}`).join(' and ')} (write), gate identity @${GATE_USER}; clock ×${CLOCK_FACTOR} for the approval wait`,
    );

    const stable = await startServiceVersion('v1.0.0', { errorRate: 0, latencyMs: 10 });
    stops.push({ name: 'shop v1.0.0', stop: () => stable.stop() });
    const good = await startServiceVersion('v1.1.0', { errorRate: 0, latencyMs: 10 });
    stops.push({ name: 'shop v1.1.0', stop: () => good.stop() });
    const faulty = await startServiceVersion('v1.2.0', { errorRate: 0.1, latencyMs: 10 });
    stops.push({ name: 'shop v1.2.0', stop: () => faulty.stop() });
    print(
      `  sample service "shop": v1.0.0 ${stable.url} (stable), v1.1.0 ${good.url} (new), v1.2.0 ${faulty.url} (faulty: 10 % of page requests answer 500)`,
    );

    const nginxProblem = nginxMissing();
    const router = nginxProblem ? await startBuiltinRouter(stable) : await startNginxRouter(stable);
    stops.push({ name: `the ${router.kind} router`, stop: () => router.stop() });
    const routerText = nginxProblem
      ? `built-in Node weighted router (nginx not used: ${nginxProblem})`
      : `nginx ${versionOf(nginxBinary, ['-v'])} (${nginxBinary}), weights in its upstream file, reloaded per change`;
    print(`  router ${router.url}: ${routerText}`);

    const webhook = await startTrafficWebhook(router);
    stops.push({ name: 'the traffic webhook', stop: () => webhook.stop() });

    const prometheusProblem = prometheusMissing();
    let prometheus: Prometheus | undefined;
    let metricsText: string;
    if (prometheusProblem) {
      metricsText = `the canary probes each version directly over HTTP (Prometheus not used: ${prometheusProblem})`;
    } else {
      prometheus = await startPrometheus(
        [stable, good, faulty].map((v) => ({ job: `shop-${v.version}`, port: v.port })),
        '1s',
      );
      const started = prometheus;
      stops.push({ name: 'Prometheus', stop: () => started.stop() });
      metricsText = `Prometheus ${versionOf(prometheusBinary, ['--version'])} (${prometheusBinary}) scraping every version's /metrics each second; the canary queries it`;
    }
    print(`  metrics ${prometheus?.url ?? '(built in)'}: ${metricsText}`);

    const load = startLoad(`${router.url}/`, 50);
    stops.push({ name: 'the load generator', stop: () => load.stop() });
    if (prometheus) await prometheus.waitForTargets([stable, good, faulty].map((v) => `shop-${v.version}`));
    print(`  load: 50 requests/s of shoppers through the router`);

    return {
      emulator,
      clockSpec,
      tokens,
      versions: { stable, good, faulty },
      router,
      webhook,
      prometheus,
      load,
      setup: { router: routerText, metrics: metricsText },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
