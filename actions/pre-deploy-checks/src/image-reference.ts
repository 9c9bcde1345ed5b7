/**
 * OCI image references, parsed by the grammar of the distribution project's `reference` package:
 *
 *   reference := name [ ":" tag ] [ "@" digest ]
 *   name      := [ domain "/" ] path-component ( "/" path-component )*
 *
 * A first component is a registry domain when it contains `.` or `:`, is `localhost`, or has upper
 * case letters; otherwise the image is on Docker Hub (`docker.io`, and `library/` for one-part names).
 */
export interface ImageReference {
  /** As written. */
  text: string;
  /** The registry host as written or normalised (`docker.io`). */
  domain: string;
  /** The repository path inside the registry (`library/nginx`). */
  path: string;
  tag?: string;
  digest?: string;
  /** Fully qualified: `docker.io/library/nginx:latest`. */
  canonical: string;
}

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(
  `^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`,
);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const SHA256 = /^sha256:[0-9a-f]{64}$/;

export const IMAGE_EXPECTED =
  'an image reference such as ghcr.io/octo-org/service:1.4.2, nginx:1.27 or registry.example.com:5000/app@sha256:<64 hex digits>';

/** Parses a reference; throws an Error saying what is wrong. */
export function parseImageReference(text: string): ImageReference {
  let rest = text.trim();
  if (rest === '') throw new Error('is empty');
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw new Error(`digest '${digest}' is not <algorithm>:<hex>`);
    if (digest.startsWith('sha256:') && !SHA256.test(digest))
      throw new Error(`digest '${digest}' is not sha256: and 64 lower-case hex digits`);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw new Error(`tag '${tag}' is not valid (letters, digits, _ . -, up to 128)`);
  }
  const components = rest.split('/');
  let domain = 'docker.io';
  const first = components[0];
  if (
    components.length > 1 &&
    (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase())
  ) {
    if (!DOMAIN.test(first)) throw new Error(`registry '${first}' is not a host name`);
    domain = first;
    components.shift();
  }
  if (components.length === 0 || components.some((c) => !PATH_COMPONENT.test(c)))
    throw new Error(
      `repository '${components.join('/')}' is not valid (lower-case letters, digits and separators . _ __ - between them)`,
    );
  if (domain === 'docker.io' && components.length === 1) components.unshift('library');
  if (domain === 'index.docker.io') domain = 'docker.io';
  const path = components.join('/');
  if (`${domain}/${path}`.length > 255) throw new Error('name is longer than 255 characters');
  if (!tag && !digest) tag = 'latest';
  const canonical = `${domain}/${path}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
  return { text, domain, path, tag, digest, canonical };
}

/** Where the registry API lives. Loopback registries are spoken to over plain HTTP, as Docker does. */
export function registryBaseUrl(reference: ImageReference): string {
  if (reference.domain === 'docker.io') return 'https://registry-1.docker.io';
  const host = reference.domain.replace(/:\d+$/, '');
  const loopback = host === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '[::1]';
  return `${loopback ? 'http' : 'https'}://${reference.domain}`;
}

/** The manifest reference to ask for: the digest when there is one (it pins the content), else the tag. */
export function manifestReference(reference: ImageReference): string {
  return reference.digest ?? reference.tag ?? 'latest';
}
