import type { Access, Permissions, Principal } from './tokens.js';

/**
 * GitHub's rules, in one table: which token may call which operation, the identities tokens act as,
 * the limits, and which writes start workflows. Every row cites the documentation page it comes from.
 * The server applies them before a route runs; routes only model the resources.
 *
 * Adding an operation: add its route (routes/*.ts) and a row here. An operation without a row is an
 * emulator defect: the request fails and the test sees a validation error naming it.
 */

const appPermissions = 'https://docs.github.com/en/rest/authentication/permissions-required-for-github-apps';
const finePermissions =
  'https://docs.github.com/en/rest/authentication/permissions-required-for-fine-grained-personal-access-tokens';

export interface OperationRule {
  /**
   * The App / workflow / fine-grained permission the operation needs, `[name, access]`; `null` for an
   * operation that needs none (public data, the caller's own rate limit).
   */
  permission: [string, Exclude<Access, 'none'>] | null;
  /** Integration tokens (workflow, installation) are refused outright (they are not a user). */
  usersOnly?: boolean;
  /** Only an App's JWT may call it (and a JWT may call nothing else). */
  appJwt?: boolean;
  /** The classic scope needed besides repository access (`read:org` for team data). */
  scope?: string;
  docs: string;
}

const read = (name: string): OperationRule => ({ permission: [name, 'read'], docs: appPermissions });
const write = (name: string): OperationRule => ({ permission: [name, 'write'], docs: appPermissions });

export const operationRules: Record<string, OperationRule> = {
  // The authenticated user: "Resource not accessible by integration" for installation tokens, which
  // act for no user (the gate must learn its identity another way).
  'GET /user': {
    permission: null,
    usersOnly: true,
    docs: 'https://docs.github.com/en/rest/users/users#get-the-authenticated-user',
  },
  'GET /users/{username}': { permission: null, docs: appPermissions },
  'GET /rate_limit': {
    permission: null,
    docs: 'https://docs.github.com/en/rest/rate-limit/rate-limit#get-rate-limit-status-for-the-authenticated-user',
  },

  'GET /repos/{owner}/{repo}': read('metadata'),
  'GET /repos/{owner}/{repo}/collaborators/{username}/permission': read('metadata'),
  // Team membership is org data: an App needs the org permission "members"; the workflow token has no
  // org permissions at all; a classic token needs read:org.
  // https://docs.github.com/en/rest/teams/members#get-team-membership-for-a-user
  'GET /orgs/{org}/teams/{team_slug}/memberships/{username}': { ...read('members'), scope: 'read:org' },
  'GET /orgs/{org}/teams/{team_slug}': { ...read('members'), scope: 'read:org' },

  'GET /repos/{owner}/{repo}/issues': read('issues'),
  'POST /repos/{owner}/{repo}/issues': write('issues'),
  'GET /repos/{owner}/{repo}/issues/{issue_number}': read('issues'),
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}': write('issues'),
  'PUT /repos/{owner}/{repo}/issues/{issue_number}/lock': write('issues'),
  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock': write('issues'),
  'POST /repos/{owner}/{repo}/issues/{issue_number}/assignees': write('issues'),
  'GET /repos/{owner}/{repo}/issues/{issue_number}/labels': read('issues'),
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': write('issues'),
  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}': write('issues'),
  'GET /repos/{owner}/{repo}/labels': read('issues'),
  'GET /repos/{owner}/{repo}/labels/{name}': read('issues'),
  'POST /repos/{owner}/{repo}/labels': write('issues'),
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': read('issues'),
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': write('issues'),
  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}': read('issues'),
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': write('issues'),
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': write('issues'),
  'GET /repos/{owner}/{repo}/issues/{issue_number}/events': read('issues'),
  'GET /repos/{owner}/{repo}/issues/{issue_number}/reactions': read('issues'),
  'POST /repos/{owner}/{repo}/issues/{issue_number}/reactions': write('issues'),
  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': read('issues'),
  'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': write('issues'),

  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': read('checks'),
  'GET /repos/{owner}/{repo}/check-runs/{check_run_id}': read('checks'),
  // Creating check runs is for GitHub Apps; the workflow token is one (checks: write).
  'POST /repos/{owner}/{repo}/check-runs': write('checks'),
  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': write('checks'),
  'GET /repos/{owner}/{repo}/commits/{ref}/status': read('statuses'),
  'GET /repos/{owner}/{repo}/commits/{ref}/statuses': read('statuses'),
  'POST /repos/{owner}/{repo}/statuses/{sha}': write('statuses'),

  'GET /repos/{owner}/{repo}/deployments': read('deployments'),
  'POST /repos/{owner}/{repo}/deployments': write('deployments'),
  'GET /repos/{owner}/{repo}/deployments/{deployment_id}': read('deployments'),
  'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': read('deployments'),
  'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': write('deployments'),

  'GET /repos/{owner}/{repo}/contents/{path}': read('contents'),
  'PUT /repos/{owner}/{repo}/contents/{path}': write('contents'),
  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}': read('contents'),
  'POST /repos/{owner}/{repo}/git/blobs': write('contents'),
  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': read('contents'),
  'POST /repos/{owner}/{repo}/git/trees': write('contents'),
  'GET /repos/{owner}/{repo}/git/commits/{commit_sha}': read('contents'),
  'POST /repos/{owner}/{repo}/git/commits': write('contents'),
  'GET /repos/{owner}/{repo}/git/ref/{ref}': read('contents'),
  'GET /repos/{owner}/{repo}/git/matching-refs/{ref}': read('contents'),
  'POST /repos/{owner}/{repo}/git/refs': write('contents'),
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}': write('contents'),
  'DELETE /repos/{owner}/{repo}/git/refs/{ref}': write('contents'),
  'GET /repos/{owner}/{repo}/tarball/{ref}': read('contents'),

  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': read('pull_requests'),
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews': read('pull_requests'),

  'GET /repos/{owner}/{repo}/actions/runs/{run_id}': read('actions'),
  // Listing a run's jobs: "Actions" repository permissions (read), like reading the run itself.
  // https://docs.github.com/en/rest/actions/workflow-jobs#list-jobs-for-a-workflow-run-attempt
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs': read('actions'),
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs': read('actions'),
  'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun': write('actions'),
  'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs': write('actions'),
  'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches': write('actions'),
  // repository_dispatch: "contents" write. https://docs.github.com/en/rest/repos/repos#create-a-repository-dispatch-event
  'POST /repos/{owner}/{repo}/dispatches': write('contents'),

  // GitHub App authentication: a JWT finds the installation and mints installation tokens.
  // https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app-installation
  'GET /repos/{owner}/{repo}/installation': {
    permission: null,
    appJwt: true,
    docs: 'https://docs.github.com/en/rest/apps/apps#get-a-repository-installation-for-the-authenticated-app',
  },
  'POST /app/installations/{installation_id}/access_tokens': {
    permission: null,
    appJwt: true,
    docs: 'https://docs.github.com/en/rest/apps/apps#create-an-installation-access-token-for-an-app',
  },
};

