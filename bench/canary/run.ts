// Canary decision rules side by side in one deterministic simulation: this action's progression
// (actions/canary/src/progression.ts, run unchanged on a virtual clock) against reimplementations of the
// documented default decision rules of Flagger and Argo Rollouts, on the same simulated traffic.
//
// Anchors, as documented:
// - Flagger (https://docs.flagger.app, "Canary analysis" / "Deployment strategies"): every `interval`
//   (schedule interval, default 60s) the metric checks run (built-in request-success-rate, min 99 %, and
//   request-duration P99, max 500 ms in the documented examples); a failed check halts advancement and
//   increments the failed-checks counter; when it reaches `threshold` (5 in the documented examples) the
//   canary is rolled back; otherwise the weight grows by `stepWeight`(s) up to `maxWeight` and the canary is
//   promoted — analysis ends at promotion. A query that returns no values counts as a failed check.
// - Argo Rollouts (https://argoproj.github.io/argo-rollouts/features/analysis/): background analysis runs
//   beside the setWeight/pause steps until the rollout completes; a measurement every `interval`; the run
//   fails when failed measurements exceed `failureLimit` (default 0) and errors when consecutive errors exceed
//   `consecutiveErrorLimit` (default 4); either aborts the rollout (weight back to 0). An empty Prometheus
//   result makes the condition evaluation an error; NaN (0/0) makes the condition false: a failure. We start
//   measuring one interval after the first step (as if `initialDelay` equalled the interval) so the anchor is
//   not penalised for measuring before any canary traffic exists.
// All three get the same checks (error rate 1 %, latency) on the same canary-scoped metrics and the same
// weights 5/25/50; they differ only in their decision rules. The anchors measure every 60 s; this action
// judges at every 5 s scrape with sequential tests at a false-rollback level of 0.1 % over the progression,
// with the seeds' stage table (60 s, 60 s, 90 s, then an 8 min final verification at 100 %, which is why
// it takes longer to promote, and why a fault that starts at minute 10 is still caught). Its metrics are the
// user traffic's requests by version (as Prometheus counts them), so a stage's wait counts from when the
// stage's weight shows in them: a late router does not shorten the judging at each weight.
// The scenario marked "(extra)" is not one of the issue's: the same first-stage fault with 10× the traffic,
// to show how fast the same test decides when the canary's share gets enough requests.
// Probe variants ("+ probes"): the same scenarios with synthetic requests sent to the canary directly, at
// the same rate for all three (20 requests/s), never counted as user exposure (exposure is the weight share
// of USER traffic only):
// - shipgate as the examples recommend (examples/deploy-on-dispatch.yml): probe-requests 100 per 5 s check
//   to canary-url and to baseline-url, probe-stages 1 (later stages are judged on Prometheus only).
// - Flagger with its load tester: a `rollout` webhook runs on every analysis iteration, before the metric
//   checks, and the documented load test is `hey -z 1m -q 10 -c 2 http://<app>-canary:<port>/` (2 workers
//   × 10 requests/s for the whole 1 m interval: 20 requests/s to the canary), so the built-in
//   request-success-rate of the canary's pods counts those requests with the users'
//   (https://docs.flagger.app/usage/webhooks.md, "Load Testing"). Interval 1 m, threshold 5, as above.
// - Argo Rollouts: the analysis providers include `web` and `job` (a Kubernetes Job, e.g. a load test,
//   whose exit code is the measurement) (https://argoproj.github.io/argo-rollouts/features/analysis/,
//   https://raw.githubusercontent.com/argoproj/argo-rollouts/v1.10.0/docs/features/analysis.md): modelled as
//   the same 20 requests/s load driven at the canary during the whole background analysis, its canary
//   success rate measured every interval (60 s, failureLimit 0) on the canary's traffic, users' and load's.
// Both anchors get the load during the whole analysis (more evidence than shipgate's one probed stage).
// For exploring, not for figures: CANARY_BENCH_ONLY=<part of a scenario name>, CANARY_BENCH_RUNS=<n>,
// CANARY_ALPHA=<false-rollback level as a fraction>, CANARY_BENCH_DEBUG=1 (print why healthy runs rolled back).
import { VirtualClock } from '../../packages/core/src/clock.js';
import type { SourceMeasurement, VersionSample } from '../../actions/canary/src/analysis.js';
import {
  runProgression,
  type MeasureContext,
  type ProgressionConfig,
} from '../../actions/canary/src/progression.js';
import { planStages } from '../../actions/canary/src/stages.js';
import { percentile } from '../../actions/canary/src/statistics.js';
import { seededRandom } from '../../test/harness/prng.js';
import { reportFigures, type FigureRow } from '../report.js';

