import type { Mode, PathChange, Signature } from '../git-objects.js';
import { base64Lines } from '../render.js';
import { pushPayload } from '../events.js';
import { HttpError, notFound, repoFor, type RouteContext, type RouteTable } from '../route.js';
import type { Repo, RulesetRule } from '../state.js';

/**
 * The Git Data API over real content-addressed objects. Ref changes are a synchronous
 * check-and-set inside one handler, so concurrent writers see a true compare-and-swap.
 */

export const notFastForward = () => new HttpError(422, 'Update is not a fast forward');

function refName(ctx: RouteContext): string {
  return `refs/${String(ctx.params.ref).replace(/^refs\//, '')}`;
}

function signature(ctx: RouteContext, given?: { name?: string; email?: string; date?: string }): Signature {
  const fallback = ctx.state.signature(ctx.user.login);
  return {
    name: given?.name ?? fallback.name,
    email: given?.email ?? fallback.email,
    date: given?.date ? Date.parse(given.date) : fallback.date,
  };
}

/** Moves a branch with the rules of a push: fast-forward only unless forced, and the rulesets. */
export function updateRef(ctx: RouteContext, repo: Repo, ref: string, sha: string, force: boolean): void {
  const current = repo.refs.get(ref);
  if (current === undefined) throw new HttpError(422, 'Reference does not exist');
  if (!repo.git.commit(sha)) throw new HttpError(422, 'Object does not exist');
  const fastForward = repo.git.isAncestor(current, sha);
  enforceRulesets(ctx, repo, ref, fastForward ? 'update' : 'force');
  if (!force && !fastForward) throw notFastForward();
  repo.refs.set(ref, sha);
  ctx.emit('push', undefined, pushPayload(ctx.render, repo, ref, current, sha, ctx.user.login));
}

const ruleMessages: Record<RulesetRule, string> = {
  update: 'Cannot update this protected ref.',
  non_fast_forward: 'Cannot force-push to this branch',
  deletion: 'Cannot delete this protected branch',
  creation: 'Cannot create ref due to creations being restricted.',
  pull_request: 'Changes must be made through a pull request.',
};

/**
 * Rulesets (and branch protection) refuse a ref change with 422 "Repository rule violations found",
 * which is a refusal, not a lost race: retrying it can never succeed.
 * https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-rulesets/available-rules-for-rulesets
 */
