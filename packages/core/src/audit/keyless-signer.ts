import { RECORD_PAYLOAD_TYPE, type SigstoreBundle } from './envelope.js';
import type { KeylessVerifier } from './keyless.js';

/**
 * Keyless (Sigstore) signing and verification of log entries: an ephemeral key certified by Fulcio
 * for the workflow's OIDC identity, the signature logged in Rekor, all in a Sigstore bundle v0.3.
 *
 * This module is the light half: the Sigstore client and verifier (over 1 MB of bundled code) load
 * only when a keyless signature is actually made or checked (dynamic import(), which ncc emits as a
 * chunk), so a step signing or verifying with keys starts without them (issue 14, bench/startup).
 * The verifier itself is in keyless.ts.
 */

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

export interface KeylessSignerOptions {
  fulcioURL: string;
  rekorURL: string;
  /** The OIDC identity token (audience `sigstore`). */
  identityToken: string;
  /** Per request; default 10 s. */
  timeoutMs?: number;
}

/** Signs payloads keylessly; every call gets a fresh ephemeral key, certificate and Rekor entry. */
export interface KeylessSigner {
  kind: 'sigstore';
  signBundle(payload: Buffer, payloadType?: string): Promise<SigstoreBundle>;
}

export function keylessSigner(options: KeylessSignerOptions): KeylessSigner {
  return {
    kind: 'sigstore',
    async signBundle(payload, payloadType = RECORD_PAYLOAD_TYPE) {
      const { attest } = await import('sigstore');
      const bundle = await attest(payload, payloadType, {
        fulcioURL: options.fulcioURL,
        rekorURL: options.rekorURL,
        identityToken: options.identityToken,
        timeout: options.timeoutMs ?? 10_000,
        retry: { retries: 2, minTimeout: 200, maxTimeout: 2_000 },
      });
      return bundle as unknown as SigstoreBundle;
    },
  };
}

/** Whether a bundle is certificate-based (keyless) rather than signed with a known key. */
export function isKeylessBundle(bundle: unknown): boolean {
  const material = (bundle as Partial<SigstoreBundle> | undefined)?.verificationMaterial;
  return Boolean(material && (material.certificate || material.x509CertificateChain));
}

/** Identity rules for keyless signatures: the certificate's SAN and the OIDC issuer that vouched for it. */
export interface IdentityRules {
  /** Exact subject alternative names allowed (for GitHub: the workflow ref URL). */
  identities: readonly string[];
  /** Regular expressions a SAN may match instead (anchored by the caller if wanted). */
  identityPatterns: readonly RegExp[];
  issuer: string;
}

export class TrustedRootError extends Error {}

export type KeylessCheck =
  | { ok: true; payload: Buffer; identity: string; issuer: string }
  | {
      ok: false;
      failure: 'malformed' | 'bad-signature' | 'untrusted-signer';
      message: string;
      payload?: Buffer;
    };

/**
 * A verifier for keyless entries against a trusted_root.json text and identity rules, loading the
 * Sigstore verifier on first use. Throws TrustedRootError when the root cannot serve.
 */
export async function loadKeylessVerifier(rootText: string, rules: IdentityRules): Promise<KeylessVerifier> {
  const { KeylessVerifier, parseTrustedRoot } = await import('./keyless.js');
  return new KeylessVerifier(parseTrustedRoot(rootText), rules);
}