// ---------- deterministic randomness ----------
function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}
function poisson(rand: () => number, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rand)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rand();
  while (p > limit) {
    k++;
    p *= rand();
  }
  return k;
}
function binomial(rand: () => number, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (n > 200) {
    const mean = n * p;
    if (mean < 30) return Math.min(n, poisson(rand, mean));
    return Math.min(n, Math.max(0, Math.round(mean + Math.sqrt(mean * (1 - p)) * normal(rand))));
  }
  let k = 0;
  for (let i = 0; i < n; i++) if (rand() < p) k++;
  return k;
}

// ---------- the simulated world ----------
interface Scenario {
  name: string;
  /** true: the new version is faulty (exposure, escapes, time to rollback); false: healthy (false rollbacks, time to promote). */
  faulty: boolean;
  runs: number;
  rps: number;
  /** Router applies weights this many seconds late. */
  lagSec?: number;
  /** The metrics source answers nothing for the canary. */
  noData?: boolean;
  latencySigma?: number;
  /** Synthetic requests per second sent to the canary directly (and, for shipgate, to the baseline). */
  probeRps?: number;
  /** Error probability of each version at time t (s) with applied canary weight w. */
  canaryError(t: number, w: number): number;
  stableError(t: number): number;
  canaryLatencyFactor?(t: number): number;
  /** Is the fault hurting users at (t, w)? (for exposure and the onset of time to rollback) */
  faultActive(t: number, w: number): boolean;
}

const CHUNK = 5; // seconds of traffic generated at a time
const HORIZON = 20 * 60; // exposure is counted until 20 min after the start
const MEDIAN_MS = 170; // lognormal latency: p95 ≈ 300 ms, p99 ≈ 385 ms with sigma 0.35
const LATENCY_KEEP = 20; // latency samples kept per version per chunk (like a probe or a trace sample)

interface Part {
  n: number;
  e: number;
  lat: number[];
}
interface Chunk {
  end: number;
  canary: Part;
  stable: Part;
  /** The anchors' load tester's requests to the canary (not user traffic). */
  load: Part;
}

class World {
  readonly chunks: Chunk[] = [];
  private time = 0;
  private changes: { at: number; weight: number }[] = [{ at: 0, weight: 0 }];
  exposure = 0; // %·min of traffic served by the faulty version while its fault is active
  faultOnset?: number;
  rolledBackAt?: number;
  constructor(
    private readonly s: Scenario,
    private readonly rand: () => number,
    /** Synthetic load sent to the canary in every chunk (the anchors' load tester), requests/s. */
    private readonly loadRps = 0,
  ) {}

  /** `n` synthetic requests sent to one version directly at time t (probes): every latency is kept. */
  probe(t: number, version: 'canary' | 'stable', n: number): VersionSample {
    const w = this.weightAt(t);
    const p = version === 'canary' ? this.s.canaryError(t, w) : this.s.stableError(t);
    const factor = version === 'canary' ? (this.s.canaryLatencyFactor?.(t) ?? 1) : 1;
    const lat = this.latencies(n, factor, n);
    return { requests: n, errors: binomial(this.rand, n, p), latenciesMs: lat, p95Ms: percentile(lat, 0.95) };
  }

  weightAt(t: number): number {
    let w = 0;
    for (const c of this.changes) if (c.at <= t) w = c.weight;
    return w;
  }

  setWeight(now: number, weight: number): void {
    const at = now + (this.s.lagSec ?? 0);
    this.changes.push({ at, weight });
    if (weight === 0 && this.rolledBackAt === undefined) this.rolledBackAt = at;
  }

  /** Latencies of `n` requests, `keep` of them at most (a chunk keeps a sample; a probe batch all). */
  private latencies(n: number, factor: number, keep = LATENCY_KEEP): number[] {
    keep = Math.min(n, keep);
    const sigma = this.s.latencySigma ?? 0.35;
    return Array.from({ length: keep }, () => MEDIAN_MS * factor * Math.exp(sigma * normal(this.rand)));
  }

