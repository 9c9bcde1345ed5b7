import type { AuditRecord, RawLine } from '@shipgate/core/audit';

/** What the verified log covers once retention has moved its oldest records to archive files. */
export interface RetentionCoverage {
  archiveFiles: number;
  /** Entries verified from archive files. */
  archivedRecords: number;
  /** Times of the first and last verified entries (archive + live). */
  coveredFrom?: string;
  coveredUntil?: string;
  /** Time of the first entry still in the live log. */
  liveFrom?: string;
  /** The retention window of the last archive checkpoint, if any. */
  retentionDays?: number;
  cutoff?: string;
  /** False for a single-file copy, whose archive files (and digests) are not at hand. */
  digestsChecked: boolean;
}

export interface ArchiveProblem {
  class: 'modified' | 'deleted';
  sequence: number;
  message: string;
}

/**
 * Checks the archive files of a log against the signed checkpoints that sealed them: each file's
 * digest, range and last hash are the ones its checkpoint names, and no file is unsealed (records
 * never leave the live log without a signed checkpoint). The lines themselves are checked by the
 * chain like any other. `digests`: file → digest as read; undefined for a single-file copy.
 */
export class ArchiveCheck {
  private readonly seen = new Map<string, { from: number; to: number; lastHash: string }>();
  private readonly sealed = new Set<string>();
  private archivedRecords = 0;
  private first?: string;
  private last?: string;
  private liveFrom?: string;
  private retention?: { days: number; cutoff: string };

  constructor(private readonly digests: ReadonlyMap<string, string> | undefined) {}

  /** Every verified entry, in order. */
  entry(line: RawLine, record: AuditRecord, hash: string): void {
    this.first ??= record.time;
    this.last = record.time;
    if (!line.archived) {
      this.liveFrom ??= record.time;
      return;
    }
    this.archivedRecords++;
    const range = this.seen.get(line.source);
    if (range) Object.assign(range, { to: record.sequence, lastHash: hash });
    else this.seen.set(line.source, { from: record.sequence, to: record.sequence, lastHash: hash });
  }

  /** A checkpoint carrying an archive seal, already verified as an entry of the chain. */
  seal(record: AuditRecord): ArchiveProblem | undefined {
    const seal = record.checkpoint!.archive!;
    const at = `checkpoint ${record.sequence}`;
    const problem = (cls: ArchiveProblem['class'], message: string) => ({
      class: cls,
      sequence: Math.min(seal.from, record.sequence),
      message: `${at}: ${message}`,
    });
    if (seal.from > seal.to || seal.to >= record.sequence)
      return problem('modified', `seals entries ${seal.from}…${seal.to}, which do not come before it`);
    if (!(Date.parse(seal.lastTime) < Date.parse(seal.cutoff)))
      return problem(
        'modified',
        `archived a record dated ${seal.lastTime}, not before its cutoff ${seal.cutoff}`,
      );
    this.retention = { days: seal.retentionDays, cutoff: seal.cutoff };
    if (!this.digests) return undefined;
    const digest = this.digests.get(seal.file);
    if (digest === undefined) return problem('deleted', `its archive file ${seal.file} is missing`);
    if (digest !== seal.digest)
      return problem(
        'modified',
        `the archive file ${seal.file} does not match the digest the checkpoint sealed`,
      );
    const range = this.seen.get(seal.file);
    if (!range || range.from !== seal.from || range.to !== seal.to || range.lastHash !== seal.lastHash)
      return problem(
        'modified',
        `the archive file ${seal.file} holds ${range ? `entries ${range.from}…${range.to}` : 'no verified entry'}, not the entries ${seal.from}…${seal.to} the checkpoint sealed`,
      );
    this.sealed.add(seal.file);
    return undefined;
  }

  /** After a log that verified: an archive file that no checkpoint sealed. */
  unsealed(): ArchiveProblem | undefined {
    for (const file of this.digests?.keys() ?? []) {
      if (this.sealed.has(file)) continue;
      return {
        class: 'modified',
        sequence: this.seen.get(file)?.from ?? 0,
        message: `the archive file ${file} is not sealed by any signed checkpoint (records left the live log without one)`,
      };
    }
    return undefined;
  }

  coverage(): RetentionCoverage {
    return {
      archiveFiles: this.digests?.size ?? this.seen.size,
      archivedRecords: this.archivedRecords,
      coveredFrom: this.first,
      coveredUntil: this.last,
      liveFrom: this.liveFrom,
      retentionDays: this.retention?.days,
      cutoff: this.retention?.cutoff,
      digestsChecked: this.digests !== undefined,
    };
  }
}
