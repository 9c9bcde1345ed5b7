import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../test/harness/runner.js';
import { snapshotBundles } from './bundles.js';
import { governedDeployment, type DemoContext, type DeploymentResult } from './deployment.js';
import { probeRuns, slaReport, writeSlaConfig } from './sla.js';
import { DemoFailure, StepRunner } from './steps.js';
import { startWorld, type World } from './world.js';

export const ACTIONS = [
  'pre-deploy-checks',
  'approval-gate',
  'canary',
  'smoke-test',
  'audit-sign',
  'audit-verify',
  'sla-probe',
  'sla-report',
] as const;

export interface DemoOptions {
  outputDir: string;
  print: (line: string) => void;
  signal: AbortSignal;
}

let snapshotRoot: string | undefined;

/** Where the bundles the demo runs live (the repository's dist/ and the demo's snapshot of it). */
export function bundleDirs(): string[] {
  return [path.join(repoRoot, 'dist') + path.sep, ...(snapshotRoot ? [snapshotRoot + path.sep] : [])];
}

function checkAborted(signal: AbortSignal) {
  if (signal.aborted) throw new DemoFailure('interrupted');
}

/** Runs the whole demo; returns the process exit code (0 only when every step behaved as expected). */
export async function runDemo(options: DemoOptions): Promise<number> {
  const { outputDir, print, signal } = options;
  const started = Date.now();
  print('shipgate demo: a governed deployment on this machine, no GitHub account needed.');

  const bundles = await snapshotBundles(ACTIONS, print);
  if ('missing' in bundles) {
    print(`✘ these actions are not bundled: ${bundles.missing.join(', ')} (run npm run build)`);
    return 1;
  }
  snapshotRoot = bundles.root;

  // A fresh output folder: an audit log of an earlier run was signed with another key.
  rmSync(outputDir, { recursive: true, force: true });
  const paths = {
    output: outputDir,
    work: path.join(outputDir, 'workspace'),
    dataDir: path.join(outputDir, 'sla-data'),
    auditLog: path.join(outputDir, 'audit', 'audit.jsonl'),
    reports: path.join(outputDir, 'reports'),
  };
  for (const dir of [
    paths.work,
    paths.dataDir,
    path.dirname(paths.auditLog),
    paths.reports,
    path.join(outputDir, 'logs'),
  ])
    mkdirSync(dir, { recursive: true });

  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const keys = {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
  const publicKeyPath = path.join(path.dirname(paths.auditLog), 'signing-key.pub.pem');
  writeFileSync(publicKeyPath, keys.publicPem);

  print('\n▶ Setting up (everything on 127.0.0.1)');
  let world: World | undefined;
  const steps = new StepRunner(
    outputDir,
    print,
    () => ({ apiUrl: world!.emulator.url, repository: 'demo-org/shop' }),
    bundles.actionDir,
  );
  const deployments: DeploymentResult[] = [];
  let verification = '';
  let dashboard = '';
  let slaMarkdown = '';
  let failure: string | undefined;
  try {
    world = await startWorld(print);
    checkAborted(signal);
    print(`  audit signing key: a fresh Ed25519 key pair (public key ${publicKeyPath})`);
    const ctx: DemoContext = { world, steps, paths, keys, print, signal };

    print('\n▶ SLA history so far: probes of the stable version, then the report the deploy gate reads');
    const config = writeSlaConfig(ctx);
    await probeRuns(ctx, config, 3, 1000);
    checkAborted(signal);
    await slaReport(ctx, config, 'sla-report (status.json for the error-budget gate)');
    checkAborted(signal);

    const { stable, good, faulty } = world.versions;
    print(`\n▶ Deployment 1: shop ${good.version} (healthy), as deploy.yml runs it`);
    deployments.push(
      await governedDeployment(ctx, {
        stable,
        next: good,
        approver: 'alice',
        expected: 'promoted',
        checkpoint: false,
      }),
    );
    checkAborted(signal);
    world.router.route(good, undefined, 0); // v1.1.0 is the stable version now

    print(
      `\n▶ Deployment 2: shop ${faulty.version} (faulty: ${faulty.errorRate * 100} % of page requests answer 500)`,
    );
    deployments.push(
      await governedDeployment(ctx, {
        stable: good,
        next: faulty,
        approver: 'bob',
        expected: 'rolled-back',
        checkpoint: true,
      }),
    );
    checkAborted(signal);

    print('\n▶ Audit: verify the whole log with the public key, as an auditor would');
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const verify = await steps.run(
      'audit-verify',
      'audit-verify',
      {
        inputs: {
          'public-keys': keys.publicPem,
          'log-file': paths.auditLog,
          'trusted-checkpoint': deployments[1].checkpoint,
          report: 'range',
          since: today,
          until: tomorrow,
          'report-dir': path.join(paths.reports, 'compliance'),
        },
      },
      (r) => ({
        ok: r.exitCode === 0 && r.outputs.valid === 'true',
        short: `valid ${r.outputs.valid}, ${r.outputs.records} entries`,
        line: `valid ${r.outputs.valid}, ${r.outputs.records} entries verified${r.outputs.failure ? `, first failure ${r.outputs.failure} at ${r.outputs['first-bad-sequence']}` : ''}, extends the published checkpoint; compliance report written`,
      }),
    );
    verification = `${verify.outputs.valid === 'true' ? 'valid' : 'INVALID'}, ${verify.outputs.records} entries`;
    checkAborted(signal);

    print('\n▶ SLA: more probe runs, then the report and its HTML dashboard');
    await probeRuns(ctx, config, 3, 1000);
    checkAborted(signal);
    const report = await slaReport(ctx, config, 'sla-report (report and dashboard)');
    dashboard = report.outputs['dashboard-path'];
    slaMarkdown = report.outputs['report-file'];
    steps.note(
      'dashboard',
      existsSync(dashboard) && readFileSync(dashboard, 'utf8').includes('<svg'),
      dashboard,
    );
  } catch (error) {
    failure = error instanceof DemoFailure ? error.message : `${(error as Error).stack ?? String(error)}`;
  } finally {
    if (world) {
      const violations = world.emulator.validationErrors;
      print(
        `\n  GitHub API emulator: ${world.emulator.stats.requests} requests, ${violations.length} OpenAPI violation(s)${violations.length ? `:\n    ${violations.slice(0, 5).join('\n    ')}` : ''}`,
      );
      print('  stopping everything the demo started…');
      await world.stop();
    }
    rmSync(bundles.root, { recursive: true, force: true });
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  print('\n▶ Summary');
  const rows = steps.steps.map((step) => [
    step.ok ? '✔' : '✘',
    step.label,
    step.seconds ? `${step.seconds.toFixed(1)} s` : '',
    step.short.length > 60 ? `${step.short.slice(0, 59)}…` : step.short,
  ]);
  const widths = [1, 2, 3].map((i) => Math.max(0, ...rows.map((r) => r[i].length)));
  for (const r of rows) print(`  ${r[0]} ${r[1].padEnd(widths[0])}  ${r[2].padStart(widths[1])}  ${r[3]}`);
  print('');
  for (const d of deployments)
    print(
      `  deployment ${d.version}: ${d.outcome} (approved by @${d.approvedBy}; audit record ${d.recordId})`,
    );
  if (verification) print(`  audit verification: ${verification}`);
  if (world) print(`  router: ${world.setup.router}\n  metrics: ${world.setup.metrics}`);
  print('\n▶ Where things are');
  const segments = () => readdirSync(path.dirname(paths.auditLog)).filter((f) => f.endsWith('.jsonl'));
  const artifacts: [string, string][] = [
    ['dashboard', dashboard],
    ['SLA report', slaMarkdown],
    ['audit log', paths.auditLog],
    ['public key', publicKeyPath],
    ['compliance report', path.join(paths.reports, 'compliance', 'compliance-report.md')],
    ['reports', paths.reports],
    ['step logs', path.join(outputDir, 'logs')],
  ];
  const exists = (file: string) =>
    file === paths.auditLog ? existsSync(path.dirname(file)) && segments().length > 0 : existsSync(file);
  for (const [name, file] of artifacts) {
    if (!file || !exists(file)) continue;
    print(`  ${`${name}:`.padEnd(19)}${file}`);
    if (file === paths.auditLog)
      print(
        `  ${''.padEnd(19)}(the path given to audit-sign and audit-verify; segments: ${segments().join(', ')})`,
      );
  }
  print(`\n  wall time ${seconds} s`);
  if (signal.aborted) {
    print('\n✘ Interrupted: the running step was cancelled and everything the demo started is stopped.');
    return 130;
  }
  if (failure) {
    print(`\n✘ The demo did not behave as expected: ${failure}`);
    return 1;
  }
  print('\n✔ Every step behaved as expected.');
  return 0;
}
