import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import {
  BUNDLE_MEDIA_TYPE,
  KeyError,
  loadSigningKey,
  pae,
  parsePublicKeys,
  signToBundle,
  verifyBundle,
} from '../../../packages/core/src/audit/envelope.js';
import { keyPair } from './fixture.js';

const pem = (
  k: { export: (o: { type: 'pkcs8' | 'spki'; format: 'pem' }) => string | Buffer },
  type: 'pkcs8' | 'spki',
) => k.export({ type, format: 'pem' }).toString();

describe('DSSE envelopes in Sigstore bundles', () => {
  it('computes the pre-authentication encoding of the DSSE specification', () => {
    expect(pae('http://example.com/HelloWorld', Buffer.from('hello world')).toString()).toBe(
      'DSSEv1 29 http://example.com/HelloWorld 11 hello world',
    );
    // Lengths are in bytes, not characters.
    expect(pae('t', Buffer.from('é')).toString()).toBe('DSSEv1 1 t 2 é');
  });

  it.each(['ed25519', 'p256'] as const)('signs and verifies with %s keys', (type) => {
    const pair = keyPair(type);
    const key = loadSigningKey(pair.privatePem);
    const keys = parsePublicKeys(pair.publicPem);
    expect(key.keyId).toBe(keys[0].keyId);
    expect(key.keyId).toMatch(/^[0-9a-f]{64}$/);
    const bundle = signToBundle(Buffer.from('{"a":1}'), key);
    expect(bundle.mediaType).toBe(BUNDLE_MEDIA_TYPE);
    expect(bundle.verificationMaterial.publicKey).toEqual({ hint: key.keyId });
    const checked = verifyBundle(bundle, keys);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.payload.toString()).toBe('{"a":1}');
  });

  it('refuses a changed payload, a changed signature and a key that is not allowed', () => {
    const key = loadSigningKey(keyPair().privatePem);
    const other = keyPair();
    const keys = parsePublicKeys(key.publicKeyPem);
    const bundle = signToBundle(Buffer.from('{"a":1}'), key);
    const tampered = structuredClone(bundle);
    tampered.dsseEnvelope.payload = Buffer.from('{"a":2}').toString('base64');
    expect(verifyBundle(tampered, keys)).toMatchObject({ ok: false, failure: 'bad-signature' });
    const badSig = structuredClone(bundle);
    const sig = Buffer.from(badSig.dsseEnvelope.signatures[0].sig, 'base64');
    sig[5] ^= 1;
    badSig.dsseEnvelope.signatures[0].sig = sig.toString('base64');
    expect(verifyBundle(badSig, keys)).toMatchObject({ ok: false, failure: 'bad-signature' });
    expect(verifyBundle(bundle, parsePublicKeys(other.publicPem))).toMatchObject({
      ok: false,
      failure: 'untrusted-signer',
    });
    expect(verifyBundle({ mediaType: 'x' }, keys)).toMatchObject({ ok: false, failure: 'malformed' });
  });

  it('refuses private keys of other types and text that is not a key, saying why', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const p384 = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
    expect(() => loadSigningKey(pem(rsa.privateKey, 'pkcs8'))).toThrow(
      /is a rsa key, not Ed25519 or ECDSA P-256/,
    );
    expect(() => loadSigningKey(pem(p384.privateKey, 'pkcs8'))).toThrow(/ec \(secp384r1\) key/);
    expect(() => loadSigningKey('hunter2')).toThrow(KeyError);
    expect(() => loadSigningKey('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----')).toThrow(
      /cannot be read as a private key/,
    );
    expect(() => parsePublicKeys(pem(rsa.publicKey, 'spki'))).toThrow(/key 1 is a rsa key/);
    expect(() => parsePublicKeys(keyPair().privatePem)).toThrow(/not a PUBLIC KEY/);
    expect(() => parsePublicKeys('nothing here')).toThrow(/holds no PEM public key/);
  });

  it('reads several keys, each with an optional validity window', () => {
    const a = keyPair();
    const b = keyPair('p256');
    const keys = parsePublicKeys(
      `not-before: 2026-01-01T00:00:00Z\nnot-after: 2026-06-30T23:59:59Z\n${a.publicPem}\n${b.publicPem}`,
    );
    expect(keys).toHaveLength(2);
    expect(keys[0].notBefore).toBe(Date.parse('2026-01-01T00:00:00Z'));
    expect(keys[0].notAfter).toBe(Date.parse('2026-06-30T23:59:59Z'));
    expect(keys[1]).toMatchObject({ algorithm: 'ecdsa-p256', notBefore: undefined, notAfter: undefined });
    expect(() => parsePublicKeys(`not-after: tomorrow\n${a.publicPem}`)).toThrow(/not-after 'tomorrow'/);
  });
});
