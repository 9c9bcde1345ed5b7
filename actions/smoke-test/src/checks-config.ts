import { parseLocatedConfig } from '@shipgate/core';
import { parseJsonPath, type JsonPath } from './json-path.js';
import { isMatcherObject } from './matchers.js';

/**
 * The checks file: a YAML (or JSON) list of checks.
 *
 * ```yaml
 * - name: health
 *   url: /healthz                # absolute, or relative to base-url
 *   method: GET
 *   headers:
 *     Authorization: { value: "Bearer …", secret: true }
 *   follow-redirects: false
 *   expect:
 *     status: 2xx                # a number, a list, or 2xx/3xx/…
 *     body-contains: ok
 *     body-matches: '"status":\s*"up"'
 *     json: { "$.status": up, "$.checks[0].latency": { less: 50 } }
 *     headers: { content-type: { matches: ^application/json } }
 *     max-latency-ms: 500
 * ```
 */
export interface HeaderSpec {
  name: string;
  value: string;
  secret: boolean;
}

export interface Expectations {
  status: { text: string; test: (status: number) => boolean };
  bodyContains: string[];
  bodyMatches?: RegExp;
  json: { path: string; query: JsonPath; expected: unknown }[];
  headers: { name: string; expected: unknown }[];
  maxLatencyMs?: number;
}

export interface SmokeCheck {
  name: string;
  url: URL;
  method: string;
  headers: HeaderSpec[];
  body?: string;
  followRedirects: number;
  expect: Expectations;
  line: number;
}

const header = {
  anyOf: [
    { type: 'string' },
    {
      type: 'object',
      additionalProperties: false,
      required: ['value'],
      properties: { value: { type: 'string' }, secret: { type: 'boolean' } },
    },
  ],
};
const statusCode = { type: 'integer', minimum: 100, maximum: 599 };
const statusClass = { type: 'string', pattern: '^[1-5]xx$' };

export const CHECKS_SCHEMA = {
  type: 'array',
  minItems: 1,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'url'],
    properties: {
      name: { type: 'string', minLength: 1 },
      url: { type: 'string', minLength: 1 },
      method: {
        type: 'string',
        pattern: '^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|get|head|post|put|patch|delete|options)$',
      },
      headers: { type: 'object', additionalProperties: header },
      body: { type: 'string' },
      json: {},
      'follow-redirects': { anyOf: [{ type: 'boolean' }, { type: 'integer', minimum: 0, maximum: 20 }] },
      expect: {
        type: 'object',
        additionalProperties: false,
        properties: {
          status: {
            anyOf: [
              statusCode,
              statusClass,
              { type: 'array', minItems: 1, items: { anyOf: [statusCode, statusClass] } },
            ],
          },
          'body-contains': { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
          'body-matches': { type: 'string' },
          json: { type: 'object' },
          headers: { type: 'object' },
          'max-latency-ms': { type: 'number', exclusiveMinimum: 0 },
        },
      },
    },
  },
};

interface RawCheck {
  name: string;
  url: string;
  method?: string;
  headers?: Record<string, string | { value: string; secret?: boolean }>;
  body?: string;
  json?: unknown;
  'follow-redirects'?: boolean | number;
  expect?: {
    status?: number | string | (number | string)[];
    'body-contains'?: string | string[];
    'body-matches'?: string;
    json?: Record<string, unknown>;
    headers?: Record<string, unknown>;
    'max-latency-ms'?: number;
  };
}

export const CHECKS_EXPECTED =
  'a YAML list of checks, each with name, url and optional method, headers, body or json, and expect (status, body-contains, body-matches, json, headers, max-latency-ms)';

/** Header names whose values are always treated as secrets. */
const ALWAYS_SECRET = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key', 'api-key']);

function statusMatcher(spec: number | string | (number | string)[] | undefined): Expectations['status'] {
  const items = spec === undefined ? ['2xx'] : Array.isArray(spec) ? spec : [spec];
  const tests = items.map((item) =>
    typeof item === 'number'
      ? (s: number) => s === item
      : (s: number) => Math.floor(s / 100) === Number(item[0]),
  );
  return { text: items.join(' or '), test: (status) => tests.some((t) => t(status)) };
}

/**
 * Parses and validates the checks (schema, then regexes, JSONPaths, URLs and unique names), with
 * errors naming the input and the line.
 */
