// The reusable workflows expose the notification webhooks as optional secrets and hand them to every
// step of an action that notifies, so a caller who passes `slack-webhook` hears from every stage; the
// inputs notify-dashboard-url and notify-timeout reach the same steps.
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
  'notify-dashboard-url': '${{ inputs.notify-dashboard-url }}',
  'notify-timeout': '${{ inputs.notify-timeout }}',
};

interface Workflow {
  on: {
    workflow_call: {
      inputs?: Record<string, { type?: string; default?: unknown; required?: boolean; description?: string }>;
      secrets?: Record<string, { required?: boolean; description?: string }>;
    };
  };
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

  it("declares notify-dashboard-url and notify-timeout as optional string inputs with the actions' defaults", () => {
    const inputs = workflow.on.workflow_call.inputs ?? {};
    // The same defaults as the actions' action.yml, so a caller who sets neither gets what the action would.
    expect(inputs['notify-dashboard-url']).toMatchObject({ type: 'string', default: '' });
    expect(inputs['notify-timeout']).toMatchObject({ type: 'string', default: '10s' });
    for (const name of ['notify-dashboard-url', 'notify-timeout']) {
      expect(inputs[name].required).not.toBe(true);
      expect(inputs[name].description).toEqual(expect.any(String));
    }
  });

  it('passes them to every step of an action that notifies', () => {
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
    const notifying = steps.filter((s) => NOTIFYING.some((a) => s.uses?.includes(`/actions/${a}@`)));
    expect(notifying.length).toBeGreaterThan(0);
    for (const step of notifying) expect({ uses: step.uses, ...step.with }).toMatchObject(PASSED);
  });
});
