// `npm run demo` as a user runs it: a child process, judged by its exit code, its printed summary and the
// files it says it wrote. On this machine nginx and Prometheus are installed, so the demo uses them; the
// second case hides them (SHIPGATE_NGINX / SHIPGATE_PROMETHEUS pointing nowhere) to run the built-in
// router and the canary's HTTP probes, and checks that the demo says so.
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nginxMissing } from '../harness/nginx.js';
import { prometheusMissing } from '../harness/prometheus.js';
import { repoRoot } from '../harness/runner.js';

interface DemoRun {
  code: number | null;
  output: string;
  dir: string;
  /** Every process under the demo when it was interrupted (empty when it was not). */
  descendants: number[];
}

/** Every process below `pid` (from /proc: this suite runs on Linux). */
function descendantsOf(pid: number): number[] {
  const found: number[] = [];
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return found;
  }
  for (const task of tasks) {
    let children = '';
    try {
      children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const child of children.split(/\s+/).filter(Boolean).map(Number))
      found.push(child, ...descendantsOf(child));
  }
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function runDemo(env: Record<string, string> = {}, interruptWhen?: RegExp): Promise<DemoRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-demo-e2e-'));
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        path.join(repoRoot, 'scripts', 'demo.ts'),
      ],
      {
        cwd: repoRoot,
        env: { ...process.env, SHIPGATE_DEMO_OUTPUT: dir, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    let descendants: number[] = [];
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (interruptWhen && descendants.length === 0 && interruptWhen.test(output)) {
        descendants = descendantsOf(child.pid!);
        child.kill('SIGINT'); // as `kill -INT <pid>` would; tsx passes it on to the demo
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => child.kill('SIGINT'), 280_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, dir, descendants });
    });
  });
}

/** The value printed after `<name>:` in the demo's "Where things are" list. */
function printedPath(output: string, name: string): string {
  const match = new RegExp(`^  ${name}:\\s+(\\S.*)$`, 'm').exec(output);
  if (!match) throw new Error(`the demo printed no '${name}:' path`);
  return match[1].trim();
}

function expectGovernedDeployment(run: DemoRun) {
  if (run.code !== 0) console.log(run.output);
  expect(run.code).toBe(0);
  const summary = run.output.slice(run.output.indexOf('▶ Summary'));
  // The healthy version is promoted, then the faulty one is rolled back, in this order.
  const promoted = summary.search(
    /^ {2}deployment v1\.1\.0: promoted \(approved by @alice; audit record \S+\)$/m,
  );
  const rolledBack = summary.search(
    /^ {2}deployment v1\.2\.0: rolled-back \(approved by @bob; audit record \S+\)$/m,
  );
  expect(promoted).toBeGreaterThan(-1);
  expect(rolledBack).toBeGreaterThan(promoted);
  expect(summary).toMatch(/^ {2}audit verification: valid, \d+ entries$/m);
  expect(summary).not.toMatch(/✘/);
  expect(run.output).toContain('✔ Every step behaved as expected.');

  const dashboard = printedPath(run.output, 'dashboard');
  expect(dashboard.startsWith(run.dir)).toBe(true);
  expect(readFileSync(dashboard, 'utf8')).toMatch(/<svg/);
  const auditLog = printedPath(run.output, 'audit log');
  const segments = readdirSync(path.dirname(auditLog)).filter((f) => f.endsWith('.jsonl'));
  expect(segments.length).toBeGreaterThan(0);
  const entries = segments.flatMap((f) =>
    readFileSync(path.join(path.dirname(auditLog), f), 'utf8')
      .trim()
      .split('\n'),
  );
  // Two deployment records (promoted, rolled-back) and the checkpoint written with the second.
  const text = entries.join('\n');
  expect(text).toContain('"outcome":"promoted"');
  expect(text).toContain('"outcome":"rolled-back"');
  expect(existsSync(path.join(run.dir, 'sla-data', 'status.json'))).toBe(true);
}

