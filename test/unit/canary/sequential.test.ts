import { describe, expect, it } from '@jest/globals';
import {
  ProportionEProcess,
  RATIO_ALTERNATIVES,
  SequentialCheck,
  limitAlternatives,
  stageShare,
} from '../../../actions/canary/src/sequential.js';
import { seededRandom } from '../../harness/prng.js';

function binomial(rand: () => number, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (rand() < p) k++;
  return k;
}

/** How many of `runs` monitored streams ever reach e ≥ 1/α (looking after every batch). */
function falseAlarms(
  runs: number,
  alpha: number,
  batch: (rand: () => number, e: ProportionEProcess) => void,
  tau: number,
  batches: number,
): number {
  let alarms = 0;
  for (let run = 0; run < runs; run++) {
    const rand = seededRandom(7000 + run);
    const e = new ProportionEProcess(tau);
    for (let b = 0; b < batches; b++) {
      batch(rand, e);
      if (e.logE() >= Math.log(1 / alpha)) {
        alarms++;
        break;
      }
    }
  }
  return alarms;
}

describe('ProportionEProcess', () => {
  it('computes the comparison e-value as the mixture of ψ^k·((c+b)/(cψ+b))^E', () => {
    const e = new ProportionEProcess(0.01);
    e.addAgainstBaseline(20, 3, 380, 0);
    const expected =
      RATIO_ALTERNATIVES.reduce((sum, psi) => sum + psi ** 3 * (400 / (20 * psi + 380)) ** 3, 0) /
      RATIO_ALTERNATIVES.length;
    expect(e.logE()).toBeCloseTo(Math.log(expected), 10);
    // With at most 3 canary events at a 5 % share, no e-value can exceed (1/0.05)^3.
    expect(Math.exp(e.logE())).toBeLessThan(20 ** 3);
  });

  it('computes the limit e-value as the mixture of Bernoulli likelihood ratios against τ', () => {
    const e = new ProportionEProcess(0.01);
    e.addAgainstLimit(100, 4);
    const qs = limitAlternatives(0.01);
    const expected = qs.reduce((sum, q) => sum + (q / 0.01) ** 4 * ((1 - q) / 0.99) ** 96, 0) / qs.length;
    expect(e.logE()).toBeCloseTo(Math.log(expected), 10);
    expect(e.rate()).toBe(0.04);
  });

  // Ville's inequality: P(ever ≥ 1/α) ≤ α. Checked at α = 5 % on 1,000 seeded streams of 150 looks each,
  // at the boundary of each null (the hardest healthy case); the bound allows 50, sampling noise a few more.
  it('stays below α under equal rates, looked at after every batch (comparison with the baseline)', () => {
    const alarms = falseAlarms(
      1000,
      0.05,
      (rand, e) => e.addAgainstBaseline(5, binomial(rand, 5, 0.05), 45, binomial(rand, 45, 0.05)),
      0.01,
      150,
    );
    expect(alarms).toBeLessThanOrEqual(60);
    expect(alarms).toBeGreaterThan(0); // the test is not vacuous: it does reach the threshold sometimes
  });

  it('stays below α at a rate exactly at the limit, looked at after every batch (no baseline)', () => {
    const alarms = falseAlarms(
      2000,
      0.05,
      (rand, e) => e.addAgainstLimit(20, binomial(rand, 20, 0.01)),
      0.01,
      300,
    );
    expect(alarms).toBeLessThanOrEqual(115);
  });

  it('a canary better than the baseline almost never alarms', () => {
    const alarms = falseAlarms(
      1000,
      0.05,
      (rand, e) => e.addAgainstBaseline(5, binomial(rand, 5, 0.02), 45, binomial(rand, 45, 0.06)),
      0.01,
      150,
    );
    expect(alarms).toBeLessThanOrEqual(5);
  });

  it('reaches 1/α fast on a clear fault: 10 % errors against a 0.2 % baseline at a 25 % share', () => {
    const needed: number[] = [];
    for (let run = 0; run < 200; run++) {
      const rand = seededRandom(9000 + run);
      const e = new ProportionEProcess(0.01);
      let requests = 0;
      while (e.logE() < Math.log(4000)) {
        e.addAgainstBaseline(5, binomial(rand, 5, 0.1), 15, binomial(rand, 15, 0.002));
        requests += 5;
      }
      needed.push(requests);
    }
    needed.sort((a, b) => a - b);
    // At a 25 % share each canary error is worth at most ×4, so 1/α = 4000 takes at least six errors
    // (60 canary requests at 10 %); the median stays close to that bound, never hundreds.
    expect(needed[100]).toBeLessThanOrEqual(100);
    expect(needed[190]).toBeLessThan(200);
  });
});

describe('SequentialCheck and the budget', () => {
  it('splits α over the checks and stages so the shares add up to α', () => {
    for (const stages of [1, 2, 4, 7]) {
      let total = 0;
      for (let stage = 1; stage <= stages; stage++) total += stageShare(0.001, 2, stages, stage) * 2;
      expect(total).toBeCloseTo(0.001, 12);
    }
    expect(stageShare(0.001, 2, 4, 1)).toBeCloseTo(0.00025, 12);
  });

  it('is conclusive only with enough evidence and a rate above the limit', () => {
    const check = new SequentialCheck('error rate', 0.01, 0.001, 1, 2, 10);
    check.startStage(1);
    // Canary worse than a spotless baseline, but still under the limit: not a rollback.
    for (let i = 0; i < 100; i++)
      check.add({ requests: 100, events: 0, baselineRequests: 100, baselineEvents: 0 });
    for (let i = 0; i < 10; i++)
      check.add({ requests: 1000, events: 5, baselineRequests: 1000, baselineEvents: 0 });
    const mild = check.evidence()!;
    expect(mild.log10E).toBeGreaterThan(mild.log10Threshold);
    expect(mild.conclusive).toBe(false);
    // A real fault: the recent window's rate is above the limit.
    for (let i = 0; i < 3; i++)
      check.add({ requests: 100, events: 30, baselineRequests: 100, baselineEvents: 0 }, 1000 + i);
    expect(check.evidence()!.conclusive).toBe(true);
  });

  it('a process started at a later stage catches a late fault that the first one has evidence against', () => {
    const check = new SequentialCheck('error rate', 0.01, 0.001, 1, 2);
    check.startStage(1);
    for (let i = 0; i < 400; i++) check.add({ requests: 20, events: i % 25 === 0 ? 1 : 0 }); // 0.2 %
    check.startStage(2);
    let checks = 0;
    while (!check.evidence()!.conclusive) {
      check.add({ requests: 20, events: 2 }); // 10 %
      checks++;
    }
    expect(check.evidence()!.sinceStage).toBe(2);
    expect(checks).toBeLessThanOrEqual(6);
  });
});