/**
 * Workflow permission names are spelled with hyphens (`pull-requests`), App permission names with
 * underscores (`pull_requests`); both mean the same permission.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#permissions
 */
export function normalisePermissions(permissions: Permissions): Permissions {
  const out: Permissions = {};
  for (const [name, access] of Object.entries(permissions)) out[name.replace(/-/g, '_')] = access;
  // Every token that can see a repository can read its metadata.
  out.metadata ??= 'read';
  return out;
}

export function grants(
  permissions: Permissions | undefined,
  [name, access]: [string, 'read' | 'write'],
): boolean {
  const held = permissions?.[name] ?? 'none';
  return access === 'read' ? held === 'read' || held === 'write' : held === 'write';
}

/** The message GitHub answers a token that lacks the permission. */
export function refusal(principal: Principal): string {
  return principal.kind === 'fine-grained'
    ? 'Resource not accessible by personal access token'
    : 'Resource not accessible by integration';
}
export const fineGrainedDocs = finePermissions;

/**
 * Primary rate limits per hour. "The rate limit for GITHUB_TOKEN is 1,000 requests per hour per
 * repository"; installation tokens start at 5,000; users 5,000.
 * https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api
 */
export function rateBucket(principal: Principal, repo: string | undefined): { key: string; limit: number } {
  if (principal.kind === 'workflow') {
    const home = [...(principal.repositories ?? [])][0] ?? repo ?? 'unknown';
    return { key: `workflow:${home}`, limit: 1000 };
  }
  if (principal.kind === 'installation')
    return { key: `installation:${principal.app?.installationId}`, limit: 5000 };
  return { key: `user:${principal.user.login.toLowerCase()}`, limit: 5000 };
}

/**
 * Whether a write made with this token starts workflows. "When you use the repository's GITHUB_TOKEN
 * to perform tasks, events triggered by the GITHUB_TOKEN, with the exception of workflow_dispatch and
 * repository_dispatch, will not create a new workflow run." App installation tokens and personal
 * tokens do start them.
 * https://docs.github.com/en/actions/how-tos/write-workflows/choose-when-workflows-run/trigger-a-workflow
 */
export function startsWorkflows(principal: Principal | undefined, event: string): boolean {
  if (!principal || principal.kind !== 'workflow') return true;
  return event === 'workflow_dispatch' || event === 'repository_dispatch';
}

/**
 * Re-runs. "You can re-run a workflow run, all failed jobs in a workflow run, or specific jobs in a
 * workflow run up to 30 days after its initial run." "A workflow run can be re-run a maximum of 50
 * times." A run still in progress cannot be re-run (403).
 * https://docs.github.com/en/actions/how-tos/manage-workflow-runs/re-run-workflows-and-jobs
 */
export const rerunRules = {
  maxAgeMs: 30 * 24 * 60 * 60 * 1000,
  maxAttempts: 50,
  docs: 'https://docs.github.com/en/actions/how-tos/manage-workflow-runs/re-run-workflows-and-jobs',
} as const;
