import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { idTokenUnavailable } from '../../../actions/audit-sign/src/main.js';
import { inputsFromArguments } from '../../../actions/audit-verify/src/command-line.js';
import { verifyLog } from '../../../actions/audit-verify/src/verify-log.js';
import { canonicalBytes, canonicalize } from '../../../packages/core/src/audit/canonical-json.js';
import { checkLine } from '../../../packages/core/src/audit/entry-check.js';
import {
  KeylessVerifier,
  TrustedRootError,
  isKeylessBundle,
  keylessSigner,
  parseTrustedRoot,
  type IdentityRules,
} from '../../../packages/core/src/audit/keyless.js';
import { signEntry, signEntryWith, type LogEntry } from '../../../packages/core/src/audit/log-format.js';
import { hashCanonical, loadRecordSchemas } from '../../../packages/core/src/audit/record.js';
import {
  GITHUB_ISSUER,
  identityToken,
  startMockSigstore,
  type MockSigstore,
} from '../../harness/sigstore.js';
import { asRawLines, record, signer } from './fixture.js';

// The record checks are synchronous; Ajv and the schemas load once, as audit-verify does at start.
beforeAll(loadRecordSchemas);

jest.setTimeout(60_000);

const WORKFLOW = 'https://github.com/octo-org/service/.github/workflows/deploy.yml@refs/heads/main';

let sigstore: MockSigstore;
let other: MockSigstore;
beforeAll(async () => {
  sigstore = await startMockSigstore({ sub: WORKFLOW, iss: GITHUB_ISSUER });
  other = await startMockSigstore({ sub: WORKFLOW, iss: GITHUB_ISSUER });
});
afterAll(async () => {
  await sigstore?.stop();
  await other?.stop();
});

function keylessWith(instance: MockSigstore, claims = { sub: WORKFLOW, iss: GITHUB_ISSUER }) {
  return keylessSigner({
    fulcioURL: instance.fulcioURL,
    rekorURL: instance.rekorURL,
    identityToken: identityToken(claims),
  });
}

function verifier(rules: Partial<IdentityRules> = {}, root = sigstore.trustedRoot) {
  return new KeylessVerifier(parseTrustedRoot(JSON.stringify(root)), {
    identities: [WORKFLOW],
    identityPatterns: [],
    issuer: GITHUB_ISSUER,
    ...rules,
  });
}

