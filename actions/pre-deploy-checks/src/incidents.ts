import type { GitHubClient } from '@shipgate/core';

export interface Incident {
  number: number;
  title: string;
  url: string;
}

/** Open issues carrying the label, every page (pull requests, which the issues API also lists, excluded). */
export async function listOpenIncidents(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  label: string,
): Promise<Incident[]> {
  const issues = await client.listAll<{
    number: number;
    title: string;
    html_url: string;
    pull_request?: unknown;
  }>('GET /repos/{owner}/{repo}/issues', { ...repository, state: 'open', labels: label });
  return issues
    .filter((issue) => !issue.pull_request)
    .map((issue) => ({ number: issue.number, title: issue.title, url: issue.html_url }));
}
