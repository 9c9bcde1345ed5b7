import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Changes, Snapshot } from '../branch-store.js';
import { archiveDigest, archiveFileDigest, archivePath, archivesAmong, listArchives } from './archive.js';
import { canonicalBytes } from './canonical-json.js';
import {
  DEFAULT_SEGMENT_SIZE,
  LogFormatError,
  fileLayout,
  listSegments,
  segmentPath,
  type LogEntry,
  type LogLayout,
} from './log-format.js';
import { hashCanonical, type ArchiveSeal } from './record.js';

export const DAY_MS = 86_400_000;

/**
 * At most this many records move in one retention move (one archive file, one commit): a log that
 * has never been archived catches up over several runs instead of writing one huge file.
 */
export const MAX_ARCHIVED_PER_MOVE = 5000;

/** The cutoff of a retention window ending at `timeMs`: records dated before it are due. */
export function retentionCutoff(timeMs: number, retentionDays: number): number {
  return timeMs - retentionDays * DAY_MS;
}

export interface RetentionMove {
  /** What the checkpoint appended with this move must carry. */
  seal: ArchiveSeal;
  /**
   * The move's file changes on top of the append's: the archive file written, the archived lines
   * taken out of the live segments (a segment left empty is deleted). Applied in the same commit as
   * the signed checkpoint, so nothing leaves the live log without a checkpoint that covers it.
   */
  apply(changes: Record<string, string>): Promise<Changes>;
}

function parseEntry(line: string, file: string): LogEntry {
  let entry: LogEntry;
  try {
    entry = JSON.parse(line) as LogEntry;
  } catch {
    throw new LogFormatError(`a line of ${file} is not JSON`);
  }
  const record = entry?.record;
  if (!record || typeof record.sequence !== 'number' || typeof record.time !== 'string')
    throw new LogFormatError(`a line of ${file} is not an audit log entry`);
  return entry;
}

const nonEmpty = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

function* linesOf(text: string): Generator<string> {
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    if (line.trim() !== '') yield line;
    start = end < 0 ? text.length : end + 1;
  }
}

/**
 * Plans moving the live records dated before the cutoff (a prefix of the log, since times never go
 * backwards) to a new archive file. Every moved entry is checked against its hash and the chain
 * first: an entry that does not match is not archived (fail closed; audit-verify says what is wrong).
 * Undefined when nothing is due.
 */
export async function planRetention(
  snapshot: Snapshot,
  layout: LogLayout,
  options: { timeMs: number; retentionDays: number; limit?: number },
): Promise<RetentionMove | undefined> {
  const cutoff = retentionCutoff(options.timeMs, options.retentionDays);
  const limit = options.limit ?? MAX_ARCHIVED_PER_MOVE;
  const archives = await listArchives(snapshot, layout);
  const previous = archives[archives.length - 1];
  const start = previous ? previous.to + 1 : 0;
  const moved: { line: string; entry: LogEntry }[] = [];
  /** Segment → how many of its first lines move. */
  const taken = new Map<string, number>();
  let done = false;
  for (const index of await listSegments(snapshot, layout)) {
    const file = segmentPath(layout, index);
    // Lines are taken one at a time: usually the first is already not due, and the rest is never split.
    for (const line of linesOf((await snapshot.read(file)) ?? '')) {
      const entry = parseEntry(line, file);
      const { record } = entry;
      const expected = moved.length === 0 ? start : moved[moved.length - 1].entry.record.sequence + 1;
      if (record.sequence !== expected)
        throw new LogFormatError(
          `${file} holds sequence ${record.sequence} where ${expected} belongs` +
            (moved.length === 0 && previous ? ` (the archive ends at ${previous.to})` : ''),
        );
      if (moved.length >= limit || !(Date.parse(record.time) < cutoff)) {
        done = true;
        break;
      }
      if (hashCanonical(canonicalBytes(record)) !== entry.hash)
        throw new LogFormatError(
          `entry ${record.sequence} in ${file} does not match its hash (the log was modified)`,
        );
      const before = moved[moved.length - 1]?.entry.hash;
      if (before !== undefined && record.previousHash !== before)
        throw new LogFormatError(`entry ${record.sequence} in ${file} does not follow the entry before it`);
      moved.push({ line, entry });
      taken.set(file, (taken.get(file) ?? 0) + 1);
    }
    if (done) break;
  }
  if (moved.length === 0) return undefined;
  const first = moved[0].entry;
  const last = moved[moved.length - 1].entry;
  const file = archivePath(layout, first.record.sequence, last.record.sequence);
  if ((await snapshot.read(file)) !== undefined)
    throw new LogFormatError(`the archive file ${file} already exists`);
  const text = moved.map((m) => `${m.line}\n`).join('');
  const seal: ArchiveSeal = {
    file,
    from: first.record.sequence,
    to: last.record.sequence,
    lastHash: last.hash,
    digest: archiveDigest(text),
    firstTime: first.record.time,
    lastTime: last.record.time,
    retentionDays: options.retentionDays,
    cutoff: new Date(cutoff).toISOString(),
  };
  return {
    seal,
    async apply(changes) {
      const result: Changes = { ...changes, [file]: text };
      for (const [segment, count] of taken) {
        const rest = nonEmpty(changes[segment] ?? (await snapshot.read(segment)) ?? '').slice(count);
        result[segment] = rest.length === 0 ? null : rest.map((l) => `${l}\n`).join('');
      }
      return result;
    },
  };
}

/** Digests of the archive files of a snapshot, by path, to check against the checkpoints. */
export async function snapshotArchiveDigests(
  snapshot: Snapshot,
  layout: LogLayout,
): Promise<Map<string, string>> {
  const digests = new Map<string, string>();
  for (const archive of await listArchives(snapshot, layout))
    digests.set(archive.file, archiveDigest((await snapshot.read(archive.file)) ?? ''));
  return digests;
}

/**
 * Digests of the archive files beside a local `log-file`, by file name; undefined for a single-file
 * copy of a log, which has no archive files to check (its chain is still checked line by line).
 */
export async function localArchiveDigests(
  logFile: string,
  segmentSize = DEFAULT_SEGMENT_SIZE,
): Promise<Map<string, string> | undefined> {
  const stat = await fs.stat(logFile).catch(() => undefined);
  if (stat?.isFile()) return undefined;
  const dir = path.dirname(logFile);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const digests = new Map<string, string>();
  for (const archive of archivesAmong(names, fileLayout(logFile, segmentSize)))
    digests.set(archive.file, await archiveFileDigest(path.join(dir, archive.file)));
  return digests;
}
