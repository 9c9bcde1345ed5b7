import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Snapshot } from '../branch-store.js';
import { archivesAmong, listArchives } from './archive.js';
import { canonicalBytes, canonicalize } from './canonical-json.js';
import { signToBundle, type SigningKey, type SigstoreBundle } from './envelope.js';
import type { KeylessSigner } from './keyless.js';
import { hashCanonical, type AuditRecord } from './record.js';

/**
 * The log is JSONL split into numbered segment files of at most `segmentSize` entries, so appending
 * rewrites one small file, never the whole history. Entry `s` lives in segment `floor(s / segmentSize)`.
 * Each line is the RFC 8785 form of `{bundle, hash, record}`.
 */
export interface LogLayout {
  /** Folder of the segments inside the store ('' for the store's root). */
  folder: string;
  /** Prefix of each segment's file name, before the six-digit number. */
  stem: string;
  segmentSize: number;
}

export const DEFAULT_SEGMENT_SIZE = 1000;

/** On a branch: log/000000.jsonl, log/000001.jsonl, … */
export function branchLayout(segmentSize = DEFAULT_SEGMENT_SIZE): LogLayout {
  return { folder: 'log', stem: '', segmentSize };
}

/** For a local `log-file` such as audit/audit.jsonl: audit/audit.000000.jsonl, … (store root: audit/). */
export function fileLayout(logFile: string, segmentSize = DEFAULT_SEGMENT_SIZE): LogLayout {
  return { folder: '', stem: `${path.basename(logFile).replace(/\.jsonl$/, '')}.`, segmentSize };
}

export interface LogEntry {
  bundle: SigstoreBundle;
  hash: string;
  record: AuditRecord;
}

export interface LogHead {
  sequence: number;
  hash: string;
  time: string;
  logId: string;
}

/** A log that cannot be read or appended to safely. */
export class LogFormatError extends Error {}

export function segmentPath(layout: LogLayout, index: number): string {
  const name = `${layout.stem}${String(index).padStart(6, '0')}.jsonl`;
  return layout.folder ? `${layout.folder}/${name}` : name;
}

