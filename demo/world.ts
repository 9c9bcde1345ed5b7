import { spawnSync } from 'node:child_process';
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
  tokens: Record<string, string>;
  userIds: Record<string, number>;
  versions: Record<'stable' | 'good' | 'faulty', ServiceVersion>;
  router: Router;
  webhook: TrafficWebhook;
  prometheus?: Prometheus;
  load: LoadGenerator;
  /** How the demo routes and measures, in words. */
  setup: { router: string; metrics: string };
  stop(): Promise<void>;
}

function versionOf(binary: string, args: string[]): string {
  const result = spawnSync(binary, args, { encoding: 'utf8' });
  const text = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  return /(\d+\.\d+\.\d+)/.exec(text)?.[1] ?? 'unknown version';
}

/**
 * The share of v1.2.0's page requests that fail: 10 %. SHIPGATE_DEMO_FAULTY_ERROR_RATE changes it, which is
 * how the e2e test proves the demo never pretends (at 0 the canary promotes v1.2.0 and the demo fails).
 */
export function faultyErrorRate(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.SHIPGATE_DEMO_FAULTY_ERROR_RATE;
  if (text === undefined || text === '') return 0.1;
  const rate = Number(text);
  if (!Number.isFinite(rate) || rate < 0 || rate > 1)
    throw new Error(`SHIPGATE_DEMO_FAULTY_ERROR_RATE: '${text}' is not a fraction between 0 and 1`);
  return rate;
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
    // The emulator and every bundle run on the wall clock: the canary's analysis windows are Prometheus
    // time, and the audit records, approval comments and deployment statuses must agree on when things
    // happened (a scaled clock for the approval wait would date the approval after the deployment).
    const emulator = await startEmulator();
    stops.push({ name: 'the GitHub API emulator', stop: () => emulator.stop() });
    const userIds: Record<string, number> = {};
    for (const login of [DEPLOYER, ...APPROVERS]) userIds[login] = emulator.addUser(login).id;
    userIds[GATE_USER] = emulator.addUser(GATE_USER, { type: 'Bot' }).id;
    emulator.addRepo(REPOSITORY, { files: { 'README.md': '# shop\n' } });
    for (const login of [DEPLOYER, GATE_USER, ...APPROVERS])
      emulator.setPermission(REPOSITORY, login, 'write');
    const tokens = Object.fromEntries(
      [DEPLOYER, GATE_USER, ...APPROVERS].map((login) => [login, emulator.tokenFor(login)]),
    );
    print(
      `  GitHub API emulator ${emulator.url}: ${REPOSITORY}, deployer @${DEPLOYER}, approvers ${APPROVERS.map((a) => `@${a}`).join(' and ')} (write), gate identity @${GATE_USER}`,
    );

    const stable = await startServiceVersion('v1.0.0', { errorRate: 0, latencyMs: 10 });
    stops.push({ name: 'shop v1.0.0', stop: () => stable.stop() });
    const good = await startServiceVersion('v1.1.0', { errorRate: 0, latencyMs: 10 });
    stops.push({ name: 'shop v1.1.0', stop: () => good.stop() });
    const faultyRate = faultyErrorRate();
    const faulty = await startServiceVersion('v1.2.0', { errorRate: faultyRate, latencyMs: 10 });
    stops.push({ name: 'shop v1.2.0', stop: () => faulty.stop() });
    print(
      `  sample service "shop": v1.0.0 ${stable.url} (stable), v1.1.0 ${good.url} (new), v1.2.0 ${faulty.url} (faulty: ${faultyRate * 100} % of page requests answer 500)`,
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
      tokens,
      userIds,
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