  advanceTo(t: number): void {
    while (this.time + CHUNK <= t) {
      const mid = this.time + CHUNK / 2;
      const w = this.weightAt(mid);
      const total = poisson(this.rand, this.s.rps * CHUNK);
      const nc = binomial(this.rand, total, w / 100);
      const ns = total - nc;
      const canary = {
        n: nc,
        e: binomial(this.rand, nc, this.s.canaryError(mid, w)),
        lat: this.latencies(nc, this.s.canaryLatencyFactor?.(mid) ?? 1),
      };
      const stable = {
        n: ns,
        e: binomial(this.rand, ns, this.s.stableError(mid)),
        lat: this.latencies(ns, 1),
      };
      const nl = this.loadRps > 0 ? poisson(this.rand, this.loadRps * CHUNK) : 0;
      const load = {
        n: nl,
        e: binomial(this.rand, nl, this.s.canaryError(mid, w)),
        lat: this.latencies(nl, this.s.canaryLatencyFactor?.(mid) ?? 1),
      };
      // Exposure: the users' traffic only; load and probe requests hurt no user.
      if (this.s.faulty && w > 0 && this.s.faultActive(mid, w)) {
        this.exposure += (w * CHUNK) / 60;
        this.faultOnset ??= this.time;
      }
      this.time += CHUNK;
      this.chunks.push({ end: this.time, canary, stable, load });
    }
  }

  window(from: number, to: number): { canary: VersionSample; stable: VersionSample; load: VersionSample } {
    const sum = (pick: (c: Chunk) => Part): VersionSample => {
      let requests = 0;
      let errors = 0;
      const lat: number[] = [];
      for (let i = this.chunks.length - 1; i >= 0 && this.chunks[i].end > from; i--) {
        if (this.chunks[i].end > to) continue;
        const part = pick(this.chunks[i]);
        requests += part.n;
        errors += part.e;
        lat.push(...part.lat);
      }
      return { requests, errors, latenciesMs: lat, p95Ms: percentile(lat, 0.95) };
    };
    return { canary: sum((c) => c.canary), stable: sum((c) => c.stable), load: sum((c) => c.load) };
  }
}

interface RunResult {
  promoted: boolean;
  /** seconds */
  decidedAt: number;
  exposure: number;
  timeToRollback?: number;
}

function finishWorld(world: World, promoted: boolean, decidedAt: number): RunResult {
  world.advanceTo(HORIZON);
  const timeToRollback =
    !promoted && world.faultOnset !== undefined && world.rolledBackAt !== undefined
      ? world.rolledBackAt - world.faultOnset
      : undefined;
  return { promoted, decidedAt, exposure: world.exposure, timeToRollback };
}

// ---------- this action ----------
// The seeds' stage table: 60 s, 60 s, 90 s, then the final verification at 100 % (8 min, as long as the
// previous bake, so a fault that starts late is still caught); judged at every 5 s scrape.
const CHECK_SEC = 5;
// The examples' probe settings: probe-requests 100 per 5 s check (20/s), probe-stages 1.
const PROBE_REQUESTS = 100;
const PROBE_STAGES = 1;
const ours: ProgressionConfig = {
  stages: planStages('canary', [5, 25, 50, 100], {
    input: 'stage-waits',
    ms: [60_000, 60_000, 90_000, 480_000],
  }),
  checkIntervalMs: CHECK_SEC * 1000,
  analysisWindowMs: 60_000,
  timeoutMs: 60 * 60_000,
  maxFailedRounds: 2,
  maxInconclusiveRounds: 3,
  falseRollbackRate: Number(process.env.CANARY_ALPHA ?? 0.001),
  sourceNames: ['sim'],
  rules: {
    maxErrorRate: 0.01,
    rollbackErrorRate: 0.05,
    maxLatencyIncrease: 0.2,
    minSamples: 50,
    minHealthScore: 85,
  },
};

