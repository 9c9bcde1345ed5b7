import { HttpError, notFound, repoFor, type RouteContext, type RouteTable } from '../route.js';
import type { Org, Permission, Team } from '../state.js';

/**
 * Who may do what: collaborator permission levels and team membership.
 *
 * Which tokens may read org data at all is in rules.ts (the workflow token never may). Beyond that,
 * a user sees an org's teams when they belong to the org, or when added with `canReadOrg: true`.
 * A team the caller cannot see does not exist for it: GitHub answers 404, exactly as for a
 * non-member, so "404" alone never tells a member from an invisible team — reading the team itself
 * (`GET /orgs/{org}/teams/{team_slug}`) does.
 * https://docs.github.com/en/rest/teams/teams#get-a-team-by-name
 */

// The legacy `permission` field only knows four levels.
const legacy: Record<Permission, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none',
};

export const access: RouteTable = {
  'GET /repos/{owner}/{repo}/collaborators/{username}/permission': (ctx) => {
    const repo = repoFor(ctx);
    const login = String(ctx.params.username);
    if (!ctx.state.users.has(login.toLowerCase())) throw new HttpError(404, `${login} is not a user`);
    const granted = ctx.state.permission(repo, login);
    // Everyone can read a public repository, and GitHub reports that as read.
    const role = granted === 'none' && !repo.private ? 'read' : granted;
    return {
      status: 200,
      body: {
        permission: legacy[role],
        role_name: role,
        user: {
          ...ctx.render.simpleUser(login),
          permissions: {
            admin: role === 'admin',
            maintain: role === 'admin' || role === 'maintain',
            push: ['admin', 'maintain', 'write'].includes(role),
            triage: role !== 'read' && role !== 'none',
            pull: role !== 'none',
          },
          role_name: role,
        },
      },
    };
  },

  'GET /orgs/{org}/teams/{team_slug}': (ctx) => {
    const { org, team } = visibleTeam(ctx);
    return {
      status: 200,
      body: {
        id: team.id,
        node_id: Buffer.from(`04:Team${team.id}`).toString('base64'),
        url: `${ctx.render.api}/organizations/${org.user.id}/team/${team.id}`,
        html_url: `https://github.com/orgs/${org.user.login}/teams/${team.slug}`,
        name: team.slug,
        slug: team.slug,
        description: null,
        privacy: 'closed',
        notification_setting: 'notifications_enabled',
        permission: 'pull',
        members_url: `${ctx.render.api}/organizations/${org.user.id}/team/${team.id}/members{/member}`,
        repositories_url: `${ctx.render.api}/organizations/${org.user.id}/team/${team.id}/repos`,
        parent: null,
        members_count: team.members.size,
        repos_count: 0,
        created_at: new Date(org.user.createdAt).toISOString(),
        updated_at: new Date(org.user.createdAt).toISOString(),
        organization: ctx.render.organization(org.user.login),
        type: 'organization',
      },
    };
  },

  'GET /orgs/{org}/teams/{team_slug}/memberships/{username}': (ctx) => {
    const { org, team } = visibleTeam(ctx);
    const login = String(ctx.params.username);
    if (!team.members.has(login.toLowerCase())) throw notFound();
    return {
      status: 200,
      body: {
        url: `${ctx.render.api}/organizations/${org.user.id}/team/${team.id}/memberships/${login}`,
        role: 'member',
        state: 'active',
      },
    };
  },
};

/** The team named by the path, if the caller can see it; 404 otherwise. */
function visibleTeam(ctx: RouteContext): { org: Org; team: Team } {
  const org = ctx.state.orgs.get(String(ctx.params.org).toLowerCase());
  if (!org) throw notFound();
  const integration = ctx.principal.kind === 'installation';
  if (!integration && !org.members.has(ctx.user.login.toLowerCase()) && !ctx.user.canReadOrg)
    throw notFound();
  const team = org.teams.get(String(ctx.params.team_slug).toLowerCase());
  if (!team) throw notFound();
  return { org, team };
}