export async function parseChecks(
  text: string,
  where: { input: string; file?: string; baseUrl?: URL },
): Promise<SmokeCheck[]> {
  const {
    data: raw,
    fail,
    line: lineOf,
  } = await parseLocatedConfig<RawCheck[]>(text, CHECKS_SCHEMA, {
    input: where.input,
    file: where.file,
    expected: CHECKS_EXPECTED,
  });
  const names = new Set<string>();
  return raw.map((check, index) => {
    if (names.has(check.name)) fail([index, 'name'], `check name '${check.name}' is used twice`);
    names.add(check.name);
    let url: URL;
    if (/^https?:\/\//i.test(check.url)) {
      try {
        url = new URL(check.url);
      } catch {
        return fail([index, 'url'], `'${check.url}' is not a URL`);
      }
    } else if (/^[a-z][a-z0-9+.-]*:/i.test(check.url)) {
      return fail([index, 'url'], `'${check.url}' is not an http(s) URL`);
    } else {
      if (!where.baseUrl) return fail([index, 'url'], `'${check.url}' is relative but base-url is not set`);
      const base = where.baseUrl.toString().replace(/\/?$/, '/');
      url = new URL(check.url.replace(/^\/+/, ''), base);
    }
    if (check.body !== undefined && check.json !== undefined)
      fail([index, 'json'], `check '${check.name}' has both body and json`);
    const headers: HeaderSpec[] = Object.entries(check.headers ?? {}).map(([name, spec]) => {
      const value = typeof spec === 'string' ? spec : spec.value;
      const secret =
        (typeof spec === 'object' && spec.secret === true) || ALWAYS_SECRET.has(name.toLowerCase());
      if (/[\r\n]/.test(value)) fail([index, 'headers', name], `header '${name}' contains a line break`);
      return { name, value, secret };
    });
    let body = check.body;
    if (check.json !== undefined) {
      body = JSON.stringify(check.json);
      if (!headers.some((h) => h.name.toLowerCase() === 'content-type'))
        headers.push({ name: 'content-type', value: 'application/json', secret: false });
    }
    const expect = check.expect ?? {};
    let bodyMatches: RegExp | undefined;
    if (expect['body-matches'] !== undefined) {
      try {
        bodyMatches = new RegExp(expect['body-matches']);
      } catch (error) {
        fail(
          [index, 'expect', 'body-matches'],
          `body-matches is not a regular expression (${(error as Error).message})`,
        );
      }
    }
    // Every JSONPath is compiled here, so a bad one fails the step before any request is made.
    const json = Object.entries(expect.json ?? {}).map(([path, expected]) => {
      let query: JsonPath | undefined;
      try {
        query = parseJsonPath(path);
      } catch (error) {
        fail([index, 'expect', 'json', path], `check '${check.name}': JSONPath ${(error as Error).message}`);
      }
      checkRegex(expected, () => [index, 'expect', 'json', path], fail);
      checkCount(expected, () => [index, 'expect', 'json', path], fail);
      return { path, query: query!, expected };
    });
    const expectedHeaders = Object.entries(expect.headers ?? {}).map(([name, expected]) => {
      checkRegex(expected, () => [index, 'expect', 'headers', name], fail);
      return { name: name.toLowerCase(), expected };
    });
    const follow = check['follow-redirects'];
    return {
      name: check.name,
      url,
      method: (check.method ?? 'GET').toUpperCase(),
      headers,
      body,
      followRedirects: follow === true ? 10 : follow === false || follow === undefined ? 0 : follow,
      expect: {
        status: statusMatcher(expect.status),
        bodyContains: expect['body-contains'] === undefined ? [] : [expect['body-contains']].flat(),
        bodyMatches,
        json,
        headers: expectedHeaders,
        maxLatencyMs: expect['max-latency-ms'],
      },
      line: lineOf([index]),
    };
  });
}

function checkRegex(
  expected: unknown,
  path: () => (string | number)[],
  fail: (path: (string | number)[], problem: string) => never,
): void {
  if (expected && typeof expected === 'object' && 'matches' in expected) {
    try {
      new RegExp(String((expected as { matches: unknown }).matches));
    } catch (error) {
      fail(path(), `matches is not a regular expression (${(error as Error).message})`);
    }
  }
}

function checkCount(
  expected: unknown,
  path: () => (string | number)[],
  fail: (path: (string | number)[], problem: string) => never,
): void {
  if (isMatcherObject(expected) && 'count' in expected) {
    const count = expected.count;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0)
      fail(path(), `count is ${JSON.stringify(count)}, not a whole number of nodes (0 or more)`);
  }
}
