import { beforeAll, describe, expect, it } from '@jest/globals';
import { canonicalize } from '../../../packages/core/src/audit/canonical-json.js';
import { parsePublicKeys } from '../../../packages/core/src/audit/envelope.js';
import { signEntry } from '../../../packages/core/src/audit/log-format.js';
import {
  recordSchemaProblem,
  type AuditRecord,
  loadRecordSchemas,
} from '../../../packages/core/src/audit/record.js';
import {
  FAILURE_CLASSES,
  verifyLog,
  type FailureClass,
} from '../../../actions/audit-verify/src/verify-log.js';
import { asRawLines, generateLog, keyPair, prng, signer } from './fixture.js';

// The record checks are synchronous; Ajv and the schemas load once, as audit-verify does at start.
beforeAll(loadRecordSchemas);

const legit = signer();
const mallory = signer();
const N = 40;
const base = generateLog(N, legit.key, { checkpointEvery: 10 });
const trusted = { logId: 'octo-org/audit@audit-log', size: N, head: base.hashes[N - 1] };

const verify = (lines: string[], options: { trusted?: typeof trusted; keys?: typeof legit.keys } = {}) =>
  verifyLog(asRawLines(lines), { keys: options.keys ?? legit.keys, trusted: options.trusted });

const recordOf = (line: string) => (JSON.parse(line) as { record: AuditRecord }).record;
const int = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** Each mutation returns the tampered log and what verification must report. */
type Mutation = (random: () => number) => {
  lines: string[];
  expected: FailureClass;
  at: number | [number, number];
};

const mutations: Record<FailureClass, Mutation> = {
  modified: (random) => {
    const k = int(random, 0, N - 1);
    const lines = [...base.lines];
    const entry = JSON.parse(lines[k]) as { record: AuditRecord };
    const edits = [
      () => (entry.record.actor.login = 'mallory'),
      () => (entry.record.details = { note: 'edited' }),
      () => (entry.record.commit = 'f'.repeat(40)),
      () => (entry.record.time = '2027-01-01T00:00:00.000Z'),
    ];
    edits[int(random, 0, edits.length - 1)]();
    // Either rewritten in canonical form (only the record changed) or edited by hand (spacing changes too).
    lines[k] = random() < 0.5 ? canonicalize(entry) : JSON.stringify(entry, null, 1).replace(/\n/g, '');
    return { lines, expected: 'modified', at: k };
  },
  deleted: (random) => {
    const k = int(random, 0, N - 2);
    return { lines: base.lines.filter((_, i) => i !== k), expected: 'deleted', at: k };
  },
  inserted: (random) => {
    const j = int(random, 0, N - 1);
    const k = int(random, j + 1, N);
    const lines = [...base.lines];
    lines.splice(k, 0, base.lines[j]);
    return { lines, expected: 'inserted', at: k };
  },
  reordered: (random) => {
    const i = int(random, 0, N - 2);
    const j = int(random, i + 1, N - 1);
    const lines = [...base.lines];
    if (random() < 0.5) [lines[i], lines[j]] = [lines[j], lines[i]];
    else lines.splice(j, 0, ...lines.splice(i, 1)); // move entry i later
    return { lines, expected: 'reordered', at: i };
  },
  truncated: (random) => {
    const k = int(random, 0, N - 1);
    return { lines: base.lines.slice(0, k), expected: 'truncated', at: k };
  },
  forked: (random) => {
    const k = int(random, 0, N - 1);
    if (random() < 0.5) {
      // Another record signed with the real key in place of entry k: the history branches there.
      const lines = [...base.lines];
      const original = recordOf(lines[k]);
      lines[k] = signEntry({ ...original, details: { forked: true } }, legit.key).line;
      return { lines, expected: 'forked', at: k };
    }
    // The whole tail from k rewritten consistently with the real key (a reset branch re-appended).
    const tail = generateLog(N - k, legit.key, {
      checkpointEvery: 10,
      start: k === 0 ? undefined : { sequence: k - 1, hash: base.hashes[k - 1] },
      mutateRecord: (r) => ({ ...r, details: { rewritten: true } }),
    });
    return { lines: [...base.lines.slice(0, k), ...tail.lines], expected: 'forked', at: [k, N - 1] };
  },
  'bad-signature': (random) => {
    const k = int(random, 0, N - 1);
    const lines = [...base.lines];
    const entry = JSON.parse(lines[k]) as { bundle: { dsseEnvelope: { signatures: { sig: string }[] } } };
    const sig = Buffer.from(entry.bundle.dsseEnvelope.signatures[0].sig, 'base64');
    sig[int(random, 0, sig.length - 1)] ^= 1 << int(random, 0, 7);
    entry.bundle.dsseEnvelope.signatures[0].sig = sig.toString('base64');
    lines[k] = canonicalize(entry);
    return { lines, expected: 'bad-signature', at: k };
  },
  'untrusted-signer': (random) => {
    const k = int(random, 0, N - 1);
    const lines = [...base.lines];
    const original = recordOf(lines[k]);
    // Re-signed by someone else, with or without changing the record.
    const changed = random() < 0.5 ? { ...original, actor: { id: '666', login: 'mallory' } } : original;
    lines[k] = signEntry(changed, mallory.key).line;
    return { lines, expected: 'untrusted-signer', at: k };
  },
  'newer-schema': (random) => {
    const k = int(random, 0, N - 1);
    const lines = [...base.lines];
    // Not tampering: a later shipgate's record (schema v2, a field this version does not know), validly signed.
    lines[k] = signEntry(newerRecord(recordOf(lines[k])), legit.key).line;
    return { lines, expected: 'newer-schema', at: k };
  },
};

