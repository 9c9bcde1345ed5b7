import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { InputError } from '../../../packages/core/src/index.js';
import { fillPlaceholders, parseCommand, unknownPlaceholders } from '../../../actions/canary/src/argv.js';
import { planStages } from '../../../actions/canary/src/stages.js';

describe('planStages', () => {
  const rounds = (values: number[]) => ({
    input: 'rounds-per-stage' as const,
    rounds: values,
    intervalMs: 30_000,
  });
  const waits = (ms: number[]) => ({ input: 'stage-waits' as const, ms });

  it('pairs the default weights with their rounds × the analysis interval', () => {
    expect(planStages('canary', [5, 25, 50, 100], rounds([3, 3, 5, 3]))).toEqual([
      { index: 1, weight: 5, waitMs: 90_000 },
      { index: 2, weight: 25, waitMs: 90_000 },
      { index: 3, weight: 50, waitMs: 150_000 },
      { index: 4, weight: 100, waitMs: 90_000 },
    ]);
  });

  it("takes one wait per stage from stage-waits (the seeds' table: 60 s, 60 s, 90 s, then the final verification)", () => {
    expect(
      planStages('canary', [10, 25, 50, 100], waits([60_000, 60_000, 90_000, 300_000])).map((s) => s.waitMs),
    ).toEqual([60_000, 60_000, 90_000, 300_000]);
  });

  it.each([
    [[5, 50, 25, 100], [1, 1, 1, 1], 'stages', /does not increase/],
    [[5, 5, 100], [1, 1, 1], 'stages', /does not increase/],
    [[5, 25, 50], [1, 1, 1], 'stages', /last stage is 50, not 100/],
    [[5, 120], [1, 1], 'stages', /120 is not a weight from 0 to 100/],
    [[2.5, 100], [1, 1], 'stages', /2.5 is not a weight/],
    [[5, 100], [1, 1, 1], 'rounds-per-stage', /3 value\(s\) for 2 stage/],
    [[5, 100], [1, 0], 'rounds-per-stage', /0 is not a round count/],
    [
      [5, 25, 50, 100],
      [60_000, 60_000, 90_000],
      'stage-waits',
      /has 3 value\(s\) for 4 stage\(s\); expected one duration per stage/,
    ],
  ])('rejects stages %j with waits %j naming %s', (weights, values, input, message) => {
    let error: unknown;
    try {
      planStages('canary', weights, input === 'stage-waits' ? waits(values) : rounds(values));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe(input);
    expect((error as InputError).message).toMatch(message);
    expect((error as InputError).message).toMatch(/^input '[a-z-]+': .*; expected /);
  });

  it('blue-green checks at 0 % with the first rounds, then bakes at 100 % with the last', () => {
    expect(planStages('blue-green', [5, 25, 50, 100], rounds([2, 3, 5, 4]))).toEqual([
      { index: 1, weight: 0, waitMs: 60_000 },
      { index: 2, weight: 100, waitMs: 120_000 },
    ]);
    expect(() => planStages('blue-green', [100], waits([60_000, 60_000, 60_000]))).toThrow(
      /input 'stage-waits': has 3 value\(s\) for blue-green's 2 stages/,
    );
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
