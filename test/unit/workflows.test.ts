import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readActionMetadata, repoRoot } from '../harness/runner.js';

// The contract between our workflows, our examples and our actions: every reference resolves, passes
// only declared inputs, supplies required ones, and reads only declared outputs.

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown> | 'inherit';
  steps?: Step[];
  outputs?: Record<string, string>;
  permissions?: unknown;
}
interface Workflow {
  on?: {
    workflow_call?: {
      inputs?: Record<string, { required?: boolean; default?: unknown }>;
      secrets?: Record<string, { required?: boolean }>;
      outputs?: Record<string, unknown>;
    };
  };
  permissions?: unknown;
  jobs: Record<string, Job>;
}

const files = [
  ...readdirSync(path.join(repoRoot, '.github/workflows')).map((f) => `.github/workflows/${f}`),
  ...(existsSync(path.join(repoRoot, 'examples'))
    ? readdirSync(path.join(repoRoot, 'examples')).map((f) => `examples/${f}`)
    : []),
].filter((f) => f.endsWith('.yml'));
const workflows = new Map(
  files.map((file) => [file, parse(readFileSync(path.join(repoRoot, file), 'utf8')) as Workflow]),
);
const reusable = [...workflows.entries()].filter(
  ([, wf]) => wf.on && typeof wf.on === 'object' && 'workflow_call' in wf.on,
);

const OWN_ACTION = /^(?:shipgate\/shipgate\/actions\/([a-z-]+)@[\w.-]+|\.\/actions\/([a-z-]+))$/;
const OWN_WORKFLOW =
  /^(?:shipgate\/shipgate\/\.github\/workflows\/([\w-]+\.yml)@[\w.-]+|\.\/\.github\/workflows\/([\w-]+\.yml))$/;

function ownAction(uses: string | undefined): string | undefined {
  const match = uses ? OWN_ACTION.exec(uses) : null;
  return match ? (match[1] ?? match[2]) : undefined;
}

function* steps(): Generator<[string, string, Job, Step]> {
  for (const [file, wf] of workflows)
    for (const [jobName, job] of Object.entries(wf.jobs ?? {}))
      for (const step of job.steps ?? []) yield [file, jobName, job, step];
}

/** Every `${{ … }}` expression in a value, recursively. */
function expressions(value: unknown): string[] {
  if (typeof value === 'string') return [...value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1]);
  if (Array.isArray(value)) return value.flatMap(expressions);
  if (value && typeof value === 'object') return Object.values(value).flatMap(expressions);
  return [];
}