/** A record as a later shipgate could write it: a higher schema version and a field renamed. */
function newerRecord(r: AuditRecord): AuditRecord {
  const { actor, ...rest } = r;
  return { ...rest, schema: 'shipgate.audit.record/v2', by: actor } as unknown as AuditRecord;
}

describe('log verification', () => {
  it('accepts an intact log, with and without a trusted checkpoint', async () => {
    expect(await verify(base.lines)).toMatchObject({
      valid: true,
      verified: N,
      checkpoints: 3,
      unanchored: 9,
      beyondTrusted: N,
    });
    expect(await verify(base.lines, { trusted })).toMatchObject({ valid: true, beyondTrusted: 0 });
    // A log that grew after the trusted checkpoint still extends it.
    const shorter = { ...trusted, size: 20, head: base.hashes[19] };
    expect(await verify(base.lines, { trusted: shorter })).toMatchObject({ valid: true, beyondTrusted: 20 });
  });

  it('without a trusted checkpoint a truncated log still verifies: only an outside checkpoint catches it', async () => {
    expect(await verify(base.lines.slice(0, 25))).toMatchObject({ valid: true, verified: 25 });
    expect(await verify(base.lines.slice(0, 25), { trusted })).toMatchObject({
      valid: false,
      failure: { class: 'truncated', sequence: 25 },
    });
  });

  it('refuses a signature made outside the key’s validity window', async () => {
    const pair = keyPair();
    const key = signer(pair).key;
    const lines = generateLog(3, key).lines; // records dated 2026-05-01T00:00…00:02
    const windowed = parsePublicKeys(`not-after: 2026-05-01T00:01:00Z\n${pair.publicPem}`);
    expect(await verifyLog(asRawLines(lines), { keys: windowed })).toMatchObject({
      valid: false,
      verified: 2,
      failure: { class: 'untrusted-signer', sequence: 2 },
    });
  });

  it('reports the missing range of a deletion as a gap', async () => {
    const lines = base.lines.filter((_, i) => i < 5 || i > 7);
    expect(await verify(lines)).toMatchObject({
      failure: { class: 'deleted', sequence: 5 },
      gaps: [{ from: 5, to: 7 }],
    });
  });

  it('catches a time going backwards and a checkpoint that does not match the log', async () => {
    const earlier = generateLog(3, legit.key, {
      mutateRecord: (r) => (r.sequence === 2 ? { ...r, time: '2026-04-30T00:00:00.000Z' } : r),
    });
    expect(await verify(earlier.lines)).toMatchObject({ failure: { class: 'modified', sequence: 2 } });
    const lying = generateLog(12, legit.key, {
      checkpointEvery: 10,
      mutateRecord: (r) =>
        r.type === 'checkpoint' ? { ...r, checkpoint: { size: 9, head: r.previousHash } } : r,
    });
    expect(await verify(lying.lines)).toMatchObject({ failure: { class: 'forked', sequence: 10 } });
  });

  it('reads a record with fields a later shipgate added within the same schema version (ignored, still signed)', async () => {
    const added = generateLog(3, legit.key, {
      mutateRecord: (r) =>
        r.sequence === 1
          ? ({
              ...r,
              retries: 2,
              deployment: { ...r.deployment!, region: 'eu-west-1' },
              compliance: { ...r.compliance, reviewer: 'carol' },
            } as AuditRecord)
          : r,
    });
    expect(await verify(added.lines)).toMatchObject({ valid: true, verified: 3 });
    // What this version writes is still exact: the writer's schema refuses the unknown fields.
    expect(recordSchemaProblem(recordOf(added.lines[1]))).toMatch(/must NOT have additional properties/);
    // Signed over every field: an added field after signing is a modification.
    const entry = JSON.parse(base.lines[1]) as { record: Record<string, unknown> };
    entry.record.retries = 2;
    const lines = [...base.lines];
    lines[1] = canonicalize(entry);
    expect(await verify(lines)).toMatchObject({ failure: { class: 'modified', sequence: 1 } });
  });

  it('a record of a higher schema version asks for an upgrade, not "modified"; tampered or forged, it is what it is', async () => {
    const lines = [...base.lines];
    lines[5] = signEntry(newerRecord(recordOf(lines[5])), legit.key).line;
    const newer = await verify(lines);
    expect(newer).toMatchObject({
      valid: false,
      verified: 5,
      failure: { class: 'newer-schema', sequence: 5 },
    });
    expect(newer.failure!.message).toBe(
      'entry 5 (memory): written by a newer shipgate (record schema shipgate.audit.record/v2; this verifier reads shipgate.audit.record/v1): upgrade audit-verify to verify it (its hash and signature are valid)',
    );
    // Edited after signing: modified, whatever version it names.
    const edited = JSON.parse(lines[5]) as { record: Record<string, unknown> };
    edited.record.by = { id: '666', login: 'mallory' };
    expect(await verify([...lines.slice(0, 5), canonicalize(edited)])).toMatchObject({
      failure: { class: 'modified', sequence: 5 },
    });
    // Signed by another key: untrusted, not an upgrade to make.
    const forged = signEntry(newerRecord(recordOf(base.lines[5])), mallory.key).line;
    expect(await verify([...base.lines.slice(0, 5), forged])).toMatchObject({
      failure: { class: 'untrusted-signer', sequence: 5 },
    });
    // A schema that is no shipgate version is not a record at all.
    const unknown = signEntry(
      { ...recordOf(base.lines[5]), schema: 'shipgate.audit.record/vX' } as unknown as AuditRecord,
      legit.key,
    ).line;
    expect(await verify([...base.lines.slice(0, 5), unknown])).toMatchObject({
      failure: { class: 'modified', sequence: 5 },
    });
  });

  describe('tamper matrix: every mutation at random positions is detected and classified', () => {
    it.each(FAILURE_CLASSES.map((c) => [c]))('%s', async (failureClass) => {
      const random = prng(0x5eed + FAILURE_CLASSES.indexOf(failureClass));
      for (let round = 0; round < 30; round++) {
        const { lines, expected, at } = mutations[failureClass](random);
        const result = await verify(lines, { trusted });
        const where = { round, expected, at, got: result.failure };
        expect({ ...where, valid: result.valid, class: result.failure?.class }).toEqual({
          ...where,
          valid: false,
          class: expected,
        });
        if (Array.isArray(at)) {
          expect(result.failure!.sequence).toBeGreaterThanOrEqual(at[0]);
          expect(result.failure!.sequence).toBeLessThanOrEqual(at[1]);
        } else expect({ ...where, sequence: result.failure!.sequence }).toEqual({ ...where, sequence: at });
      }
    });
  });
});
