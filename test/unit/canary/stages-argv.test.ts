import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { InputError } from '../../../packages/core/src/index.js';
import { fillPlaceholders, parseCommand, unknownPlaceholders } from '../../../actions/canary/src/argv.js';
import { planStages } from '../../../actions/canary/src/stages.js';

describe('planStages', () => {
  it('pairs the default weights with their rounds', () => {
    expect(planStages('canary', [5, 25, 50, 100], [3, 3, 5, 3])).toEqual([
      { index: 1, weight: 5, rounds: 3 },
      { index: 2, weight: 25, rounds: 3 },
      { index: 3, weight: 50, rounds: 5 },
      { index: 4, weight: 100, rounds: 3 },
    ]);
  });

  it.each([
    [[5, 50, 25, 100], [1, 1, 1, 1], 'stages', /does not increase/],
    [[5, 5, 100], [1, 1, 1], 'stages', /does not increase/],
    [[5, 25, 50], [1, 1, 1], 'stages', /last stage is 50, not 100/],
    [[5, 120], [1, 1], 'stages', /120 is not a weight from 0 to 100/],
    [[2.5, 100], [1, 1], 'stages', /2.5 is not a weight/],
    [[5, 100], [1, 1, 1], 'rounds-per-stage', /3 value\(s\) for 2 stage/],
    [[5, 100], [1, 0], 'rounds-per-stage', /0 is not a round count/],
  ])('rejects stages %j with rounds %j naming %s', (weights, rounds, input, message) => {
    let error: unknown;
    try {
      planStages('canary', weights, rounds);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe(input);
    expect((error as InputError).message).toMatch(message);
    expect((error as InputError).message).toMatch(/^input '[a-z-]+': .*; expected /);
  });

  it('blue-green checks at 0 % with the first rounds, then bakes at 100 % with the last', () => {
    expect(planStages('blue-green', [5, 25, 50, 100], [2, 3, 5, 4])).toEqual([
      { index: 1, weight: 0, rounds: 2 },
      { index: 2, weight: 100, rounds: 4 },
    ]);
  });
});

describe('parseCommand', () => {
  it('splits like a shell, without any expansion', () => {
    expect(
      parseCommand(`./set.sh --weight {weight} 'two words' "a \\"b\\" $HOME" \\$PATH ; rm -rf / | x > y`),
    ).toEqual([
      './set.sh',
      '--weight',
      '{weight}',
      'two words',
      'a "b" $HOME',
      '$PATH',
      ';',
      'rm',
      '-rf',
      '/',
      '|',
      'x',
      '>',
      'y',
    ]);
  });

  it('keeps empty quoted arguments and joins adjacent quoted parts', () => {
    expect(parseCommand(`cmd '' "" a'b'"c"`)).toEqual(['cmd', '', '', 'abc']);
    expect(parseCommand('echo $(touch /tmp/pwned) `id`')).toEqual(['echo', '$(touch', '/tmp/pwned)', '`id`']);
  });

  it.each([
    [`cmd 'open`, /unterminated single quote/],
    [`cmd "open`, /unterminated double quote/],
    ['cmd \\', /lone backslash/],
    ['   ', /empty/],
  ])('rejects %j', (text, message) => {
    expect(() => parseCommand(text)).toThrow(message);
  });

  it('fills placeholders inside arguments and never changes the argument count', () => {
    expect(
      fillPlaceholders(['set', '--w={weight}', 'stage-{stage}', '{weight}{weight}'], {
        weight: 25,
        stage: 2,
      }),
    ).toEqual(['set', '--w=25', 'stage-2', '2525']);
    fc.assert(
      fc.property(fc.array(fc.string()), fc.string(), (args, value) => {
        const filled = fillPlaceholders(args, { weight: value, stage: value });
        return filled.length === args.length;
      }),
    );
  });

  it('names placeholders that are not {weight} or {stage}', () => {
    expect(unknownPlaceholders(['set', '{weigth}', '{"json": 1}', '{stage}'])).toEqual(['{weigth}']);
  });

  it('round-trips any argument vector quoted with single quotes', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 0 }), { minLength: 1 }), (args) => {
        const text = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
        expect(parseCommand(text)).toEqual(args);
      }),
    );
  });
});
