import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };

/**
 * The Sigstore public-good trusted_root.json as shipped (embedded in its TUF seed) by the installed
 * @sigstore/tuf, so verification works offline. It is as fresh as this bundle: after a Sigstore key
 * rotation, pass a current trusted_root.json as `trusted-root`.
 */
export function publicGoodTrustedRoot(): string {
  const mirrors = seeds as Record<string, { targets?: Record<string, string> }>;
  const encoded = mirrors['https://tuf-repo-cdn.sigstore.dev']?.targets?.['trusted_root.json'];
  if (!encoded) throw new Error('the installed @sigstore/tuf ships no public-good trusted_root.json');
  return Buffer.from(encoded, 'base64').toString('utf8');
}
