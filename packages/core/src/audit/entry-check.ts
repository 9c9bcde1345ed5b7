import { canonicalBytes, parseCanonical } from './canonical-json.js';
import { verifyBundle, type BundleCheck, type VerificationKey } from './envelope.js';
import { isKeylessBundle, type KeylessCheck } from './keyless-signer.js';
import type { KeylessVerifier } from './keyless.js';
import type { LogEntry } from './log-format.js';
import {
  RECORD_SCHEMA,
  RECORD_SCHEMA_VERSION,
  hashCanonical,
  readableRecordProblem,
  recordSchemaVersion,
  type AuditRecord,
} from './record.js';

/** newer-schema: a validly signed record of a schema version this reader does not know. */
export type EntryFailure = 'modified' | 'bad-signature' | 'untrusted-signer' | 'newer-schema';

export type EntryCheck =
  /** keyId: the key's id, or `sigstore:<identity>` for a keyless signature. */
  | { ok: true; record: AuditRecord; hash: string; keyId: string }
  | { ok: false; failure: EntryFailure; message: string; record?: AuditRecord };

/**
 * Everything one line must satisfy on its own: canonical JSON, a valid record, the hash of its
 * record, the envelope carrying exactly that record, and a signature by an allowed key that was
 * valid at the record's time, or a keyless signature whose identity the rules allow.
 */
export function checkLine(
  text: string,
  keys: readonly VerificationKey[],
  keyless?: KeylessVerifier,
): EntryCheck {
  let parsed: { value: unknown; canonical: boolean };
  try {
    parsed = parseCanonical(text);
  } catch {
    return { ok: false, failure: 'modified', message: 'the line is not JSON' };
  }
  if (!parsed.canonical)
    return { ok: false, failure: 'modified', message: 'the line is not in canonical (RFC 8785) form' };
  const entry = parsed.value as Partial<LogEntry>;
  if (!entry || typeof entry !== 'object' || Array.isArray(entry))
    return { ok: false, failure: 'modified', message: 'the line is not an entry object' };
  const extra = Object.keys(entry).filter((k) => !['bundle', 'hash', 'record'].includes(k));
  if (extra.length > 0) return { ok: false, failure: 'modified', message: `unexpected field ${extra[0]}` };
  // A record of a later schema version is checked as far as this reader can: its hash and signature
  // (they cover any record), never its fields. Tampered, it fails as such; intact, it asks for an upgrade.
  const version = recordSchemaVersion(entry.record);
  const newer = version !== undefined && version > RECORD_SCHEMA_VERSION;
  const problem = newer ? undefined : readableRecordProblem(entry.record);
  if (problem) return { ok: false, failure: 'modified', message: `the record is not valid: ${problem}` };
  const record = entry.record as AuditRecord;
  const bytes = canonicalBytes(record);
  const hash = hashCanonical(bytes);
  const known = newer ? undefined : record;
  if (entry.hash !== hash)
    return {
      ok: false,
      failure: 'modified',
      message: 'the record does not match its entry hash',
      record: known,
    };
  const signed: KeylessCheck | BundleCheck = isKeylessBundle(entry.bundle)
    ? checkKeyless(entry.bundle, keyless)
    : verifyBundle(entry.bundle, keys);
  if (!signed.ok && signed.failure === 'malformed')
    return { ok: false, failure: 'modified', message: `the bundle is ${signed.message}`, record: known };
  // A signature over other bytes means the record was changed, whoever signed it.
  if (signed.payload && !signed.payload.equals(bytes))
    return {
      ok: false,
      failure: 'modified',
      message: 'the signed payload differs from the record',
      record: known,
    };
  if (!signed.ok) {
    const failure = signed.failure === 'malformed' ? 'modified' : signed.failure;
    return { ok: false, failure, message: signed.message, record: known };
  }
  if (newer)
    return {
      ok: false,
      failure: 'newer-schema',
      message: `written by a newer shipgate (record schema ${String((entry.record as { schema: string }).schema)}; this verifier reads ${RECORD_SCHEMA}): upgrade audit-verify to verify it (its hash and signature are valid)`,
    };
  if ('identity' in signed) return { ok: true, record, hash, keyId: `sigstore:${signed.identity}` };
  const time = Date.parse(record.time);
  const { notBefore, notAfter } = signed.key;
  if ((notBefore !== undefined && time < notBefore) || (notAfter !== undefined && time > notAfter))
    return {
      ok: false,
      failure: 'untrusted-signer',
      message: `signed by key ${signed.key.keyId} outside its validity window`,
      record,
    };
  return { ok: true, record, hash, keyId: signed.key.keyId };
}

/** A keyless bundle is only trusted through identity rules; without them it is an untrusted signer. */
function checkKeyless(bundle: unknown, keyless: KeylessVerifier | undefined): KeylessCheck {
  if (keyless) return keyless.verify(bundle);
  return {
    ok: false,
    failure: 'untrusted-signer',
    message: 'signed keylessly (Sigstore) but no keyless identity rules were given',
    payload: envelopePayload(bundle),
  };
}

function envelopePayload(bundle: unknown): Buffer | undefined {
  const payload = (bundle as { dsseEnvelope?: { payload?: unknown } }).dsseEnvelope?.payload;
  return typeof payload === 'string' ? Buffer.from(payload, 'base64') : undefined;
}
