import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { matchesFilters, workflowListensTo } from '../../harness/engine/events.js';
import { parseWorkflowFile } from '../../harness/engine/workflow-file.js';
import { repoRoot } from '../../harness/runner.js';

// The events the audit-trail caller example says it records, matched the way the engine matches them.

async function events(example: string) {
  const file = path.join(repoRoot, 'examples', example);
  return (await parseWorkflowFile(`.github/workflows/${example}`, readFileSync(file, 'utf8'))).events;
}

describe('on: matching', () => {
  it('starts examples/audit-trail-caller.yml for each event its header lists, and not for others', async () => {
    const on = await events('audit-trail-caller.yml');
    const listens = (name: string, payload: Record<string, unknown>) =>
      workflowListensTo(on, { name, payload });
    expect(listens('push', { ref: 'refs/heads/main' })).toBe(true);
    expect(listens('push', { ref: 'refs/heads/feature' })).toBe(false);
    expect(
      listens('pull_request', { action: 'closed', pull_request: { number: 1, base: { ref: 'main' } } }),
    ).toBe(true);
    // "By default, a workflow only runs when a pull_request event's activity type is opened,
    // synchronize, or reopened" — here types narrows it to closed.
    expect(
      listens('pull_request', { action: 'opened', pull_request: { number: 1, base: { ref: 'main' } } }),
    ).toBe(false);
    expect(listens('deployment', {})).toBe(true);
    expect(listens('deployment_status', {})).toBe(true);
    expect(listens('release', { action: 'published' })).toBe(true);
    expect(listens('release', { action: 'created' })).toBe(false);
    expect(listens('workflow_run', { action: 'completed', workflow_run: { name: 'Deploy' } })).toBe(true);
    expect(listens('workflow_run', { action: 'completed', workflow_run: { name: 'CI' } })).toBe(false);
    expect(listens('schedule', { schedule: '30 0 * * *' })).toBe(true);
    expect(listens('schedule', { schedule: '0 9 1 * *' })).toBe(true);
    expect(listens('issue_comment', { action: 'created' })).toBe(false);
  });

  it('applies filter patterns in order, a later negation winning', () => {
    // https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet
    expect(matchesFilters('release/v1', ['release/*'])).toBe(true);
    expect(matchesFilters('release/v1/fix', ['release/*'])).toBe(false);
    expect(matchesFilters('release/v1/fix', ['release/**'])).toBe(true);
    expect(matchesFilters('release/beta', ['release/**', '!release/beta'])).toBe(false);
    expect(matchesFilters('release/beta', ['!release/beta', 'release/**'])).toBe(true);
    expect(matchesFilters('v1.2.3', ['v[0-9]+.[0-9]+.[0-9]+'])).toBe(true);
    expect(matchesFilters('v1.2.x', ['v[0-9]+.[0-9]+.[0-9]+'])).toBe(false);
  });
});
