import type { Principal } from './tokens.js';

/**
 * The GraphQL queries shipgate makes: `viewer`, to learn whom a token acts as (the only way for an
 * installation token, workflow or App, which `GET /user` refuses), and an issue's `lastEditedAt`,
 * which no REST endpoint shows. Any other query is an emulator gap and is reported as a validation
 * error rather than answered wrongly.
 * https://docs.github.com/en/graphql/reference/queries#viewer
 * https://docs.github.com/en/graphql/reference/objects#issue
 */

/** What the server knows of an issue for this principal: invisible (no repo, no access) or refused. */
export type IssueLookup = (
  owner: string,
  name: string,
  number: number,
) =>
  | { kind: 'not-found' }
  | { kind: 'forbidden'; message: string }
  | { kind: 'issue'; lastEditedAt: number | null };

const ISSUE_QUERY =
  /^\s*query\s*\w*\s*\(\s*\$owner:\s*String!\s*,\s*\$name:\s*String!\s*,\s*\$number:\s*Int!\s*\)\s*\{\s*repository\s*\(\s*owner:\s*\$owner\s*,\s*name:\s*\$name\s*\)\s*\{\s*issue\s*\(\s*number:\s*\$number\s*\)\s*\{\s*lastEditedAt\s*\}\s*\}\s*\}\s*$/;

export interface GraphqlAnswer {
  status: number;
  body: unknown;
  problem?: string;
}

export function answerGraphql(
  raw: string,
  principal: Principal | undefined,
  lookup: IssueLookup,
): GraphqlAnswer {
  if (!principal)
    return {
      status: 401,
      body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/graphql' },
    };
  let query: unknown;
  let variables: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(raw) as { query?: unknown; variables?: Record<string, unknown> };
    query = parsed.query;
    variables = parsed.variables ?? {};
  } catch {
    return { status: 400, body: { message: 'Problems parsing JSON' } };
  }
  if (typeof query === 'string' && ISSUE_QUERY.test(query)) return answerIssue(variables, lookup);
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

function answerIssue(variables: Record<string, unknown>, lookup: IssueLookup): GraphqlAnswer {
  const { owner, name, number } = variables;
  if (typeof owner !== 'string' || typeof name !== 'string' || typeof number !== 'number')
    return {
      status: 200,
      body: { errors: [{ message: 'Variables owner, name (String!) and number (Int!) are required' }] },
      problem: `bad variables ${JSON.stringify(variables)}`,
    };
  const found = lookup(owner, name, number);
  if (found.kind === 'forbidden')
    return {
      status: 200,
      body: { data: { repository: null }, errors: [{ type: 'FORBIDDEN', message: found.message }] },
    };
  if (found.kind === 'not-found')
    return {
      status: 200,
      body: {
        data: { repository: null },
        errors: [
          {
            type: 'NOT_FOUND',
            path: ['repository'],
            message: `Could not resolve to a Repository with the name '${owner}/${name}'.`,
          },
        ],
      },
    };
  const lastEditedAt =
    found.lastEditedAt === null ? null : new Date(found.lastEditedAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { status: 200, body: { data: { repository: { issue: { lastEditedAt } } } } };
}
