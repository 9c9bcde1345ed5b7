import { describe, expect, it } from '@jest/globals';
import { bundleFromJSON } from '@sigstore/bundle';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { createPublicKey } from 'node:crypto';
import { loadSigningKey } from '../../../packages/core/src/audit/envelope.js';
import { signEntry } from '../../../packages/core/src/audit/log-format.js';
import { canonicalize } from '../../../packages/core/src/audit/canonical-json.js';
import { keyPair, record } from './fixture.js';

/** A verifier from the Sigstore project itself, trusting one public key (no transparency log, no timestamps). */
function sigstoreVerifier(publicPem: string, keyId: string, type: 'p256' | 'ed25519') {
  const emptyRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: [],
  };
  const trust = toTrustMaterial(emptyRoot as unknown as Parameters<typeof toTrustMaterial>[0], {
    [keyId]: {
      rawBytes: createPublicKey(publicPem).export({ type: 'spki', format: 'der' }),
      keyDetails: type === 'p256' ? 'PKIX_ECDSA_P256_SHA_256' : 'PKIX_ED25519',
      validFor: { start: new Date(0) },
    } as never,
  });
  return new Verifier(trust, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 });
}

describe('interoperability with @sigstore/verify', () => {
  it.each(['p256', 'ed25519'] as const)(
    'accepts the bundle of a %s-signed log entry and refuses it tampered',
    (type) => {
      const pair = keyPair(type);
      const key = loadSigningKey(pair.privatePem);
      const { entry } = signEntry(record(0, ''), key);
      const verifier = sigstoreVerifier(pair.publicPem, key.keyId, type);
      const signer = verifier.verify(toSignedEntity(bundleFromJSON(entry.bundle)));
      expect(signer.key).toBeDefined();
      const tampered = structuredClone(entry.bundle);
      tampered.dsseEnvelope.payload = Buffer.from(
        canonicalize({ ...entry.record, actor: { id: '1', login: 'x' } }),
      ).toString('base64');
      expect(() => verifier.verify(toSignedEntity(bundleFromJSON(tampered)))).toThrow(
        /signature verification failed/,
      );
    },
  );
});
