import { installationTokenLifetimeMs, type Permissions } from '../tokens.js';
import { HttpError, notFound, type RouteTable } from '../route.js';

/**
 * GitHub App authentication: with a JWT signed by its private key an App finds its installation and
 * mints installation tokens, which act as `<slug>[bot]` and expire after one hour.
 * https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app-installation
 */

export const apps: RouteTable = {
  'GET /repos/{owner}/{repo}/installation': (ctx) => {
    const app = ctx.principal.app!;
    const repo = ctx.state.repos.get(`${ctx.params.owner}/${ctx.params.repo}`.toLowerCase());
    const installed =
      repo &&
      repo.owner.login.toLowerCase() === app.owner.toLowerCase() &&
      (!app.repositories || app.repositories.has(repo.fullName.toLowerCase()));
    if (!installed) throw notFound();
    return { status: 200, body: ctx.render.installation(app) };
  },

  'POST /app/installations/{installation_id}/access_tokens': (ctx) => {
    const app = ctx.principal.app!;
    if (Number(ctx.params.installation_id) !== app.installationId) throw notFound();
    // A token may be narrowed to fewer repositories and permissions, never widened.
    const asked = ctx.body.permissions as Permissions | undefined;
    const permissions: Permissions = { ...app.permissions };
    if (asked) {
      for (const [name, access] of Object.entries(asked)) {
        const held = app.permissions[name] ?? 'none';
        if (held === 'none' || (access === 'write' && held !== 'write'))
          throw new HttpError(422, `The permissions requested are not granted to this installation.`);
      }
      for (const name of Object.keys(permissions)) permissions[name] = asked[name] ?? 'none';
    }
    const names = (ctx.body.repositories as string[] | undefined)?.map((n) =>
      `${app.owner}/${n}`.toLowerCase(),
    );
    const repositories = names ? new Set(names) : app.repositories;
    const expiresAt = ctx.state.now() + installationTokenLifetimeMs;
    const user = ctx.state.addUser(`${app.slug}[bot]`, { type: 'Bot' });
    const token = ctx.state.tokens.mint('installation', { user, app, repositories, permissions, expiresAt });
    return {
      status: 201,
      body: {
        token,
        expires_at: new Date(expiresAt).toISOString(),
        permissions: Object.fromEntries(Object.entries(permissions).filter(([, a]) => a && a !== 'none')),
        repository_selection: repositories ? 'selected' : 'all',
      },
    };
  },
};
