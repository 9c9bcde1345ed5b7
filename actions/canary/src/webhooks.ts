import { probe } from '@shipgate/core';

/** The rollout webhooks, as Flagger names them (https://docs.flagger.app/usage/webhooks). */
export type WebhookPhase = 'pre-rollout' | 'confirm-stage' | 'post-rollout' | 'rollback';

export interface WebhookUrls {
  'pre-rollout'?: URL;
  'confirm-stage'?: URL;
  'post-rollout'?: URL;
  rollback?: URL;
}

export interface WebhookPayload {
  phase: WebhookPhase;
  version: string;
  stage?: number;
  weight?: number;
  outcome?: string;
  reason?: string;
}

export type WebhookAnswer = { ok: true; status: number } | { ok: false; status?: number; problem: string };

/**
 * POSTs a JSON payload to each configured webhook with its own timeout. A 2xx answer is a yes; anything else
 * (another status, a timeout, no connection) is a no, so a gate that cannot be asked fails closed.
 */
export class RolloutWebhooks {
  constructor(
    private readonly urls: WebhookUrls,
    private readonly version: string,
    private readonly timeoutMs: number,
  ) {}

  has(phase: WebhookPhase): boolean {
    return this.urls[phase] !== undefined;
  }

  async call(
    phase: WebhookPhase,
    fields: Omit<WebhookPayload, 'phase' | 'version'> = {},
    signal?: AbortSignal,
  ): Promise<WebhookAnswer> {
    const url = this.urls[phase];
    if (!url) return { ok: true, status: 0 };
    const result = await probe({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phase, version: this.version, ...fields }),
      timeoutMs: this.timeoutMs,
      signal,
    });
    if (!result.ok) return { ok: false, problem: `${phase} webhook: ${result.error}` };
    if (result.status < 200 || result.status > 299)
      return {
        ok: false,
        status: result.status,
        problem: `${phase} webhook answered ${result.status}${result.body ? `: ${result.body.slice(0, 200)}` : ''}`,
      };
    return { ok: true, status: result.status };
  }
}
