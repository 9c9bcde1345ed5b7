import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
} from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';

/**
 * `${{ }}` evaluation with GitHub's own expression library. Contexts are plain JSON; the status
 * functions (success, failure, cancelled, always) are supplied by the caller because their meaning
 * depends on where the expression sits (a job's `if` looks at its needs, a step's at earlier steps).
 * https://docs.github.com/en/actions/reference/evaluate-expressions-in-workflows-and-actions
 */

export type Contexts = Record<string, unknown>;

export interface StatusFunctions {
  success(): boolean;
  failure(): boolean;
  cancelled(): boolean;
}

const statusNames = ['success', 'failure', 'cancelled', 'always'] as const;

function toData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

function fromData(value: data.ExpressionData): unknown {
  return JSON.parse(JSON.stringify(value, data.replacer)) as unknown;
}

export class ExpressionFailure extends Error {}

export function evaluate(expression: string, contexts: Contexts, status?: StatusFunctions): unknown {
  const dictionary = new data.Dictionary(
    ...Object.entries(contexts).map(([key, value]) => ({ key, value: toData(value) })),
  );
  const functions = new Map(
    statusNames.map((name) => [
      name,
      {
        name,
        minArgs: 0,
        maxArgs: 0,
        call: () => {
          if (!status && name !== 'always')
            throw new ExpressionFailure(`${name}() is only allowed in 'if' conditions`);
          const result = name === 'always' ? true : status![name]();
          return new data.BooleanData(result);
        },
      },
    ]),
  );
  try {
    const tokens = new Lexer(expression).lex().tokens;
    const tree = new Parser(
      tokens,
      Object.keys(contexts),
      statusNames.map((name) => ({ name, minArgs: 0, maxArgs: 0 })),
    ).parse();
    return fromData(new Evaluator(tree, dictionary, functions).evaluate());
  } catch (error) {
    if (error instanceof ExpressionFailure) throw error;
    throw new ExpressionFailure(`cannot evaluate \${{ ${expression} }}: ${(error as Error).message}`);
  }
}

/** GitHub's truthiness: false, 0, -0, '', null and NaN are false; everything else true. */
export function truthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === '') return false;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  return true;
}

/** How a value is written into a string (a `run:` script, an env var, an input). */
export function asString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value, null, 2);
}

/** A parsed template value with every expression in it evaluated (keys included). */
export function evaluateToken(token: TemplateToken | undefined, contexts: Contexts): unknown {
  if (token === undefined) return undefined;
  if (isBasicExpression(token)) return evaluate(token.expression, contexts);
  if (isString(token)) return token.value;
  if (isNumber(token)) return token.value;
  if (isBoolean(token)) return token.value;
  if (isSequence(token)) {
    const items: unknown[] = [];
    for (let i = 0; i < token.count; i++) items.push(evaluateToken(token.get(i), contexts));
    return items;
  }
  if (isMapping(token)) {
    const object: Record<string, unknown> = {};
    for (let i = 0; i < token.count; i++) {
      const pair = token.get(i);
      object[asString(evaluateToken(pair.key, contexts))] = evaluateToken(pair.value, contexts);
    }
    return object;
  }
  return null;
}

export function evaluateString(token: TemplateToken | undefined, contexts: Contexts): string {
  return asString(evaluateToken(token, contexts));
}

/** A mapping whose values are written as strings (env:, with:, outputs:). */
export function evaluateStringMap(
  token: TemplateToken | undefined,
  contexts: Contexts,
): Record<string, string> {
  const value = evaluateToken(token, contexts);
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw new ExpressionFailure(`expected a mapping, got ${asString(value)}`);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asString(v)]));
}

/** An `if:` condition; the workflow parser has already added `success() &&` where GitHub does. */
export function evaluateCondition(expression: string, contexts: Contexts, status: StatusFunctions): boolean {
  return truthy(evaluate(expression, contexts, status));
}

/** Evaluates every `${{ }}` in a string (action.yml defaults are plain strings, not parsed templates). */
export function interpolate(text: string, contexts: Contexts): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) =>
    asString(evaluate(expression.trim(), contexts)),
  );
}
