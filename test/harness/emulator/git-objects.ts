import { createHash } from 'node:crypto';

/**
 * A repository's git object database: blobs, trees and commits stored under the SHA-1 git itself
 * would compute, so SHAs a client sees are real ones and ancestry follows real parent links.
 */

export type Mode = '100644' | '100755' | '040000' | '160000' | '120000';

export interface TreeEntry {
  name: string;
  mode: Mode;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

export interface Signature {
  name: string;
  email: string;
  /** Milliseconds since the epoch (git keeps whole seconds). */
  date: number;
}

export type GitObject =
  | { type: 'blob'; sha: string; content: Buffer }
  | { type: 'tree'; sha: string; entries: TreeEntry[] }
  | {
      type: 'commit';
      sha: string;
      tree: string;
      parents: string[];
      author: Signature;
      committer: Signature;
      message: string;
    };

export type Commit = Extract<GitObject, { type: 'commit' }>;
export type Tree = Extract<GitObject, { type: 'tree' }>;

/** A file-level change for buildTree: a blob sha (with mode) to put at a path, or null to delete it. */
export type PathChange =
  | { path: string; mode: Mode; type: 'blob' | 'commit'; sha: string }
  | { path: string; mode: '040000'; type: 'tree'; sha: string }
  | { path: string; delete: true };

export class GitObjects {
  private readonly objects = new Map<string, GitObject>();

  get(sha: string): GitObject | undefined {
    return this.objects.get(sha);
  }

  commit(sha: string): Commit | undefined {
    const o = this.objects.get(sha);
    return o?.type === 'commit' ? o : undefined;
  }

  tree(sha: string): Tree | undefined {
    const o = this.objects.get(sha);
    return o?.type === 'tree' ? o : undefined;
  }

  blob(sha: string): Buffer | undefined {
    const o = this.objects.get(sha);
    return o?.type === 'blob' ? o.content : undefined;
  }

  putBlob(content: Buffer): string {
    const sha = gitHash('blob', content);
    this.objects.set(sha, { type: 'blob', sha, content });
    return sha;
  }

  putTree(entries: TreeEntry[]): string {
    const sorted = [...entries].sort((a, b) => compareBytes(sortKey(a), sortKey(b)));
    const body = Buffer.concat(
      sorted.map((e) =>
        Buffer.concat([
          // git writes tree modes without the leading zero ("40000"); the API shows "040000".
          Buffer.from(`${e.mode.replace(/^0/, '')} ${e.name}\0`),
          Buffer.from(e.sha, 'hex'),
        ]),
      ),
    );
    const sha = gitHash('tree', body);
    this.objects.set(sha, { type: 'tree', sha, entries: sorted });
    return sha;
  }

  putCommit(c: {
    tree: string;
    parents: string[];
    author: Signature;
    committer: Signature;
    message: string;
  }): string {
    const lines = [
      `tree ${c.tree}`,
      ...c.parents.map((p) => `parent ${p}`),
      `author ${signatureLine(c.author)}`,
      `committer ${signatureLine(c.committer)}`,
      '',
      c.message,
    ];
    const sha = gitHash('commit', Buffer.from(lines.join('\n')));
    this.objects.set(sha, { type: 'commit', sha, ...c, parents: [...c.parents] });
    return sha;
  }

  /** Every blob (and submodule) under a tree, by full path. */
  flatten(treeSha: string, prefix = '', into = new Map<string, TreeEntry>()): Map<string, TreeEntry> {
    for (const e of this.tree(treeSha)?.entries ?? []) {
      const full = prefix + e.name;
      if (e.type === 'tree') this.flatten(e.sha, `${full}/`, into);
      else into.set(full, { ...e, name: full });
    }
    return into;
  }

  /** A new tree: base (if any) with the changes applied; nested paths create subtrees, empty ones vanish. */
  buildTree(baseTree: string | undefined, changes: PathChange[]): string {
    const files = baseTree ? this.flatten(baseTree) : new Map<string, TreeEntry>();
    const removeUnder = (path: string) => {
      for (const key of [...files.keys()]) if (key === path || key.startsWith(`${path}/`)) files.delete(key);
    };
    for (const change of changes) {
      removeUnder(change.path);
      if ('delete' in change) continue;
      if (change.type === 'tree') this.flatten(change.sha, `${change.path}/`, files);
      else
        files.set(change.path, { name: change.path, mode: change.mode, type: change.type, sha: change.sha });
    }
    return this.writeDirectory(files, '');
  }

  private writeDirectory(files: Map<string, TreeEntry>, prefix: string): string {
    const entries: TreeEntry[] = [];
    const subdirectories = new Set<string>();
    for (const [path, entry] of files) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash === -1) entries.push({ ...entry, name: rest });
      else subdirectories.add(rest.slice(0, slash));
    }
    for (const name of subdirectories)
      entries.push({
        name,
        mode: '040000',
        type: 'tree',
        sha: this.writeDirectory(files, `${prefix}${name}/`),
      });
    return this.putTree(entries);
  }

  /** The blob at a path of a commit's tree. */
  readPath(commitSha: string, path: string): { sha: string; content: Buffer; mode: Mode } | undefined {
    const commit = this.commit(commitSha);
    if (!commit) return undefined;
    const entry = this.flatten(commit.tree).get(path.replace(/^\/+|\/+$/g, ''));
    if (!entry || entry.type !== 'blob') return undefined;
    return { sha: entry.sha, content: this.blob(entry.sha)!, mode: entry.mode };
  }

  /** The tree entry (file or directory) at a path of a commit's tree; '' is the root. */
  entryAt(commitSha: string, path: string): TreeEntry | undefined {
    const commit = this.commit(commitSha);
    if (!commit) return undefined;
    let current: TreeEntry = { name: '', mode: '040000', type: 'tree', sha: commit.tree };
    for (const part of path.split('/').filter(Boolean)) {
      if (current.type !== 'tree') return undefined;
      const next = this.tree(current.sha)?.entries.find((e) => e.name === part);
      if (!next) return undefined;
      current = next;
    }
    return current;
  }

  /** Whether `ancestor` is reachable from `descendant` through parent links (a commit is its own ancestor). */
  isAncestor(ancestor: string, descendant: string): boolean {
    const seen = new Set<string>();
    const queue = [descendant];
    while (queue.length > 0) {
      const sha = queue.pop()!;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commit(sha)?.parents ?? []));
    }
    return false;
  }
}

/** SHA-1 of "<type> <length>\0<content>", as `git hash-object` computes it. */
export function gitHash(type: string, content: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`${type} ${content.length}\0`), content]))
    .digest('hex');
}

// git orders tree entries by name, comparing a subtree's name as if it ended in '/'.
function sortKey(e: TreeEntry): Buffer {
  return Buffer.from(e.type === 'tree' ? `${e.name}/` : e.name);
}

function compareBytes(a: Buffer, b: Buffer): number {
  return Buffer.compare(a, b);
}

function signatureLine(s: Signature): string {
  return `${s.name} <${s.email}> ${Math.floor(s.date / 1000)} +0000`;
}
