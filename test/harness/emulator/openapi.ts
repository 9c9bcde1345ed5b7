import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * GitHub's published OpenAPI description, used to match requests to operations and to validate
 * what clients send and what the emulator answers. Parsed once per process (13 MB, ~0.3 s).
 */

const specFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../node_modules/@octokit/openapi/generated/api.github.com.json',
);

// A node of the description: any JSON shape, walked by property name.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

export interface Operation {
  method: string;
  template: string;
  operationId: string;
  /** JSON pointer of the operation object inside the description. */
  pointer: string;
  parameters: { name: string; in: string; required: boolean; schemaPointer: string }[];
}

export interface MatchedOperation {
  operation: Operation;
  /** Decoded path parameters, still strings. */
  params: Record<string, string>;
}

interface Template {
  template: string;
  regex: RegExp;
  names: string[];
  literalSegments: number;
  greedy: number;
  methods: Map<string, Operation>;
}

const httpMethods = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];
// These parameters may hold slashes when a client does not percent-encode them (refs, file paths).
const greedyParams = new Set(['path', 'ref']);

/**
 * Where the loaded description is kept: on a Node core module, the one object Jest does not give each
 * test file its own copy of (every file gets a fresh module registry, and so would parse the description
 * and compile its validators again: about 1 s to load and 0.2-0.3 s per response schema, per file). So
 * every suite a Jest worker runs shares one OpenApi and the validators it compiled; it holds nothing
 * but the description, its index and the compiled checks, none of which a suite changes.
 */
const processWide = os as unknown as Record<symbol, OpenApi | undefined>;
const key = Symbol.for(`shipgate.emulator.openapi ${specFile}`);

/** The description, loaded and indexed on first use in this process. */
export function openApi(): OpenApi {
  processWide[key] ??= new OpenApi(JSON.parse(readFileSync(specFile, 'utf8')) as Json);
  return processWide[key];
}

export class OpenApi {
  private readonly templates: Template[] = [];
  private readonly ajv: Ajv;
  /** Coerces string path/query values to the declared types, in place. */
  private readonly paramsAjv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly spec: Json) {
    toJsonSchema(spec);
    spec.$id = 'spec';
    const options = { strict: false, allErrors: true, validateSchema: false, logger: false } as const;
    this.ajv = new Ajv(options);
    this.paramsAjv = new Ajv({ ...options, coerceTypes: 'array' });
    for (const ajv of [this.ajv, this.paramsAjv]) {
      addFormats(ajv);
      // GitHub sends '' for unset URL fields its description declares as format uri (target_url...).
      const uri = ajv.formats.uri as (value: string) => boolean;
      ajv.addFormat('uri', (value: string) => value === '' || uri(value));
      for (const format of ['int32', 'int64', 'double', 'repo.nwo', 'binary', 'timestamp', 'uri-template'])
        ajv.addFormat(format, true);
      ajv.addSchema(spec);
    }
    for (const [template, item] of Object.entries(spec.paths as Json)) this.index(template, item as Json);
    // Most specific first: literal segments beat parameters, so /issues/comments is not /issues/{n}.
    this.templates.sort((a, b) => b.literalSegments - a.literalSegments || a.greedy - b.greedy);
  }

  private index(template: string, item: Json): void {
    const names: string[] = [];
    let greedy = 0;
    const source = template
      // `/contents/{path}` also answers for the root, `/contents` or `/contents/`.
      .replace(/\/\{path\}$/, '{root-or-path}')
      .split('/')
      .map((segment) =>
        segment.replace(/\{([^}]+)\}|[^{}]+/g, (part, name?: string) => {
          if (!name) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
          if (name === 'root-or-path') {
            names.push('path');
            greedy++;
            return '(?:/(.*))?';
          }
          names.push(name);
          if (greedyParams.has(name)) greedy++;
          return greedyParams.has(name) ? '(.+)' : '([^/]+)';
        }),
      )
      .join('/');
    const methods = new Map<string, Operation>();
    for (const method of httpMethods) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const pointer = `/paths/${escapePointer(template)}/${method}`;
      const declared = [
        ...((item.parameters as Json[]) ?? []).map((p, i) => ({
          p,
          at: `/paths/${escapePointer(template)}/parameters/${i}`,
        })),
        ...((op.parameters as Json[]) ?? []).map((p, i) => ({ p, at: `${pointer}/parameters/${i}` })),
      ];
      const parameters = declared.map(({ p, at }) => {
        const ref = p.$ref as string | undefined;
        const resolved = ref ? this.resolve(ref) : p;
        const base = ref ? ref.slice(1) : at;
        return {
          name: resolved.name as string,
          in: resolved.in as string,
          required: Boolean(resolved.required),
          schemaPointer: `${base}/schema`,
        };
      });
      methods.set(method.toUpperCase(), {
        method: method.toUpperCase(),
        template,
        operationId: op.operationId as string,
        pointer,
        parameters,
      });
    }
    this.templates.push({
      template,
      regex: new RegExp(`^${source}$`),
      names,
      literalSegments: template.split('/').filter((s) => s && !s.includes('{')).length,
      greedy,
      methods,
    });
  }

  /** The operation a request addresses, or undefined when GitHub's description has none. */
  match(method: string, pathname: string): MatchedOperation | undefined {
    for (const t of this.templates) {
      const operation = t.methods.get(method);
      if (!operation) continue;
      const m = t.regex.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      t.names.forEach((name, i) => (params[name] = safeDecode(m[i + 1] ?? '')));
      return { operation, params };
    }
    return undefined;
  }

  /** Checks path or query parameters; coerces them to their declared types in place. */
  validateParameters(op: Operation, where: 'path' | 'query', values: Record<string, unknown>): string[] {
    const key = `${op.pointer} ${where}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      const declared = op.parameters.filter((p) => p.in === where);
      validate = this.paramsAjv.compile({
        type: 'object',
        properties: Object.fromEntries(
          declared.map((p) => [p.name, { $ref: `spec#${encodePointer(p.schemaPointer)}` }]),
        ),
        required: declared.filter((p) => p.required).map((p) => p.name),
        // GitHub's description lists every parameter an operation takes; anything else is a client bug.
        additionalProperties: false,
      });
      this.compiled.set(key, validate);
    }
    return validate(values) ? [] : explain(validate.errors, where);
  }

  hasRequestBody(op: Operation): boolean {
    return this.get(`${op.pointer}/requestBody`) !== undefined;
  }

  /** Checks a JSON request body against the operation's requestBody. */
  validateBody(op: Operation, body: unknown): string[] {
    const requestBody = this.get(`${op.pointer}/requestBody`);
    if (!requestBody) return body === undefined ? [] : ['this operation takes no request body'];
    const resolved = requestBody.$ref ? this.resolve(requestBody.$ref as string) : requestBody;
    if (body === undefined) return resolved.required ? ['a request body is required'] : [];
    const base = requestBody.$ref ? (requestBody.$ref as string).slice(1) : `${op.pointer}/requestBody`;
    if (!resolved.content?.['application/json']?.schema) return [];
    return this.check(`${base}/content/application~1json/schema`, body, 'body');
  }

  /**
   * Checks a response body against the schema declared for its status. Statuses the description does
   * not declare (401, injected faults) are not checked; a declared status without a body must be empty.
   */
  validateResponse(op: Operation, status: number, body: unknown): string[] {
    const responses = this.get(`${op.pointer}/responses`) ?? {};
    const declared = responses[String(status)] as Json | undefined;
    if (!declared) return [];
    const resolved = declared.$ref ? this.resolve(declared.$ref as string) : declared;
    const base = declared.$ref ? (declared.$ref as string).slice(1) : `${op.pointer}/responses/${status}`;
    const hasSchema = Boolean(resolved.content?.['application/json']?.schema);
    // GitHub sends a JSON message with every error, described or not.
    if (!hasSchema)
      return body === undefined || status >= 400
        ? []
        : [`status ${status} has no body in GitHub's description`];
    if (body === undefined) return [`status ${status} must have a JSON body`];
    return this.check(`${base}/content/application~1json/schema`, body, 'response');
  }

  private check(pointer: string, data: unknown, name: string): string[] {
    let validate = this.compiled.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `spec#${encodePointer(pointer)}` });
      this.compiled.set(pointer, validate);
    }
    return validate(data) ? [] : explain(validate.errors, name);
  }

  private get(pointer: string): Json | undefined {
    let node: Json | undefined = this.spec;
    for (const part of pointer.split('/').slice(1)) {
      node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')] as Json | undefined;
    }
    return node;
  }

  private resolve(ref: string): Json {
    const node = this.get(ref.slice(1));
    if (!node) throw new Error(`unresolvable $ref ${ref}`);
    return node.$ref ? this.resolve(node.$ref as string) : node;
  }
}

