import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { Document, LineCounter } from 'yaml';
import { InputError } from './errors.js';

type Yaml = typeof import('yaml');

// yaml and Ajv (with its formats) load with import() on the first config parsed, not at start: they
// cost start-up time in every action, and most runs parse no config file (issue 14, bench/startup).
// A config whose validator was generated at build time (scripts/validators.ts) loads yaml alone.
let yamlLibrary: Promise<Yaml> | undefined;
let ajvLibrary: Promise<Ajv> | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

/**
 * The options every schema is compiled with, here and by the validator generator. The schemas are
 * ours and fixed: checking them against the JSON Schema meta-schema at every run compiled the
 * meta-schema first (about 90 ms of a report's start). A unit test (config-schemas.test.ts) checks
 * every shipped schema against it instead.
 */
export const AJV_OPTIONS = { allErrors: true, strict: false, useDefaults: true, validateSchema: false };

/** A schema's validator, compiled by Ajv or generated from Ajv's standalone code. */
export interface ConfigValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

function loadYaml(): Promise<Yaml> {
  return (yamlLibrary ??= import('yaml'));
}

function loadAjv(): Promise<Ajv> {
  return (ajvLibrary ??= Promise.all([import('ajv'), import('ajv-formats')]).then(([ajvModule, formats]) => {
    // Ajv and ajv-formats are CommonJS: depending on the loader (Node, jest, an ncc chunk) what
    // import() gives is the module itself or a namespace with it as `default`.
    const AjvClass = commonJsExport(ajvModule, 'Ajv') as new (options: object) => Ajv;
    const addFormats = commonJsExport(formats) as (ajv: Ajv) => Ajv;
    return addFormats(new AjvClass(AJV_OPTIONS));
  }));
}

/** A CommonJS module's export (`name`, or the module's function) through whatever import() gave. */
export function commonJsExport(loaded: unknown, name?: string): unknown {
  const candidates: unknown[] = [];
  for (let value: unknown = loaded, depth = 0; value && depth < 3; depth++) {
    candidates.push(value);
    value = (value as { default?: unknown }).default;
  }
  for (const candidate of candidates) {
    const found = name ? (candidate as Record<string, unknown>)[name] : candidate;
    if (typeof found === 'function') return found;
  }
  throw new Error(`cannot load ${name ?? 'a module'}: no function in what import() returned`);
}

/**
 * Parses YAML (or JSON, which is YAML) text and validates it against a JSON Schema. Errors name the
 * input and the line, e.g. `input 'config-file': sla.yml line 7: services[0].url must be a string`.
 * Schema defaults are filled in.
 */
export async function parseConfig<T>(
  text: string,
  schema: object,
  where: { input: string; file?: string; expected: string },
  validator?: ConfigValidator,
): Promise<T> {
  return (await parseLocatedConfig<T>(text, schema, where, validator)).data;
}

/** A validated config and a way to reject one of its parts by path, naming the part's line. */
export interface LocatedConfig<T> {
  data: T;
  /** The line of the part at a path (or of its nearest existing parent). */
  line(path: (string | number)[]): number;
  fail(path: (string | number)[], problem: string): never;
}

/**
 * parseConfig, plus `fail` for checks a schema cannot express (a regex that does not compile, a
 * duplicate name): `fail([1, 'url'], 'is relative')` throws the same InputError with that line.
 * `validator`, when given, is the schema's validator generated at build time (scripts/validators.ts),
 * used instead of compiling the schema.
 */
export async function parseLocatedConfig<T>(
  text: string,
  schema: object,
  where: { input: string; file?: string; expected: string },
  validator?: ConfigValidator,
): Promise<LocatedConfig<T>> {
  const yaml = await loadYaml();
  const lineCounter = new yaml.LineCounter();
  const document = yaml.parseDocument(text, { lineCounter, prettyErrors: false });
  // Inline values (no file) are named by line alone: `input 'checks': line 3: …`.
  const lineRef = (line: number) => (where.file ? `${where.file} line ${line}` : `line ${line}`);
  if (document.errors.length > 0) {
    const first = document.errors[0];
    const line = lineCounter.linePos(first.pos[0]).line;
    throw new InputError(where.input, `${lineRef(line)}: ${first.message.split('\n')[0]}`, where.expected);
  }
  const data: unknown = document.toJS();
  let validate: ConfigValidator | undefined = validator ?? compiled.get(schema);
  if (!validate) {
    const compiledNow = (await loadAjv()).compile(schema);
    compiled.set(schema, compiledNow);
    validate = compiledNow;
  }
  if (!validate(data)) {
    const error = mostUseful(validate.errors ?? []);
    // An unknown or missing key is best shown at the key itself, when it exists.
    const key = (error.params as { additionalProperty?: string }).additionalProperty;
    const line = lineOf(
      yaml,
      document,
      lineCounter,
      key === undefined ? error.instancePath : `${error.instancePath}/${key}`,
    );
    const subject = error.instancePath ? pathText(error.instancePath) + ' ' : '';
    throw new InputError(where.input, `${lineRef(line)}: ${subject}${describe(error)}`, where.expected);
  }
  const line = (path: (string | number)[]) =>
    lineOf(yaml, document, lineCounter, path.map((part) => `/${part}`).join(''));
  return {
    data: data as T,
    line,
    fail: (path, problem) => {
      throw new InputError(where.input, `${lineRef(line(path))}: ${problem}`, where.expected);
    },
  };
}

function mostUseful(errors: ErrorObject[]): ErrorObject {
  // Prefer the deepest error: it points nearest to the mistake.
  return [...errors].sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length)[0];
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `has unknown key '${String(params.additionalProperty)}'`;
    case 'required':
      return `is missing '${String(params.missingProperty)}'`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
    default:
      return error.message ?? 'is invalid';
  }
}

function segments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function pathText(pointer: string): string {
  return segments(pointer).reduce(
    (text, part) => (/^\d+$/.test(part) ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}

/** The line of the node at a JSON pointer, or of its nearest existing parent. */
function lineOf(yaml: Yaml, document: Document, lineCounter: LineCounter, pointer: string): number {
  const path = segments(pointer).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
    if (yaml.isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}
