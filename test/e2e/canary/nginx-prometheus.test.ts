// The canary bundle against real components on loopback: nginx splitting traffic by weight between a stable
// and a canary Node server, a steady load generator through nginx, and Prometheus scraping both servers.
import { afterAll, beforeAll, beforeEach, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeWithComponents } from '../../harness/components.js';
import { startLoad, type LoadGenerator } from '../../harness/load-generator.js';
import { nginxBinary, nginxMissing, startNginx, upstreamBlock, type Nginx } from '../../harness/nginx.js';
import { prometheusMissing, startPrometheus, type Prometheus } from '../../harness/prometheus.js';
import { repoRoot, runAction } from '../../harness/runner.js';
import { startAppServer, type AppServer } from './fixtures/app-server.js';

const missing = nginxMissing() ?? prometheusMissing();
const LOAD_RPS = 60;
const SCRAPE_S = 1;
const CHECK_S = 2;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeWithComponents('canary on nginx + Prometheus', 'nginx and Prometheus are', missing, () => {
  let stable: AppServer;
  let canary: AppServer;
  let nginx: Nginx;
  let prometheus: Prometheus;
  let load: LoadGenerator;
  let dir: string;
  let configPath: string;
  let historyFile: string;
  const script = path.join(repoRoot, 'test', 'e2e', 'canary', 'fixtures', 'set-weight.mjs');

  const setWeight = (weight: number) => execFileSync(process.execPath, [script, configPath, String(weight)]);
  const history = () => (existsSync(historyFile) ? readFileSync(historyFile, 'utf8').trim().split('\n') : []);
  /** Which versions answered real requests through nginx during `ms`. */
  const observeTraffic = async (ms: number) => {
    // nginx reloads gracefully: old workers finish the requests they hold on kept-alive connections.
    await sleep(1000);
    load.reset();
    await sleep(ms);
    return { ...load.stats.byVersion };
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-canary-e2e-'));
    stable = await startAppServer('v1', { errorRate: 0, latencyMs: 20 });
    canary = await startAppServer('v2', { errorRate: 0, latencyMs: 20 });
    nginx = await startNginx({
      upstream: upstreamBlock('app', [
        { port: stable.port, weight: 100 },
        { port: canary.port, weight: 0 },
      ]),
      proxyTo: 'app',
    });
    historyFile = path.join(dir, 'history.txt');
    configPath = path.join(dir, 'traffic.json');
    writeFileSync(
      configPath,
      JSON.stringify({
        upstreamPath: nginx.upstreamPath,
        stablePort: stable.port,
        canaryPort: canary.port,
        nginxBinary,
        nginxArgs: nginx.args,
        pidPath: path.join(nginx.prefix, 'nginx.pid'),
        historyFile,
      }),
    );
    prometheus = await startPrometheus([
      { job: 'stable', port: stable.port },
      { job: 'canary', port: canary.port },
    ]);
    load = startLoad(`http://127.0.0.1:${nginx.port}/`, LOAD_RPS);
    await prometheus.waitForTargets(['stable', 'canary']);
  }, 60_000);

  afterAll(async () => {
    await load?.stop();
    await prometheus?.stop();
    await nginx?.stop();
    await stable?.stop();
    await canary?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    setWeight(0);
    rmSync(historyFile, { force: true });
    canary.behaviour = { errorRate: 0, latencyMs: 20 };
    await sleep(3500); // let the previous scenario leave the 3s query window
  });

  const inputs = (extra: Record<string, string> = {}) => ({
    'set-traffic-command': `node '${script}' '${configPath}' {weight}`,
    stages: '25,100',
    'stage-waits': '6s,6s',
    'check-interval': `${CHECK_S}s`,
    'analysis-interval': '3s',
    'min-samples': '30',
    'prometheus-url': prometheus.url,
    'request-count-query': 'sum(increase(http_requests_total{version="{{version}}"}[{{interval}}]))',
    'error-rate-query':
      '(sum(increase(http_requests_total{version="{{version}}",code=~"5.."}[{{interval}}])) or vector(0)) / sum(increase(http_requests_total{version="{{version}}"}[{{interval}}]))',
    'latency-query':
      'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{version="{{version}}"}[{{interval}}])))',
    version: 'v2',
    'baseline-version': 'v1',
    // The shared 2-core test machine adds jitter to a 20 ms service; doubling is +100 %.
    'max-latency-increase': '50',
    'call-timeout': '2s',
    timeout: '2m',
    ...extra,
  });

  it('promotes a healthy canary to 100 % and nginx sends all traffic to it', async () => {
    const result = await runAction('canary', { inputs: inputs(), killAfterMs: 60_000 });
    if (result.outputs.outcome !== 'promoted') console.log(result.log);
    expect(result.outputs.outcome).toBe('promoted');
    expect(result.exitCode).toBe(0);
    expect(result.outputs['final-weight']).toBe('100');
    expect(history()).toEqual(['25', '100']);
    expect(readFileSync(nginx.upstreamPath, 'utf8')).toMatch(
      new RegExp(`127\\.0\\.0\\.1:${stable.port} down`),
    );
    const traffic = await observeTraffic(1500);
    expect(traffic.v2).toBeGreaterThan(20);
    expect(traffic.v1 ?? 0).toBe(0);
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'));
    expect(report.stages.map((s: { outcome: string }) => s.outcome)).toEqual(['passed', 'passed']);
    expect(report.checks.every((c: { rollbackNow: boolean }) => !c.rollbackNow)).toBe(true);
    const at25 = report.checks.filter((c: { weight: number }) => c.weight === 25);
    expect(at25.length).toBeGreaterThanOrEqual(3);
    // At 25 % the stable version serves traffic to compare with. A batch may hold no new stable requests
    // (the first check of a stage can see a single scrape; increase() extrapolation can dip), most do.
    const compared = at25.filter(
      (c: { sources: { batchBaselineRequests?: number }[] }) => (c.sources[0].batchBaselineRequests ?? 0) > 0,
    );
    expect(compared.length * 2).toBeGreaterThanOrEqual(at25.length);
    const total = report.checks[report.checks.length - 1].sources[0].totalRequests;
    expect(total).toBeGreaterThanOrEqual(30);
    // Prometheus' counts (since each stage began, differenced per check) match what the canary answered.
    expect(total).toBeLessThanOrEqual(canary.answered.total);
    expect(result.summary).toContain('Canary: promoted');
  }, 60_000);

  it('rolls a canary answering 10 % 5xx back within one scrape plus the decision, counted in requests it served', async () => {
    canary.behaviour = { errorRate: 0.1, latencyMs: 20 };
    const before = { ...canary.answered };
    const result = await runAction('canary', { inputs: inputs(), killAfterMs: 60_000 });
    const served = canary.answered.total - before.total;
    expect(result.outputs.outcome).toBe('rolled-back');
    expect(result.exitCode).toBe(1);
    expect(result.outputs['failed-stage']).toBe('1');
    expect(result.outputs['final-weight']).toBe('0');
    expect(history()).toEqual(['25', '0']);
    expect(readFileSync(nginx.upstreamPath, 'utf8')).toMatch(
      new RegExp(`127\\.0\\.0\\.1:${canary.port} down`),
    );
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'));
    const decisive = report.checks[report.checks.length - 1];
    expect(decisive.rollbackNow).toBe(true);
    const evidence = decisive.sources[0].evidence['error rate'];
    expect(evidence.conclusive).toBe(true);
    // The decision needed `evidence.requests` canary requests (as Prometheus counted them). Beyond those,
    // the bad version may only have served what arrives at its 25 % share during one scrape interval
    // plus one check (the time for Prometheus to see the requests and the action to look), doubled for a
    // loaded machine; before the sequential analysis it served at least two whole 3 s rounds' worth.
    const perSecondAtWeight = LOAD_RPS * 0.25;
    const allowance = 2 * perSecondAtWeight * (SCRAPE_S + CHECK_S);
    // Prometheus' count may hold up to one scrape of requests answered before `before` was read (the
    // stage's starting sample is the last scrape, taken while the previous test's traffic still flowed).
    const earlier = perSecondAtWeight * SCRAPE_S;
    expect(served).toBeGreaterThanOrEqual(evidence.requests - earlier);
    expect(served).toBeLessThanOrEqual(evidence.requests + allowance);
    console.log(
      `10 % 5xx canary: served ${served} requests (${canary.answered.errors - before.errors} errors); the decision used ${evidence.requests}; allowance ${allowance}`,
    );
    const traffic = await observeTraffic(1500);
    expect(traffic.v1).toBeGreaterThan(20);
    expect(traffic.v2 ?? 0).toBe(0);
  }, 60_000);

  // The probe path (probe-stages 1) at a 5 % first stage (3 user requests/s to the canary): probes go to
  // each version directly, so the decision does not wait for the users' requests at the canary's share (the
  // user-traffic test above needed about 90 of them: half a minute at 5 %); the users' requests the bad
  // version served are only those of the decision time (the checks until a probe batch decided) plus one
  // scrape interval.
  it('with probes in the first stage, rolls a 10 % 5xx canary back on a probe batch: the users get only what arrives before it', async () => {
    canary.behaviour = { errorRate: 0.1, latencyMs: 20 };
    const PROBES = 100; // as the examples recommend
    const users = { ...canary.answered };
    const probed = { ...canary.probed };
    const result = await runAction('canary', {
      inputs: inputs({
        'canary-url': `http://127.0.0.1:${canary.port}/probe`,
        'baseline-url': `http://127.0.0.1:${stable.port}/probe`,
        'probe-requests': String(PROBES),
        'probe-stages': '1',
        stages: '5,100',
      }),
      killAfterMs: 60_000,
    });
    const servedUsers = canary.answered.total - users.total;
    const servedProbes = canary.probed.total - probed.total;
    if (result.outputs.outcome !== 'rolled-back') console.log(result.log);
    expect(result.outputs.outcome).toBe('rolled-back');
    expect(result.outputs['failed-stage']).toBe('1');
    expect(history()).toEqual(['5', '0']);
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'));
    const decisive = report.checks[report.checks.length - 1];
    expect(decisive.rollbackNow).toBe(true);
    const probe = decisive.sources.find((s: { source: string }) => s.source === 'probe');
    expect(probe.evidence['error rate'].conclusive).toBe(true);
    // Every probe batch was sent in full, to the canary directly: the tally is checks × probe-requests.
    expect(servedProbes).toBe(report.checks.length * PROBES);
    expect(canary.probed.errors - probed.errors).toBeGreaterThan(0);
    // A probe batch of 100 at 10 % 5xx against a clean baseline batch decides at the first or second check.
    expect(report.checks.length).toBeLessThanOrEqual(2);
    // Users' requests: at most the 5 % share during those checks plus one scrape interval, doubled for a
    // loaded machine, and far fewer than the probe requests the decision rested on.
    const perSecondAtWeight = LOAD_RPS * 0.05;
    const allowance = 2 * perSecondAtWeight * (SCRAPE_S + report.checks.length * CHECK_S);
    expect(servedUsers).toBeLessThanOrEqual(allowance);
    expect(servedUsers * 4).toBeLessThan(servedProbes);
    console.log(
      `10 % 5xx canary with probes: served ${servedUsers} user requests and ${servedProbes} probes in ${report.checks.length} check(s); allowance ${allowance}`,
    );
    const traffic = await observeTraffic(1000);
    expect(traffic.v2 ?? 0).toBe(0);
  }, 60_000);

  it('rolls back a canary whose latency doubles', async () => {
    canary.behaviour = { errorRate: 0, latencyMs: 40 };
    const result = await runAction('canary', { inputs: inputs(), killAfterMs: 60_000 });
    expect(result.outputs.outcome).toBe('rolled-back');
    expect(result.outputs['failed-stage']).toBe('1');
    expect(history()).toEqual(['25', '0']);
    expect(result.log).toMatch(/above the baseline's .* \(max-latency-increase 50%/);
    const traffic = await observeTraffic(1000);
    expect(traffic.v2 ?? 0).toBe(0);
  }, 60_000);

  // A router that applies each weight 4 s after accepting it: Prometheus' requests by version show the
  // previous split meanwhile, and each stage is judged for its whole wait once its weight shows.
  it('a late router: each stage is judged for its full wait from when its weight shows in the traffic', async () => {
    const late = path.join(repoRoot, 'test', 'e2e', 'canary', 'fixtures', 'set-weight-late.mjs');
    const result = await runAction('canary', {
      inputs: inputs({ 'set-traffic-command': `node '${late}' 4000 '${configPath}' {weight}` }),
      killAfterMs: 60_000,
    });
    if (result.outputs.outcome !== 'promoted') console.log(result.log);
    expect(result.outputs.outcome).toBe('promoted');
    expect(history()).toEqual(['25', '100']);
    expect(result.log).toMatch(/stage 1\/2 weight 25% round 1 .* 25% not yet seen in the traffic/);
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'));
    for (const stage of report.stages as {
      startedAtMs: number;
      weightSeenAtMs: number;
      endedAtMs: number;
      waitMs: number;
    }[]) {
      // Judged for the whole wait from when its weight showed. Stage 1 showed the previous split first
      // (the log line above); a later stage's first batch can be empty on a busy machine (no scrape between
      // two checks), and an empty batch cannot tell, so it counts as applied (weight-arrival.ts).
      expect(stage.weightSeenAtMs).toBeGreaterThanOrEqual(stage.startedAtMs);
      expect(stage.endedAtMs - stage.weightSeenAtMs).toBeGreaterThanOrEqual(stage.waitMs);
    }
    expect(report.stages[0].weightSeenAtMs).toBeGreaterThan(report.stages[0].startedAtMs);
    const traffic = await observeTraffic(1500);
    expect(traffic.v1 ?? 0).toBe(0);
  }, 60_000);

  it('rolls back after max-inconclusive-rounds when Prometheus goes down mid-analysis', async () => {
    let killed = false;
    const result = await runAction('canary', {
      inputs: inputs({ 'max-inconclusive-rounds': '3' }),
      killAfterMs: 60_000,
      // A hook on the log, not a cancellation: kill Prometheus once the first round is analysed.
      cancel: {
        when: (log) => {
          if (!killed && /round 1 \(\d+s\/6s\): prometheus/.test(log)) {
            killed = true;
            void prometheus.kill();
          }
          return false;
        },
      },
    });
    expect(killed).toBe(true);
    expect(result.outputs.outcome).toBe('rolled-back');
    expect(result.log).toMatch(/3 check\(s\) in a row with no data/);
    expect(result.log).toMatch(/no data: request-count-query for v2: cannot connect/);
    expect(history()[history().length - 1]).toBe('0');
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'));
    expect(report.checks.filter((r: { verdict: string }) => r.verdict === 'inconclusive')).toHaveLength(3);
    const traffic = await observeTraffic(1000);
    expect(traffic.v2 ?? 0).toBe(0);
  }, 60_000);
});
