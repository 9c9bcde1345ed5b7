import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitForPort } from './ports.js';

/** Debian's prometheus; overridable with SHIPGATE_PROMETHEUS. */
export const prometheusBinary = process.env.SHIPGATE_PROMETHEUS ?? '/usr/bin/prometheus';

/** Why the Prometheus suites cannot run here, or undefined when they can. */
export function prometheusMissing(): string | undefined {
  if (!existsSync(prometheusBinary))
    return `prometheus not found at ${prometheusBinary} (Debian package prometheus)`;
  const version = spawnSync(prometheusBinary, ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) return `${prometheusBinary} --version failed: ${version.stderr}`;
  return undefined;
}

export interface ScrapeTarget {
  job: string;
  port: number;
  labels?: Record<string, string>;
}

export interface InstantAnswer {
  status: string;
  data: { resultType: string; result: { metric: Record<string, string>; value: [number, string] }[] };
}

export interface Prometheus {
  url: string;
  port: number;
  /** Instant query; returns the parsed JSON answer. */
  query(promql: string): Promise<InstantAnswer>;
  /** Waits until every target is up and has been scraped at least `scrapes` times. */
  waitForTargets(jobs: string[], timeoutMs?: number): Promise<void>;
  /** SIGKILL, as an outage. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts Prometheus on 127.0.0.1:<random port> with its TSDB in a temp dir, scraping `targets` every `scrapeInterval`. */
export async function startPrometheus(targets: ScrapeTarget[], scrapeInterval = '1s'): Promise<Prometheus> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-prometheus-'));
  const port = await freePort();
  const config = [
    'global:',
    `  scrape_interval: ${scrapeInterval}`,
    `  evaluation_interval: ${scrapeInterval}`,
    'scrape_configs:',
    ...targets.flatMap((t) => [
      `  - job_name: ${JSON.stringify(t.job)}`,
      '    static_configs:',
      `      - targets: ["127.0.0.1:${t.port}"]`,
      ...(t.labels ? [`        labels: ${JSON.stringify(t.labels)}`] : []),
    ]),
    '',
  ].join('\n');
  const configPath = path.join(dir, 'prometheus.yml');
  writeFileSync(configPath, config);
  const child: ChildProcess = spawn(
    prometheusBinary,
    [
      `--config.file=${configPath}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForPort(port, 20_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`prometheus did not start: ${stderr} ${(error as Error).message}`);
  }
  const query = async (promql: string) => {
    const response = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(promql)}`, {
      signal: AbortSignal.timeout(5000),
    });
    return (await response.json()) as InstantAnswer;
  };
  const stopWith = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
  };
  return {
    url,
    port,
    query,
    async waitForTargets(jobs, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        try {
          const answer = await query('count_over_time(up[1m]) >= 2 and up == 1');
          const ready = new Set(
            answer.data.result.map((r: { metric: Record<string, string> }) => r.metric.job),
          );
          if (jobs.every((job) => ready.has(job))) return;
        } catch {
          // not ready yet
        }
        if (Date.now() > deadline)
          throw new Error(`prometheus targets ${jobs.join(', ')} not up after ${timeoutMs} ms: ${stderr}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    },
    kill: () => stopWith('SIGKILL'),
    async stop() {
      await stopWith('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
