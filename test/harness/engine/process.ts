import { spawn } from 'node:child_process';

/**
 * A step's process, stopped as the Actions runner stops one when its job is cancelled or times out:
 * SIGINT, then SIGTERM after 7.5 s, then SIGKILL after 2.5 s more (actions/runner ProcessInvoker,
 * https://github.com/actions/runner/blob/main/src/Runner.Sdk/ProcessInvoker.cs).
 */

export const SIGINT_GRACE_MS = 7_500;
export const SIGTERM_GRACE_MS = 2_500;

export interface ProcessResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** stdout and stderr, interleaved as they arrived. */
  output: string;
}

export function runProcess(
  command: string,
  args: string[],
  opts: { env: Record<string, string>; cwd: string; signal: AbortSignal; onOutput?: (text: string) => void },
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a signal reaches what the step started too (a `sleep` in bash).
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // already gone
      }
    };
    let output = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      opts.onOutput?.(text);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timers: NodeJS.Timeout[] = [];
    const stop = () => {
      signalGroup('SIGINT');
      timers.push(
        setTimeout(() => {
          signalGroup('SIGTERM');
          timers.push(setTimeout(() => signalGroup('SIGKILL'), SIGTERM_GRACE_MS));
        }, SIGINT_GRACE_MS),
      );
    };
    if (opts.signal.aborted) stop();
    else opts.signal.addEventListener('abort', stop, { once: true });
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      timers.forEach(clearTimeout);
      opts.signal.removeEventListener('abort', stop);
      resolve({ exitCode, signal, output });
    });
  });
}
