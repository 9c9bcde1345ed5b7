import { InputError, parseConfig, statusOf, type GitHubClient } from '@shipgate/core';
import { checkMinimum, parseApprovers, type Approver } from './approvers.js';
import { minimumWithRoles, roleRules, type RoleRule } from './roles.js';

/**
 * The approval policy file, e.g.
 *
 *   approvers: [octo-org/release-managers]
 *   minimum-approvals: 1
 *   environments:
 *     production:
 *       approvers: [alice, bob, octo-org/sre]
 *       minimum-approvals: 2
 *       roles: { security: 1, product: 1 }
 *       role-holders: { security: [carol, octo-org/security], product: [bob] }
 *       emergency: { skip-approval: true, by: [octo-org/sre-oncall] }
 *
 * `emergency` lets a run that names an emergency (input emergency-reason) skip approval when its actor
 * is one of `by`; the policy is read from the default branch, so no branch can grant itself that.
 */
interface EmergencyRule {
  'skip-approval': boolean;
  by: string[];
}
interface PolicyRule {
  approvers?: string[];
  'minimum-approvals'?: number;
  roles?: Record<string, number>;
  'role-holders'?: Record<string, string[]>;
  emergency?: EmergencyRule;
}
export interface PolicyFile extends PolicyRule {
  environments?: Record<string, PolicyRule>;
}

const rule = {
  type: 'object',
  additionalProperties: false,
  properties: {
    approvers: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    'minimum-approvals': { type: 'integer', minimum: 1 },
    roles: {
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$' },
      additionalProperties: { type: 'integer', minimum: 1 },
    },
    'role-holders': {
      type: 'object',
      additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 } },
    },
    emergency: {
      type: 'object',
      additionalProperties: false,
      required: ['skip-approval', 'by'],
      properties: {
        'skip-approval': { type: 'boolean' },
        by: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
      },
    },
  },
};
export const policySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...rule.properties,
    environments: { type: 'object', additionalProperties: rule },
  },
};

const EXPECTED =
  'a YAML policy such as `approvers: [alice, octo-org/sre]` with `minimum-approvals` and `environments`';

export interface ApprovalRule {
  approvers: Approver[];
  minimumApprovals: number;
  roles: RoleRule[];
  /** Whether an emergency change skips approval, and whose (absent: it never does). */
  emergency?: { skipApproval: boolean; by: Approver[] };
  /** Where the rule came from, for the summary. */
  source: string;
}

/** The rule for an environment from the policy text; errors name `policy-file` and the line. */
export async function ruleFromPolicy(text: string, file: string, environment: string): Promise<ApprovalRule> {
  const policy = await parseConfig<PolicyFile>(text, policySchema, {
    input: 'policy-file',
    file,
    expected: EXPECTED,
  });
  const specific = policy.environments?.[environment];
  const approvers = specific?.approvers ?? policy.approvers;
  if (!approvers)
    throw new InputError(
      'policy-file',
      `${file} names no approvers${environment ? ` for environment '${environment}'` : ''}`,
      EXPECTED,
    );
  const parsed = parseApprovers(approvers, 'policy-file');
  const lower = (record: Record<string, unknown> | undefined) =>
    Object.fromEntries(Object.entries(record ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const roles = roleRules(
    lower(specific?.roles ?? policy.roles) as Record<string, number>,
    lower(specific?.['role-holders'] ?? policy['role-holders']) as Record<string, string[]>,
    { roles: 'policy-file', holders: 'policy-file' },
  );
  const minimumApprovals = minimumWithRoles(
    specific?.['minimum-approvals'] ?? policy['minimum-approvals'] ?? 1,
    roles,
  );
  if (roles.length === 0) checkMinimum(parsed, minimumApprovals, 'policy-file');
  const emergency = specific?.emergency ?? policy.emergency;
  return {
    approvers: parsed,
    minimumApprovals,
    roles,
    ...(emergency
      ? {
          emergency: {
            skipApproval: emergency['skip-approval'],
            by: parseApprovers(emergency.by, 'policy-file'),
          },
        }
      : {}),
    source: `${file} on the default branch${specific ? ` (environment ${environment})` : ''}`,
  };
}

/**
 * Reads the policy file from the default branch of the repository, never from the ref being run,
 * so a run from a feature branch cannot rewrite who approves.
 */
export async function readPolicy(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  file: string,
): Promise<{ text: string; branch: string }> {
  const { data: repo } = await client.api.request('GET /repos/{owner}/{repo}', repository);
  const branch = repo.default_branch;
  try {
    const { data } = await client.api.request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...repository,
      path: file,
      ref: branch,
    });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
      throw new InputError('policy-file', `${file} is not a file on ${branch}`, EXPECTED);
    return { text: Buffer.from(data.content, 'base64').toString('utf8'), branch };
  } catch (error) {
    if (statusOf(error) === 404)
      throw new InputError(
        'policy-file',
        `${file} does not exist on the default branch ${branch} of ${repository.owner}/${repository.repo}`,
        EXPECTED,
      );
    throw error;
  }
}
