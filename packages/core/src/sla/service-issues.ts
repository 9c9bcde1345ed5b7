import type { GitHubClient } from '../github-client.js';

/** An open issue as the list endpoint gives it (pull requests carry `pull_request`). */
export interface ListedIssue {
  number: number;
  body?: string | null;
  pull_request?: unknown;
}

/**
 * The open issues carrying `label`, by the service each one is about (every page, pull requests
 * skipped, the first issue per service kept). `parse` reads the service from the issue's marker.
 */
export async function openIssuesByService<T extends { service: string }>(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  label: string,
  parse: (issue: ListedIssue) => T | undefined,
): Promise<Map<string, T>> {
  const issues = await client.listAll<ListedIssue>('GET /repos/{owner}/{repo}/issues', {
    ...repo,
    state: 'open',
    labels: label,
  });
  const byService = new Map<string, T>();
  for (const issue of issues) {
    const parsed = issue.pull_request ? undefined : parse(issue);
    if (parsed && !byService.has(parsed.service)) byService.set(parsed.service, parsed);
  }
  return byService;
}
