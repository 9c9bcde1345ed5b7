import { InputError, statusOf, type GitHubClient } from '@shipgate/core';
import type { ApproverFacts } from './quorum.js';

export type Approver = { kind: 'user'; login: string } | { kind: 'team'; org: string; slug: string };

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
export const APPROVERS_EXPECTED = 'logins and teams such as alice, octo-org/release-managers';

/** Parses approver entries (`alice`, `@alice`, `octo-org/release-managers`); throws naming `input`. */
export function parseApprovers(items: string[], input: string): Approver[] {
  const seen = new Set<string>();
  const approvers: Approver[] = [];
  for (const item of items) {
    const text = item.replace(/^@/, '');
    let approver: Approver;
    if (text.includes('/')) {
      const [org, slug, ...rest] = text.split('/');
      if (rest.length > 0 || !LOGIN.test(org) || !SLUG.test(slug))
        throw new InputError(input, `'${item}' is not a team`, `org/team-slug; ${APPROVERS_EXPECTED}`);
      approver = { kind: 'team', org: org.toLowerCase(), slug: slug.toLowerCase() };
    } else {
      if (!LOGIN.test(text))
        throw new InputError(input, `'${item}' is not a GitHub login`, APPROVERS_EXPECTED);
      approver = { kind: 'user', login: text.toLowerCase() };
    }
    const key = approverText(approver);
    if (!seen.has(key)) approvers.push(approver);
    seen.add(key);
  }
  return approvers;
}

export function approverText(approver: Approver): string {
  return approver.kind === 'user' ? approver.login : `${approver.org}/${approver.slug}`;
}

/**
 * Checks a minimum against the approvers: it must be at least 1 and, when every approver is a login
 * (teams have unknown size until decision time), no more than their number.
 */
export function checkMinimum(approvers: Approver[], minimum: number, input: string): void {
  if (approvers.some((approver) => approver.kind === 'team')) return;
  if (minimum > approvers.length)
    throw new InputError(
      input,
      `${minimum} approvals can never be reached by ${approvers.length} listed approver(s)`,
      `a whole number from 1 to ${approvers.length}, or more approvers`,
    );
}

/**
 * The token cannot see the team. GitHub answers 404 for a team a token cannot see, exactly as for a
 * non-member, so this is found by reading the team itself; the workflow token never sees teams.
 * https://docs.github.com/en/rest/teams/teams#get-a-team-by-name
 */
export class TeamAccessError extends Error {
  constructor(team: string, status: number | undefined) {
    super(
      `cannot read the members of team ${team} (HTTP ${status ?? 'error'}): the token cannot see the ` +
        "team; it lacks the organization permission Members: read (the workflow's GITHUB_TOKEN never " +
        'has it). Give the gate a GitHub App (app-id, app-private-key) with Members: read, a ' +
        'fine-grained token with Organization members: read, or a classic token with read:org',
    );
    this.name = 'TeamAccessError';
  }
}

const WRITE_ROLES = new Set(['admin', 'maintain', 'write', 'push']);

/**
 * Resolves, at decision time, whether a commenter is an approver (listed or an active member of a
 * listed team) and has write permission on the repository. Any answer other than a clear yes or no
 * throws: the caller fails closed.
 */
export class ApproverDirectory {
  constructor(
    private readonly client: GitHubClient,
    private readonly approvers: Approver[],
    private readonly repository: { owner: string; repo: string },
    /** Who holds each role: role holders are approvers too. */
    private readonly roles: { role: string; holders: Approver[] }[] = [],
  ) {}

  private get everyone(): Approver[] {
    return [...this.approvers, ...this.roles.flatMap((r) => r.holders)];
  }

  private readonly visible = new Set<string>();

  /** Fails early, before any issue is opened, when the token cannot see a listed team. */
  async checkTeamsReadable(): Promise<void> {
    for (const approver of this.everyone)
      if (approver.kind === 'team') await this.checkTeamVisible(approver.org, approver.slug);
  }

  /** Reads the team itself (once): a 404 or 403 there means the token cannot see it. */
  private async checkTeamVisible(org: string, slug: string): Promise<void> {
    const name = `${org}/${slug}`;
    if (this.visible.has(name)) return;
    try {
      await this.client.api.request('GET /orgs/{org}/teams/{team_slug}', { org, team_slug: slug });
    } catch (error) {
      const status = statusOf(error);
      if (status === 404 || status === 403 || status === 401) throw new TeamAccessError(name, status);
      throw error;
    }
    this.visible.add(name);
  }

  async facts(logins: string[]): Promise<Map<string, ApproverFacts>> {
    const result = new Map<string, ApproverFacts>();
    for (const login of new Set(logins.map((l) => l.toLowerCase()))) {
      const roles: string[] = [];
      for (const { role, holders } of this.roles) if (await this.isIn(holders, login)) roles.push(role);
      const listed = roles.length > 0 || (await this.isIn(this.approvers, login));
      result.set(login, { listed, canWrite: listed ? await this.canWrite(login) : false, roles });
    }
    return result;
  }

  private async isIn(approvers: Approver[], login: string): Promise<boolean> {
    for (const approver of approvers) {
      if (approver.kind === 'user') {
        if (approver.login === login) return true;
      } else if (await this.isTeamMember(approver.org, approver.slug, login)) return true;
    }
    return false;
  }

  /**
   * An active membership is a yes; 404 is a no only if the token can see the team (checked then, at
   * decision time, as it may have lost access since the request); 403 is an error, never a silent no.
   */
  private async isTeamMember(org: string, slug: string, login: string): Promise<boolean> {
    try {
      const { data } = await this.client.api.request(
        'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
        { org, team_slug: slug, username: login },
      );
      return data.state === 'active';
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) {
        await this.checkTeamVisible(org, slug);
        return false;
      }
      if (status === 403 || status === 401) throw new TeamAccessError(`${org}/${slug}`, status);
      throw error;
    }
  }

  private async canWrite(login: string): Promise<boolean> {
    try {
      const { data } = await this.client.api.request(
        'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
        { ...this.repository, username: login },
      );
      const role = (data as { role_name?: string }).role_name;
      return WRITE_ROLES.has(data.permission) || (role !== undefined && WRITE_ROLES.has(role));
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw error;
    }
  }
}
