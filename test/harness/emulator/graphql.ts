import type { Principal } from './tokens.js';

/**
 * The one GraphQL query shipgate makes: `viewer`, to learn whom a token acts as. It is the only way
 * for an installation token (workflow or App), which `GET /user` refuses. Any other query is an
 * emulator gap and is reported as a validation error rather than answered wrongly.
 * https://docs.github.com/en/graphql/reference/queries#viewer
 */

export interface GraphqlAnswer {
  status: number;
  body: unknown;
  problem?: string;
}

export function answerGraphql(raw: string, principal: Principal | undefined): GraphqlAnswer {
  if (!principal)
    return {
      status: 401,
      body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/graphql' },
    };
  let query: unknown;
  try {
    query = (JSON.parse(raw) as { query?: unknown }).query;
  } catch {
    return { status: 400, body: { message: 'Problems parsing JSON' } };
  }
  if (typeof query !== 'string')
    return {
      status: 200,
      body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] },
    };
  const fields = /^\s*(?:query\s*\w*\s*)?\{\s*viewer\s*\{([^{}]*)\}\s*\}\s*$/.exec(query);
  if (!fields)
    return {
      status: 200,
      body: { errors: [{ message: 'emulator: only `{ viewer { ... } }` is implemented' }] },
      problem: `unsupported query ${JSON.stringify(query)}`,
    };
  const user = principal.user;
  const known: Record<string, unknown> = {
    login: user.login,
    databaseId: user.id,
    id: Buffer.from(`04:${user.type}${user.id}`).toString('base64'),
    __typename: user.type === 'Bot' ? 'Bot' : 'User',
  };
  const viewer: Record<string, unknown> = {};
  for (const field of fields[1].split(/[\s,]+/).filter(Boolean)) {
    if (!(field in known))
      return {
        status: 200,
        body: { errors: [{ message: `Field '${field}' doesn't exist on type 'User'` }] },
        problem: `unsupported field ${field}`,
      };
    viewer[field] = known[field];
  }
  return { status: 200, body: { data: { viewer } } };
}
