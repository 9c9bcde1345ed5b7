import type { Notifier, NotifyEvent } from '@shipgate/core';
import type { ProgressionResult } from './progression.js';
import type { Stage } from './stages.js';

interface Deployment {
  environment: string;
  version: string;
  actor: string;
}

const what = (d: Deployment) => [d.environment || 'canary', d.version].filter(Boolean).join(' ');

/** "Canary stage": the new version now takes `weight` % of the traffic. */
export function stageEvent(d: Deployment, stage: Stage, total: number): NotifyEvent {
  return {
    kind: 'canary-stage',
    title: `Canary stage ${stage.index}/${total}: ${what(d)} at ${stage.weight}%`,
    text: `The new version takes ${stage.weight}% of the traffic (stage ${stage.index} of ${total}).`,
    tone: 'info',
    environment: d.environment || undefined,
    version: d.version || undefined,
    outcome: 'in progress',
    who: d.actor || undefined,
    facts: [
      { name: 'Stage', value: `${stage.index}/${total}` },
      { name: 'Weight', value: `${stage.weight}%` },
    ],
    links: {},
  };
}

/** "Canary rolled back" after a rollback; "Deployment finished" after a promotion or an abort. */
export function finishedEvent(d: Deployment, result: ProgressionResult): NotifyEvent {
  const rolledBack = result.outcome === 'rolled-back';
  const facts = [
    { name: 'Final weight', value: `${result.finalWeight}%` },
    ...(result.failedStage !== undefined
      ? [{ name: 'Failed stage', value: String(result.failedStage) }]
      : []),
    ...(result.healthScore !== undefined
      ? [{ name: 'Health score', value: String(result.healthScore) }]
      : []),
    { name: 'Duration', value: `${Math.round(result.durationMs / 1000)}s` },
  ];
  return {
    kind: rolledBack ? 'canary-rolled-back' : 'deployment-finished',
    title: rolledBack ? `Canary rolled back: ${what(d)}` : `Deployment ${result.outcome}: ${what(d)}`,
    text: result.rollbackError
      ? `${result.reason}; routing traffic back to stable failed: ${result.rollbackError}`
      : result.reason,
    tone: result.outcome === 'promoted' ? 'good' : result.rollbackError ? 'bad' : 'warning',
    environment: d.environment || undefined,
    version: d.version || undefined,
    outcome: result.outcome,
    who: d.actor || undefined,
    facts,
    links: {},
  };
}

/**
 * The rollout's result, or its error once the notifications already started (each stage's) have been
 * awaited, at most `withinMs` (notify-timeout): a step that fails on an error neither drops them nor
 * ends while they are still being sent.
 */
export async function settledOnError<T>(notifier: Notifier, withinMs: number, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    await notifier.settle(withinMs);
    throw error;
  }
}
