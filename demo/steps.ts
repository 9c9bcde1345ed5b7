import { copyFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAction, type RunOptions, type RunResult } from '../test/harness/runner.js';

/** A step that did not behave as the demo expects: the demo stops and exits non-zero. */
export class DemoFailure extends Error {}

export interface Verdict {
  ok: boolean;
  /** The key outputs, on one line. */
  line: string;
  /** The few words the summary table shows (default: the line). */
  short?: string;
}

export interface StepRecord {
  label: string;
  action: string;
  ok: boolean;
  line: string;
  short: string;
  seconds: number;
  log: string;
}

/**
 * Runs the bundled actions one by one as the Actions runner would (test/harness/runner.ts: dist/<name>/
 * index.js under Node 24 with INPUT_* variables and file commands), prints one line per step with its key
 * outputs, keeps each step's full log in <output>/logs, and stops the demo when a step does not behave
 * as expected.
 */
export class StepRunner {
  readonly steps: StepRecord[] = [];
  private count = 0;

  constructor(
    private readonly outputDir: string,
    private readonly print: (line: string) => void,
    private readonly defaults: () => RunOptions,
    private readonly actionDir: (name: string) => string,
  ) {}

  /** A check the demo makes itself (not an action), shown and judged like a step. */
  note(label: string, ok: boolean, line: string): void {
    this.steps.push({ label, action: '', ok, line, short: line, seconds: 0, log: '' });
    this.print(`  ${ok ? '✔' : '✘'} ${label}: ${line}`);
    if (!ok) throw new DemoFailure(`${label}: ${line}`);
  }

  async run(
    label: string,
    action: string,
    options: RunOptions,
    judge: (result: RunResult) => Verdict,
    artifacts: (result: RunResult) => Record<string, string> = () => ({}),
    /** Sees the log as it grows (to show progress inside a long step). */
    onLog?: (log: string) => void,
  ): Promise<RunResult> {
    const number = String(++this.count).padStart(2, '0');
    const logPath = path.join(this.outputDir, 'logs', `${number}-${action}.log`);
    this.print(`  … ${label}`);
    const started = Date.now();
    let result: RunResult;
    try {
      result = await runAction(this.actionDir(action), {
        killAfterMs: 240_000,
        ...this.defaults(),
        ...options,
        // A hook on the log, never a cancellation (Ctrl-C reaches the step as SIGTERM, see processes.ts).
        ...(onLog
          ? {
              cancel: {
                when: (log: string) => {
                  onLog(log);
                  return false;
                },
              },
            }
          : {}),
      });
    } catch (error) {
      const line = `could not run ${action}: ${(error as Error).message}`;
      this.steps.push({ label, action, ok: false, line, short: 'could not run', seconds: 0, log: '' });
      this.print(`  ✘ ${label}: ${line}`);
      throw new DemoFailure(line);
    }
    const seconds = (Date.now() - started) / 1000;
    writeFileSync(
      logPath,
      masked(
        `# ${action}: exit ${result.exitCode ?? result.signal}\n# outputs ${JSON.stringify(result.outputs)}\n\n${result.log}`,
        result.secretsMasked,
      ),
    );
    for (const [name, source] of Object.entries(artifacts(result)))
      if (source && existsSync(source)) copyFileSync(source, path.join(this.outputDir, 'reports', name));
    rmSync(result.runnerTemp, { recursive: true, force: true });
    const verdict = judge(result);
    this.steps.push({
      label,
      action,
      ok: verdict.ok,
      line: verdict.line,
      short: verdict.short ?? verdict.line,
      seconds,
      log: logPath,
    });
    this.print(`  ${verdict.ok ? '✔' : '✘'} ${label}: ${verdict.line} (${seconds.toFixed(1)} s)`);
    if (!verdict.ok) {
      const tail = masked(result.log, result.secretsMasked).trim().split('\n').slice(-12).join('\n      ');
      this.print(`      exit ${result.exitCode ?? result.signal}; last lines of ${logPath}:\n      ${tail}`);
      throw new DemoFailure(`${label}: ${verdict.line}`);
    }
    return result;
  }
}

/** As the runner shows a log: `::add-mask::` lines dropped and every masked value replaced by ***. */
export function masked(text: string, secrets: string[]): string {
  let out = text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  for (const secret of [...secrets].sort((a, b) => b.length - a.length))
    if (secret.length > 0) out = out.split(secret).join('***');
  return out;
}
