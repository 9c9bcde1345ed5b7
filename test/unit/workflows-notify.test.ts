// The reusable workflows expose the notification webhooks as optional secrets and hand them to every
// step of an action that notifies, so a caller who passes `slack-webhook` hears from every stage.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../harness/runner.js';

const NOTIFYING = ['approval-gate', 'canary', 'sla-probe', 'sla-report'];
const PASSED = {
  'notify-slack-webhook': '${{ secrets.slack-webhook }}',
  'notify-teams-webhook': '${{ secrets.teams-webhook }}',
  'notify-webhook': '${{ secrets.notify-webhook }}',
};

interface Workflow {
  on: { workflow_call: { secrets?: Record<string, { required?: boolean; description?: string }> } };
  jobs: Record<string, { steps?: { uses?: string; with?: Record<string, string> }[] }>;
}

describe.each(['deploy.yml', 'approval-comment.yml', 'sla-monitoring.yml'])('%s', (file) => {
  const workflow = parse(readFileSync(path.join(repoRoot, '.github/workflows', file), 'utf8')) as Workflow;

  it('declares the three notification secrets, optional, last in its secrets block', () => {
    const secrets = Object.entries(workflow.on.workflow_call.secrets ?? {});
    expect(secrets.slice(-3).map(([name, spec]) => [name, spec.required])).toEqual([
      ['slack-webhook', false],
      ['teams-webhook', false],
      ['notify-webhook', false],
    ]);
  });

  it('passes them to every step of an action that notifies', () => {
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
    const notifying = steps.filter((s) => NOTIFYING.some((a) => s.uses?.includes(`/actions/${a}@`)));
    expect(notifying.length).toBeGreaterThan(0);
    for (const step of notifying) expect({ uses: step.uses, ...step.with }).toMatchObject(PASSED);
  });
});
