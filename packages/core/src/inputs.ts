import { DURATION_EXAMPLES, parseDuration } from './duration.js';
import { InputError } from './errors.js';

/** The environment variable the Actions runner sets for an input: upper case, spaces to `_`, dashes kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

interface Common<T> {
  /** Used when the input is empty or absent. Without it, an empty input is an error. */
  default?: T;
}

/**
 * Typed readers for action inputs. Each reader validates and throws InputError naming the input,
 * so an action can parse everything before its first side effect.
 */
export class Inputs {
  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  /** The raw, trimmed value; '' when absent. */
  raw(name: string): string {
    return (this.env[inputEnvName(name)] ?? '').trim();
  }

  has(name: string): boolean {
    return this.raw(name) !== '';
  }

  string(name: string, options: Common<string> & { expected?: string } = {}): string {
    const value = this.raw(name);
    if (value !== '') return value;
    if (options.default !== undefined) return options.default;
    throw new InputError(name, 'is required but empty', options.expected ?? 'a non-empty value');
  }

  /** An optional string: undefined when empty. */
  optionalString(name: string): string | undefined {
    const value = this.raw(name);
    return value === '' ? undefined : value;
  }

  enum<T extends string>(name: string, allowed: readonly T[], options: Common<T> = {}): T {
    const value = this.raw(name).toLowerCase();
    if (value === '' && options.default !== undefined) return options.default;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new InputError(
      name,
      value === '' ? 'is required but empty' : `'${this.raw(name)}' is not one of the allowed values`,
      `one of ${allowed.join(', ')}`,
    );
  }

  integer(name: string, options: Common<number> & { min?: number; max?: number } = {}): number {
    return this.numeric(name, options, true);
  }

  number(
    name: string,
    options: Common<number> & { min?: number; max?: number; exclusiveMin?: boolean } = {},
  ) {
    return this.numeric(name, options, false);
  }

  optionalNumber(name: string, options: { min?: number; max?: number } = {}): number | undefined {
    return this.has(name) ? this.numeric(name, options, false) : undefined;
  }

  boolean(name: string, options: Common<boolean> = {}): boolean {
    const value = this.raw(name).toLowerCase();
    if (value === '' && options.default !== undefined) return options.default;
    if (['true', 'yes', 'on'].includes(value)) return true;
    if (['false', 'no', 'off'].includes(value)) return false;
    throw new InputError(
      name,
      value === '' ? 'is required but empty' : `'${this.raw(name)}' is not a boolean`,
      'true or false',
    );
  }

  /** A duration in milliseconds (`30s`, `15m`, `24h`, `7d`, `PT1H`). */
  duration(name: string, options: Common<string> & { minMs?: number; maxMs?: number } = {}): number {
    const text = this.raw(name) || options.default;
    if (text === undefined)
      throw new InputError(name, 'is required but empty', `a duration such as ${DURATION_EXAMPLES}`);
    const ms = parseDuration(text);
    if (ms === undefined)
      throw new InputError(name, `'${text}' is not a duration`, `a duration such as ${DURATION_EXAMPLES}`);
    if (options.minMs !== undefined && ms < options.minMs)
      throw new InputError(name, `'${text}' is too short`, `at least ${options.minMs / 1000}s`);
    if (options.maxMs !== undefined && ms > options.maxMs)
      throw new InputError(name, `'${text}' is too long`, `at most ${options.maxMs / 1000}s`);
    return ms;
  }

  /** A list separated by commas or newlines; blank items dropped. */
  list(name: string, options: Common<string[]> & { min?: number } = {}): string[] {
    const items = splitList(this.raw(name));
    if (items.length === 0 && options.default !== undefined) return options.default;
    if (items.length < (options.min ?? 0))
      throw new InputError(
        name,
        `has ${items.length} item(s)`,
        `at least ${options.min}, separated by commas or newlines`,
      );
    return items;
  }

  /** A list of numbers separated by commas or newlines. */
  numberList(name: string, options: Common<number[]> = {}): number[] {
    const items = splitList(this.raw(name));
    if (items.length === 0) {
      if (options.default !== undefined) return options.default;
      throw new InputError(name, 'is required but empty', 'numbers separated by commas, such as 5,25,50,100');
    }
    return items.map((item) => {
      const value = Number(item);
      if (!Number.isFinite(value))
        throw new InputError(
          name,
          `'${item}' is not a number`,
          'numbers separated by commas, such as 5,25,50,100',
        );
      return value;
    });
  }

  url(name: string, options: Common<string> & { protocols?: string[] } = {}): URL {
    const text = this.raw(name) || options.default;
    const protocols = options.protocols ?? ['http:', 'https:'];
    const expected = `an absolute ${protocols.map((p) => p.replace(':', '')).join(' or ')} URL such as https://example.com/health`;
    if (text === undefined) throw new InputError(name, 'is required but empty', expected);
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new InputError(name, `'${text}' is not a URL`, expected);
    }
    if (!protocols.includes(url.protocol))
      throw new InputError(name, `'${text}' uses ${url.protocol}`, expected);
    return url;
  }

  optionalUrl(name: string, options: { protocols?: string[] } = {}): URL | undefined {
    return this.has(name) ? this.url(name, options) : undefined;
  }

  /** `owner/name`. */
  repository(name: string, options: Common<string> = {}): { owner: string; repo: string } {
    const text = this.raw(name) || options.default || '';
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(text);
    if (!match)
      throw new InputError(
        name,
        text ? `'${text}' is not a repository` : 'is required but empty',
        'owner/name, such as octo-org/service',
      );
    return { owner: match[1], repo: match[2] };
  }

  private numeric(
    name: string,
    options: Common<number> & { min?: number; max?: number; exclusiveMin?: boolean },
    integer: boolean,
  ): number {
    const text = this.raw(name);
    const kind = integer ? 'a whole number' : 'a number';
    const range = describeRange(options);
    if (text === '') {
      if (options.default !== undefined) return options.default;
      throw new InputError(name, 'is required but empty', `${kind}${range}`);
    }
    const value = Number(text);
    if (!Number.isFinite(value) || (integer && !Number.isInteger(value)))
      throw new InputError(name, `'${text}' is not ${kind}`, `${kind}${range}`);
    const belowMin =
      options.min !== undefined && (options.exclusiveMin ? value <= options.min : value < options.min);
    if (belowMin || (options.max !== undefined && value > options.max))
      throw new InputError(name, `${text} is out of range`, `${kind}${range}`);
    return value;
  }
}

function describeRange(options: { min?: number; max?: number; exclusiveMin?: boolean }): string {
  const { min, max, exclusiveMin } = options;
  if (min !== undefined && max !== undefined)
    return ` from ${min}${exclusiveMin ? ' (exclusive)' : ''} to ${max}`;
  if (min !== undefined) return exclusiveMin ? ` above ${min}` : ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}

export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
