import {
  checkLine,
  type VerificationKey,
  type KeylessVerifier,
  type RawLine,
  type AuditRecord,
  type Checkpoint,
  loadRecordSchemas,
} from '@shipgate/core/audit';
import { ArchiveCheck, type RetentionCoverage } from './archive-check.js';

export const FAILURE_CLASSES = [
  'modified',
  'deleted',
  'inserted',
  'reordered',
  'truncated',
  'forked',
  'bad-signature',
  'untrusted-signer',
  'newer-schema',
] as const;
export type FailureClass = (typeof FAILURE_CLASSES)[number];

export interface Failure {
  class: FailureClass;
  /** The first sequence number at which the log is not what was signed. */
  sequence: number;
  message: string;
}

export interface TrustedCheckpoint extends Checkpoint {
  logId: string;
}

export interface Verification {
  valid: boolean;
  /** Lines read (whatever their state). */
  lines: number;
  /** Entries verified before the first failure (all of them when valid). */
  verified: number;
  logId: string;
  failure?: Failure;
  checkpoints: number;
  /** Size covered by the last checkpoint in the log (0 when none). */
  lastCheckpointSize: number;
  /** Entries after the last checkpoint entry: no checkpoint vouches for them yet. */
  unanchored: number;
  /** Entries after the trusted checkpoint (all of them when none was given). */
  beyondTrusted: number;
  /** Sequence ranges missing from the log, found while classifying a failure. */
  gaps: { from: number; to: number }[];
  /** What archive + live log cover (archive files and their seals checked). */
  retention?: RetentionCoverage;
}

export interface VerifyOptions {
  keys: readonly VerificationKey[];
  /** Verifies keyless (Sigstore) entries against a trust root and identity rules; none: they are untrusted. */
  keyless?: KeylessVerifier;
  trusted?: TrustedCheckpoint;
  /** Every verified entry, in order (the report reads them as they stream past). */
  onEntry?: (record: AuditRecord, hash: string) => void;
  /**
   * Digests of the archive files read (path → sha256), checked against the checkpoints that sealed
   * them; undefined when the log is a single-file copy without its archive files.
   */
  archiveDigests?: ReadonlyMap<string, string>;
}

function sequenceOf(text: string): number | undefined {
  try {
    const sequence = (JSON.parse(text) as { record?: { sequence?: unknown } }).record?.sequence;
    return typeof sequence === 'number' ? sequence : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Verifies a log as it streams past, holding one entry at a time: every line on its own (canonical
 * form, schema, hash, envelope, signature by an allowed key), then the chain (contiguous sequence from
 * 0, previous hash, non-decreasing time, checkpoints), then the trusted checkpoint as a prefix. The
 * first failure is classified; the rest of the log is only scanned to tell a deletion from a reordering.
 */
export async function verifyLog(
  lines: AsyncIterable<RawLine>,
  options: VerifyOptions,
): Promise<Verification> {
  await loadRecordSchemas();
  const { keys, trusted } = options;
  let expected = 0;
  let previousHash = '';
  let previousTime = '';
  let logId = '';
  let failure: Failure | undefined;
  let lookahead: { from: number; to: number; found: boolean } | undefined;
  let count = 0;
  let checkpoints = 0;
  let lastCheckpointSize = 0;
  let lastCheckpointEnd = 0;
  let trustedHeadSeen = false;
  const archives = new ArchiveCheck(options.archiveDigests);

  const fail = (cls: FailureClass, sequence: number, message: string) => {
    failure = { class: cls, sequence, message };
  };

  for await (const line of lines) {
    count++;
    if (failure) {
      if (lookahead && !lookahead.found) {
        const s = sequenceOf(line.text);
        if (s !== undefined && s >= lookahead.from && s < lookahead.to) lookahead.found = true;
      }
      continue;
    }
    const checked = checkLine(line.text, keys, options.keyless);
    if (!checked.ok) {
      fail(checked.failure, expected, `entry ${expected} (${line.source}): ${checked.message}`);
      continue;
    }
    const { record, hash } = checked;
    if (record.sequence > expected) {
      fail(
        'deleted',
        expected,
        `entries ${expected}…${record.sequence - 1} are missing before ${record.sequence}`,
      );
      lookahead = { from: expected, to: record.sequence, found: false };
      continue;
    }
    if (record.sequence < expected) {
      fail(
        'inserted',
        expected,
        `a second entry with sequence ${record.sequence} appears where ${expected} belongs`,
      );
      continue;
    }
    if (logId === '') logId = record.logId;
    if (record.logId !== logId) {
      fail('inserted', expected, `entry ${expected} belongs to log '${record.logId}', not '${logId}'`);
      continue;
    }
    if (record.previousHash !== previousHash) {
      const at = Math.max(0, expected - 1);
      fail(
        'forked',
        at,
        `entry ${expected} was appended after a different entry ${at} than the one in the log`,
      );
      continue;
    }
    if (previousTime && record.time < previousTime) {
      fail(
        'modified',
        expected,
        `entry ${expected} is dated ${record.time}, before its predecessor (${previousTime})`,
      );
      continue;
    }
    if (record.type === 'checkpoint') {
      const cp = record.checkpoint;
      if (!cp || cp.size !== record.sequence || cp.head !== previousHash) {
        fail('forked', expected, `checkpoint ${expected} does not match the log before it`);
        continue;
      }
      if (cp.archive) {
        const problem = archives.seal(record);
        if (problem) {
          fail(problem.class, problem.sequence, problem.message);
          continue;
        }
      }
      checkpoints++;
      lastCheckpointSize = cp.size;
      lastCheckpointEnd = record.sequence + 1;
    }
    if (trusted && record.sequence === trusted.size - 1) {
      if (hash !== trusted.head || record.logId !== trusted.logId) {
        fail(
          'forked',
          record.sequence,
          `entry ${record.sequence} is not the one the trusted checkpoint vouches for: the log was rewritten at or before it`,
        );
        continue;
      }
      trustedHeadSeen = true;
    }
    archives.entry(line, record, hash);
    options.onEntry?.(record, hash);
    previousHash = hash;
    previousTime = record.time;
    expected++;
  }

  const gaps: { from: number; to: number }[] = [];
  if (failure && lookahead) {
    if (lookahead.found) {
      failure = {
        class: 'reordered',
        sequence: lookahead.from,
        message: `entry ${lookahead.from} appears later in the log, out of order`,
      };
    } else gaps.push({ from: lookahead.from, to: lookahead.to - 1 });
  }
  if (!failure && trusted && !trustedHeadSeen) {
    fail(
      'truncated',
      expected,
      `the log ends after ${expected} entries but the trusted checkpoint vouches for ${trusted.size}`,
    );
  }
  if (!failure) {
    const unsealed = archives.unsealed();
    if (unsealed) fail(unsealed.class, unsealed.sequence, unsealed.message);
  }
  const verified = expected;
  return {
    valid: failure === undefined,
    lines: count,
    verified,
    logId,
    failure,
    checkpoints,
    lastCheckpointSize,
    unanchored: Math.max(0, verified - lastCheckpointEnd),
    beyondTrusted: Math.max(0, verified - (trusted?.size ?? 0)),
    gaps,
    retention: archives.coverage(),
  };
}
