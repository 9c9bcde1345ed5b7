import path from 'node:path';
import * as core from '@actions/core';
import {
  GitHubClient,
  InputError,
  Notifier,
  Outputs,
  notificationsMarkdown,
  readNotifyTargets,
  runAction,
  writeJsonReport,
  writeSummary,
} from '@shipgate/core';
import { readConfig } from './config.js';
import { DeploymentStatuses } from './deployment-status.js';
import { CombinedSource } from './metrics/combined.js';
import { HttpProbeSource } from './metrics/http-probe.js';
import { PrometheusSource } from './metrics/prometheus.js';
import { runProgression } from './progression.js';
import { finishedEvent, settledOnError, stageEvent } from './notifications.js';
import { summaryMarkdown } from './summary.js';
import { CommandRouter, WebhookRouter } from './traffic.js';
import { RolloutWebhooks } from './webhooks.js';

const outputs = new Outputs({
  outcome: 'aborted',
  'final-weight': '0',
  'failed-stage': '',
  'health-score': '',
  retired: '',
  report: '',
});

export async function run(): Promise<void> {
  await runAction(outputs, async ({ inputs, context, clock, signal }) => {
    // Inputs: everything validated before the first traffic change.
    const config = readConfig(inputs, `${context.repository.owner}/${context.repository.repo}`);
    for (const value of Object.values(config.prometheus?.headers ?? {})) core.setSecret(value);
    if (config.deploymentId !== undefined && !config.githubToken)
      throw new InputError(
        'github-token',
        'is empty although deployment-id is set',
        'a token with deployments: write',
      );
    const notifyTargets = readNotifyTargets(inputs);
    const deployment = {
      environment: inputs.string('environment', { default: '' }),
      version: config.version,
      actor: context.actor,
    };

    // Effects: the router, the metric sources and the deployment statuses.
    const router =
      config.traffic.kind === 'command'
        ? new CommandRouter(
            config.traffic.command,
            config.traffic.rollbackCommand,
            config.callTimeoutMs,
            core.info,
          )
        : new WebhookRouter(config.traffic.url, config.version, config.callTimeoutMs);
    const sources = [];
    if (config.probes)
      sources.push({
        name: 'probe',
        source: new HttpProbeSource(
          config.probes.canaryUrl,
          config.probes.baselineUrl,
          config.probes.requests,
          config.callTimeoutMs,
          config.probes.stages,
        ),
      });
    if (config.prometheus)
      sources.push({
        name: 'prometheus',
        source: new PrometheusSource(
          config.prometheus.url,
          config.prometheus.queries,
          config.version,
          config.baselineVersion,
          config.callTimeoutMs,
          config.prometheus.headers,
        ),
      });
    // Not tied to the run's cancellation signal: after a cancel, the final status must still be posted
    // (each request has its own timeout, and few retries, so a cancelled run still ends quickly).
    let statuses: DeploymentStatuses | undefined;
    if (config.deploymentId !== undefined) {
      core.setSecret(config.githubToken);
      const client = new GitHubClient({
        token: config.githubToken,
        baseUrl: context.apiUrl,
        clock,
        requestTimeoutMs: 10_000,
        retries: 2,
        log: core.info,
      });
      statuses = new DeploymentStatuses(
        client,
        config.repository,
        config.deploymentId,
        context.runUrl,
        core.warning,
      );
    }

    // Notifications go out beside the rollout, never in its way: each stage's is not awaited.
    const notifier = new Notifier(notifyTargets, {
      repository: `${context.repository.owner}/${context.repository.repo}`,
      runUrl: context.runUrl,
      clock,
      signal,
    });
    const webhooks = new RolloutWebhooks(
      { ...config.webhooks, retire: config.retire?.url },
      config.version,
      config.webhookTimeoutMs,
    );
    const gate = async (answer: Promise<{ ok: boolean; problem?: string }>) => {
      const result = await answer;
      return result.ok ? undefined : (result.problem ?? 'refused');
    };

    // Decision: the progression, judged at every check.
    core.startGroup(
      `canary: ${config.stages.map((s) => `${s.weight}% for ${s.waitMs / 1000}s`).join(' → ')}, judged every ${config.checkIntervalMs / 1000}s, false-rollback rate ≤ ${config.falseRollbackRate * 100}%`,
    );
    const progression = runProgression(
      {
        stages: config.stages,
        checkIntervalMs: config.checkIntervalMs,
        analysisWindowMs: config.intervalMs,
        timeoutMs: config.timeoutMs,
        maxFailedRounds: config.maxFailedRounds,
        maxInconclusiveRounds: config.maxInconclusiveRounds,
        rules: config.rules,
        falseRollbackRate: config.falseRollbackRate,
        sourceNames: sources.map((s) => s.name),
      },
      router,
      new CombinedSource(sources),
      clock,
      signal,
      {
        log: core.info,
        onStage: (stage, total) => {
          notifier.notify(stageEvent(deployment, stage, total));
          return statuses?.stage(stage, total);
        },
        preRollout: webhooks.has('pre-rollout')
          ? (s) => gate(webhooks.call('pre-rollout', {}, s))
          : undefined,
        confirmStage: webhooks.has('confirm-stage')
          ? (stage, s) =>
              gate(webhooks.call('confirm-stage', { stage: stage.index, weight: stage.weight }, s))
          : undefined,
        postRollout: webhooks.has('post-rollout')
          ? (s) => gate(webhooks.call('post-rollout', { outcome: 'promoted', weight: 100 }, s))
          : undefined,
        // A 2xx asks for a rollback; 4xx means "no"; no answer, a timeout or a 5xx fails closed.
        rollbackRequested: webhooks.has('rollback')
          ? async (stage, s) => {
              const answer = await webhooks.call('rollback', { stage: stage.index, weight: stage.weight }, s);
              if (answer.ok) return `rollback requested (HTTP ${answer.status})`;
              if (answer.status !== undefined && answer.status >= 400 && answer.status < 500)
                return undefined;
              return `${answer.problem}: cannot tell whether a rollback is wanted, rolling back`;
            }
          : undefined,
      },
    );
    const result = await settledOnError(notifier, notifyTargets.timeoutMs, progression);
    core.endGroup();
    await statuses?.final(result);
    notifier.notify(finishedEvent(deployment, result));

    // Effects after a promotion: keep the old version for retire-after (a rollback stays one traffic
    // change), then retire it. A cancel during the wait keeps it; a failed retire is a warning.
    let retired = '';
    if (result.outcome === 'promoted' && config.retire) {
      retired = 'false';
      try {
        core.info(`keeping the old version for ${config.retire.afterMs / 1000}s before retiring it`);
        await clock.sleep(config.retire.afterMs, signal);
        const answer = await webhooks.call('retire', { outcome: 'promoted', weight: 100 }, signal);
        if (answer.ok) retired = 'true';
        else core.warning(`the old version was not retired: ${answer.problem}`);
      } catch (error) {
        core.warning(
          `the old version was not retired: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    outputs.set('retired', retired);

    // Outputs: always set, then the report and the summary.
    outputs.set('outcome', result.outcome);
    outputs.set('final-weight', result.finalWeight);
    outputs.set('failed-stage', result.failedStage);
    outputs.set('health-score', result.healthScore);
    const deliveries = await notifier.settle();
    const report = await writeJsonReport(path.join(context.runnerTemp, 'shipgate-canary-report.json'), {
      outcome: result.outcome,
      reason: result.reason,
      finalWeight: result.finalWeight,
      failedStage: result.failedStage ?? null,
      healthScore: result.healthScore ?? null,
      rollbackError: result.rollbackError ?? null,
      durationMs: result.durationMs,
      strategy: config.strategy,
      falseRollbackRate: config.falseRollbackRate,
      checkIntervalMs: config.checkIntervalMs,
      rules: config.rules,
      stages: result.stages,
      checks: result.checks,
      notifications: deliveries,
    });
    outputs.set('report', report);
    await writeSummary(summaryMarkdown(result, config.stages.length) + notificationsMarkdown(deliveries));
    if (result.rollbackError)
      core.error(
        `routing traffic back to stable failed: ${result.rollbackError}; traffic may still reach the new version`,
      );
    if (result.outcome !== 'promoted') core.setFailed(`canary ${result.outcome}: ${result.reason}`);
    else core.notice(`canary promoted: ${result.reason}`);
  });
}
