import type { ActionContext } from '@shipgate/core';
import {
  approvalsOf,
  controlsFor,
  isEmergency,
  evidenceOf,
  jsonObject as obj,
  stringOf as str,
  type AuditRecord,
  type ChangeEvidence,
  type DeploymentEvidence,
  type Identity,
  type RecordType,
  type WorkflowRunEvidence,
  RECORD_SCHEMA,
} from '@shipgate/core/audit';
import { matchInfraPaths } from './infra-paths.js';

/** A record before the log gives it its place: sequence, previous hash, time and log id. */
export type RecordDraft = Omit<AuditRecord, 'logId' | 'sequence' | 'previousHash' | 'time'>;

export type PullRequestReviews = NonNullable<ChangeEvidence['pullRequest']>;

export interface DraftInput {
  context: ActionContext;
  type: RecordType;
  details: Record<string, unknown>;
  infraPaths: string[];
  standards: string[];
  id: string;
  /** Reviews, checks and files of a merged pull request, read from the API. */
  pullRequest?: {
    files: string[];
    reviews: PullRequestReviews['approvers'];
    checks: PullRequestReviews['checks'];
  };
  /** Jobs of the finished run of a workflow_run event, read from the API, or why they could not be. */
  workflowJobs?: { jobs: WorkflowJobTimes[]; unavailable: string };
}

export interface WorkflowJobTimes {
  name: string;
  conclusion: string | null;
  status: string;
  started_at: string | null;
  completed_at: string | null;
}

type Json = Record<string, unknown>;

function identityOf(user: unknown): Identity {
  const u = obj(user);
  return { id: str(u.id), login: str(u.login) };
}

/** The record type the event implies, or why there is none. */
export function eventRecordType(eventName: string, event: Json): RecordType | { problem: string } {
  switch (eventName) {
    case 'push':
    case 'deployment':
    case 'deployment_status':
    case 'workflow_run':
    case 'workflow_dispatch':
    case 'release':
      return eventName;
    case 'pull_request':
    case 'pull_request_target': {
      const pr = obj(event.pull_request);
      if (event.action === 'closed' && pr.merged === true) return 'pull_request';
      return {
        problem: `the ${eventName} event (action '${str(event.action)}') is not a merged pull request`,
      };
    }
    default:
      return { problem: `the '${eventName}' event has no record type of its own` };
  }
}

function pushChange(event: Json, infraPaths: string[]): ChangeEvidence {
  const commits = Array.isArray(event.commits) ? event.commits.map(obj) : [];
  const files = new Set<string>();
  for (const commit of commits)
    for (const key of ['added', 'removed', 'modified'])
      for (const file of Array.isArray(commit[key]) ? (commit[key] as unknown[]) : []) files.add(str(file));
  return changeOf([...files], infraPaths, commits.length >= 20);
}

function changeOf(files: string[], infraPaths: string[], truncated: boolean): ChangeEvidence {
  const sorted = [...new Set(files)].sort();
  const infraFiles = matchInfraPaths(sorted, infraPaths);
  return {
    files: sorted,
    filesTruncated: truncated,
    infraFiles,
    touchesInfrastructure: infraFiles.length > 0,
  };
}

/** The approvals with their comment times; the gate's `decided-at` is the time of any without one. */
const approvalsFrom = (details: Json): DeploymentEvidence['approvals'] =>
  approvalsOf(details, str(details['decided-at'] ?? details['approved-at'] ?? details.decidedAt));

const jobOutputs = (job: unknown): Json => obj(obj(job).outputs);

function checksFrom(value: unknown): { name: string; conclusion: string }[] {
  const job = obj(value);
  if (typeof job.result === 'string') return [{ name: 'checks', conclusion: job.result }];
  if (!Array.isArray(value)) {
    // `{ "build": "success", … }`
    return Object.entries(job)
      .filter(([, conclusion]) => typeof conclusion === 'string')
      .map(([name, conclusion]) => ({ name, conclusion: conclusion as string }));
  }
  return value.map((c) => ({ name: str(obj(c).name), conclusion: str(obj(c).conclusion ?? obj(c).status) }));
}

/** Whole seconds from one ISO time to another; null when either is missing or they are out of order. */
function secondsBetween(from: string, to: string): number | null {
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms / 1000) : null;
}

/**
 * The run's conclusion and duration from the workflow_run payload (GitHub sends no completion time:
 * `updated_at` of a completed run is when it completed), and each job's conclusion and times.
 * https://docs.github.com/en/webhooks/webhook-events-and-payloads#workflow_run
 */
function workflowRunEvidence(run: Json, jobs: DraftInput['workflowJobs']): WorkflowRunEvidence {
  const startedAt = str(run.run_started_at) || str(run.created_at);
  const completedAt = str(run.updated_at);
  return {
    name: str(run.name),
    event: str(run.event),
    status: str(run.status),
    conclusion: str(run.conclusion),
    startedAt,
    completedAt,
    durationSeconds: secondsBetween(startedAt, completedAt),
    jobs: (jobs?.jobs ?? []).map((job) => ({
      name: job.name,
      // A job still going (or waiting) has no conclusion yet: its status says where it is.
      conclusion: job.conclusion ?? job.status,
      startedAt: job.started_at ?? '',
      completedAt: job.completed_at ?? '',
      durationSeconds: secondsBetween(job.started_at ?? '', job.completed_at ?? ''),
    })),
    jobsUnavailable: jobs ? jobs.unavailable : 'not read',
  };
}

