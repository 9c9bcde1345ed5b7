import { errorMessage, statusOf, type GitHubClient } from '@shipgate/core';
import type { DraftInput } from './record-draft.js';

interface Review {
  user: { id: number; login: string } | null;
  state: string;
  commit_id: string | null;
  submitted_at?: string;
}

/**
 * Files, approving reviews (each with the commit it approved) and check conclusions of a merged pull
 * request. Every list is paginated; an API error fails the step rather than record partial evidence.
 */
export async function pullRequestEvidence(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  pullNumber: number,
  headSha: string,
): Promise<NonNullable<DraftInput['pullRequest']>> {
  try {
    return await readEvidence(client, repository, pullNumber, headSha);
  } catch (error) {
    // A token scoped to the log repository alone cannot read this repository's pull request: say
    // which permissions the token lacks instead of a bare "Not Found".
    const status = statusOf(error);
    if (status === 403 || status === 404)
      throw new Error(
        `cannot read the evidence of pull request #${pullNumber} of ${repository.owner}/${repository.repo} ` +
          `(${errorMessage(error)}); the github-token needs pull-requests: read and checks: read on ` +
          `${repository.owner}/${repository.repo}, besides contents: write on the log repository`,
      );
    throw error;
  }
}

async function readEvidence(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  pullNumber: number,
  headSha: string,
): Promise<NonNullable<DraftInput['pullRequest']>> {
  const params = { ...repository, pull_number: pullNumber };
  const files = await client.listAll<{ filename: string }>(
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
    params,
  );
  const reviews = await client.listAll<Review>(
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    params,
  );
  // A reviewer's latest decisive review counts: an approval later dismissed or followed by "changes requested" does not.
  const latest = new Map<string, Review>();
  for (const review of reviews) {
    if (!review.user || !['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(review.state)) continue;
    latest.set(String(review.user.id), review);
  }
  const approvers = [...latest.values()]
    .filter((r) => r.state === 'APPROVED')
    .map((r) => ({
      id: String(r.user!.id),
      login: r.user!.login,
      commit: r.commit_id ?? '',
      time: r.submitted_at ?? '',
    }));
  const checks = headSha
    ? await client.listAll<{ name: string; conclusion: string | null; status: string }>(
        'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
        { ...repository, ref: headSha },
      )
    : [];
  return {
    files: files.map((f) => f.filename),
    reviews: approvers,
    checks: checks.map((c) => ({ name: c.name, conclusion: c.conclusion ?? c.status })),
  };
}
