import { describe, expect, it } from '@jest/globals';
import { InputError, Inputs, inputEnvName } from '../../../packages/core/src/index.js';

const inputsOf = (values: Record<string, string>) =>
  new Inputs(Object.fromEntries(Object.entries(values).map(([name, value]) => [inputEnvName(name), value])));

function errorOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('Inputs', () => {
  it('mangles names as the runner does: upper case, spaces to underscores, dashes kept', () => {
    expect(inputEnvName('minimum-approvals')).toBe('INPUT_MINIMUM-APPROVALS');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
  });

  it('reads typed values and falls back to defaults only when empty', () => {
    const inputs = inputsOf({
      count: ' 3 ',
      ratio: '0.5',
      on: 'TRUE',
      wait: '15m',
      items: 'a, b\nc,,',
      tier: 'High',
    });
    expect(inputs.integer('count', { min: 1 })).toBe(3);
    expect(inputs.number('ratio')).toBe(0.5);
    expect(inputs.boolean('on')).toBe(true);
    expect(inputs.duration('wait')).toBe(900_000);
    expect(inputs.list('items')).toEqual(['a', 'b', 'c']);
    expect(inputs.enum('tier', ['low', 'high'] as const)).toBe('high');
    expect(inputs.integer('missing', { default: 7 })).toBe(7);
    expect(inputs.duration('missing', { default: '24h' })).toBe(86_400_000);
  });

  it('names the input, the problem and what is expected', () => {
    expect(
      errorOf(() => inputsOf({ 'minimum-approvals': '0' }).integer('minimum-approvals', { min: 1, max: 5 })),
    ).toBe("input 'minimum-approvals': 0 is out of range; expected a whole number from 1 to 5");
    expect(errorOf(() => inputsOf({ n: '2.5' }).integer('n'))).toBe(
      "input 'n': '2.5' is not a whole number; expected a whole number",
    );
    expect(errorOf(() => inputsOf({ t: 'soon' }).duration('t'))).toMatch(
      /^input 't': 'soon' is not a duration; expected a duration such as 30s/,
    );
    expect(errorOf(() => inputsOf({ r: 'extreme' }).enum('r', ['low', 'high']))).toBe(
      "input 'r': 'extreme' is not one of the allowed values; expected one of low, high",
    );
    expect(errorOf(() => inputsOf({ b: 'maybe' }).boolean('b'))).toMatch(/expected true or false/);
    expect(errorOf(() => inputsOf({ u: 'ftp://x' }).url('u'))).toMatch(
      /^input 'u': 'ftp:\/\/x' uses ftp:; expected an absolute http or https URL/,
    );
    expect(errorOf(() => inputsOf({}).string('required-thing'))).toBe(
      "input 'required-thing': is required but empty; expected a non-empty value",
    );
    expect(errorOf(() => inputsOf({ repository: 'no-slash' }).repository('repository'))).toMatch(
      /expected owner\/name/,
    );
    expect(errorOf(() => inputsOf({ s: '5,x' }).numberList('s'))).toMatch(/'x' is not a number/);
  });
});
