import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, VerificationError, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { attest } from 'sigstore';
import { BUNDLE_MEDIA_TYPE, RECORD_PAYLOAD_TYPE, type SigstoreBundle } from './envelope.js';

/**
 * Keyless (Sigstore) signing and verification of log entries: an ephemeral key certified by Fulcio
 * for the workflow's OIDC identity, the signature logged in Rekor, all in a Sigstore bundle v0.3.
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

/** A Sigstore trusted_root.json (CAs, transparency logs, CT logs) as the verifier's trust material. */
export function parseTrustedRoot(text: string): ReturnType<typeof toTrustMaterial> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new TrustedRootError(`is not JSON (${(error as Error).message})`);
  }
  const root = json as { mediaType?: unknown; certificateAuthorities?: unknown; tlogs?: unknown };
  if (
    !root ||
    typeof root !== 'object' ||
    typeof root.mediaType !== 'string' ||
    !root.mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')
  )
    throw new TrustedRootError(
      'is not a Sigstore trusted root (mediaType application/vnd.dev.sigstore.trustedroot…)',
    );
  if (!Array.isArray(root.certificateAuthorities) || root.certificateAuthorities.length === 0)
    throw new TrustedRootError('names no certificate authority');
  if (!Array.isArray(root.tlogs) || root.tlogs.length === 0)
    throw new TrustedRootError('names no transparency log');
  try {
    return toTrustMaterial(TrustedRoot.fromJSON(json));
  } catch (error) {
    throw new TrustedRootError(`cannot be read (${(error as Error).message})`);
  }
}

export type KeylessCheck =
  | { ok: true; payload: Buffer; identity: string; issuer: string }
  | {
      ok: false;
      failure: 'malformed' | 'bad-signature' | 'untrusted-signer';
      message: string;
      payload?: Buffer;
    };

/** Verifies keyless bundles against a trust root (certificate chain, Rekor entry, CT) and identity rules. */
export class KeylessVerifier {
  private readonly verifier: Verifier;

  constructor(
    trust: ReturnType<typeof toTrustMaterial>,
    private readonly rules: IdentityRules,
  ) {
    this.verifier = new Verifier(trust, { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
  }

  /** The identity rules as one line, for logs and summaries. */
  describe(): string {
    const names = [...this.rules.identities, ...this.rules.identityPatterns.map((p) => `/${p.source}/`)];
    return `${names.join(' or ')} issued by ${this.rules.issuer}`;
  }

  verify(bundle: unknown, payloadType = RECORD_PAYLOAD_TYPE): KeylessCheck {
    const b = bundle as Partial<SigstoreBundle> | undefined;
    const envelope = b?.dsseEnvelope;
    if (!b || b.mediaType !== BUNDLE_MEDIA_TYPE || !envelope || typeof envelope.payload !== 'string')
      return { ok: false, failure: 'malformed', message: 'not a Sigstore v0.3 bundle with a DSSE envelope' };
    if (envelope.payloadType !== payloadType)
      return { ok: false, failure: 'malformed', message: `payload type is '${envelope.payloadType}'` };
    const payload = Buffer.from(envelope.payload, 'base64');
    let entity;
    try {
      entity = toSignedEntity(bundleFromJSON(bundle as SerializedBundle));
    } catch (error) {
      return {
        ok: false,
        failure: 'malformed',
        message: `not a valid Sigstore bundle (${(error as Error).message})`,
      };
    }
    let signer;
    try {
      signer = this.verifier.verify(entity);
    } catch (error) {
      const code = error instanceof VerificationError ? `${error.code}: ` : '';
      return {
        ok: false,
        failure: 'bad-signature',
        message: `the keyless signature does not verify (${code}${(error as Error).message})`,
        payload,
      };
    }
    const identity = signer.identity?.subjectAlternativeName ?? '';
    const issuer = signer.identity?.extensions?.issuer ?? '';
    const allowed =
      issuer === this.rules.issuer &&
      (this.rules.identities.includes(identity) || this.rules.identityPatterns.some((p) => p.test(identity)));
    if (!allowed)
      return {
        ok: false,
        failure: 'untrusted-signer',
        message: `signed keylessly by ${identity || '(no identity)'} (issuer ${issuer || 'unknown'}), which the identity rules do not allow`,
        payload,
      };
    return { ok: true, payload, identity, issuer };
  }
}
