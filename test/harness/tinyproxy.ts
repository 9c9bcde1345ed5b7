import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitForPort } from './ports.js';

/**
 * A real forward proxy on loopback: Debian's tinyproxy, the kind of HTTP proxy a self-hosted runner
 * sits behind. Its log is the evidence that a request went through it.
 */
export const tinyproxyBinary = process.env.SHIPGATE_TINYPROXY ?? '/usr/bin/tinyproxy';

/** Why the proxy suites cannot run here, or undefined when they can. With CI=true callers must fail. */
export function tinyproxyMissing(binary = tinyproxyBinary): string | undefined {
  if (!existsSync(binary)) return `tinyproxy not found at ${binary} (Debian package tinyproxy)`;
  const version = spawnSync(binary, ['-v'], { encoding: 'utf8', timeout: 5000 });
  if (version.status !== 0) return `${binary} -v failed: ${version.stderr}`;
  return undefined;
}

export interface ProxiedRequest {
  /** GET, POST, … for plain http (absolute-form), CONNECT for a tunnel. */
  method: string;
  /** The absolute URL (plain http) or host:port (CONNECT) the client asked for. */
  target: string;
}

export interface Tinyproxy {
  port: number;
  url: string;
  /** Every request the proxy received so far, in order, read from its log. */
  requests(): ProxiedRequest[];
  /** Forgets what was logged so far (the next `requests()` starts empty). */
  clear(): void;
  log(): string;
  stop(): Promise<void>;
}

/**
 * Starts tinyproxy in the foreground on 127.0.0.1:<free port> with its own config, log and pid file
 * in a temp directory. Any CONNECT port is allowed (the emulator and test services are on high
 * ports). With basicAuth it demands Proxy-Authorization. Starting is bounded (10 s); stop() sends SIGTERM, then SIGKILL after 3 s.
 */
export async function startTinyproxy(
  options: { basicAuth?: { user: string; password: string } } = {},
): Promise<Tinyproxy> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-tinyproxy-'));
  const port = await freePort();
  const logFile = path.join(dir, 'tinyproxy.log');
  const conf = path.join(dir, 'tinyproxy.conf');
  writeFileSync(
    conf,
    [
      `Port ${port}`,
      'Listen 127.0.0.1',
      'Timeout 15',
      `LogFile "${logFile}"`,
      // Info logs one "Request" line per request (method and target), which the tests read.
      'LogLevel Info',
      `PidFile "${path.join(dir, 'tinyproxy.pid')}"`,
      'MaxClients 50',
      'Allow 127.0.0.1',
      'DisableViaHeader Yes',
      // Clients must send Proxy-Authorization (answered 407 otherwise).
      ...(options.basicAuth ? [`BasicAuth ${options.basicAuth.user} ${options.basicAuth.password}`] : []),
      // tinyproxy refuses to run as root without a user to drop to.
      ...(process.getuid?.() === 0 ? ['User nobody', 'Group nogroup'] : []),
      '',
    ].join('\n'),
  );
  writeFileSync(logFile, '');
  // nobody must be able to write the log after tinyproxy drops privileges.
  spawnSync('chmod', ['0777', dir]);
  spawnSync('chmod', ['0666', logFile]);
  const child: ChildProcess = spawn(tinyproxyBinary, ['-d', '-c', conf], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitForPort(port, 10_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`tinyproxy did not start: ${stderr} ${(error as Error).message}`);
  }
  let offset = 0;
  const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    log,
    requests() {
      const lines = log().slice(offset);
      return [...lines.matchAll(/Request \(file descriptor \d+\): (\S+) (\S+) HTTP/g)].map((m) => ({
        method: m[1],
        target: m[2],
      }));
    },
    clear() {
      offset = log().length;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