describe('workflow and example contracts', () => {
  it('finds the reusable workflows', () => {
    expect(reusable.map(([file]) => file).sort()).toEqual(
      ['approval-comment.yml', 'audit-trail.yml', 'deploy.yml', 'sla-monitoring.yml'].map(
        (f) => `.github/workflows/${f}`,
      ),
    );
  });

  it('references only our actions that exist, by the repository path that works from a caller', () => {
    for (const [file, job, , step] of steps()) {
      if (!step.uses?.includes('actions/') || step.uses.startsWith('actions/')) continue;
      const name = ownAction(step.uses);
      expect({
        file,
        job,
        uses: step.uses,
        known: name !== undefined && existsSync(path.join(repoRoot, 'actions', name!, 'action.yml')),
      }).toEqual({ file, job, uses: step.uses, known: true });
      // ./actions/x resolves in the caller's repository, so reusable workflows must not use it.
      if (reusable.some(([f]) => f === file)) expect(step.uses).not.toMatch(/^\.\//);
    }
  });

  it('passes only declared inputs to our actions and supplies the required ones', () => {
    for (const [file, job, , step] of steps()) {
      const name = ownAction(step.uses);
      if (!name) continue;
      const meta = readActionMetadata(name);
      const declared = meta.inputs ?? {};
      for (const input of Object.keys(step.with ?? {}))
        expect({ file, job, action: name, input, declared: input in declared }).toEqual({
          file,
          job,
          action: name,
          input,
          declared: true,
        });
      for (const [input, spec] of Object.entries(declared)) {
        if (spec.required && spec.default === undefined)
          expect({ file, job, action: name, input, given: input in (step.with ?? {}) }).toEqual({
            file,
            job,
            action: name,
            input,
            given: true,
          });
      }
    }
  });

  it('reads only outputs our actions declare', () => {
    for (const [file, wf] of workflows) {
      for (const [jobName, job] of Object.entries(wf.jobs ?? {})) {
        const actionOfStep = new Map(
          (job.steps ?? []).filter((s) => s.id).map((s) => [s.id!, ownAction(s.uses)]),
        );
        for (const expression of expressions(job)) {
          for (const [, stepId, output] of expression.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
            const action = actionOfStep.get(stepId);
            if (!action) {
              expect({ file, job: jobName, stepId, exists: actionOfStep.has(stepId) }).toEqual({
                file,
                job: jobName,
                stepId,
                exists: true,
              });
              continue;
            }
            const outputs = readActionMetadata(action).outputs ?? {};
            expect({ file, job: jobName, action, output, declared: output in outputs }).toEqual({
              file,
              job: jobName,
              action,
              output,
              declared: true,
            });
          }
        }
      }
    }
  });

  it('reads only job outputs that exist, from jobs it needs', () => {
    for (const [file, wf] of workflows) {
      const jobs = wf.jobs ?? {};
      const everything = [...expressions(wf.jobs), ...expressions(wf.on)];
      for (const expression of everything) {
        for (const [, kind, jobName, output] of expression.matchAll(
          /(needs|jobs)\.([\w-]+)\.outputs\.([\w-]+)/g,
        )) {
          const declared = Object.keys(jobs[jobName]?.outputs ?? {});
          expect({ file, kind, jobName, output, declared: declared.includes(output) }).toEqual({
            file,
            kind,
            jobName,
            output,
            declared: true,
          });
        }
      }
    }
  });

  it('calls our reusable workflows with declared inputs and secrets, required ones supplied, never secrets: inherit', () => {
    for (const [file, wf] of workflows) {
      for (const [jobName, job] of Object.entries(wf.jobs ?? {})) {
        if (!job.uses) continue;
        expect(job.secrets).not.toBe('inherit');
        const match = OWN_WORKFLOW.exec(job.uses);
        if (!match) continue;
        const target = workflows.get(`.github/workflows/${match[1] ?? match[2]}`);
        expect({ file, job: jobName, exists: target !== undefined }).toEqual({
          file,
          job: jobName,
          exists: true,
        });
        const call = target!.on!.workflow_call!;
        for (const input of Object.keys(job.with ?? {}))
          expect({ file, input, declared: input in (call.inputs ?? {}) }).toEqual({
            file,
            input,
            declared: true,
          });
        for (const [input, spec] of Object.entries(call.inputs ?? {}))
          if (spec.required)
            expect({ file, input, given: input in (job.with ?? {}) }).toEqual({ file, input, given: true });
        const secrets = typeof job.secrets === 'object' ? job.secrets : {};
        for (const secret of Object.keys(secrets))
          expect({ file, secret, declared: secret in (call.secrets ?? {}) }).toEqual({
            file,
            secret,
            declared: true,
          });
        for (const [secret, spec] of Object.entries(call.secrets ?? {}))
          if (spec.required)
            expect({ file, secret, given: secret in secrets }).toEqual({ file, secret, given: true });
      }
    }
  });
});

describe('examples pass the notification secrets', () => {
  // deploy.yml, approval-comment.yml and sla-monitoring.yml notify when given these (all optional).
  const NOTIFY = {
    'slack-webhook': '${{ secrets.SHIPGATE_SLACK_WEBHOOK }}',
    'teams-webhook': '${{ secrets.SHIPGATE_TEAMS_WEBHOOK }}',
    'notify-webhook': '${{ secrets.SHIPGATE_NOTIFY_WEBHOOK }}',
  };
  const NOTIFYING = ['deploy.yml', 'approval-comment.yml', 'sla-monitoring.yml'];
  const callers = [...workflows.entries()].flatMap(([file, wf]) =>
    file.startsWith('examples/')
      ? Object.entries(wf.jobs ?? {})
          .filter(([, job]) => NOTIFYING.includes(OWN_WORKFLOW.exec(job.uses ?? '')?.[1] ?? ''))
          .map(([job, spec]) => ({ file, job, secrets: spec.secrets }))
      : [],
  );

  it('every example job that calls a notifying reusable workflow passes all three from repository secrets', () => {
    expect(callers.length).toBeGreaterThanOrEqual(8);
    for (const { file, job, secrets } of callers)
      expect({
        file,
        job,
        notify: Object.fromEntries(
          Object.keys(NOTIFY).map((k) => [k, (secrets as Record<string, unknown>)?.[k]]),
        ),
      }).toEqual({
        file,
        job,
        notify: NOTIFY,
      });
  });

  it("and names them in the example's header", () => {
    for (const file of new Set(callers.map((c) => c.file))) {
      const header = readFileSync(path.join(repoRoot, file), 'utf8').split('\nname:')[0];
      for (const secret of ['SHIPGATE_SLACK_WEBHOOK', 'SHIPGATE_TEAMS_WEBHOOK', 'SHIPGATE_NOTIFY_WEBHOOK'])
        expect({ file, secret, documented: header.includes(secret) }).toEqual({
          file,
          secret,
          documented: true,
        });
    }
  });
});

describe('workflow security', () => {
  it('no run: script contains a ${{ }} expression (untrusted values go through env:)', () => {
    for (const [file, job, , step] of steps()) {
      if (step.run === undefined) continue;
      expect({ file, job, run: step.run.split('\n')[0], inline: step.run.includes('${{') }).toEqual({
        file,
        job,
        run: step.run.split('\n')[0],
        inline: false,
      });
    }
  });

  it('pins third-party actions to a full commit SHA', () => {
    for (const [file, job, , step] of steps()) {
      if (
        !step.uses ||
        ownAction(step.uses) ||
        step.uses.startsWith('./') ||
        step.uses.startsWith('docker://')
      )
        continue;
      expect({ file, job, uses: step.uses, pinned: /@[0-9a-f]{40}$/.test(step.uses) }).toEqual({
        file,
        job,
        uses: step.uses,
        pinned: true,
      });
    }
  });

  it('reusable workflows grant nothing at the top and least privilege per job', () => {
    for (const [file, wf] of reusable) {
      expect({ file, permissions: wf.permissions }).toEqual({ file, permissions: {} });
      for (const [jobName, job] of Object.entries(wf.jobs)) {
        expect({ file, job: jobName, hasPermissions: job.permissions !== undefined }).toEqual({
          file,
          job: jobName,
          hasPermissions: true,
        });
        expect(JSON.stringify(job.permissions)).not.toMatch(/write-all|read-all/);
      }
    }
  });

  // The lock covers the rollout only, so a deployment waiting for approval holds nothing; the
  // one-pending rule itself is exercised by the engine (test/e2e/engine) and the journeys.
  it('one rollout per environment at a time, never cancelling the running one', () => {
    const deploy = workflows.get('.github/workflows/deploy.yml') as unknown as {
      concurrency?: unknown;
      jobs: Record<string, { concurrency?: { group: string; 'cancel-in-progress': boolean } }>;
    };
    expect(deploy.concurrency).toBeUndefined();
    expect(deploy.jobs.deploy.concurrency?.group).toBe('shipgate-deploy-${{ inputs.environment }}');
    expect(deploy.jobs.deploy.concurrency?.['cancel-in-progress']).toBe(false);
    expect(deploy.jobs.approval.concurrency).toBeUndefined();
  });
});