async function runOurs(s: Scenario, seed: number): Promise<RunResult> {
  const world = new World(s, seededRandom(seed));
  const config = s.probeRps ? { ...ours, sourceNames: ['probe', 'sim'] } : ours;
  const clock = new VirtualClock(0);
  const sec = () => clock.now() / 1000;
  const signal = new AbortController().signal;
  const result = await runProgression(
    config,
    {
      setWeight: async (weight) => world.setWeight(sec(), weight),
      rollback: async () => world.setWeight(sec(), 0),
    },
    {
      // Each check reads the requests served since the previous one (one scrape's worth).
      measure: async (ctx: MeasureContext): Promise<SourceMeasurement[]> => {
        world.advanceTo(sec());
        // The probe source (HttpProbeSource): one batch to each version per check, first PROBE_STAGES only;
        // after them it has nothing to say (undefined), which is not "no data".
        const probes: SourceMeasurement[] =
          s.probeRps && ctx.stage <= PROBE_STAGES
            ? [
                {
                  source: 'probe',
                  canary: world.probe(sec(), 'canary', PROBE_REQUESTS),
                  baseline: world.probe(sec(), 'stable', PROBE_REQUESTS),
                },
              ]
            : [];
        if (s.noData) return [...probes, { source: 'sim', problem: 'empty result (no data)' }];
        const m = world.window(sec() - ctx.sinceLastMs / 1000, sec());
        // Requests by version of the user traffic, as Prometheus counts them: the split the router applied.
        return [
          ...probes,
          {
            source: 'sim',
            canary: m.canary,
            baseline: m.stable.requests > 0 ? m.stable : undefined,
            routed: true,
          },
        ];
      },
    },
    clock,
    signal,
  );
  if (process.env.CANARY_BENCH_DEBUG && result.outcome !== 'promoted' && !s.faulty)
    console.error(`${s.name} seed ${seed}: ${result.reason.slice(0, 300)}`);
  return finishWorld(world, result.outcome === 'promoted', sec());
}

// ---------- anchors ----------
const ERROR_LIMIT = 0.01;
const LATENCY_P99_LIMIT = 500;
type Check = 'pass' | 'fail' | 'error';

/** One canary-scoped measurement as both anchors evaluate it: point estimates, no minimum sample. */
function check(s: Scenario, world: World, t: number, interval: number): Check {
  if (s.noData) return 'error';
  const { canary: users, load } = world.window(t - interval, t);
  // The canary's metrics count its users' requests and the load tester's alike.
  const canary = {
    requests: users.requests + load.requests,
    errors: users.errors + load.errors,
    latenciesMs: [...(users.latenciesMs ?? []), ...(load.latenciesMs ?? [])],
  };
  if (canary.requests === 0) return 'fail'; // 0/0 = NaN: Flagger "no values", Argo condition false
  const p99 = percentile(canary.latenciesMs ?? [], 0.99) ?? 0;
  return canary.errors / canary.requests > ERROR_LIMIT || p99 > LATENCY_P99_LIMIT ? 'fail' : 'pass';
}

function runFlagger(s: Scenario, seed: number): RunResult {
  const world = new World(s, seededRandom(seed), s.probeRps);
  const interval = 60;
  const steps = [5, 25, 50];
  const threshold = 5;
  let step = 0;
  let failed = 0;
  world.setWeight(0, steps[0]);
  for (let t = interval; t <= HORIZON; t += interval) {
    world.advanceTo(t);
    const result = check(s, world, t, interval);
    if (result !== 'pass') {
      failed++;
      if (failed >= threshold) {
        world.setWeight(t, 0);
        return finishWorld(world, false, t);
      }
      continue; // a failed check halts advancement
    }
    if (step < steps.length - 1) world.setWeight(t, steps[++step]);
    else {
      world.setWeight(t, 100); // promotion: analysis ends here
      return finishWorld(world, true, t);
    }
  }
  world.setWeight(HORIZON, 0);
  return finishWorld(world, false, HORIZON);
}

