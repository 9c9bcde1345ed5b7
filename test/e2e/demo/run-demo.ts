// `npm run demo` as a user runs it: a child process, judged by its exit code, its printed summary and the
// files it says it wrote. Each case is a file of its own in this folder, so Jest runs the four demos side
// by side (each runs on the wall clock for about a minute, mostly waiting) instead of one after another.
import { expect } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nginxMissing } from '../../harness/nginx.js';
import { prometheusMissing } from '../../harness/prometheus.js';
import { repoRoot } from '../../harness/runner.js';

export interface DemoRun {
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

export const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The arguments `npm run demo` gives node (package.json's script, `node --import tsx scripts/demo.ts`). */
function demoArguments(): string[] {
  const script = (
    JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts.demo;
  const [command, ...args] = script.split(' ');
  if (command !== 'node') throw new Error(`package.json's demo script no longer starts with node: ${script}`);
  return args;
}

export function runDemo(env: Record<string, string> = {}, interruptWhen?: RegExp): Promise<DemoRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-demo-e2e-'));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, demoArguments(), {
      cwd: repoRoot,
      env: { ...process.env, SHIPGATE_DEMO_OUTPUT: dir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let descendants: number[] = [];
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (interruptWhen && descendants.length === 0 && interruptWhen.test(output)) {
        descendants = descendantsOf(child.pid!);
        child.kill('SIGINT'); // as `kill -INT <pid>` would
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
export function printedPath(output: string, name: string): string {
  const match = new RegExp(`^  ${name}:\\s+(\\S.*)$`, 'm').exec(output);
  if (!match) throw new Error(`the demo printed no '${name}:' path`);
  return match[1].trim();
}

export function expectGovernedDeployment(run: DemoRun) {
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

/** Why nginx or Prometheus cannot run here, or undefined when both can. */
export const missing = nginxMissing() ?? prometheusMissing();
