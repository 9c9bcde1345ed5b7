import { createHash } from 'node:crypto';
import { probe, type ProbeResult } from '@shipgate/core';
import { manifestReference, registryBaseUrl, type ImageReference } from './image-reference.js';

/** Every manifest type a registry may hold for an image: multi-platform indexes and single manifests. */
export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

export interface RegistryCredentials {
  username: string;
  password: string;
}

export interface ImageCheck {
  ok: boolean;
  digest?: string;
  mediaType?: string;
  detail: string;
}

interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parses `Bearer realm="…",service="…",scope="…"` (one challenge, the first). */
export function parseChallenge(header: string | undefined): Challenge | undefined {
  if (!header) return undefined;
  const match = /^\s*(\w+)\s*(.*)$/.exec(header);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  for (const [, key, quoted, bare] of match[2].matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g))
    params[key.toLowerCase()] = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : bare;
  return { scheme: match[1].toLowerCase(), params };
}

function basic(credentials: RegistryCredentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}

function failure(result: ProbeResult, what: string): string {
  return result.ok ? `${what} answered HTTP ${result.status}` : `${what}: ${result.error}`;
}

/** Trades a Bearer challenge for a token at the realm (anonymously or with the credentials). */
async function bearerToken(
  challenge: Challenge,
  reference: ImageReference,
  credentials: RegistryCredentials | undefined,
  options: { timeoutMs: number; signal?: AbortSignal },
): Promise<{ token?: string; error?: string }> {
  const realm = challenge.params.realm;
  if (!realm) return { error: 'the registry asked for a Bearer token but named no realm' };
  let url: URL;
  try {
    url = new URL(realm);
  } catch {
    return { error: `the token realm '${realm}' is not a URL` };
  }
  if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
  url.searchParams.set('scope', challenge.params.scope ?? `repository:${reference.path}:pull`);
  const result = await probe({
    url,
    headers: credentials ? { authorization: basic(credentials) } : {},
    timeoutMs: options.timeoutMs,
    signal: options.signal,
    followRedirects: 3,
  });
  if (!result.ok || result.status !== 200) return { error: failure(result, 'the token service') };
  try {
    const body = JSON.parse(result.body) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    return token ? { token } : { error: 'the token service answered without a token' };
  } catch {
    return { error: 'the token service answered something that is not JSON' };
  }
}

/**
 * Checks that an image exists: HEAD on its manifest with the full Accept list, anonymously first,
 * then as the registry's challenge asks (Bearer token from its realm, or Basic). Reports the digest
 * from Docker-Content-Digest (or computed from the manifest when a registry omits it); a digest in
 * the reference must match it.
 */
export async function checkImage(
  reference: ImageReference,
  credentials: RegistryCredentials | undefined,
  options: { timeoutMs: number; signal?: AbortSignal; baseUrl?: string },
): Promise<ImageCheck> {
  const base = options.baseUrl ?? registryBaseUrl(reference);
  const url = `${base}/v2/${reference.path}/manifests/${manifestReference(reference)}`;
  const request = (method: string, authorization?: string) =>
    probe({
      url,
      method,
      headers: { accept: MANIFEST_ACCEPT, ...(authorization ? { authorization } : {}) },
      timeoutMs: options.timeoutMs,
      signal: options.signal,
      followRedirects: 3,
    });
  let authorization: string | undefined;
  let result = await request('HEAD');
  if (result.ok && result.status === 401) {
    const challenge = parseChallenge(result.headers['www-authenticate']);
    if (challenge?.scheme === 'bearer') {
      const token = await bearerToken(challenge, reference, credentials, options);
      if (token.error) return { ok: false, detail: `${reference.canonical}: ${token.error}` };
      authorization = `Bearer ${token.token}`;
    } else if (challenge?.scheme === 'basic') {
      if (!credentials)
        return {
          ok: false,
          detail: `${reference.canonical}: the registry needs credentials (registry-username/registry-password)`,
        };
      authorization = basic(credentials);
    } else {
      return {
        ok: false,
        detail: `${reference.canonical}: the registry answered 401 without a usable challenge`,
      };
    }
    result = await request('HEAD', authorization);
  }
  if (!result.ok) return { ok: false, detail: `${reference.canonical}: ${result.error}` };
  if (result.status === 404) return { ok: false, detail: `${reference.canonical} does not exist in ${base}` };
  if (result.status === 401 || result.status === 403)
    return { ok: false, detail: `${reference.canonical}: access denied (HTTP ${result.status})` };
  if (result.status !== 200)
    return { ok: false, detail: `${reference.canonical}: the registry answered HTTP ${result.status}` };
  let digest = result.headers['docker-content-digest'];
  const mediaType = result.headers['content-type'];
  if (!digest) {
    // Some registries omit the header on HEAD: fetch the manifest and hash its bytes.
    const full = await request('GET', authorization);
    if (!full.ok || full.status !== 200)
      return { ok: false, detail: `${reference.canonical}: ${failure(full, 'fetching the manifest')}` };
    digest = `sha256:${createHash('sha256').update(full.body, 'utf8').digest('hex')}`;
  }
  if (reference.digest && reference.digest !== digest)
    return {
      ok: false,
      digest,
      mediaType,
      detail: `${reference.canonical}: the registry serves digest ${digest}, not ${reference.digest}`,
    };
  return { ok: true, digest, mediaType, detail: `${reference.canonical} exists (${digest})` };
}