function segmentPattern(layout: LogLayout): RegExp {
  const stem = layout.stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${stem}(\\d{6,})\\.jsonl$`);
}

/** Segment numbers present in a snapshot, ascending. */
export async function listSegments(snapshot: Snapshot, layout: LogLayout): Promise<number[]> {
  const pattern = segmentPattern(layout);
  return (await snapshot.list(layout.folder))
    .map((name) => pattern.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** Signs a record and gives its log line (canonical JSON, no newline) and entry hash. */
export function signEntry(record: AuditRecord, key: SigningKey): { line: string; entry: LogEntry } {
  return entryOf(record, (bytes) => signToBundle(bytes, key));
}

/** As signEntry, with a key or a keyless signer (Fulcio certificate and Rekor entry for each bundle). */
export async function signEntryWith(
  record: AuditRecord,
  signer: SigningKey | KeylessSigner,
): Promise<{ line: string; entry: LogEntry }> {
  if (!('kind' in signer)) return signEntry(record, signer);
  const bundle = await signer.signBundle(canonicalBytes(record));
  return entryOf(record, () => bundle);
}

function entryOf(
  record: AuditRecord,
  bundleFor: (bytes: Buffer) => SigstoreBundle,
): { line: string; entry: LogEntry } {
  const bytes = canonicalBytes(record);
  const entry: LogEntry = { bundle: bundleFor(bytes), hash: hashCanonical(bytes), record };
  return { line: canonicalize(entry), entry };
}

function lastLine(text: string): string | undefined {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines[lines.length - 1];
}

function sequenceOfLine(line: string): number | undefined {
  try {
    const sequence = (JSON.parse(line) as { record?: { sequence?: unknown } }).record?.sequence;
    return typeof sequence === 'number' ? sequence : undefined;
  } catch {
    return undefined;
  }
}

function countLines(text: string): number {
  return text.split('\n').filter((line) => line.trim() !== '').length;
}

/**
 * The head of the log (last entry's sequence and hash) as of a snapshot, checked enough to append
 * safely: the last line parses, its hash is its record's, and the segment holds the entries it should.
 */
export async function readHead(
  snapshot: Snapshot,
  layout: LogLayout,
): Promise<{ head: LogHead | undefined; segmentText: string | undefined }> {
  const segments = await listSegments(snapshot, layout);
  if (segments.length === 0) return { head: undefined, segmentText: undefined };
  const last = segments[segments.length - 1];
  const file = segmentPath(layout, last);
  const text = await snapshot.read(file);
  if (text === undefined) throw new LogFormatError(`segment ${file} is listed but cannot be read`);
  const line = lastLine(text);
  if (line === undefined) throw new LogFormatError(`segment ${file} is empty`);
  let entry: LogEntry;
  try {
    entry = JSON.parse(line) as LogEntry;
  } catch {
    throw new LogFormatError(`the last line of ${file} is not JSON`);
  }
  const record = entry?.record;
  if (!record || typeof record.sequence !== 'number' || typeof entry.hash !== 'string')
    throw new LogFormatError(`the last line of ${file} is not an audit log entry`);
  if (hashCanonical(canonicalBytes(record)) !== entry.hash)
    throw new LogFormatError(`the last entry of ${file} does not match its hash (the log was modified)`);
  // A retention move may have archived the first entries of this segment; it then starts later, right
  // after the last archive file (anything else is a damaged log, not a place to append to).
  const segmentStart = last * layout.segmentSize;
  const firstSequence = sequenceOfLine(text.split('\n').find((l) => l.trim() !== '') ?? '');
  let start = segmentStart;
  if (firstSequence !== undefined && firstSequence > segmentStart && firstSequence <= record.sequence) {
    const archives = await listArchives(snapshot, layout);
    if (archives[archives.length - 1]?.to === firstSequence - 1) start = firstSequence;
  }
  const expectedLines = record.sequence - start + 1;
  if (Math.floor(record.sequence / layout.segmentSize) !== last || countLines(text) !== expectedLines)
    throw new LogFormatError(
      `segment ${file} holds ${countLines(text)} entries but its last entry is sequence ${record.sequence}`,
    );
  return {
    head: { sequence: record.sequence, hash: entry.hash, time: record.time, logId: record.logId },
    segmentText: text,
  };
}

/** The file changes that append lines (entries head+1, head+2, …) to their segments. */
export async function appendLines(
  snapshot: Snapshot,
  layout: LogLayout,
  firstSequence: number,
  lines: string[],
): Promise<Record<string, string>> {
  const changes: Record<string, string> = {};
  lines.forEach((line, i) => {
    const file = segmentPath(layout, Math.floor((firstSequence + i) / layout.segmentSize));
    changes[file] = (changes[file] ?? '') + `${line}\n`;
  });
  for (const [file, added] of Object.entries(changes)) {
    const existing = (await snapshot.read(file)) ?? '';
    changes[file] = existing === '' || existing.endsWith('\n') ? existing + added : `${existing}\n${added}`;
  }
  return changes;
}

/** One raw line of the log in order, with where it came from. */
export interface RawLine {
  text: string;
  /** 0-based position among the non-empty lines of the whole log. */
  position: number;
  source: string;
  /** True for a line read from an archive file (moved there by retention). */
  archived?: boolean;
}

async function* linesOfFile(file: string): AsyncGenerator<string> {
  const reader = createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  for await (const line of reader) yield line;
}

/**
 * Streams a local log: a single JSONL file (an auditor's copy), or the archive files and then the
 * segments of `log-file` (archive + live log is one chain).
 */
export async function* readLocalLog(
  logFile: string,
  segmentSize = DEFAULT_SEGMENT_SIZE,
): AsyncGenerator<RawLine> {
  const stat = await fs.stat(logFile).catch(() => undefined);
  let files: { file: string; archived: boolean }[];
  if (stat?.isFile()) files = [{ file: logFile, archived: false }];
  else {
    const layout = fileLayout(logFile, segmentSize);
    const pattern = segmentPattern(layout);
    const dir = path.dirname(logFile);
    const names = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => {
      throw new LogFormatError(`cannot read the folder ${dir} (${error.code ?? error.message})`);
    });
    const segments = names
      .map((name) => ({ name, n: pattern.exec(name)?.[1] }))
      .filter((f): f is { name: string; n: string } => f.n !== undefined)
      .sort((a, b) => Number(a.n) - Number(b.n))
      .map((f) => ({ file: path.join(dir, f.name), archived: false }));
    if (segments.length === 0)
      throw new LogFormatError(`no log at ${logFile} (neither the file nor its segments)`);
    const archives = archivesAmong(names, layout).map((a) => ({
      file: path.join(dir, a.file),
      archived: true,
    }));
    files = [...archives, ...segments];
  }
  let position = 0;
  for (const { file, archived } of files) {
    for await (const text of linesOfFile(file)) {
      if (text.trim() === '') continue;
      yield { text, position: position++, source: path.basename(file), ...(archived ? { archived } : {}) };
    }
  }
}

/** Streams the log of a store snapshot (a branch): archive files, then segments, one file in memory at a time. */
export async function* readSnapshotLog(snapshot: Snapshot, layout: LogLayout): AsyncGenerator<RawLine> {
  let position = 0;
  const files = [
    ...(await listArchives(snapshot, layout)).map((a) => ({ file: a.file, archived: true })),
    ...(await listSegments(snapshot, layout)).map((i) => ({ file: segmentPath(layout, i), archived: false })),
  ];
  for (const { file, archived } of files) {
    const text = (await snapshot.read(file)) ?? '';
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      yield { text: line, position: position++, source: file, ...(archived ? { archived } : {}) };
    }
  }
}