function runArgo(s: Scenario, seed: number): RunResult {
  const world = new World(s, seededRandom(seed), s.probeRps);
  const interval = 60;
  const failureLimit = 0;
  const consecutiveErrorLimit = 4;
  const steps = [
    { weight: 5, at: 0 },
    { weight: 25, at: 120 },
    { weight: 50, at: 240 },
  ];
  const complete = 360;
  let failed = 0;
  let consecutiveErrors = 0;
  world.setWeight(0, steps[0].weight);
  for (let t = interval; ; t += interval) {
    for (const step of steps)
      if (step.at > t - interval && step.at <= t && step.at > 0) world.setWeight(step.at, step.weight);
    if (t >= complete) {
      world.setWeight(complete, 100); // the rollout completes; background analysis stops
      return finishWorld(world, true, complete);
    }
    world.advanceTo(t);
    const result = check(s, world, t, interval);
    if (result === 'error') consecutiveErrors++;
    else consecutiveErrors = 0;
    if (result === 'fail') failed++;
    if (failed > failureLimit || consecutiveErrors > consecutiveErrorLimit) {
      world.setWeight(t, 0);
      return finishWorld(world, false, t);
    }
  }
}

// ---------- scenarios ----------
const BASE_ERROR = 0.002;
const FAULT = 0.1;
const allScenarios: Scenario[] = [
  {
    name: '10% 5xx from the first stage',
    faulty: true,
    runs: 300,
    rps: 20,
    canaryError: () => FAULT,
    stableError: () => BASE_ERROR,
    faultActive: () => true,
  },
  {
    name: '10% 5xx from the first stage, 200 rps (extra)',
    faulty: true,
    runs: 300,
    rps: 200,
    canaryError: () => FAULT,
    stableError: () => BASE_ERROR,
    faultActive: () => true,
  },
  {
    name: '10% 5xx only at >= 50% weight',
    faulty: true,
    runs: 300,
    rps: 20,
    canaryError: (_, w) => (w >= 50 ? FAULT : BASE_ERROR),
    stableError: () => BASE_ERROR,
    faultActive: (_, w) => w >= 50,
  },
  {
    name: '10% 5xx from minute 10 (bake at 100%)',
    faulty: true,
    runs: 300,
    rps: 20,
    canaryError: (t) => (t >= 600 ? FAULT : BASE_ERROR),
    stableError: () => BASE_ERROR,
    faultActive: (t) => t >= 600,
  },
  {
    name: 'latency doubles',
    faulty: true,
    runs: 300,
    rps: 20,
    canaryError: () => BASE_ERROR,
    stableError: () => BASE_ERROR,
    canaryLatencyFactor: () => 2,
    faultActive: () => true,
  },
  {
    name: 'metrics return no data (canary has 10% 5xx)',
    faulty: true,
    runs: 300,
    rps: 20,
    noData: true,
    canaryError: () => FAULT,
    stableError: () => BASE_ERROR,
    faultActive: () => true,
  },
  {
    name: 'router applies weights 30s late (10% 5xx)',
    faulty: true,
    runs: 300,
    rps: 20,
    lagSec: 30,
    canaryError: () => FAULT,
    stableError: () => BASE_ERROR,
    faultActive: () => true,
  },
  {
    name: 'healthy, normal traffic (control)',
    faulty: false,
    runs: 1000,
    rps: 20,
    canaryError: () => BASE_ERROR,
    stableError: () => BASE_ERROR,
    faultActive: () => false,
  },
  {
    name: 'healthy, noisy metrics, low traffic (2 rps)',
    faulty: false,
    runs: 1000,
    rps: 2,
    latencySigma: 0.5,
    canaryError: () => 0.005,
    stableError: () => 0.005,
    faultActive: () => false,
  },
  {
    name: 'incident degrades stable and canary alike (min 2-5)',
    faulty: false,
    runs: 1000,
    rps: 20,
    canaryError: (t) => (t >= 120 && t < 300 ? 0.08 : BASE_ERROR),
    stableError: (t) => (t >= 120 && t < 300 ? 0.08 : BASE_ERROR),
    faultActive: () => false,
  },
];

// Every scenario once more with the synthetic load (not the extra one: its point is traffic alone).
const PROBE_RPS = PROBE_REQUESTS / CHECK_SEC;
const withProbes = allScenarios
  .filter((s) => !s.name.includes('(extra)'))
  .map((s) => ({ ...s, name: `${s.name} + probes`, probeRps: PROBE_RPS }));
const only = process.env.CANARY_BENCH_ONLY;
const scenarios = [...allScenarios, ...withProbes].filter((s) => !only || s.name.includes(only));

