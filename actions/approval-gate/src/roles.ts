import { InputError } from '@shipgate/core';
import { parseApprovers, type Approver } from './approvers.js';

/** Sign-offs one role needs, and who holds it (logins and teams). */
export interface RoleRule {
  role: string;
  needed: number;
  holders: Approver[];
}

const ROLE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
export const ROLES_EXPECTED = 'roles such as `security: 1, product: 1`';
export const HOLDERS_EXPECTED = 'one line per role such as `security: carol, octo-org/security`';

/**
 * Builds the role rules from the needed counts and the holders, naming `input` (or the two inputs) in
 * errors: every role needs holders, and holders are only given for roles that are needed.
 */
export function roleRules(
  needed: Record<string, number>,
  holders: Record<string, string[]>,
  inputs: { roles: string; holders: string },
): RoleRule[] {
  for (const role of Object.keys(holders))
    if (!(role in needed))
      throw new InputError(
        inputs.holders,
        `role '${role}' is not one of the roles (${Object.keys(needed).join(', ') || 'none'})`,
        `holders only for roles listed in ${inputs.roles}; ${HOLDERS_EXPECTED}`,
      );
  return Object.keys(needed)
    .sort()
    .map((role) => {
      const list = holders[role] ?? [];
      if (list.length === 0)
        throw new InputError(
          inputs.holders,
          `role '${role}' has no holders`,
          `who holds each role; ${HOLDERS_EXPECTED}`,
        );
      return { role, needed: needed[role], holders: parseApprovers(list, inputs.holders) };
    });
}

/** Parses `security: 1, product: 1` (commas or newlines). */
export function parseRoleCounts(items: string[], input: string): Record<string, number> {
  const result: Record<string, number> = {};
  for (const item of items) {
    const match = /^([^:\s]+)\s*:\s*(\S+)$/.exec(item.trim());
    if (!match || !ROLE.test(match[1]))
      throw new InputError(input, `'${item}' is not a role and a count`, ROLES_EXPECTED);
    const count = Number(match[2]);
    if (!Number.isInteger(count) || count < 1)
      throw new InputError(
        input,
        `role '${match[1]}' needs '${match[2]}' sign-offs`,
        `a whole number of at least 1; ${ROLES_EXPECTED}`,
      );
    result[match[1].toLowerCase()] = count;
  }
  return result;
}

/** Parses lines `security: carol, octo-org/security`. */
export function parseRoleHolders(text: string, input: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const match = /^\s*([^:\s]+)\s*:(.*)$/.exec(line);
    if (!match || !ROLE.test(match[1]))
      throw new InputError(input, `'${line.trim()}' is not a role and its holders`, HOLDERS_EXPECTED);
    result[match[1].toLowerCase()] = match[2]
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  }
  return result;
}

/** At least as many distinct approvers as role sign-offs: one approver counts for one role. */
export const minimumWithRoles = (minimum: number, roles: RoleRule[]) =>
  Math.max(
    minimum,
    roles.reduce((sum, r) => sum + r.needed, 0),
  );
