import { describe, expect, it } from '@jest/globals';
import type { ServiceReport } from '../../../actions/sla-report/src/analysis.js';
import { recommendations } from '../../../actions/sla-report/src/executive-summary.js';

/** The parts of a report the recommendations read; everything else is left out on purpose. */
function report(
  name: string,
  figures: { left?: number; burn?: number; known?: boolean; coverage?: number; errorRate?: number },
): ServiceReport {
  const known = figures.known ?? true;
  return {
    service: { name, slo: { uptime: 99.9, 'latency-p95-ms': 500, 'error-rate': 1, 'window-days': 30 } },
    slo: {
      'budget-remaining': figures.left,
      'budget-exhausted': figures.left !== undefined && figures.left <= 0,
    },
    evidence: known
      ? { known, samples: 9000, coverage: 90 }
      : { known, samples: 3, coverage: 0.7, reason: 'not enough data (3 samples, 0.7 % coverage)' },
    burn: { '1h': { burn: figures.burn }, '6h': { burn: undefined } },
    period: {
      samples: 9000,
      coverage: figures.coverage ?? 1,
      'error-rate': figures.errorRate ?? 0,
      'latency-p95-ms': 80,
      'slo-met': { uptime: true, latency: true, 'error-rate': (figures.errorRate ?? 0) <= 1 },
    },
  } as unknown as ServiceReport;
}

describe('recommendations', () => {
  it('freezes deploys of a service with little budget left that is still burning, before anything else', () => {
    const lines = recommendations([
      report('quiet', { left: 80, burn: 0.2 }),
      report('flaky', { left: 60, burn: 0.5, errorRate: 2.5 }),
      report('payments', { left: 12, burn: 3 }),
    ]);
    expect(lines).toEqual([
      'Freeze deploys of payments: budget 12 % left, burn 3× (at this rate it is spent before the window ends).',
      'Investigate errors of flaky: 2.5 % of probe requests failed (SLO 1 %).',
    ]);
  });

  it('slows deploys down when the budget is low but no longer burning, and says nothing is needed when all is well', () => {
    expect(recommendations([report('payments', { left: 12, burn: 0.4 })])).toEqual([
      'Slow down deploys of payments: only 12 % of the error budget is left.',
    ]);
    expect(recommendations([report('quiet', { left: 80, burn: 0.2 })])).toEqual([
      'No action needed: every service met its SLO with error budget to spare.',
    ]);
  });

  it('never reads an unknown budget as one to spare', () => {
    const lines = recommendations([report('new', { known: false, left: 100, burn: 0, coverage: 0.007 })]);
    expect(lines[0]).toBe(
      'Wait before gating on new: its budget is unknown, not enough data (3 samples, 0.7 % coverage); the deploy gate refuses it until the SLO window holds enough samples.',
    );
    expect(lines.join('\n')).not.toMatch(/No action needed|Freeze|Slow down/);
  });
});