// ajv-formats is CommonJS; depending on the loader its function is the default export or nested in it.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

/**
 * Rewrites the description's OpenAPI 3.0 schemas, in place, into JSON Schema Ajv checks as GitHub means them:
 * - `nullable: true` becomes a `null` type (and enum member), or an anyOf with null when the schema
 *   has no type (Ajv's own `nullable` support refuses those);
 * - `oneOf` becomes `anyOf`: the description's alternatives often overlap (every error body matches
 *   both basic-error and repository-rule-violation-error), so "exactly one" would reject real answers.
 */
function toJsonSchema(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    node.forEach(toJsonSchema);
    return;
  }
  const schema = node as Json;
  for (const value of Object.values(schema)) toJsonSchema(value);
  if (Array.isArray(schema.oneOf) && schema.anyOf === undefined) {
    schema.anyOf = schema.oneOf;
    delete schema.oneOf;
  }
  if (schema.nullable !== true) return;
  delete schema.nullable;
  if (typeof schema.type === 'string') {
    schema.type = [schema.type, 'null'];
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum.push(null);
  } else if (schema.type === undefined) {
    const rest = { ...schema };
    for (const key of Object.keys(schema)) delete schema[key];
    schema.anyOf = [{ type: 'null' }, rest];
  }
}

function explain(errors: ErrorObject[] | null | undefined, name: string): string[] {
  return (errors ?? []).map((e) => {
    const where = `${name}${e.instancePath}`;
    if (e.keyword === 'additionalProperties')
      return `${where}: '${(e.params as { additionalProperty: string }).additionalProperty}' is not a parameter of this operation`;
    if (e.keyword === 'required')
      return `${where}: '${(e.params as { missingProperty: string }).missingProperty}' is required`;
    if (e.keyword === 'enum')
      return `${where} ${e.message}: ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`;
    return `${where} ${e.message}`;
  });
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function encodePointer(pointer: string): string {
  return pointer
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/');
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
