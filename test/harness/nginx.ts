import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitForPort } from './ports.js';

/** Where Debian's nginx-light puts nginx; overridable with SHIPGATE_NGINX. */
export const nginxBinary = process.env.SHIPGATE_NGINX ?? '/usr/sbin/nginx';

/** Why the nginx suites cannot run here, or undefined when they can. With CI=true callers must fail, not skip. */
export function nginxMissing(): string | undefined {
  if (!existsSync(nginxBinary)) return `nginx not found at ${nginxBinary} (Debian package nginx-light)`;
  const version = spawnSync(nginxBinary, ['-v'], { encoding: 'utf8' });
  if (version.status !== 0) return `${nginxBinary} -v failed: ${version.stderr}`;
  return undefined;
}

export interface UpstreamServer {
  port: number;
  /** nginx weights must be >= 1; weight 0 is written as `down`. */
  weight: number;
}

/** An `upstream` block with per-server weights; a weight of 0 marks the server `down`. */
export function upstreamBlock(name: string, servers: UpstreamServer[]): string {
  const lines = servers.map((s) =>
    s.weight > 0 ? `  server 127.0.0.1:${s.port} weight=${s.weight};` : `  server 127.0.0.1:${s.port} down;`,
  );
  return `upstream ${name} {\n${lines.join('\n')}\n}\n`;
}

export interface Nginx {
  port: number;
  prefix: string;
  confPath: string;
  /** The file the main config includes inside `http {}`: rewrite it and reload to change routing. */
  upstreamPath: string;
  /** Arguments that address this instance (`-p`, `-c`, `-e`), for `nginx -s reload` from other processes. */
  args: string[];
  reload(): void;
  errorLog(): string;
  stop(): Promise<void>;
}

/**
 * Starts nginx on 127.0.0.1:<random port> in the foreground with every path (pid, logs, temp dirs) in a
 * fresh temp prefix. `upstream` is the initial content of the included upstream file; the server block
 * proxies everything to `proxyTo` (an upstream name).
 */
export async function startNginx(options: { upstream: string; proxyTo: string }): Promise<Nginx> {
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'shipgate-nginx-'));
  for (const dir of ['logs', 'temp']) mkdirSync(path.join(prefix, dir), { recursive: true });
  const port = await freePort();
  const confPath = path.join(prefix, 'nginx.conf');
  const upstreamPath = path.join(prefix, 'upstream.conf');
  writeFileSync(upstreamPath, options.upstream);
  const temp = (name: string) => path.join(prefix, 'temp', name);
  writeFileSync(
    confPath,
    [
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'worker_processes 1;',
      `error_log ${path.join(prefix, 'logs', 'error.log')} warn;`,
      'events { worker_connections 256; }',
      'http {',
      `  access_log off;`,
      `  client_body_temp_path ${temp('body')};`,
      `  proxy_temp_path ${temp('proxy')};`,
      `  fastcgi_temp_path ${temp('fastcgi')};`,
      `  uwsgi_temp_path ${temp('uwsgi')};`,
      `  scgi_temp_path ${temp('scgi')};`,
      `  include ${upstreamPath};`,
      '  server {',
      `    listen 127.0.0.1:${port};`,
      '    location / {',
      `      proxy_pass http://${options.proxyTo};`,
      '      proxy_next_upstream off;',
      '      proxy_connect_timeout 2s;',
      '      proxy_read_timeout 5s;',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const args = ['-p', prefix, '-c', confPath, '-e', path.join(prefix, 'logs', 'error.log')];
  const child: ChildProcess = spawn(
    nginxBinary,
    [...args, '-g', `daemon off; pid ${path.join(prefix, 'nginx.pid')};`],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitForPort(port);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`nginx did not start: ${stderr} ${(error as Error).message}`);
  }
  const errorLog = () => {
    const file = path.join(prefix, 'logs', 'error.log');
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  };
  return {
    port,
    prefix,
    confPath,
    upstreamPath,
    args,
    errorLog,
    reload() {
      const result = spawnSync(
        nginxBinary,
        [...args, '-g', `pid ${path.join(prefix, 'nginx.pid')};`, '-s', 'reload'],
        { encoding: 'utf8' },
      );
      if (result.status !== 0) throw new Error(`nginx reload failed: ${result.stderr}`);
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGQUIT');
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
