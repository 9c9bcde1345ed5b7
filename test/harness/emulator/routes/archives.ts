import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { HttpError, notFound, repoFor, type RouteTable } from '../route.js';
import type { EmulatorState, Repo } from '../state.js';

/**
 * Repository archives. GitHub answers `GET /repos/{owner}/{repo}/tarball/{ref}` with a 302 to a
 * short-lived codeload URL that carries its own token; the archive is a gzipped tar whose entries sit
 * under one folder `<owner>-<repo>-<short sha>/`. It needs contents: read.
 * https://docs.github.com/en/rest/repos/contents#download-a-repository-archive-tar
 *
 * The "codeload" side is a second HTTP server on 127.0.0.1 (one per process, shared by emulators),
 * not keeping the process alive. Following the redirect is not an API request: it is not
 * recorded in `requests` and does not count against the rate limit, as on github.com.
 */

interface Pending {
  state: EmulatorState;
  repo: Repo;
  commit: string;
  expires: number;
}

class Codeload {
  private readonly pending = new Map<string, Pending>();
  private readonly server = http.createServer((req, res) => void this.serve(req, res));

  constructor() {
    // Loopback only, like the API server; started when the module loads, so it listens long before
    // the first archive is asked for (route handlers are synchronous).
    this.server.listen(0, '127.0.0.1');
    this.server.unref();
    this.server.on('connection', (socket) => socket.unref());
  }

  private get url(): string {
    const address = this.server.address() as AddressInfo | null;
    if (!address) throw new HttpError(503, 'archive service starting');
    return `http://127.0.0.1:${address.port}`;
  }

  /** A one-time URL for the archive of `commit`, valid five minutes (GitHub's limit for private repositories). */
  link(state: EmulatorState, repo: Repo, commit: string): string {
    const token = randomBytes(16).toString('hex');
    this.pending.set(token, { state, repo, commit, expires: state.now() + 5 * 60_000 });
    return `${this.url}/${repo.fullName}/legacy.tar.gz/${commit}?token=${token}`;
  }

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const token = url.searchParams.get('token') ?? '';
    const pending = this.pending.get(token);
    this.pending.delete(token);
    if (!pending || pending.expires < pending.state.now() || !url.pathname.endsWith(`/${pending.commit}`)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    const { repo, commit } = pending;
    const root = `${repo.fullName.replace('/', '-')}-${commit.slice(0, 7)}/`;
    const pack = tar.pack();
    res.writeHead(200, {
      'content-type': 'application/x-gzip',
      'content-disposition': `attachment; filename=${root.slice(0, -1)}.tar.gz`,
    });
    const sending = pipeline(pack, createGzip(), res);
    const files = repo.git.flatten(repo.git.commit(commit)!.tree);
    pack.entry({ name: root, type: 'directory' });
    for (const [path, entry] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (entry.type !== 'blob') continue;
      const content = repo.git.blob(entry.sha)!;
      await new Promise<void>((resolve, reject) =>
        pack.entry({ name: root + path, size: content.length, mode: 0o644 }, content, (error) =>
          error ? reject(error) : resolve(),
        ),
      );
    }
    pack.finalize();
    await sending.catch(() => undefined);
  }
}

const codeload = new Codeload();

export const archives: RouteTable = {
  'GET /repos/{owner}/{repo}/tarball/{ref}': (ctx) => {
    const repo = repoFor(ctx);
    const commit = ctx.state.resolveRef(repo, String(ctx.params.ref));
    // An unknown ref is a 404 from the API itself, before any redirect.
    if (!commit) throw notFound();
    if (!repo.git.commit(commit)) throw new HttpError(404, 'Not Found');
    return { status: 302, headers: { location: codeload.link(ctx.state, repo, commit) } };
  },
};
