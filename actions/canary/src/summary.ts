import { markdownTable } from '@shipgate/core';
import type { ProgressionResult } from './progression.js';

const pct = (fraction: number | undefined) =>
  fraction === undefined ? '' : `${(fraction * 100).toFixed(2)}%`;

/** The job summary: the outcome, then one row per round with the measured values and the verdict. */
export function summaryMarkdown(result: ProgressionResult, stages: number): string {
  const rows = result.rounds.flatMap((round) =>
    round.sources.map((s) => [
      `${round.stage}/${stages}`,
      `${round.weight}%`,
      round.round,
      s.source,
      s.requests,
      pct(s.errorRate) +
        (s.errorRateInterval ? ` (${pct(s.errorRateInterval.low)}–${pct(s.errorRateInterval.high)})` : ''),
      s.baselineErrorRate === undefined ? '' : pct(s.baselineErrorRate),
      s.p95Ms === undefined ? '' : `${Math.round(s.p95Ms)} ms`,
      s.baselineP95Ms === undefined ? '' : `${Math.round(s.baselineP95Ms)} ms`,
      s.healthScore,
      round.verdict,
      s.reasons.join('; '),
    ]),
  );
  return [
    `## Canary: ${result.outcome}`,
    '',
    `${result.reason}. Final weight of the new version: **${result.finalWeight}%**` +
      (result.healthScore === undefined ? '' : `, health score ${result.healthScore}`) +
      '.',
    ...(result.rollbackError
      ? ['', `**Routing back to stable FAILED: ${result.rollbackError}. Check the traffic split by hand.**`]
      : []),
    '',
    markdownTable(
      [
        'stage',
        'weight',
        'round',
        'source',
        'requests',
        'error rate (95% CI)',
        'baseline errors',
        'p95',
        'baseline p95',
        'health',
        'verdict',
        'why',
      ],
      rows,
    ),
    '',
  ].join('\n');
}
