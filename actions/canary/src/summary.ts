import { markdownTable } from '@shipgate/core';
import type { ProgressionResult } from './progression.js';

const pct = (fraction: number | undefined) =>
  fraction === undefined ? '' : `${(fraction * 100).toFixed(2)}%`;

/** The job summary: the outcome, one row per stage, and the evidence of the last check of each source. */
export function summaryMarkdown(result: ProgressionResult, stages: number): string {
  const stageRows = result.stages.map((stage) => {
    const last = [...result.checks].reverse().find((c) => c.stage === stage.stage);
    const source = last?.sources[0];
    return [
      `${stage.stage}/${stages}`,
      `${stage.weight}%`,
      `${Math.round(((stage.endedAtMs ?? last?.atMs ?? stage.startedAtMs) - stage.startedAtMs) / 1000)}s / ${Math.round(stage.waitMs / 1000)}s`,
      stage.checks,
      stage.canaryRequests,
      source ? pct(source.errorRate) : '',
      source?.baselineErrorRate === undefined ? '' : pct(source.baselineErrorRate),
      source?.p95Ms === undefined ? '' : `${Math.round(source.p95Ms)} ms`,
      stage.averageHealthScore ?? '',
      stage.outcome,
    ];
  });
  const last = result.checks[result.checks.length - 1];
  const evidenceRows = (last?.sources ?? []).flatMap((s) =>
    Object.entries(s.evidence).map(([name, e]) => [
      s.source,
      name,
      e.requests,
      pct(e.rate),
      e.baselineRate === undefined ? '' : pct(e.baselineRate),
      `10^${e.log10E.toFixed(1)}`,
      `10^${e.log10Threshold.toFixed(1)}`,
      e.conclusive ? 'conclusive' : 'not conclusive',
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
        'judged / wait',
        'checks',
        'canary requests',
        'error rate (last window)',
        'baseline errors',
        'p95',
        'average health',
        'outcome',
      ],
      stageRows,
    ),
    '',
    ...(evidenceRows.length > 0
      ? [
          'Sequential evidence at the last check (a rollback needs the e-value to reach its threshold and the rate to exceed the limit):',
          '',
          markdownTable(
            [
              'source',
              'check',
              'requests',
              'canary rate',
              'baseline rate',
              'e-value',
              'threshold',
              'verdict',
            ],
            evidenceRows,
          ),
          '',
        ]
      : []),
  ].join('\n');
}
