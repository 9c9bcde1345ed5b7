import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RunResult } from '../test/harness/runner.js';
import type { DemoContext } from './deployment.js';
import { DEPLOYER, REPOSITORY } from './world.js';

/** sla.yml of the demo: the shop's health endpoint and its page, both through the router. */
export function writeSlaConfig(ctx: DemoContext): string {
  const file = path.join(ctx.paths.work, 'sla.yml');
  const service = (name: string, url: string) => [
    `  - name: ${name}`,
    `    url: ${url}`,
    '    expected-status: 200',
    '    timeout: 2s',
    '    environment: production',
    // The service answers in ~10 ms, but every probe is a fresh process on one machine that also runs
    // the rest of the demo (a probe took 442 ms under load): a tighter objective made the demo's own
    // availability check ("up") depend on how busy the machine is.
    '    slo: { uptime: 99.5, latency-p95-ms: 1000, error-rate: 1, window: 30d }',
  ];
  writeFileSync(
    file,
    [
      '# The demo probes every few seconds; a real schedule would be every 5-15 minutes.',
      'probe-interval: 5s',
      'services:',
      ...service('shop', `${ctx.world.router.url}/healthz`),
      ...service('shop-page', `${ctx.world.router.url}/`),
      '',
    ].join('\n'),
  );
  return path.basename(file);
}

const common = (ctx: DemoContext, config: string) => ({
  actor: DEPLOYER,
  token: ctx.world.tokens[DEPLOYER],
  cwd: ctx.paths.work,
  inputs: {
    'config-file': config,
    'data-dir': ctx.paths.dataDir,
    repository: REPOSITORY,
    'github-token': ctx.world.tokens[DEPLOYER],
  },
});

/** `runs` sla-probe runs, `gapMs` apart, as a schedule would start them. */
export async function probeRuns(
  ctx: DemoContext,
  config: string,
  runs: number,
  gapMs: number,
): Promise<void> {
  for (let i = 1; i <= runs; i++) {
    if (ctx.signal.aborted) return;
    const base = common(ctx, config);
    await ctx.steps.run(
      `sla-probe run ${i}/${runs}`,
      'sla-probe',
      {
        ...base,
        inputs: { ...base.inputs, 'confirm-retries': '1', 'retry-delay': '1s', 'incident-issues': 'true' },
      },
      (r) => ({
        ok: r.exitCode === 0 && r.outputs.status === 'up' && r.outputs['samples-written'] === '2',
        short: `${r.outputs.status}, ${r.outputs['samples-written']} samples`,
        line: `status ${r.outputs.status}, ${r.outputs['samples-written']} samples written${r.outputs['down-services'] ? `, down: ${r.outputs['down-services']}` : ''}${r.outputs['degraded-services'] ? `, degraded: ${r.outputs['degraded-services']}` : ''}`,
      }),
      (r) => ({ [`sla-probe-${i}.json`]: r.outputs['report-file'] }),
    );
    if (i < runs) await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
}

export async function slaReport(ctx: DemoContext, config: string, label: string): Promise<RunResult> {
  const base = common(ctx, config);
  return ctx.steps.run(
    label,
    'sla-report',
    {
      ...base,
      inputs: {
        ...base.inputs,
        period: 'rolling-30d',
        // A minute of demo samples covers a sliver of the 30-day window: with the defaults the budget
        // is unknown and the deploy gate refuses (as it should for a real new service).
        'min-samples': '2',
        'min-coverage': '0',
        'output-dir': path.join(ctx.paths.output, 'sla-report'),
      },
    },
    (r) => {
      const remaining = Number(r.outputs['error-budget-remaining']);
      return {
        ok:
          r.exitCode === 0 &&
          r.outputs['budget-exhausted'] === 'false' &&
          r.outputs['error-budget-remaining'] !== '' &&
          remaining > 0,
        short: `uptime ${r.outputs.uptime} %, budget left ${r.outputs['error-budget-remaining']} %`,
        line: `uptime ${r.outputs.uptime || '-'} %, p95 ${r.outputs['latency-p95'] || '-'} ms, error rate ${r.outputs['error-rate'] || '-'} %, error budget left ${r.outputs['error-budget-remaining'] || '-'} %, burn rate ${r.outputs['burn-rate'] || '-'}; status.json written`,
      };
    },
  );
}