function enforceRulesets(
  ctx: RouteContext,
  repo: Repo,
  ref: string,
  change: 'create' | 'update' | 'force' | 'delete',
): void {
  const branch = ref.replace(/^refs\/heads\//, '');
  if (branch === ref) return;
  const broken = new Set<RulesetRule>();
  for (const ruleset of repo.rulesets) {
    if (ruleset.bypass.has(ctx.user.login.toLowerCase())) continue;
    if (!ruleset.branches.some((pattern) => branchMatches(pattern, branch, repo))) continue;
    for (const rule of ruleset.rules) {
      const applies =
        rule === 'pull_request' || rule === 'update'
          ? change === 'update' || change === 'force'
          : rule === 'non_fast_forward'
            ? change === 'force'
            : rule === 'deletion'
              ? change === 'delete'
              : change === 'create';
      if (applies) broken.add(rule);
    }
  }
  if (broken.size > 0)
    throw new HttpError(
      422,
      `Repository rule violations found\n\n${[...broken].map((r) => ruleMessages[r]).join('\n')}\n\n`,
      {
        documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference',
      },
    );
}

function branchMatches(pattern: string, branch: string, repo: Repo): boolean {
  if (pattern === '~DEFAULT_BRANCH') return branch === repo.defaultBranch;
  if (pattern === '~ALL') return true;
  // fnmatch as rulesets use it: `*` stays within one path segment, `**` crosses them.
  const source = pattern
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  return new RegExp(`^${source}$`).test(branch);
}

/** The tree a tree-ish names: a tree sha, a commit sha, or a branch. */
function treeOf(ctx: RouteContext, repo: Repo, treeish: string): string {
  if (repo.git.tree(treeish)) return treeish;
  const commit = repo.git.commit(ctx.state.resolveRef(repo, treeish) ?? treeish);
  if (commit) return commit.tree;
  throw notFound();
}

export const gitData: RouteTable = {
  'GET /repos/{owner}/{repo}/git/ref/{ref}': (ctx) => {
    const repo = repoFor(ctx);
    const ref = refName(ctx);
    const sha = repo.refs.get(ref);
    if (!sha) throw notFound();
    return { status: 200, body: ctx.render.gitRef(repo, ref, sha) };
  },

  'GET /repos/{owner}/{repo}/git/matching-refs/{ref}': (ctx) => {
    const repo = repoFor(ctx);
    const prefix = refName(ctx);
    const refs = [...repo.refs.entries()]
      .filter(([name]) => name.startsWith(prefix))
      .sort(([a], [b]) => a.localeCompare(b));
    return { status: 200, body: refs.map(([name, sha]) => ctx.render.gitRef(repo, name, sha)) };
  },

  'POST /repos/{owner}/{repo}/git/refs': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const { ref, sha } = ctx.body as { ref: string; sha: string };
    if (!/^refs\/[^/]+\/.+/.test(ref))
      throw new HttpError(422, 'Reference name must start with refs/ and have at least two slashes.');
    if (!repo.git.commit(sha)) throw new HttpError(422, 'Object does not exist');
    if (repo.refs.has(ref)) throw new HttpError(422, 'Reference already exists');
    enforceRulesets(ctx, repo, ref, 'create');
    repo.refs.set(ref, sha);
    ctx.emit('push', undefined, pushPayload(ctx.render, repo, ref, '0'.repeat(40), sha, ctx.user.login));
    return {
      status: 201,
      body: ctx.render.gitRef(repo, ref, sha),
      headers: { location: `${ctx.render.api}/repos/${repo.fullName}/git/${ref}` },
    };
  },

  'PATCH /repos/{owner}/{repo}/git/refs/{ref}': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const ref = refName(ctx);
    updateRef(ctx, repo, ref, ctx.body.sha, ctx.body.force === true);
    return { status: 200, body: ctx.render.gitRef(repo, ref, ctx.body.sha) };
  },

  'DELETE /repos/{owner}/{repo}/git/refs/{ref}': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const ref = refName(ctx);
    const current = repo.refs.get(ref);
    if (current === undefined) throw new HttpError(422, 'Reference does not exist');
    enforceRulesets(ctx, repo, ref, 'delete');
    repo.refs.delete(ref);
    ctx.emit('push', undefined, pushPayload(ctx.render, repo, ref, current, '0'.repeat(40), ctx.user.login));
    return { status: 204 };
  },

  'POST /repos/{owner}/{repo}/git/blobs': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const { content, encoding = 'utf-8' } = ctx.body as { content: string; encoding?: string };
    if (encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'base64')
      throw new HttpError(422, `encoding must be utf-8 or base64, not ${encoding}`);
    const sha = repo.git.putBlob(Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
    return {
      status: 201,
      body: { sha, url: `${ctx.render.api}/repos/${repo.fullName}/git/blobs/${sha}` },
      headers: { location: `${ctx.render.api}/repos/${repo.fullName}/git/blobs/${sha}` },
    };
  },

  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}': (ctx) => {
    const repo = repoFor(ctx);
    const sha = String(ctx.params.file_sha);
    const content = repo.git.blob(sha);
    if (!content) throw notFound();
    return {
      status: 200,
      body: {
        sha,
        node_id: Buffer.from(`0:Blob${sha}`).toString('base64'),
        size: content.length,
        url: `${ctx.render.api}/repos/${repo.fullName}/git/blobs/${sha}`,
        content: base64Lines(content),
        encoding: 'base64',
      },
    };
  },

  'POST /repos/{owner}/{repo}/git/trees': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const { tree, base_tree: baseTree } = ctx.body as {
      tree: {
        path: string;
        mode: Mode;
        type: 'blob' | 'tree' | 'commit';
        sha?: string | null;
        content?: string;
      }[];
      base_tree?: string;
    };
    if (baseTree !== undefined && !repo.git.tree(baseTree))
      throw new HttpError(422, 'Invalid tree info: base_tree');
    const changes: PathChange[] = tree.map((e) => {
      if (e.sha !== undefined && e.content !== undefined)
        throw new HttpError(422, 'Only one of sha or content may be given for a tree entry');
      if (e.sha === null) return { path: e.path, delete: true };
      const sha = e.content !== undefined ? repo.git.putBlob(Buffer.from(e.content)) : e.sha;
      if (!sha) throw new HttpError(422, `tree entry ${e.path} needs a sha or content`);
      const exists = e.type === 'tree' ? repo.git.tree(sha) : e.type === 'blob' ? repo.git.blob(sha) : true;
      if (!exists) throw new HttpError(422, `Invalid tree info: ${e.path} (${e.type} ${sha} does not exist)`);
      return e.type === 'tree'
        ? { path: e.path, mode: '040000', type: 'tree', sha }
        : { path: e.path, mode: e.mode, type: e.type, sha };
    });
    const sha = repo.git.buildTree(baseTree, changes);
    return { status: 201, body: ctx.render.gitTree(repo, sha, false) };
  },

  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': (ctx) => {
    const repo = repoFor(ctx);
    const sha = treeOf(ctx, repo, String(ctx.params.tree_sha));
    // GitHub lists recursively when the parameter has any value at all.
    return { status: 200, body: ctx.render.gitTree(repo, sha, ctx.query.recursive !== undefined) };
  },

  'POST /repos/{owner}/{repo}/git/commits': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const b = ctx.body;
    if (!repo.git.tree(b.tree)) throw new HttpError(422, 'Tree SHA does not exist');
    const parents: string[] = b.parents ?? [];
    for (const p of parents)
      if (!repo.git.commit(p))
        throw new HttpError(422, 'Parent SHA does not exist or is not a commit object');
    const author = signature(ctx, b.author);
    const sha = repo.git.putCommit({
      tree: b.tree,
      parents,
      author,
      committer: b.committer ? signature(ctx, b.committer) : author,
      message: b.message,
    });
    return {
      status: 201,
      body: ctx.render.gitCommit(repo, repo.git.commit(sha)!),
      headers: { location: `${ctx.render.api}/repos/${repo.fullName}/git/commits/${sha}` },
    };
  },

  'GET /repos/{owner}/{repo}/git/commits/{commit_sha}': (ctx) => {
    const repo = repoFor(ctx);
    const commit = repo.git.commit(String(ctx.params.commit_sha));
    if (!commit) throw notFound();
    return { status: 200, body: ctx.render.gitCommit(repo, commit) };
  },
};
