/**
 * The CNCF distribution registry (Debian `docker-registry`) on loopback for tests: filesystem storage
 * in a temp dir, optional htpasswd basic auth, and helpers to push an image (blobs, then manifest)
 * the way `docker push` does.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './ports.js';

export const REGISTRY_BINARY = '/usr/bin/docker-registry';

/** Why the registry cannot run here, or undefined when it can. */
export function registryUnavailable(): string | undefined {
  if (!existsSync(REGISTRY_BINARY))
    return `${REGISTRY_BINARY} is not installed (Debian package docker-registry)`;
  return undefined;
}

export function htpasswdUnavailable(): string | undefined {
  const found = spawnSync('which', ['htpasswd'], { encoding: 'utf8' });
  return found.status === 0 ? undefined : 'htpasswd is not installed (Debian package apache2-utils)';
}

export interface Registry {
  /** `127.0.0.1:<port>`, the domain part of image references. */
  host: string;
  url: string;
  /** Requests the registry logged (method and path), to assert nothing was asked. */
  requests(): string[];
  stop(): Promise<void>;
}

export interface ImageRef {
  repository: string;
  tag: string;
  digest: string;
  mediaType: string;
}

/** Starts a registry; with `auth`, every request needs basic auth with that user and password. */
export async function startRegistry(
  options: { auth?: { username: string; password: string } } = {},
): Promise<Registry> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'registry-'));
  const port = await freePort();
  let authBlock = '';
  if (options.auth) {
    const made = spawnSync('htpasswd', ['-Bbn', options.auth.username, options.auth.password], {
      encoding: 'utf8',
    });
    if (made.status !== 0) throw new Error(`htpasswd failed: ${made.stderr}`);
    writeFileSync(path.join(dir, 'htpasswd'), made.stdout);
    authBlock = `auth:\n  htpasswd:\n    realm: shipgate-test\n    path: ${path.join(dir, 'htpasswd')}\n`;
  }
  const config = path.join(dir, 'config.yml');
  writeFileSync(
    config,
    `version: 0.1
log:
  level: info
  accesslog:
    disabled: false
storage:
  filesystem:
    rootdirectory: ${path.join(dir, 'data')}
  delete:
    enabled: true
http:
  addr: 127.0.0.1:${port}
${authBlock}`,
  );
  const child: ChildProcess = spawn(REGISTRY_BINARY, ['serve', config], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 3000)))]);
    clearTimeout(timer);
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/v2/`);
      if (response.status === 200 || response.status === 401) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`docker-registry did not start on ${url}:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    host: `127.0.0.1:${port}`,
    url,
    requests: () =>
      [...log.matchAll(/"(GET|HEAD|POST|PUT|PATCH|DELETE) (\/[^ "]*) HTTP/g)]
        .map((m) => `${m[1]} ${m[2]}`)
        .filter((line) => line !== 'GET /v2/'),
    stop,
  };
}

const sha256 = (data: Buffer | string) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

async function pushBlob(
  registry: Registry,
  repository: string,
  data: Buffer,
  headers: Record<string, string>,
) {
  const digest = sha256(data);
  const start = await fetch(`${registry.url}/v2/${repository}/blobs/uploads/`, { method: 'POST', headers });
  if (start.status !== 202) throw new Error(`blob upload start: HTTP ${start.status} ${await start.text()}`);
  const location = new URL(start.headers.get('location')!, registry.url);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    body: data,
  });
  if (put.status !== 201) throw new Error(`blob upload: HTTP ${put.status} ${await put.text()}`);
  return { digest, size: data.length };
}

async function putManifest(
  registry: Registry,
  repository: string,
  tag: string,
  mediaType: string,
  manifest: object,
  headers: Record<string, string>,
): Promise<ImageRef> {
  const body = JSON.stringify(manifest);
  const response = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
    method: 'PUT',
    headers: { ...headers, 'content-type': mediaType },
    body,
  });
  if (response.status !== 201)
    throw new Error(`manifest upload: HTTP ${response.status} ${await response.text()}`);
  const digest = response.headers.get('docker-content-digest')!;
  if (digest !== sha256(body)) throw new Error(`registry digest ${digest} differs from ${sha256(body)}`);
  return { repository, tag, digest, mediaType };
}

function authHeaders(auth?: { username: string; password: string }): Record<string, string> {
  return auth
    ? { authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}` }
    : {};
}

/** Pushes a one-layer OCI image (config blob, layer blob, manifest) under a tag. */
export async function pushImage(
  registry: Registry,
  repository: string,
  tag: string,
  auth?: { username: string; password: string },
): Promise<ImageRef> {
  const headers = authHeaders(auth);
  const config = await pushBlob(
    registry,
    repository,
    Buffer.from(
      JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } }),
    ),
    headers,
  );
  const layer = await pushBlob(
    registry,
    repository,
    Buffer.from(`layer of ${repository}:${tag} ${Date.now()}`),
    headers,
  );
  const mediaType = 'application/vnd.oci.image.manifest.v1+json';
  return putManifest(
    registry,
    repository,
    tag,
    mediaType,
    {
      schemaVersion: 2,
      mediaType,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', ...layer }],
    },
    headers,
  );
}

/** Pushes an OCI image index (a multi-platform image) pointing at manifests already pushed. */
export async function pushIndex(
  registry: Registry,
  repository: string,
  tag: string,
  manifests: ImageRef[],
  auth?: { username: string; password: string },
): Promise<ImageRef> {
  const mediaType = 'application/vnd.oci.image.index.v1+json';
  const sizes = await Promise.all(
    manifests.map(async (m) => {
      const response = await fetch(`${registry.url}/v2/${repository}/manifests/${m.digest}`, {
        headers: { ...authHeaders(auth), accept: m.mediaType },
      });
      return (await response.arrayBuffer()).byteLength;
    }),
  );
  return putManifest(
    registry,
    repository,
    tag,
    mediaType,
    {
      schemaVersion: 2,
      mediaType,
      manifests: manifests.map((m, i) => ({
        mediaType: m.mediaType,
        digest: m.digest,
        size: sizes[i],
        platform: { architecture: i === 0 ? 'amd64' : 'arm64', os: 'linux' },
      })),
    },
    auth ? authHeaders(auth) : {},
  );
}
