import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Snapshot } from '../branch-store.js';
import type { LogLayout } from './log-format.js';

/**
 * Archive files of the audit log. Records older than the retention window are moved, byte for byte,
 * out of the live segments into one archive file per move, named by the sequence range it holds:
 * `archive/000000-000041.jsonl` on a branch, `audit.archive.000000-000041.jsonl` beside a local
 * `log-file`. The lines are unchanged, so archive + live log is the same hash chain as before; the
 * move appends a signed checkpoint that names the archive file, its digest and its last entry.
 */

/** Where a move's archive file goes, for a log layout (same store, same commit as the live log). */
export function archiveLayout(layout: LogLayout): { folder: string; stem: string } {
  return layout.folder
    ? { folder: 'archive', stem: layout.stem }
    : { folder: '', stem: `${layout.stem}archive.` };
}

export interface ArchiveFile {
  /** Path in the store (on a branch `archive/…`; locally the file name). */
  file: string;
  /** First and last sequence held (inclusive). */
  from: number;
  to: number;
}

const pad = (n: number) => String(n).padStart(6, '0');

export function archivePath(layout: LogLayout, from: number, to: number): string {
  const { folder, stem } = archiveLayout(layout);
  const name = `${stem}${pad(from)}-${pad(to)}.jsonl`;
  return folder ? `${folder}/${name}` : name;
}

export function archivePattern(layout: LogLayout): RegExp {
  const stem = archiveLayout(layout).stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${stem}(\\d{6,})-(\\d{6,})\\.jsonl$`);
}

/** Archive files named in a list of file names, ordered by the range they hold. */
export function archivesAmong(names: readonly string[], layout: LogLayout): ArchiveFile[] {
  const pattern = archivePattern(layout);
  const { folder } = archiveLayout(layout);
  return names
    .map((name) => ({ name, match: pattern.exec(name) }))
    .filter((n): n is { name: string; match: RegExpExecArray } => n.match !== null)
    .map(({ name, match }) => ({
      file: folder ? `${folder}/${name}` : name,
      from: Number(match[1]),
      to: Number(match[2]),
    }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
}

/** The archive files of a store snapshot, in order. */
export async function listArchives(snapshot: Snapshot, layout: LogLayout): Promise<ArchiveFile[]> {
  return archivesAmong(await snapshot.list(archiveLayout(layout).folder), layout);
}

/** `sha256:<hex>` of an archive file's exact bytes (UTF-8). */
export function archiveDigest(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** The same digest of a file on disk, read as a stream (an archive may be large). */
export async function archiveFileDigest(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return `sha256:${hash.digest('hex')}`;
}
