import { notFound, repoFor, type RouteTable } from '../route.js';

export const usersAndRepos: RouteTable = {
  'GET /user': (ctx) => ({ status: 200, body: ctx.render.privateUser(ctx.user.login) }),

  'GET /users/{username}': (ctx) => {
    if (!ctx.state.users.has(String(ctx.params.username).toLowerCase())) throw notFound();
    return { status: 200, body: ctx.render.publicUser(ctx.params.username) };
  },

  'GET /repos/{owner}/{repo}': (ctx) => ({
    status: 200,
    body: ctx.render.repository(repoFor(ctx), ctx.user.login),
  }),

  'GET /rate_limit': (ctx) => {
    const core = { ...ctx.rate };
    const fresh = (limit: number) => ({ limit, used: 0, remaining: limit, reset: ctx.rate.reset });
    return {
      status: 200,
      body: {
        resources: {
          core,
          search: fresh(30),
          graphql: fresh(5000),
          integration_manifest: fresh(5000),
          code_search: fresh(10),
        },
        rate: core,
      },
    };
  },
};