const missing = nginxMissing() ?? prometheusMissing();

describe('npm run demo', () => {
  if (missing && process.env.CI !== 'true') {
    console.log(`SKIPPED demo on nginx + Prometheus: ${missing}`);
    it.skip(`on nginx and Prometheus (skipped: ${missing})`, () => undefined);
  } else {
    it('on nginx and Prometheus: promotes v1.1.0, rolls v1.2.0 back, verifies the audit log, writes the dashboard', async () => {
      const run = await runDemo();
      try {
        if (missing) {
          // CI without the components: the demo must still pass on its built-in router, and say so.
          expect(run.output).toMatch(/built-in Node weighted router \(nginx not used: /);
        } else {
          expect(run.output).toMatch(/router http:\/\/127\.0\.0\.1:\d+: nginx /);
          expect(run.output).toMatch(/metrics http:\/\/127\.0\.0\.1:\d+: Prometheus /);
        }
        expectGovernedDeployment(run);
      } finally {
        rmSync(run.dir, { recursive: true, force: true });
      }
    }, 300_000);
  }

  it('never pretends: when the "faulty" version is healthy and the canary promotes it, the demo fails', async () => {
    const run = await runDemo({ SHIPGATE_DEMO_FAULTY_ERROR_RATE: '0' });
    try {
      expect(run.code).toBe(1);
      expect(run.output).toMatch(/✘ canary v1\.1\.0 → v1\.2\.0 \(expected: rolled-back\): outcome promoted/);
      expect(run.output).toMatch(/✘ The demo did not behave as expected: canary v1\.1\.0 → v1\.2\.0/);
      expect(run.output).not.toContain('Every step behaved as expected');
      expect(run.output).not.toMatch(/deployment v1\.2\.0: rolled-back/);
    } finally {
      rmSync(run.dir, { recursive: true, force: true });
    }
  }, 300_000);

  it('on Ctrl-C during the canary: the canary routes traffic back, everything it started stops, exit 130', async () => {
    const run = await runDemo({}, /stage 1 at 20 %, round 1:/);
    try {
      expect(run.descendants.length).toBeGreaterThan(2); // the demo, the canary bundle, nginx or prometheus…
      expect(run.code).toBe(130);
      expect(run.output).toMatch(/SIGINT: cancelling the running step/);
      // The canary was cancelled as the runner cancels a job, and routed traffic back through the webhook.
      // The signal is sent when stage 1's first check is logged; the canary may have moved on to the next
      // weight before it arrives, so any weights may come between 20 and the rollback.
      expect(run.output).toMatch(
        /canary v1\.0\.0 → v1\.1\.0 \(expected: promoted\): outcome aborted, final weight 0 %.*weights applied: 20( → \d+)* → rollback→0/,
      );
      expect(run.output).toContain('✘ Interrupted');
      // Stopped processes may take a moment to finish a graceful shutdown; give them 10 s, no more.
      for (let waited = 0; waited < 10_000 && run.descendants.some(alive); waited += 250)
        await new Promise((r) => setTimeout(r, 250));
      expect(run.descendants.filter(alive)).toEqual([]);
    } finally {
      rmSync(run.dir, { recursive: true, force: true });
    }
  }, 300_000);

  it('without nginx and Prometheus: built-in router and HTTP probes, and it says so', async () => {
    const run = await runDemo({
      SHIPGATE_NGINX: '/nonexistent/nginx',
      SHIPGATE_PROMETHEUS: '/nonexistent/prometheus',
    });
    try {
      expect(run.output).toMatch(
        /built-in Node weighted router \(nginx not used: nginx not found at \/nonexistent\/nginx/,
      );
      expect(run.output).toMatch(/the canary probes each version directly over HTTP \(Prometheus not used: /);
      expectGovernedDeployment(run);
    } finally {
      rmSync(run.dir, { recursive: true, force: true });
    }
  }, 300_000);
});
