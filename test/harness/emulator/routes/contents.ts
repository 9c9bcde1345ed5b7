import { HttpError, notFound, repoFor, type RouteTable } from '../route.js';
import { updateRef } from './git-data.js';

/** The contents API: read a file or directory at a ref; create or update one file with a commit. */

export const contents: RouteTable = {
  'GET /repos/{owner}/{repo}/contents/{path}': (ctx) => {
    const repo = repoFor(ctx);
    const ref = String(ctx.query.ref ?? repo.defaultBranch);
    const sha = ctx.state.resolveRef(repo, ref);
    if (!sha) throw new HttpError(404, `No commit found for the ref ${ref}`);
    const path = String(ctx.params.path).replace(/^\/+|\/+$/g, '');
    const entry = repo.git.entryAt(sha, path);
    if (!entry) throw notFound();
    if (entry.type !== 'tree')
      return { status: 200, body: ctx.render.contentItem(repo, path, entry, ref, true) };
    const listing = repo.git
      .tree(entry.sha)!
      .entries.map((e) => ctx.render.contentItem(repo, path ? `${path}/${e.name}` : e.name, e, ref, false));
    return { status: 200, body: listing };
  },

  'PUT /repos/{owner}/{repo}/contents/{path}': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const b = ctx.body;
    const branch = String(b.branch ?? repo.defaultBranch);
    const ref = `refs/heads/${branch}`;
    const head = repo.refs.get(ref);
    if (!head) throw new HttpError(404, `Branch ${branch} not found`);
    const path = String(ctx.params.path).replace(/^\/+|\/+$/g, '');
    const existing = repo.git.readPath(head, path);
    if (existing && b.sha === undefined)
      throw new HttpError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
    if (b.sha !== undefined && existing?.sha !== b.sha)
      throw new HttpError(409, `${path} does not match ${b.sha}`);
    const git = repo.git;
    const blob = git.putBlob(Buffer.from(b.content, 'base64'));
    const tree = git.buildTree(git.commit(head)!.tree, [{ path, mode: '100644', type: 'blob', sha: blob }]);
    const author = ctx.state.signature(ctx.user.login);
    const given = (s?: { name: string; email: string; date?: string }) =>
      s ? { name: s.name, email: s.email, date: s.date ? Date.parse(s.date) : author.date } : undefined;
    const commitAuthor = given(b.author) ?? given(b.committer) ?? author;
    const commit = git.putCommit({
      tree,
      parents: [head],
      author: commitAuthor,
      committer: given(b.committer) ?? commitAuthor,
      message: b.message,
    });
    updateRef(ctx, repo, ref, commit, false);
    const entry = git.entryAt(commit, path)!;
    const rendered = ctx.render.gitCommit(repo, git.commit(commit)!);
    const {
      encoding: _e,
      content: _c,
      ...file
    } = ctx.render.contentItem(repo, path, entry, branch, true) as Record<string, unknown>;
    return { status: existing ? 200 : 201, body: { content: file, commit: rendered } };
  },
};
