import { createHash } from 'node:crypto';
import { listResult, notFound, repoFor, type RouteContext, type RouteTable } from '../route.js';
import type { EmulatorState, PullFile, PullRequest, Repo, Review, ReviewState } from '../state.js';

/** Pull requests: their changed files and reviews. */

/** GitHub lists at most this many files of a pull request. */
export const MAX_PULL_FILES = 3000;

export function createPullRequest(
  state: EmulatorState,
  repo: Repo,
  fields: {
    number?: number;
    title: string;
    user: string;
    headSha: string;
    baseRef?: string;
    files: { filename: string; status?: PullFile['status']; additions?: number; deletions?: number }[];
    merged?: { by: string; sha?: string };
  },
): PullRequest {
  const number = fields.number ?? repo.nextIssueNumber;
  if (repo.pulls.has(number) || repo.issues.has(number))
    throw new Error(`emulator: ${repo.fullName} already has #${number}`);
  repo.nextIssueNumber = Math.max(repo.nextIssueNumber, number + 1);
  const now = state.now();
  const pull: PullRequest = {
    id: state.id(),
    number,
    title: fields.title,
    user: state.user(fields.user).login,
    headSha: fields.headSha,
    baseRef: fields.baseRef ?? repo.defaultBranch,
    files: fields.files.map((f) => ({
      filename: f.filename,
      status: f.status ?? 'modified',
      additions: f.additions ?? 1,
      deletions: f.deletions ?? (f.status === 'added' ? 0 : 1),
    })),
    merged: fields.merged
      ? {
          by: state.user(fields.merged.by).login,
          sha:
            fields.merged.sha ?? createHash('sha1').update(`merge:${repo.fullName}#${number}`).digest('hex'),
          at: now,
        }
      : null,
    reviews: [],
    createdAt: now,
  };
  repo.pulls.set(number, pull);
  return pull;
}

export function createReview(
  state: EmulatorState,
  repo: Repo,
  number: number,
  fields: { user: string; state: ReviewState; commitId: string; body?: string; submittedAt?: number },
): Review {
  const pull = repo.pulls.get(number);
  if (!pull) throw new Error(`emulator: ${repo.fullName} has no pull request #${number}`);
  const review: Review = {
    id: state.id(),
    user: state.user(fields.user).login,
    state: fields.state,
    body: fields.body ?? '',
    commitId: fields.commitId,
    submittedAt: fields.submittedAt ?? state.now(),
  };
  pull.reviews.push(review);
  return review;
}

function pullOf(ctx: RouteContext, repo: Repo): PullRequest {
  const pull = repo.pulls.get(Number(ctx.params.pull_number));
  if (!pull) throw notFound();
  return pull;
}

export const pulls: RouteTable = {
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': (ctx) => {
    const repo = repoFor(ctx);
    const pull = pullOf(ctx, repo);
    // GitHub lists at most 3000 files, silently: the rest of a larger pull request is not listed.
    const files = pull.files.slice(0, MAX_PULL_FILES);
    return listResult(ctx, files, (f) => ctx.render.diffEntry(repo, pull, f));
  },

  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews': (ctx) => {
    const repo = repoFor(ctx);
    const pull = pullOf(ctx, repo);
    // Oldest first, as GitHub lists them.
    const reviews = [...pull.reviews].sort((a, b) => a.submittedAt - b.submittedAt || a.id - b.id);
    return listResult(ctx, reviews, (r) => ctx.render.review(repo, pull, r));
  },
};
