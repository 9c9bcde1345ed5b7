import type { Figures } from './sli.js';

/**
 * Whether an error budget can be stated at all. A budget computed from a handful of samples, or from a
 * sliver of the SLO window, says nothing about the window: one good probe of a new service would read
 * "100 % left". Such a budget is unknown, which the deploy gate treats as not passing (DESIGN.md:
 * missing data never counts as good).
 */
export interface BudgetEvidence {
  known: boolean;
  samples: number;
  /** Share of the SLO window with samples, percent. */
  coverage: number;
  /** Why the budget is unknown, in the words every report uses; absent when known. */
  reason?: string;
}

export interface EvidenceMinimum {
  minSamples: number;
  /** Percent of the SLO window that must have samples. */
  minCoverage: number;
}

export function budgetEvidence(
  slo: Pick<Figures, 'samples' | 'coverage'>,
  minimum: EvidenceMinimum,
): BudgetEvidence {
  const coverage = Number((100 * slo.coverage).toFixed(2));
  const known = slo.samples >= minimum.minSamples && coverage >= minimum.minCoverage;
  return {
    known,
    samples: slo.samples,
    coverage,
    ...(known ? {} : { reason: notEnoughData(slo.samples, coverage) }),
  };
}

export function notEnoughData(samples: number, coveragePercent: number): string {
  return `not enough data (${samples} sample${samples === 1 ? '' : 's'}, ${coveragePercent} % coverage)`;
}