/** Builds the record's evidence from the event payload and `details`: a pure function of its input. */
export function draftRecord(input: DraftInput): RecordDraft {
  const { context, type, details, infraPaths } = input;
  const event = context.event as Json;
  const repo = obj(event.repository);
  const sender = identityOf(event.sender);
  let commit = context.sha;
  let ref = context.ref;
  let change: ChangeEvidence | undefined;
  let deployment: DeploymentEvidence | undefined;
  let workflowRun: WorkflowRunEvidence | undefined;
  const detailString = (key: string) => str(details[key]);

  switch (type) {
    case 'push':
      change = pushChange(event, infraPaths);
      commit = str(event.after) || commit;
      ref = str(event.ref) || ref;
      break;
    case 'pull_request': {
      const pr = obj(event.pull_request);
      const files = input.pullRequest?.files ?? [];
      // GitHub lists at most 3000 files of a pull request: say so when the list is short of the
      // count the event reports, rather than record incomplete evidence as complete.
      const changedFiles = typeof pr.changed_files === 'number' ? pr.changed_files : 0;
      const truncated = files.length >= 3000 || changedFiles > files.length;
      change = {
        ...changeOf(files, infraPaths, truncated),
        pullRequest: {
          number: str(pr.number ?? event.number),
          author: identityOf(pr.user),
          ...(pr.merged_by ? { mergedBy: identityOf(pr.merged_by) } : {}),
          headCommit: str(obj(pr.head).sha),
          approvers: input.pullRequest?.reviews ?? [],
          checks: input.pullRequest?.checks ?? [],
        },
      };
      commit = str(pr.merge_commit_sha) || commit;
      ref = str(obj(pr.base).ref) ? `refs/heads/${str(obj(pr.base).ref)}` : ref;
      break;
    }
    case 'deployment':
    case 'deployment_status': {
      const d = obj(event.deployment);
      const status = obj(event.deployment_status);
      deployment = {
        environment: detailString('environment') || str(d.environment),
        // deploy.yml's deploy job outputs the id of the GitHub deployment it created; deployment_status
        // records carry the same id, so the report can match a later status to this deployment.
        deploymentId:
          detailString('deployment-id') ||
          detailString('deploymentId') ||
          str(jobOutputs(details.deploy)['deployment-id']) ||
          str(d.id),
        version: detailString('version') || str(d.ref),
        outcome:
          detailString('outcome') ||
          str(jobOutputs(details.deploy).outcome) ||
          str(obj(details.deploy).result) ||
          (type === 'deployment_status' ? str(status.state) : detailString('decision') || 'started'),
        // Also the shape a workflow passes with toJSON(needs.<job>): { result, outputs }.
        approvals:
          approvalsFrom(details).length > 0
            ? approvalsFrom(details)
            : approvalsFrom(jobOutputs(details.approval)),
        checks: checksFrom(details.checks),
        // A break-glass override (deploy.yml's `override-reason`) is an emergency change.
        emergency: isEmergency(details),
      };
      // deploy.yml names the commit it deployed (a pull request's head, not the run's merge commit).
      commit = detailString('commit') || str(d.sha) || commit;
      break;
    }
    case 'workflow_run': {
      const run = obj(event.workflow_run);
      commit = str(run.head_sha) || commit;
      ref = str(run.head_branch) ? `refs/heads/${str(run.head_branch)}` : ref;
      workflowRun = workflowRunEvidence(run, input.workflowJobs);
      break;
    }
    case 'release':
      ref = str(obj(event.release).tag_name) ? `refs/tags/${str(obj(event.release).tag_name)}` : ref;
      break;
    default:
      break;
  }
  const emergency = type === 'exception' || deployment?.emergency === true || details.emergency === true;
  const reviewed = (change?.pullRequest?.approvers.length ?? 0) > 0;
  const evidence = evidenceOf(type, { infra: change?.touchesInfrastructure ?? false, reviewed, emergency });
  // Evidence that is known to be incomplete may hide an infrastructure change: treat it as high risk.
  const risk =
    emergency || change?.touchesInfrastructure || change?.filesTruncated
      ? 'high'
      : type === 'deployment' || type === 'approval' || type === 'release'
        ? 'medium'
        : 'low';
  const run = obj(event.workflow_run);
  return {
    schema: RECORD_SCHEMA,
    id: input.id,
    type,
    repository: {
      id: str(repo.id),
      name: str(repo.full_name) || `${context.repository.owner}/${context.repository.repo}`,
    },
    actor: sender.login ? sender : { id: '', login: context.actor },
    commit,
    ref,
    run:
      type === 'workflow_run'
        ? { id: str(run.id), attempt: str(run.run_attempt), workflowRef: str(run.path) }
        : { id: context.runId, attempt: context.runAttempt, workflowRef: context.workflowRef },
    event: context.eventName,
    ...(change ? { change } : {}),
    ...(deployment ? { deployment } : {}),
    ...(workflowRun ? { workflowRun } : {}),
    details,
    compliance: {
      risk,
      standards: input.standards.map((standard) => ({ standard, controls: controlsFor(standard, evidence) })),
    },
  };
}
