import { asString, evaluateToken, type Contexts } from './expressions.js';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';

/**
 * The workflow token's permissions, as GitHub computes them.
 * https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token
 * "If you specify the access for any of these permissions, all of those that are not specified are
 * set to none." Job `permissions:` wins over the workflow's, which wins over the repository default.
 */

export type Access = 'read' | 'write' | 'none';
export type Permissions = Partial<Record<string, Access>>;

/** The scopes a workflow may name (id-token and models have no read-all meaning beyond their own). */
export const scopes = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
] as const;

const rank: Record<Access, number> = { none: 0, read: 1, write: 2 };

/**
 * The repository setting "Workflow permissions": restricted ("Read repository contents and packages
 * permissions", the default for new repositories) or permissive ("Read and write permissions").
 * https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/enabling-features-for-your-repository/managing-github-actions-settings-for-a-repository#setting-the-permissions-of-the-github_token-for-your-repository
 */
export type DefaultPermissions = 'restricted' | 'permissive' | Permissions;

export function repositoryDefault(setting: DefaultPermissions): Permissions {
  if (setting === 'restricted') return { contents: 'read', packages: 'read', metadata: 'read' };
  if (setting === 'permissive')
    return {
      ...Object.fromEntries(scopes.filter((s) => s !== 'id-token').map((s) => [s, 'write'])),
      metadata: 'read',
    };
  return setting;
}

/** `permissions:` as written: read-all, write-all, {} or a mapping. */
export function parsePermissions(
  token: TemplateToken | undefined,
  contexts: Contexts,
): Permissions | undefined {
  if (token === undefined) return undefined;
  const value = evaluateToken(token, contexts);
  const all = (access: Access): Permissions => ({
    ...Object.fromEntries(scopes.map((s) => [s, s === 'id-token' && access === 'read' ? 'none' : access])),
    metadata: 'read',
  });
  if (value === 'read-all') return all('read');
  if (value === 'write-all') return all('write');
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`permissions: '${asString(value)}' is not read-all, write-all or a mapping`);
  const result: Permissions = { metadata: 'read' };
  for (const [scope, access] of Object.entries(value as Record<string, unknown>)) {
    if (access !== 'read' && access !== 'write' && access !== 'none')
      throw new Error(`permissions: ${scope} is '${asString(access)}'; expected read, write or none`);
    result[scope] = access;
  }
  return result;
}

/**
 * The scopes a nested job asks for beyond what its caller allows. GitHub refuses to start such a run:
 * "The nested job 'build' is requesting 'packages: write', but is only allowed 'packages: read'."
 * (reusable workflows: "The GITHUB_TOKEN permissions passed from the caller workflow can be only
 * downgraded (not elevated) by the called workflow."
 * https://docs.github.com/en/actions/sharing-automations/reusing-workflows#access-and-permissions)
 */
export function excess(
  requested: Permissions,
  allowed: Permissions,
): { asked: string; allowed: string } | undefined {
  const over = Object.entries(requested).filter(
    ([scope, access]) => scope !== 'metadata' && rank[access ?? 'none'] > rank[allowed[scope] ?? 'none'],
  );
  if (over.length === 0) return undefined;
  return {
    asked: over.map(([scope, access]) => `${scope}: ${access}`).join(', '),
    allowed: over.map(([scope]) => `${scope}: ${allowed[scope] ?? 'none'}`).join(', '),
  };
}