// ---------- measurement and the table ----------
interface Figures {
  exposure: number;
  timeToRollback?: number;
  escapes: number;
  falseRollbacksPer1000: number;
  timeToPromote?: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined);
const median = (xs: number[]) => percentile(xs, 0.5);

function figures(s: Scenario, results: RunResult[]): Figures {
  const rollbacks = results.filter((r) => !r.promoted);
  return {
    exposure: mean(results.map((r) => r.exposure)) ?? 0,
    timeToRollback: median(
      rollbacks.map((r) => r.timeToRollback).filter((x): x is number => x !== undefined),
    ),
    escapes: s.faulty ? results.filter((r) => r.promoted).length / results.length : 0,
    falseRollbacksPer1000: s.faulty ? 0 : (1000 * rollbacks.length) / results.length,
    timeToPromote: median(results.filter((r) => r.promoted).map((r) => r.decidedAt)),
  };
}

const fmt = (x: number | undefined, digits = 1) => (x === undefined ? '—' : x.toFixed(digits));
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined ? '—' : b === 0 ? (a === 0 ? '1.00' : '∞') : (a / b).toFixed(2);

async function main() {
  const started = Date.now();
  const rows: string[][] = [];
  const reported: FigureRow[] = [];
  const targets: string[] = [];
  const stageTableMin = ours.stages.reduce((sum, st) => sum + st.waitMs, 0) / 60_000;
  for (const s of scenarios) {
    const seeds = Array.from(
      { length: Math.min(s.runs, Number(process.env.CANARY_BENCH_RUNS ?? Infinity)) },
      (_, i) => 1000 + i,
    );
    const o: RunResult[] = [];
    for (const seed of seeds) o.push(await runOurs(s, seed));
    const f = seeds.map((seed) => runFlagger(s, seed));
    const a = seeds.map((seed) => runArgo(s, seed));
    const [fo, ff, fa] = [figures(s, o), figures(s, f), figures(s, a)];
    // The targets, checked on the figures of this run.
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    if (s.faulty) {
      targets.push(
        `${s.name}: exposure ${fmt(fo.exposure)} ≤ 0.5× Argo (${fmt(fa.exposure * 0.5)}) ${verdict(fo.exposure <= fa.exposure * 0.5)}; ≤ Flagger/6 (${fmt(ff.exposure / 6)}) ${verdict(fo.exposure <= ff.exposure / 6)}`,
      );
      if (s.name.startsWith('10% 5xx from the first stage'))
        targets.push(
          `${s.name}: time to rollback ${fmt(fo.timeToRollback, 0)} s < 15 s ${verdict((fo.timeToRollback ?? Infinity) < 15)}`,
        );
    } else
      targets.push(
        `${s.name}: false rollbacks ${fmt(fo.falseRollbacksPer1000)}/1,000 ≤ 1 ${verdict(fo.falseRollbacksPer1000 <= 1)}; time to promote ${fmt((fo.timeToPromote ?? Infinity) / 60)} min ≤ stage table ${fmt(stageTableMin)} min ${verdict((fo.timeToPromote ?? Infinity) / 60 <= stageTableMin + 1e-9)}`,
      );
    const metrics: [string, (x: Figures) => number | undefined, number][] = s.faulty
      ? [
          ['user exposure (%·min, mean; probes excluded)', (x) => x.exposure, 1],
          ['time to rollback (s, median)', (x) => x.timeToRollback, 0],
          ['escapes (% promoted)', (x) => x.escapes * 100, 1],
        ]
      : [
          ['false rollbacks per 1,000 runs', (x) => x.falseRollbacksPer1000, 1],
          [
            'time to promote (min, median)',
            (x) => (x.timeToPromote === undefined ? undefined : x.timeToPromote / 60),
            1,
          ],
        ];
    for (const [label, pick, digits] of metrics) {
      reported.push({
        figure: `${s.name}: ${label}`,
        value: fmt(pick(fo), digits),
        baseline: 'Flagger / Argo',
        ratio: `${ratio(pick(fo), pick(ff))} / ${ratio(pick(fo), pick(fa))}`,
      });
      rows.push([
        s.name,
        label,
        fmt(pick(fo), digits),
        fmt(pick(ff), digits),
        fmt(pick(fa), digits),
        ratio(pick(fo), pick(ff)),
        ratio(pick(fo), pick(fa)),
      ]);
    }
  }
  const headers = ['scenario', 'figure', 'shipgate', 'Flagger', 'Argo', 'shipgate/Flagger', 'shipgate/Argo'];
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(
    'Canary decision rules, deterministic simulation (seeded PRNG, virtual clock, 60 s interval, weights 5/25/50)',
  );
  console.log(
    `runs: ${scenarios.map((s) => s.runs).join('/')} per scenario; exposure counted until minute ${HORIZON / 60}; lower is better except time-to-promote trade-offs`,
  );
  console.log(line(headers));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  console.log(`(simulated in ${((Date.now() - started) / 1000).toFixed(1)} s of wall time)`);
  console.log(
    `\nTargets of issue 16 (false-rollback level α = ${ours.falseRollbackRate * 100} % over a progression):`,
  );
  for (const t of targets) console.log(`- ${t}`);
  // The floors below are those of user traffic alone (the scenarios without probes); probes lift them.
  // Why the first-stage targets cannot be met at 20 rps and 5 %: at a canary share θ of the traffic, each
  // canary error multiplies the comparison e-value by at most 1/θ, so reaching the first stage's threshold
  // 1/α₁ needs k canary errors with (1/θ)^k ≥ 1/α₁, whatever the test; the chance of k errors by 15 s follows.
  const share = ours.stages[0].weight / 100;
  const alpha1 = ours.falseRollbackRate / 2 / 2; // two checks (errors, latency), the first stage's half
  const k = Math.ceil(Math.log(1 / alpha1) / Math.log(1 / share));
  const mean = 20 * share * FAULT * 15;
  let below = 0;
  for (let i = 0, term = Math.exp(-mean); i < k; i++, term *= mean / i) below += term;
  console.log(
    `- without probes, floor at 20 rps, ${share * 100} % weight: ≥ ${k} canary errors are needed for 1/α₁ = ${Math.round(1 / alpha1)}; P(≥ ${k} errors within 15 s) = ${((1 - below) * 100).toFixed(0)} %, so no test at this level has a median under 15 s there`,
  );
  // The exposure targets have floors too, whatever the test: exposure is the weight times the time from the
  // weight being applied to the rollback being applied. With k canary errors needed, the first stage's mean
  // is at least the mean time to the k-th error (k ÷ the canary's error arrival rate); with a router 30 s
  // late, the canary's first request comes 30 s after the stage starts and the rollback also lands 30 s
  // after the decision, so even a rule that rolls back on the very first canary error is above the target.
  const errorsPerSec = 20 * share * FAULT;
  const floorFirst = (share * 100 * (k / errorsPerSec)) / 60;
  const lagFloorOneError = (share * 100 * (30 + 1 / errorsPerSec)) / 60;
  console.log(
    `- floor of first-stage exposure at 20 rps: ≥ ${k} canary errors arrive after ${Math.round(k / errorsPerSec)} s on average, so exposure ≥ ${floorFirst.toFixed(1)} %·min before any check interval (target: ≤ 0.5× Argo)`,
  );
  console.log(
    `- floor with the router 30 s late: even a rule that rolls back on the first canary error (no false-rollback control at all) has exposure ≥ ${share * 100} % × (30 s + ${Math.round(1 / errorsPerSec)} s) = ${lagFloorOneError.toFixed(1)} %·min, above 0.5× Argo`,
  );
  // The incident's promote time has a floor too while the degraded-baseline hold is kept: the stage at 50 %
  // (from minute 2) cannot end before the baseline has recovered (minute 5) and a window shows it, and the
  // final verification at 100 % follows in full. Ending the hold on the newest few batches alone was tried:
  // a short lull inside the incident then ends the stage, and the 100 % stage (no baseline left to
  // compare with) rolls back on the incident's errors: 330 false rollbacks per 1,000.
  const finalMin = ours.stages[ours.stages.length - 1].waitMs / 60_000;
  console.log(
    `- floor of the incident's promote time with the hold kept: ≥ 5 min (the incident's end) + ${fmt(finalMin)} min (final verification) = ${fmt(5 + finalMin)} min, above the stage table's ${fmt(stageTableMin)} min`,
  );
  reportFigures('canary', reported);
}

await main();
