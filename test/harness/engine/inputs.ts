import { asString } from './expressions.js';

/**
 * Inputs of workflow_dispatch and workflow_call, typed as GitHub types them in the `inputs` context
 * (booleans stay booleans, numbers numbers) and checked as GitHub checks them before a run starts.
 * https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#onworkflow_dispatchinputs
 * https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#onworkflow_callinputs
 */

export class InputError extends Error {}

export type InputValue = string | number | boolean;

/** An input's declaration as written (`type` defaults to string). */
export interface InputSpec {
  type?: string;
  required?: boolean;
  default?: unknown;
  options?: string[];
  description?: string;
}

function typed(name: string, spec: InputSpec, value: unknown): InputValue {
  switch (spec.type) {
    case 'boolean': {
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      throw new InputError(
        `Provided value '${asString(value)}' for input '${name}' is not a boolean (true or false)`,
      );
    }
    case 'number': {
      const n = typeof value === 'number' ? value : Number(value);
      if (asString(value).trim() === '' || Number.isNaN(n))
        throw new InputError(`Provided value '${asString(value)}' for input '${name}' is not a number`);
      return n;
    }
    case 'choice': {
      const text = asString(value);
      if (!(spec.options ?? []).includes(text))
        throw new InputError(
          `Provided value '${text}' for input '${name}' not in the list of allowed values (${(spec.options ?? []).join(', ')})`,
        );
      return text;
    }
    default:
      return asString(value);
  }
}

/**
 * `given` checked against `specs`: unknown names refused (dispatch), required ones present,
 * defaults applied, values typed. `defaults` gives the default of an input whose `default:` is an
 * expression (workflow_call defaults may use the github context).
 */
export function resolveInputs(
  specs: Record<string, InputSpec> | undefined,
  given: Record<string, unknown>,
  opts: { event: 'workflow_dispatch' | 'workflow_call'; defaults?: (name: string) => unknown },
): Record<string, InputValue> {
  const declared = specs ?? {};
  const byLower = new Map(Object.keys(declared).map((k) => [k.toLowerCase(), k]));
  const unexpected = Object.keys(given).filter((k) => !byLower.has(k.toLowerCase()));
  if (unexpected.length > 0)
    throw new InputError(`Unexpected inputs provided: ${JSON.stringify(unexpected)}`);
  const values: Record<string, InputValue> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const key = Object.keys(given).find((k) => k.toLowerCase() === name.toLowerCase());
    const provided = key !== undefined && !(opts.event === 'workflow_dispatch' && given[key] === '');
    if (!provided && spec.required && (opts.event === 'workflow_call' || spec.default === undefined))
      throw new InputError(`Required input '${name}' not provided`);
    let value: unknown = provided ? given[key!] : (opts.defaults?.(name) ?? spec.default);
    if (value === undefined) {
      // An unset input is false for a boolean, 0 for a number, '' otherwise.
      value = spec.type === 'boolean' ? false : spec.type === 'number' ? 0 : '';
      if (spec.type === 'choice') {
        values[name] = '';
        continue;
      }
    }
    values[name] = typed(name, spec, value);
  }
  return values;
}
