import type { ChildProcess } from 'node:child_process';
import diagnostics from 'node:diagnostics_channel';
import * as exec from '@actions/exec';
import { probe } from '@shipgate/core';
import { fillPlaceholders } from './argv.js';
import type { TrafficRouter } from './progression.js';

/** The environment a traffic command sees: the runner's, without action inputs (they may hold tokens). */
function commandEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env))
    if (value !== undefined && !name.startsWith('INPUT_') && name !== 'ACTIONS_RUNTIME_TOKEN')
      env[name] = value;
  return env;
}

/**
 * `exec.exec` parses its first parameter as a command line (only double quotes are special); the
 * program is quoted so that a path with spaces stays one argument. The arguments go as an array.
 */
const quoted = (program: string) => `"${program.replace(/"/g, '\\"')}"`;

/**
 * Runs an argument vector through @actions/exec, without a shell (it spawns the program with the
 * arguments as given), each output line streamed to `log` (the step log, where the runner masks
 * every registered secret). Rejects on a non-zero exit, a program that
 * cannot be started, the timeout or cancellation.
 *
 * @actions/exec has no timeout and no cancellation, and returns no handle on the child. The child
 * it spawns is taken from Node's `child_process` diagnostics channel (published for every process
 * created) while the call is pending, so a timeout or cancellation can still SIGKILL it: a traffic
 * command must never go on setting weights after the canary has moved on or rolled back.
 */
export async function runCommand(
  args: string[],
  timeoutMs: number,
  signal?: AbortSignal,
  log: (line: string) => void = () => undefined,
): Promise<string> {
  if (signal?.aborted) throw new Error(`command ${args[0]} cancelled`);
  const children: ChildProcess[] = [];
  const onChild = (message: unknown) => {
    const child = (message as { process: ChildProcess }).process;
    children.push(child);
    // Published before the spawn: a timeout or cancellation that came first still kills it.
    child.once('spawn', () => {
      if (failure && ours(child)) child.kill('SIGKILL');
    });
  };
  const ours = (child: ChildProcess) =>
    child.spawnargs.length === args.length && child.spawnargs.slice(1).every((arg, i) => arg === args[i + 1]);
  let failure: string | undefined;
  const kill = (reason: string) => {
    failure ??= reason;
    for (const child of children) if (child.exitCode === null && ours(child)) child.kill('SIGKILL');
  };
  const timer = setTimeout(() => kill(`timed out after ${Math.round(timeoutMs / 1000)}s`), timeoutMs);
  const onAbort = () => kill('cancelled');
  signal?.addEventListener('abort', onAbort, { once: true });
  let output = '';
  const keep = (line: string) => {
    output = `${output}${line}\n`.slice(-4000);
    // Behind a margin: a line of the command's output is never read as a workflow command
    // (`::add-mask::`, `::set-output` …), which the runner obeys only at the start of a line.
    log(`  | ${line}`);
  };
  diagnostics.subscribe('child_process', onChild);
  let exitCode: number | undefined;
  try {
    exitCode = await exec.exec(quoted(args[0]), args.slice(1), {
      env: commandEnvironment(),
      silent: true,
      ignoreReturnCode: true,
      listeners: { stdline: keep, errline: keep },
    });
  } catch (error) {
    failure ??= `failed to start: ${(error as Error).message}`;
  } finally {
    diagnostics.unsubscribe('child_process', onChild);
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
  const tail = output.trim().split('\n').slice(-5).join(' | ');
  if (failure || exitCode !== 0)
    throw new Error(`command ${args[0]} ${failure ?? `exited with ${exitCode}`}${tail ? `: ${tail}` : ''}`);
  return output;
}

/** set-traffic-command: {weight} and {stage} filled inside the arguments, run with no shell. */
export class CommandRouter implements TrafficRouter {
  constructor(
    private readonly command: string[],
    private readonly rollbackCommand: string[] | undefined,
    private readonly timeoutMs: number,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  async setWeight(weight: number, stage: number, signal?: AbortSignal): Promise<void> {
    const args = fillPlaceholders(this.command, { weight, stage });
    this.log(`traffic: ${JSON.stringify(args)}`);
    await runCommand(args, this.timeoutMs, signal, this.log);
  }

  async rollback(signal?: AbortSignal): Promise<void> {
    if (this.rollbackCommand) {
      const args = fillPlaceholders(this.rollbackCommand, { weight: 0, stage: 0 });
      this.log(`rollback: ${JSON.stringify(args)}`);
      await runCommand(args, this.timeoutMs, signal, this.log);
    } else await this.setWeight(0, 0, signal);
  }
}

/** set-traffic-url: POSTs {"weight","stage","version"} (and "rollback": true when routing back). */
export class WebhookRouter implements TrafficRouter {
  constructor(
    private readonly url: URL,
    private readonly version: string,
    private readonly timeoutMs: number,
    private readonly headers: Record<string, string> = {},
  ) {}

  private async post(body: Record<string, unknown>, signal?: AbortSignal): Promise<void> {
    const result = await probe({
      url: this.url,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers },
      body: JSON.stringify(body),
      timeoutMs: this.timeoutMs,
      signal,
    });
    if (!result.ok) throw new Error(`traffic webhook: ${result.error}`);
    if (result.status < 200 || result.status > 299)
      throw new Error(`traffic webhook answered ${result.status}: ${result.body.slice(0, 200)}`);
  }

  setWeight(weight: number, stage: number, signal?: AbortSignal): Promise<void> {
    return this.post({ weight, stage, version: this.version }, signal);
  }

  rollback(signal?: AbortSignal): Promise<void> {
    return this.post({ weight: 0, stage: 0, version: this.version, rollback: true }, signal);
  }
}
