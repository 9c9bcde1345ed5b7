import { errorMessage, type GitHubClient } from '@shipgate/core';
import type { ProgressionResult } from './progression.js';
import type { Stage } from './stages.js';

type State = 'in_progress' | 'success' | 'failure' | 'error';

/** GitHub deployment statuses, so the deployment page shows the progression. A failure to post is logged, not fatal. */
export class DeploymentStatuses {
  constructor(
    private readonly client: GitHubClient,
    private readonly repository: { owner: string; repo: string },
    private readonly deploymentId: number,
    private readonly logUrl: string,
    private readonly warn: (message: string) => void,
  ) {}

  async post(state: State, description: string): Promise<void> {
    try {
      await this.client.api.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        ...this.repository,
        deployment_id: this.deploymentId,
        state,
        description: description.slice(0, 140),
        ...(this.logUrl ? { log_url: this.logUrl } : {}),
        auto_inactive: state === 'success',
      });
    } catch (error) {
      this.warn(`could not post the deployment status '${state}': ${errorMessage(error)}`);
    }
  }

  stage(stage: Stage, total: number): Promise<void> {
    return this.post('in_progress', `canary at ${stage.weight}% (stage ${stage.index}/${total})`);
  }

  final(result: ProgressionResult): Promise<void> {
    if (result.outcome === 'promoted') return this.post('success', 'canary promoted to 100%');
    return this.post(
      result.outcome === 'aborted' ? 'error' : 'failure',
      `canary ${result.outcome} at stage ${result.failedStage ?? '?'}: ${result.reason}`,
    );
  }
}
