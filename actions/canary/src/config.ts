import { DURATION_EXAMPLES, InputError, parseDuration, type Inputs } from '@shipgate/core';
import type { DecisionRules } from './analysis.js';
import { CommandSyntaxError, parseCommand, unknownPlaceholders, usesPlaceholder } from './argv.js';
import { badQueryPlaceholders, type PrometheusQueries } from './metrics/prometheus.js';
import type { WebhookUrls } from './webhooks.js';
import { planStages, type Stage, type StageWaits, type Strategy } from './stages.js';

export interface CanaryConfig {
  strategy: Strategy;
  stages: Stage[];
  /** The analysis interval: the window of the health score and the degraded-baseline hold. */
  intervalMs: number;
  /** How often the canary is judged. */
  checkIntervalMs: number;
  /** α, as a fraction. */
  falseRollbackRate: number;
  timeoutMs: number;
  callTimeoutMs: number;
  traffic:
    | { kind: 'command'; command: string[]; rollbackCommand?: string[] }
    | { kind: 'webhook'; url: URL; rollbackCommand?: string[] };
  /** Probes of the new version (and the stable one) during the first `stages` stages. */
  probes?: { canaryUrl: URL; baselineUrl?: URL; requests: number; stages: number };
  prometheus?: { url: URL; queries: PrometheusQueries; headers: Record<string, string> };
  version: string;
  baselineVersion?: string;
  rules: DecisionRules;
  maxFailedRounds: number;
  maxInconclusiveRounds: number;
  webhooks: WebhookUrls;
  webhookTimeoutMs: number;
  /** After a promotion, keep the old version `afterMs` (instant rollback still possible), then retire it. */
  retire?: { url: URL; afterMs: number };
  deploymentId?: number;
  githubToken: string;
  repository: { owner: string; repo: string };
}

const COMMAND_EXPECTED =
  "a command with {weight} (and optionally {stage}), such as ./set-weight.sh --canary '{weight}'";

function command(name: string, text: string, requirePlaceholder: boolean): string[] {
  let args: string[];
  try {
    args = parseCommand(text);
  } catch (error) {
    if (error instanceof CommandSyntaxError) throw new InputError(name, error.message, COMMAND_EXPECTED);
    throw error;
  }
  const unknown = unknownPlaceholders(args);
  if (unknown.length > 0)
    throw new InputError(name, `unknown placeholder ${unknown.join(', ')}`, COMMAND_EXPECTED);
  if (requirePlaceholder && !usesPlaceholder(args, 'weight') && !usesPlaceholder(args, 'stage'))
    throw new InputError(name, 'does not use {weight} or {stage}', COMMAND_EXPECTED);
  return args;
}

function headerLines(name: string, text: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const match = /^([A-Za-z0-9-]+)\s*:\s*(.+)$/.exec(line);
    if (!match)
      throw new InputError(
        name,
        'has a line that is not a header',
        "one 'Name: value' per line, such as Authorization: Bearer …",
      );
    headers[match[1].toLowerCase()] = match[2];
  }
  return headers;
}

function query(
  inputs: Inputs,
  name: 'error-rate-query' | 'latency-query' | 'request-count-query' | 'cpu-query' | 'memory-query',
): string | undefined {
  const text =
    name === 'error-rate-query'
      ? inputs.optionalString('error-rate-query')
      : name === 'latency-query'
        ? inputs.optionalString('latency-query')
        : name === 'cpu-query'
          ? inputs.optionalString('cpu-query')
          : name === 'memory-query'
            ? inputs.optionalString('memory-query')
            : inputs.optionalString('request-count-query');
  if (text === undefined) return undefined;
  const bad = badQueryPlaceholders(text);
  if (bad.length > 0)
    throw new InputError(
      name,
      `unknown placeholder ${bad.join(', ')}`,
      'PromQL using only {{version}}, {{stage}} and {{interval}}',
    );
  return text;
}

const WAITS_EXPECTED = 'durations separated by commas, one per stage, such as 60s,60s,90s,8m';

/** `stage-waits` when given (one duration per stage), else `rounds-per-stage` × `analysis-interval`. */
function stageWaits(inputs: Inputs, intervalMs: number): StageWaits {
  const items = inputs.list('stage-waits', { default: [] });
  if (items.length === 0)
    return {
      input: 'rounds-per-stage',
      rounds: inputs.numberList('rounds-per-stage', { default: [3, 3, 5, 3] }),
      intervalMs,
    };
  if (inputs.has('rounds-per-stage'))
    throw new InputError(
      'stage-waits',
      'is given together with rounds-per-stage',
      'one of stage-waits or rounds-per-stage',
    );
  const ms = items.map((item) => {
    const value = parseDuration(item);
    if (value === undefined)
      throw new InputError(
        'stage-waits',
        `'${item}' is not a duration (${DURATION_EXAMPLES})`,
        WAITS_EXPECTED,
      );
    if (value < 1000 || value > 6 * 3_600_000)
      throw new InputError('stage-waits', `'${item}' is not from 1s to 6h`, WAITS_EXPECTED);
    return value;
  });
  return { input: 'stage-waits', ms };
}

