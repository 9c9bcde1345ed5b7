import { HttpError, notFound, repoFor, type RouteTable } from '../route.js';
import type { Permission } from '../state.js';

/**
 * Who may do what: collaborator permission levels and team membership.
 *
 * Reading an org's team memberships needs the read:org scope (members:read for apps). The emulator
 * models it per user: members of the org (anyone in one of its teams) may read it, and so may users
 * added with `canReadOrg: true`. Anyone else gets 403, as a token without the scope does.
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

  'GET /orgs/{org}/teams/{team_slug}/memberships/{username}': (ctx) => {
    const org = ctx.state.orgs.get(String(ctx.params.org).toLowerCase());
    if (!org) throw notFound();
    const caller = ctx.user.login.toLowerCase();
    if (!org.members.has(caller) && !ctx.user.canReadOrg)
      throw new HttpError(403, 'Resource not accessible by integration', {
        documentation_url: 'https://docs.github.com/rest/teams/members#get-team-membership-for-a-user',
      });
    const team = org.teams.get(String(ctx.params.team_slug).toLowerCase());
    const login = String(ctx.params.username);
    if (!team || !team.members.has(login.toLowerCase())) throw notFound();
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