describe('keyless signing against a private Sigstore (mock Fulcio, CT log and Rekor on 127.0.0.1)', () => {
  let entry: LogEntry;
  let line: string;
  beforeAll(async () => {
    ({ entry, line } = await signEntryWith(record(0, ''), keylessWith(sigstore)));
  });

  it('produces a Sigstore v0.3 bundle: DSSE envelope, Fulcio certificate, Rekor entry', () => {
    const bundle = entry.bundle as unknown as Record<string, Record<string, unknown>>;
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(isKeylessBundle(bundle)).toBe(true);
    expect(bundle.verificationMaterial.certificate).toMatchObject({ rawBytes: expect.any(String) });
    expect(bundle.verificationMaterial.tlogEntries).toEqual([
      expect.objectContaining({ kindVersion: { kind: 'dsse', version: '0.0.1' } }),
    ]);
    expect(Buffer.from(entry.bundle.dsseEnvelope.payload, 'base64')).toEqual(canonicalBytes(entry.record));
    expect(entry.hash).toBe(hashCanonical(canonicalBytes(entry.record)));
    expect(sigstore.requests.fulcio).toBeGreaterThan(0);
    expect(sigstore.requests.rekor).toBeGreaterThan(0);
  });

  it('verifies with the matching identity, exact or by a regular expression', () => {
    expect(verifier().verify(entry.bundle)).toMatchObject({
      ok: true,
      identity: WORKFLOW,
      issuer: GITHUB_ISSUER,
    });
    expect(
      verifier({
        identities: [],
        identityPatterns: [/^https:\/\/github\.com\/octo-org\/.*@refs\/heads\/main$/],
      }).verify(entry.bundle),
    ).toMatchObject({ ok: true });
    expect(checkLine(line, [], verifier())).toMatchObject({ ok: true, keyId: `sigstore:${WORKFLOW}` });
  });

  it('refuses another identity or issuer as an untrusted signer', () => {
    expect(
      verifier({ identities: [WORKFLOW.replace('main', 'feature')] }).verify(entry.bundle),
    ).toMatchObject({ ok: false, failure: 'untrusted-signer' });
    expect(verifier({ issuer: 'https://accounts.google.com' }).verify(entry.bundle)).toMatchObject({
      ok: false,
      failure: 'untrusted-signer',
    });
    expect(
      verifier({ identities: [], identityPatterns: [/^https:\/\/github\.com\/other-org\/.*$/] }).verify(
        entry.bundle,
      ),
    ).toMatchObject({ ok: false, failure: 'untrusted-signer' });
    // A keyless entry with no identity rules at all is not trusted either.
    expect(checkLine(line, signer().keys)).toMatchObject({ ok: false, failure: 'untrusted-signer' });
  });

  it('refuses a broken signature, a certificate from another CA, and a changed payload', () => {
    const broken = structuredClone(entry);
    const sig = Buffer.from(broken.bundle.dsseEnvelope.signatures[0].sig, 'base64');
    sig[sig.length - 5] ^= 0xff;
    broken.bundle.dsseEnvelope.signatures[0].sig = sig.toString('base64');
    expect(checkLine(canonicalize(broken), [], verifier())).toMatchObject({
      ok: false,
      failure: 'bad-signature',
    });
    // Signed by a different Sigstore instance than the trusted root names.
    expect(verifier({}, other.trustedRoot).verify(entry.bundle)).toMatchObject({
      ok: false,
      failure: 'bad-signature',
    });
    // The record and its hash changed together, the signed payload not: modified.
    const changed = structuredClone(entry);
    changed.record = { ...changed.record, actor: { id: '1', login: 'mallory' } };
    changed.hash = hashCanonical(canonicalBytes(changed.record));
    expect(checkLine(canonicalize(changed), [], verifier())).toMatchObject({
      ok: false,
      failure: 'modified',
    });
    // Record, hash and payload changed together: the signature no longer covers it.
    changed.bundle.dsseEnvelope.payload = canonicalBytes(changed.record).toString('base64');
    expect(checkLine(canonicalize(changed), [], verifier())).toMatchObject({
      ok: false,
      failure: 'bad-signature',
    });
  });

  it('verifies a log mixing key-signed and keyless entries, each by its own rule', async () => {
    const keyed = signer();
    const first = signEntry(record(0, ''), keyed.key);
    const second = await signEntryWith(record(1, first.entry.hash), keylessWith(sigstore));
    const third = signEntry(record(2, second.entry.hash), keyed.key);
    const lines = [first, second, third].map((s) => s.line);
    const stream = () => asRawLines(lines);
    expect(await verifyLog(stream(), { keys: keyed.keys, keyless: verifier() })).toMatchObject({
      valid: true,
      verified: 3,
    });
    expect(await verifyLog(stream(), { keys: keyed.keys })).toMatchObject({
      valid: false,
      failure: { class: 'untrusted-signer', sequence: 1 },
    });
    expect(
      await verifyLog(stream(), { keys: keyed.keys, keyless: verifier({ identities: ['someone-else'] }) }),
    ).toMatchObject({ valid: false, failure: { class: 'untrusted-signer', sequence: 1 } });
  });

  it('fails the signing when Fulcio refuses or cannot be reached', async () => {
    const unreachable = keylessSigner({
      fulcioURL: `${sigstore.fulcioURL}/nowhere`,
      rekorURL: sigstore.rekorURL,
      identityToken: identityToken({ sub: WORKFLOW, iss: GITHUB_ISSUER }),
      timeoutMs: 2_000,
    });
    await expect(unreachable.signBundle(Buffer.from('{}'))).rejects.toThrow();
  });
});

describe('trusted roots', () => {
  it.each([
    ['not json', /is not JSON/],
    ['{"mediaType":"application/json"}', /not a Sigstore trusted root/],
    [
      '{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1","certificateAuthorities":[],"tlogs":[]}',
      /no certificate authority/,
    ],
  ])('refuses %s', (text, message) => {
    expect(() => parseTrustedRoot(text)).toThrow(TrustedRootError);
    expect(() => parseTrustedRoot(text)).toThrow(message);
  });
});

describe('command line', () => {
  it('maps the keyless flags to inputs; --certificate-identity may repeat', () => {
    expect(
      inputsFromArguments([
        '--certificate-identity',
        'a',
        '--certificate-identity=b',
        '--certificate-identity-regexp',
        'c.*',
        '--certificate-oidc-issuer',
        'https://issuer',
        '--trusted-root',
        'root.json',
      ]),
    ).toEqual({
      help: false,
      inputs: {
        'certificate-identity': 'a\nb',
        'certificate-identity-regexp': 'c.*',
        'certificate-oidc-issuer': 'https://issuer',
        'trusted-root': 'root.json',
        'report-dir': 'audit-report',
      },
    });
  });
});

describe('identity token availability', () => {
  it('names the missing variables and the permission the job needs', () => {
    expect(idTokenUnavailable({})).toBe(
      'ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set: the job needs `permissions: id-token: write`',
    );
    expect(idTokenUnavailable({ ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x' })).toMatch(
      /^ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set/,
    );
    expect(
      idTokenUnavailable({ ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' }),
    ).toBeUndefined();
  });
});
