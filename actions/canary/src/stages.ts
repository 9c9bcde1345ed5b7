import { InputError } from '@shipgate/core';

export type Strategy = 'canary' | 'blue-green';

/** One step of the progression: route `weight` % of traffic to the new version, then judge it for `waitMs`. */
export interface Stage {
  /** 1-based, as shown to people and passed as {stage}. */
  index: number;
  weight: number;
  waitMs: number;
}

const STAGES_EXPECTED = 'increasing whole percentages from 0 to 100 ending at 100, such as 5,25,50,100';
const ROUNDS_EXPECTED = 'one whole number of at least 1 per stage, such as 3,3,5,3';
const WAITS_EXPECTED =
  'one duration per stage, such as 60s,60s,90s,8m (blue-green: the check at 0 % and the bake, such as 2m,10m)';

/** Where the stage waits come from: `stage-waits` (durations) or `rounds-per-stage` × `analysis-interval`. */
export type StageWaits =
  | { input: 'stage-waits'; ms: number[] }
  | { input: 'rounds-per-stage'; rounds: number[]; intervalMs: number };

function waitsOf(waits: StageWaits): number[] {
  if (waits.input === 'stage-waits') return waits.ms;
  for (const count of waits.rounds) {
    if (!Number.isInteger(count) || count < 1 || count > 1000)
      throw new InputError('rounds-per-stage', `${count} is not a round count`, ROUNDS_EXPECTED);
  }
  return waits.rounds.map((r) => r * waits.intervalMs);
}

/**
 * The stages of a progression, validated. For `blue-green` the new version is checked at 0 % (its own
 * URL only) for the first wait, then takes 100 % at once and bakes for the last wait.
 */
export function planStages(strategy: Strategy, weights: number[], waits: StageWaits): Stage[] {
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
  const ms = waitsOf(waits);
  const expected = waits.input === 'stage-waits' ? WAITS_EXPECTED : ROUNDS_EXPECTED;
  if (strategy === 'blue-green') {
    if (ms.length < 1) throw new InputError(waits.input, 'is empty', expected);
    if (waits.input === 'stage-waits' && ms.length !== 2)
      throw new InputError(
        waits.input,
        `has ${ms.length} value(s) for blue-green's 2 stages (check at 0 %, bake at 100 %)`,
        expected,
      );
    return [
      { index: 1, weight: 0, waitMs: ms[0] },
      { index: 2, weight: 100, waitMs: ms[ms.length - 1] },
    ];
  }
  if (ms.length !== weights.length)
    throw new InputError(waits.input, `has ${ms.length} value(s) for ${weights.length} stage(s)`, expected);
  return weights.map((weight, i) => ({ index: i + 1, weight, waitMs: ms[i] }));
}
