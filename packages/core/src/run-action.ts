import * as core from '@actions/core';
import { clockFromEnv, type Clock } from './clock.js';
import { readContext, type ActionContext } from './action-context.js';
import { CancelledError, InputError, errorMessage } from './errors.js';
import { GitHubClient } from './github-client.js';
import { Inputs } from './inputs.js';
import { describeProxySettings, proxySettingsFromEnv } from './proxy.js';
import type { Outputs } from './report.js';

export interface RunContext {
  inputs: Inputs;
  context: ActionContext;
  clock: Clock;
  /** Aborts when the runner cancels the job (SIGINT, then SIGTERM). Long work watches it. */
  signal: AbortSignal;
  /** The core GitHub client for this run: masked token, GITHUB_API_URL, the run's clock and signal. */
  github(token: string): GitHubClient;
}

/**
 * The entry point of every action. It wires inputs, context, clock and cancellation; turns errors
 * into a failed step (bad input named clearly, nothing else leaked); and always writes the outputs.
 * Cancellation aborts `signal` and waits for the action to put things back before exiting.
 */
export async function runAction<Name extends string>(
  outputs: Outputs<Name>,
  main: (run: RunContext) => Promise<void>,
): Promise<void> {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) return;
    core.warning(`Received ${signal}: cancelling and leaving things safe.`);
    controller.abort(new CancelledError(`the run was cancelled (${signal})`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    // A bad HTTPS_PROXY/HTTP_PROXY/NO_PROXY fails the step here, before any request is made.
    const proxies = proxySettingsFromEnv();
    for (const proxy of [proxies.https, proxies.http])
      if (proxy?.url.password) core.setSecret(decodeURIComponent(proxy.url.password));
    const proxyLine = describeProxySettings(proxies);
    if (proxyLine) core.info(proxyLine);
    const clock = clockFromEnv();
    const context = readContext();
    const github = (token: string) => {
      core.setSecret(token);
      return new GitHubClient({
        token,
        baseUrl: context.apiUrl,
        clock,
        signal: controller.signal,
        log: core.info,
        debug: core.debug,
      });
    };
    await main({ inputs: new Inputs(), context, clock, signal: controller.signal, github });
  } catch (error) {
    if (error instanceof InputError || error instanceof CancelledError) core.setFailed(error.message);
    else {
      core.setFailed(errorMessage(error));
      if (error instanceof Error && error.stack) core.debug(error.stack);
    }
  } finally {
    outputs.flush();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
