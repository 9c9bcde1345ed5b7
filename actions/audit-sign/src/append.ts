import type { Clock, FileStore } from '@shipgate/core';
import {
  type SigningKey,
  type KeylessSigner,
  appendLines,
  controlsFor,
  planRetention,
  readHead,
  signEntryWith,
  type LogLayout,
  type AuditRecord,
  type Checkpoint,
} from '@shipgate/core/audit';
import type { RecordDraft } from './record-draft.js';

export interface AppendOptions {
  store: FileStore;
  layout: LogLayout;
  draft: RecordDraft;
  /** A loaded key, or a keyless signer (each bundle then gets its own certificate and Rekor entry). */
  key: SigningKey | KeylessSigner;
  /** Log id for a new log; an existing log keeps the id of its first record. */
  logId: string;
  /** When set, refuse a log whose id differs (the log-id input was given explicitly). */
  requireLogId?: boolean;
  checkpointEvery: number;
  forceCheckpoint: boolean;
  clock: Clock;
  /** Move records older than this many days to an archive file, sealed by a signed checkpoint. */
  retentionDays?: number;
}

export interface Appended {
  record: AuditRecord;
  hash: string;
  /** The signed checkpoint line, when one was appended. */
  checkpoint?: string;
  size: number;
  headHash: string;
  attempts: number;
  /** The retention move made in the same commit, when one was due. */
  archived?: { file: string; from: number; to: number; checkpoint: string };
}

export class LogIdMismatch extends Error {}

/** Whether the entry at `sequence` ends a block of `every` entries and is followed by a checkpoint. */
export function checkpointDue(sequence: number, every: number): boolean {
  return (sequence + 1) % every === 0;
}

/**
 * Appends the record (and a checkpoint when due) in one compare-and-swap update. The head is read
 * from the snapshot inside `update`, so a writer that lost the race re-derives its sequence, previous
 * hash and time from the winner's entry and the sequence stays contiguous.
 */
export async function appendRecord(options: AppendOptions): Promise<Appended> {
  const { layout, draft, key } = options;
  const { result, attempts } = await options.store.update(
    `audit: ${draft.type} record ${draft.id}`,
    async (snapshot) => {
      const { head } = await readHead(snapshot, layout);
      if (head && options.requireLogId && head.logId !== options.logId)
        throw new LogIdMismatch(`the log's id is '${head.logId}', not '${options.logId}'`);
      const logId = head?.logId ?? options.logId;
      const sequence = head ? head.sequence + 1 : 0;
      // Times never go backwards in the log, even when this runner's clock is behind the last writer's.
      const now = options.clock.now();
      const time = new Date(head ? Math.max(now, Date.parse(head.time)) : now).toISOString();
      const record: AuditRecord = { ...draft, logId, sequence, previousHash: head?.hash ?? '', time };
      const signed = await signEntryWith(record, key);
      const lines = [signed.line];
      let checkpoint: string | undefined;
      let size = sequence + 1;
      let headHash = signed.entry.hash;
      const checkpointAt = (at: number, previousHash: string, checkpoint: Checkpoint) =>
        checkpointRecord(draft, logId, time, at, previousHash, checkpoint);
      if (options.forceCheckpoint || checkpointDue(sequence, options.checkpointEvery)) {
        const marker = checkpointAt(sequence + 1, signed.entry.hash, {
          size: sequence + 1,
          head: signed.entry.hash,
        });
        const cp = await signEntryWith(marker, key);
        lines.push(cp.line);
        checkpoint = cp.line;
        size += 1;
        headHash = cp.entry.hash;
      }
      // Retention: the records due move to an archive file in this same commit, after a signed
      // checkpoint naming the archive's digest and last hash, so the chain stays verifiable end to end.
      const move = options.retentionDays
        ? await planRetention(snapshot, layout, {
            timeMs: Date.parse(time),
            retentionDays: options.retentionDays,
          })
        : undefined;
      let archived: Appended['archived'];
      if (move) {
        const seal = await signEntryWith(
          checkpointAt(size, headHash, { size, head: headHash, archive: move.seal }),
          key,
        );
        lines.push(seal.line);
        checkpoint = seal.line;
        archived = { file: move.seal.file, from: move.seal.from, to: move.seal.to, checkpoint: seal.line };
        size += 1;
        headHash = seal.entry.hash;
      }
      const appended = await appendLines(snapshot, layout, sequence, lines);
      const changes = move ? await move.apply(appended) : appended;
      return { changes, result: { record, hash: signed.entry.hash, checkpoint, size, headHash, archived } };
    },
  );
  return { ...result, attempts };
}

