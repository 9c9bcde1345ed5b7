import { spawn } from 'node:child_process';
import { probe } from '@shipgate/core';
import { fillPlaceholders } from './argv.js';
import type { TrafficRouter } from './progression.js';

/** The environment a traffic command sees: the runner's, without action inputs (they may hold tokens). */
function commandEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env))
    if (!name.startsWith('INPUT_') && name !== 'ACTIONS_RUNTIME_TOKEN') env[name] = value;
  return env;
}

/** Runs an argument vector without a shell; rejects on a non-zero exit, a spawn error or the timeout. */
export function runCommand(args: string[], timeoutMs: number, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(args[0], args.slice(1), {
      shell: false,
      env: commandEnvironment(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let failure: string | undefined;
    const timer = setTimeout(() => {
      failure = `timed out after ${Math.round(timeoutMs / 1000)}s`;
      child.kill('SIGKILL');
    }, timeoutMs);
    const onAbort = () => {
      failure = 'cancelled';
      child.kill('SIGKILL');
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (error) => {
      failure ??= error.message;
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      const tail = output.trim().split('\n').slice(-5).join(' | ');
      if (failure || code !== 0)
        reject(new Error(`command ${args[0]} ${failure ?? `exited with ${code}`}${tail ? `: ${tail}` : ''}`));
      else resolve(output);
    });
  });
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
    await runCommand(args, this.timeoutMs, signal);
  }

  async rollback(signal?: AbortSignal): Promise<void> {
    if (this.rollbackCommand) {
      const args = fillPlaceholders(this.rollbackCommand, { weight: 0, stage: 0 });
      this.log(`rollback: ${JSON.stringify(args)}`);
      await runCommand(args, this.timeoutMs, signal);
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
