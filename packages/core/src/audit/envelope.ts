import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/** The DSSE payload type of an audit record: its RFC 8785 bytes. */
export const RECORD_PAYLOAD_TYPE = 'application/vnd.shipgate.audit-record+json';
export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

export type KeyAlgorithm = 'ed25519' | 'ecdsa-p256';

export interface SigningKey {
  algorithm: KeyAlgorithm;
  /** Hex SHA-256 of the public key's SPKI DER encoding; the bundle's public key hint. */
  keyId: string;
  publicKeyPem: string;
  sign(data: Buffer): Buffer;
}

export interface VerificationKey {
  algorithm: KeyAlgorithm;
  keyId: string;
  key: KeyObject;
  /** Records signed (by their time) outside this window are refused; epoch ms. */
  notBefore?: number;
  notAfter?: number;
}

export interface DsseEnvelope {
  payload: string;
  payloadType: string;
  signatures: { sig: string; keyid: string }[];
}

export interface SigstoreBundle {
  mediaType: string;
  verificationMaterial: {
    publicKey?: { hint: string };
    tlogEntries: unknown[];
    timestampVerificationData?: { rfc3161Timestamps: unknown[] };
    [other: string]: unknown;
  };
  dsseEnvelope: DsseEnvelope;
}

/** Why a key cannot be used; the caller turns it into an InputError naming its input. */
export class KeyError extends Error {}

function algorithmOf(key: KeyObject): KeyAlgorithm {
  if (key.asymmetricKeyType === 'ed25519') return 'ed25519';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1')
    return 'ecdsa-p256';
  const detail = key.asymmetricKeyDetails?.namedCurve ? ` (${key.asymmetricKeyDetails.namedCurve})` : '';
  throw new KeyError(`is a ${key.asymmetricKeyType ?? 'unknown'}${detail} key, not Ed25519 or ECDSA P-256`);
}

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

/** Loads a PEM private key once; the returned signer keeps it in memory only. */
export function loadSigningKey(pem: string): SigningKey {
  if (!/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(pem))
    throw new KeyError('is not a PEM private key (no BEGIN … PRIVATE KEY block)');
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch (error) {
    throw new KeyError(`cannot be read as a private key (${(error as Error).message})`);
  }
  const algorithm = algorithmOf(key);
  const publicKey = createPublicKey(key);
  const digest = algorithm === 'ed25519' ? null : 'sha256';
  return {
    algorithm,
    keyId: keyIdOf(publicKey),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (data) => sign(digest, data, key),
  };
}

const PEM_BLOCK = /-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g;

/**
 * Public keys from text holding one or more PEM blocks. Lines before a block may give its validity
 * window: `not-before: 2026-01-01T00:00:00Z` and `not-after: 2026-12-31T23:59:59Z`.
 */
export function parsePublicKeys(text: string): VerificationKey[] {
  const keys: VerificationKey[] = [];
  let last = 0;
  for (const match of text.matchAll(PEM_BLOCK)) {
    const preamble = text.slice(last, match.index);
    last = (match.index ?? 0) + match[0].length;
    let key: KeyObject;
    try {
      key = createPublicKey({ key: match[0], format: 'pem' });
    } catch (error) {
      throw new KeyError(`key ${keys.length + 1} cannot be read (${(error as Error).message})`);
    }
    let algorithm: KeyAlgorithm;
    try {
      algorithm = algorithmOf(key);
    } catch (error) {
      throw new KeyError(`key ${keys.length + 1} ${(error as Error).message}`);
    }
    keys.push({
      algorithm,
      keyId: keyIdOf(key),
      key,
      notBefore: windowBound(preamble, 'not-before', keys.length + 1),
      notAfter: windowBound(preamble, 'not-after', keys.length + 1),
    });
  }
  if (/-----BEGIN (?!PUBLIC KEY)[A-Z0-9 ]+-----/.test(text))
    throw new KeyError('holds a block that is not a PUBLIC KEY (a private key or certificate?)');
  if (keys.length === 0) throw new KeyError('holds no PEM public key (-----BEGIN PUBLIC KEY-----)');
  return keys;
}

