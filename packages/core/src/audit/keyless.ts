import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, VerificationError, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { BUNDLE_MEDIA_TYPE, RECORD_PAYLOAD_TYPE, type SigstoreBundle } from './envelope.js';
import { TrustedRootError, type IdentityRules, type KeylessCheck } from './keyless-signer.js';

/**
 * Verification of keyless (Sigstore) log entries. Heavy (the Sigstore verifier and protobuf specs):
 * actions reach it through loadKeylessVerifier (keyless-signer.ts), a dynamic import, so only steps
 * that check keyless signatures load it.
 */
export * from './keyless-signer.js';

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