/** Every input, validated, before anything is touched. */
export function readConfig(inputs: Inputs, defaultRepository: string): CanaryConfig {
  const strategy = inputs.enum('strategy', ['canary', 'blue-green', 'gradual-blue-green'] as const, {
    default: 'canary',
  });
  const intervalMs = inputs.duration('analysis-interval', { default: '30s', minMs: 1000, maxMs: 3_600_000 });
  const stages = planStages(
    strategy,
    inputs.numberList('stages', { default: [5, 25, 50, 100] }),
    stageWaits(inputs, intervalMs),
  );
  const shortest = Math.min(...stages.map((s) => s.waitMs));
  const checkIntervalMs = inputs.has('check-interval')
    ? inputs.duration('check-interval', { minMs: 1000, maxMs: 3_600_000 })
    : Math.min(10_000, shortest);
  if (checkIntervalMs > shortest)
    throw new InputError(
      'check-interval',
      `${checkIntervalMs / 1000}s is longer than the shortest stage wait (${shortest / 1000}s)`,
      'a duration no longer than every stage wait, such as 10s',
    );
  const falseRollbackRate =
    inputs.number('false-rollback-rate', { default: 0.1, min: 0.0001, max: 10 }) / 100;
  const timeoutMs = inputs.duration('timeout', { default: '60m', minMs: 1000 });
  const callTimeoutMs = inputs.duration('call-timeout', { default: '30s', minMs: 100, maxMs: 600_000 });

  const commandText = inputs.optionalString('set-traffic-command');
  const urlGiven = inputs.has('set-traffic-url');
  if (commandText !== undefined && urlGiven)
    throw new InputError(
      'set-traffic-command',
      'is given together with set-traffic-url',
      'exactly one of set-traffic-command or set-traffic-url',
    );
  if (commandText === undefined && !urlGiven)
    throw new InputError(
      'set-traffic-command',
      'is empty and so is set-traffic-url',
      'exactly one of set-traffic-command or set-traffic-url',
    );
  const rollbackText = inputs.optionalString('rollback-command');
  const rollbackCommand =
    rollbackText === undefined ? undefined : command('rollback-command', rollbackText, false);
  const traffic: CanaryConfig['traffic'] =
    commandText !== undefined
      ? { kind: 'command', command: command('set-traffic-command', commandText, true), rollbackCommand }
      : { kind: 'webhook', url: inputs.url('set-traffic-url'), rollbackCommand };

  const rules: DecisionRules = {
    maxErrorRate: inputs.number('max-error-rate', { default: 1, min: 0, max: 100 }) / 100,
    rollbackErrorRate: inputs.number('rollback-error-rate', { default: 5, min: 0, max: 100 }) / 100,
    maxLatencyP95Ms: inputs.optionalNumber('max-latency-p95', { min: 1 }),
    maxLatencyIncrease: (inputs.optionalNumber('max-latency-increase', { min: 0 }) ?? 20) / 100,
    minSamples: inputs.integer('min-samples', { default: 50, min: 1 }),
    minHealthScore: inputs.number('min-health-score', { default: 85, min: 0, max: 100 }),
  };
  if (rules.rollbackErrorRate < rules.maxErrorRate)
    throw new InputError(
      'rollback-error-rate',
      `${rules.rollbackErrorRate * 100} is below max-error-rate ${rules.maxErrorRate * 100}`,
      'a percentage at least max-error-rate, such as 5',
    );

  const canaryUrl = inputs.optionalUrl('canary-url');
  const baselineUrl = inputs.optionalUrl('baseline-url');
  const probeRequests = inputs.integer('probe-requests', { default: 20, min: 1, max: 10_000 });
  if (baselineUrl && !canaryUrl)
    throw new InputError(
      'baseline-url',
      'is given without canary-url',
      'canary-url as well, or no baseline-url',
    );
  const probeStagesGiven = inputs.has('probe-stages');
  const probeStages = probeStagesGiven
    ? inputs.integer('probe-stages', { min: 1, max: stages.length })
    : stages.length;
  if (probeStagesGiven && !canaryUrl)
    throw new InputError(
      'probe-stages',
      'is given without canary-url',
      'canary-url as well (the probes it limits), or no probe-stages',
    );
  if (strategy !== 'canary' && !canaryUrl)
    throw new InputError(
      'canary-url',
      `is empty although strategy is ${strategy} (the new version takes no traffic while it is checked)`,
      "the new version's own URL, such as https://green.internal/healthz",
    );
  const prometheusUrl = inputs.optionalUrl('prometheus-url');
  const errorRate = query(inputs, 'error-rate-query');
  const latency = query(inputs, 'latency-query');
  const requestCount = query(inputs, 'request-count-query');
  const headers = headerLines('prometheus-headers', inputs.optionalString('prometheus-headers'));
  // Resource checks as in Flagger's metric templates: a query per resource and its highest value.
  const gauges: PrometheusQueries['gauges'] = [];
  const cpuQuery = query(inputs, 'cpu-query');
  const maxCpu = inputs.optionalNumber('max-cpu', { min: 0 });
  const memoryQuery = query(inputs, 'memory-query');
  const maxMemory = inputs.optionalNumber('max-memory', { min: 0 });
  for (const [name, text, limit, limitName] of [
    ['cpu', cpuQuery, maxCpu, 'max-cpu'],
    ['memory', memoryQuery, maxMemory, 'max-memory'],
  ] as const) {
    if (text !== undefined && limit === undefined)
      throw new InputError(
        limitName,
        `is empty although ${name}-query is set`,
        `the highest acceptable value of ${name}-query, such as ${name === 'cpu' ? '0.8' : '536870912'}`,
      );
    if (text === undefined && limit !== undefined)
      throw new InputError(
        `${name}-query`,
        `is empty although ${limitName} is set`,
        `PromQL for the ${name} of {{version}}, such as ${name === 'cpu' ? 'sum(rate(process_cpu_seconds_total{version="{{version}}"}[1m]))' : 'sum(process_resident_memory_bytes{version="{{version}}"})'}`,
      );
    if (text !== undefined && limit !== undefined) gauges.push({ name, query: text, limit });
  }
  const version = inputs.string('version', { default: '' });
  const baselineVersion = inputs.optionalString('baseline-version');
  let prometheus: CanaryConfig['prometheus'];
  if (prometheusUrl) {
    if (!errorRate)
      throw new InputError(
        'error-rate-query',
        'is empty although prometheus-url is set',
        'PromQL returning the fraction of failed requests of {{version}} over {{interval}}',
      );
    if (!requestCount)
      throw new InputError(
        'request-count-query',
        'is empty although prometheus-url is set',
        'PromQL returning the number of requests of {{version}} over {{interval}}',
      );
    if (!version)
      throw new InputError(
        'version',
        'is empty although prometheus-url is set',
        'the label value of the new version, such as v2',
      );
    prometheus = { url: prometheusUrl, queries: { errorRate, requestCount, latency, gauges }, headers };
  } else if (errorRate || latency || requestCount || gauges.length > 0) {
    throw new InputError(
      'prometheus-url',
      'is empty although PromQL queries are given',
      'the Prometheus base URL, such as http://prometheus:9090',
    );
  }
  if (probeStages < stages.length && !prometheus)
    throw new InputError(
      'probe-stages',
      `stops the probes after stage ${probeStages} of ${stages.length}, and prometheus-url is empty: the later stages would have no metric source`,
      `prometheus-url with its queries for the later stages, or probe-stages ${stages.length} (every stage)`,
    );
  if (!canaryUrl && !prometheus)
    throw new InputError(
      'canary-url',
      'no metric source is configured (neither canary-url nor prometheus-url)',
      'canary-url, or prometheus-url with error-rate-query and request-count-query, or both',
    );

  const webhooks: WebhookUrls = {
    'pre-rollout': inputs.optionalUrl('pre-rollout-webhook'),
    'confirm-stage': inputs.optionalUrl('confirm-stage-webhook'),
    'post-rollout': inputs.optionalUrl('post-rollout-webhook'),
    rollback: inputs.optionalUrl('rollback-webhook'),
  };
  const webhookTimeoutMs = inputs.duration('webhook-timeout', { default: '10s', minMs: 100, maxMs: 600_000 });
  const retireWebhook = inputs.optionalUrl('retire-webhook');
  const retireAfterMs = inputs.duration('retire-after', { default: '0s', maxMs: 6 * 3_600_000 });
  if (inputs.has('retire-after') && !retireWebhook)
    throw new InputError(
      'retire-webhook',
      'is empty although retire-after is set',
      'the URL that retires the old version, such as https://deploy.internal/retire',
    );

  const deploymentText = inputs.optionalString('deployment-id');
  let deploymentId: number | undefined;
  if (deploymentText !== undefined) {
    deploymentId = inputs.integer('deployment-id', { min: 1 });
  }
  return {
    strategy,
    stages,
    intervalMs,
    checkIntervalMs,
    falseRollbackRate,
    timeoutMs,
    callTimeoutMs,
    traffic,
    probes: canaryUrl ? { canaryUrl, baselineUrl, requests: probeRequests, stages: probeStages } : undefined,
    prometheus,
    version,
    baselineVersion,
    rules,
    maxFailedRounds: inputs.integer('max-failed-rounds', { default: 2, min: 1 }),
    maxInconclusiveRounds: inputs.integer('max-inconclusive-rounds', { default: 3, min: 1 }),
    webhooks,
    webhookTimeoutMs,
    retire: retireWebhook ? { url: retireWebhook, afterMs: retireAfterMs } : undefined,
    deploymentId,
    githubToken: inputs.string('github-token', { default: '' }),
    repository: inputs.repository('repository', { default: defaultRepository }),
  };
}
