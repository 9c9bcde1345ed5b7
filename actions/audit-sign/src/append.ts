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
      const checkpointAt = (at: number, previousHash: string, checkpoint: Checkpoint): AuditRecord => ({
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
      });
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
