import { InputError } from '@shipgate/core';

export type Strategy = 'canary' | 'blue-green';

/** One step of the progression: route `weight` % of traffic to the new version, then analyse `rounds` rounds. */
export interface Stage {
  /** 1-based, as shown to people and passed as {stage}. */
  index: number;
  weight: number;
  rounds: number;
}

const STAGES_EXPECTED = 'increasing whole percentages from 0 to 100 ending at 100, such as 5,25,50,100';
const ROUNDS_EXPECTED = 'one whole number of at least 1 per stage, such as 3,3,5,3';

/**
 * The stages of a progression, validated. For `blue-green` the new version is checked at 0 % (its own
 * URL only) for the first stage's rounds, then takes 100 % at once and bakes for the last stage's rounds.
 */
export function planStages(strategy: Strategy, weights: number[], rounds: number[]): Stage[] {
  for (const weight of weights) {
    if (!Number.isInteger(weight) || weight < 0 || weight > 100)
      throw new InputError('stages', `${weight} is not a weight from 0 to 100`, STAGES_EXPECTED);
  }
  for (let i = 1; i < weights.length; i++) {
    if (weights[i] <= weights[i - 1])
      throw new InputError(
        'stages',
        `${weights[i]} after ${weights[i - 1]} does not increase`,
        STAGES_EXPECTED,
      );
  }
  if (weights[weights.length - 1] !== 100)
    throw new InputError(
      'stages',
      `the last stage is ${weights[weights.length - 1]}, not 100`,
      STAGES_EXPECTED,
    );
  for (const count of rounds) {
    if (!Number.isInteger(count) || count < 1 || count > 1000)
      throw new InputError('rounds-per-stage', `${count} is not a round count`, ROUNDS_EXPECTED);
  }
  if (strategy === 'blue-green') {
    if (rounds.length < 1) throw new InputError('rounds-per-stage', 'is empty', ROUNDS_EXPECTED);
    return [
      { index: 1, weight: 0, rounds: rounds[0] },
      { index: 2, weight: 100, rounds: rounds[rounds.length - 1] },
    ];
  }
  if (rounds.length !== weights.length)
    throw new InputError(
      'rounds-per-stage',
      `has ${rounds.length} value(s) for ${weights.length} stage(s)`,
      ROUNDS_EXPECTED,
    );
  return weights.map((weight, i) => ({ index: i + 1, weight, rounds: rounds[i] }));
}