/** A checkpoint entry at `at`, carrying the run's metadata from the draft (it is not itself a change). */
function checkpointRecord(
  draft: RecordDraft,
  logId: string,
  time: string,
  at: number,
  previousHash: string,
  checkpoint: Checkpoint,
): AuditRecord {
  return {
    schema: draft.schema,
    id: `${draft.id}-${checkpoint.archive ? 'archive' : 'checkpoint'}`,
    logId,
    sequence: at,
    previousHash,
    type: 'checkpoint',
    time,
    repository: draft.repository,
    actor: draft.actor,
    commit: draft.commit,
    ref: draft.ref,
    run: draft.run,
    event: draft.event,
    checkpoint,
    details: {},
    compliance: {
      risk: 'low',
      standards: draft.compliance.standards.map((s) => ({
        standard: s.standard,
        controls: controlsFor(s.standard, ['logging']),
      })),
    },
  };
}

export interface RetentionOnlyOptions {
  store: FileStore;
  layout: LogLayout;
  /** Supplies the run's metadata (repository, actor, run) for the sealing checkpoint; never appended. */
  draft: RecordDraft;
  key: SigningKey | KeylessSigner;
  /** When set, refuse a log whose id differs. */
  logId?: string;
  clock: Clock;
  retentionDays: number;
}

export interface RetentionSealed {
  /** Undefined when nothing was due: then nothing was written. */
  archived?: { file: string; from: number; to: number; checkpoint: string };
  size: number;
  headHash: string;
  attempts: number;
}

/**
 * A retention-only run: moves the records due to an archive file and appends only the signed
 * checkpoint sealing them, in one compare-and-swap update, so a log with no new records is still
 * kept within its retention window. Nothing due (or an empty log): no change, no commit.
 */
export async function sealRetention(options: RetentionOnlyOptions): Promise<RetentionSealed> {
  const { layout, draft, key } = options;
  const { result, attempts } = await options.store.update<Omit<RetentionSealed, 'attempts'>>(
    `audit: retention ${options.retentionDays} days`,
    async (snapshot) => {
      const { head } = await readHead(snapshot, layout);
      if (!head) return { changes: {}, result: { size: 0, headHash: '' } };
      if (options.logId !== undefined && head.logId !== options.logId)
        throw new LogIdMismatch(`the log's id is '${head.logId}', not '${options.logId}'`);
      const size = head.sequence + 1;
      const time = new Date(Math.max(options.clock.now(), Date.parse(head.time))).toISOString();
      const move = await planRetention(snapshot, layout, {
        timeMs: Date.parse(time),
        retentionDays: options.retentionDays,
      });
      if (!move) return { changes: {}, result: { size, headHash: head.hash } };
      const seal = await signEntryWith(
        checkpointRecord(draft, head.logId, time, size, head.hash, {
          size,
          head: head.hash,
          archive: move.seal,
        }),
        key,
      );
      const changes = await move.apply(await appendLines(snapshot, layout, size, [seal.line]));
      return {
        changes,
        result: {
          size: size + 1,
          headHash: seal.entry.hash,
          archived: { file: move.seal.file, from: move.seal.from, to: move.seal.to, checkpoint: seal.line },
        },
      };
    },
  );
  return { ...result, attempts };
}