function windowBound(preamble: string, name: string, index: number): number | undefined {
  const match = new RegExp(`^\\s*${name}:\\s*(\\S+)\\s*$`, 'm').exec(preamble);
  if (!match) return undefined;
  const ms = Date.parse(match[1]);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(match[1]) || Number.isNaN(ms))
    throw new KeyError(`key ${index}: ${name} '${match[1]}' is not an RFC 3339 time`);
  return ms;
}

/** DSSE pre-authentication encoding: "DSSEv1" SP len(type) SP type SP len(body) SP body. */
export function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `, 'utf8'),
    type,
    Buffer.from(` ${payload.length} `, 'utf8'),
    payload,
  ]);
}

/** A Sigstore bundle v0.3 holding a DSSE envelope signed with a key (public key hint = key id). */
export function signToBundle(
  payload: Buffer,
  key: SigningKey,
  payloadType = RECORD_PAYLOAD_TYPE,
): SigstoreBundle {
  const sig = key.sign(pae(payloadType, payload));
  return {
    mediaType: BUNDLE_MEDIA_TYPE,
    verificationMaterial: {
      publicKey: { hint: key.keyId },
      tlogEntries: [],
      timestampVerificationData: { rfc3161Timestamps: [] },
    },
    dsseEnvelope: {
      payload: payload.toString('base64'),
      payloadType,
      signatures: [{ sig: sig.toString('base64'), keyid: key.keyId }],
    },
  };
}

export type BundleCheck =
  | { ok: true; payload: Buffer; key: VerificationKey }
  | {
      ok: false;
      failure: 'malformed' | 'bad-signature' | 'untrusted-signer';
      message: string;
      payload?: Buffer;
    };

/**
 * Checks a bundle's envelope: its structure, that a signature verifies with one of the allowed keys.
 * The key's validity window is checked by the caller against the record's time.
 */
export function verifyBundle(
  bundle: unknown,
  keys: readonly VerificationKey[],
  payloadType = RECORD_PAYLOAD_TYPE,
): BundleCheck {
  const b = bundle as Partial<SigstoreBundle> | undefined;
  const envelope = b?.dsseEnvelope;
  if (
    !b ||
    b.mediaType !== BUNDLE_MEDIA_TYPE ||
    !envelope ||
    typeof envelope.payload !== 'string' ||
    !Array.isArray(envelope.signatures) ||
    envelope.signatures.length === 0
  )
    return { ok: false, failure: 'malformed', message: 'not a Sigstore v0.3 bundle with a DSSE envelope' };
  if (envelope.payloadType !== payloadType)
    return { ok: false, failure: 'malformed', message: `payload type is '${envelope.payloadType}'` };
  const payload = Buffer.from(envelope.payload, 'base64');
  const message = pae(payloadType, payload);
  const hint = b.verificationMaterial?.publicKey?.hint;
  let signedByKnownKey = false;
  for (const signature of envelope.signatures) {
    const keyId = signature?.keyid || hint;
    const candidates = keyId ? keys.filter((k) => k.keyId === keyId) : keys;
    for (const key of candidates) {
      signedByKnownKey = true;
      let good = false;
      try {
        good = verify(
          key.algorithm === 'ed25519' ? null : 'sha256',
          message,
          key.key,
          Buffer.from(String(signature.sig), 'base64'),
        );
      } catch {
        good = false;
      }
      if (good) return { ok: true, payload, key };
    }
  }
  if (!signedByKnownKey)
    return {
      ok: false,
      failure: 'untrusted-signer',
      message: `signed by key ${envelope.signatures[0]?.keyid || hint || '(no key id)'}, which is not an allowed key`,
      payload,
    };
  return { ok: false, failure: 'bad-signature', message: 'the signature does not verify', payload };
}
