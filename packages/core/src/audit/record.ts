import type { Ajv, ValidateFunction } from 'ajv';
import { createHash } from 'node:crypto';
import { commonJsExport } from '../config-file.js';
import { canonicalBytes } from './canonical-json.js';

/**
 * The schema identifier every record carries. Compatibility rule between shipgate versions:
 * - A field may be added to a record without a new version: a reader ignores fields it does not know
 *   (the entry hash and the signature cover the whole record, so an added field cannot slip in
 *   unnoticed), and the fields it knows keep their names and types.
 * - A change an older reader would misread (a field removed, renamed or given another type or meaning,
 *   a new record type) bumps the version. A reader refuses a record of a higher version than it knows
 *   with "written by a newer shipgate: upgrade" (failure class `newer-schema`), once its hash and
 *   signature check out; otherwise it is what it is (modified, bad-signature, …).
 * What shipgate writes is still held to the exact schema (RECORD_JSON_SCHEMA, no unknown field).
 */
export const RECORD_SCHEMA_VERSION = 1;
export const RECORD_SCHEMA = 'shipgate.audit.record/v1';
const SCHEMA_ID = /^shipgate\.audit\.record\/v([1-9]\d{0,8})$/;

/** The schema version a record names, or undefined when it names none that shipgate uses. */
export function recordSchemaVersion(value: unknown): number | undefined {
  const schema = (value as { schema?: unknown } | null)?.schema;
  const match = typeof schema === 'string' ? SCHEMA_ID.exec(schema) : null;
  return match ? Number(match[1]) : undefined;
}

/** Prepended to the canonical bytes before hashing, so an entry hash can never be confused with another hash. */
export const ENTRY_HASH_PREFIX = 'shipgate.audit.entry.v1\0';

/** Record types taken from the triggering event. */
export const EVENT_RECORD_TYPES = [
  'push',
  'pull_request',
  'deployment',
  'deployment_status',
  'workflow_run',
  'workflow_dispatch',
  'release',
] as const;

/** Record types a workflow asks for explicitly with `record-type`. */
export const EXPLICIT_RECORD_TYPES = ['approval', 'deployment', 'exception', 'custom'] as const;

export type RecordType =
  (typeof EVENT_RECORD_TYPES)[number] | (typeof EXPLICIT_RECORD_TYPES)[number] | 'checkpoint';

export interface Identity {
  id: string;
  login: string;
}

export interface ChangeEvidence {
  files: string[];
  /** True when the event listed only part of the files (a push lists at most 20 commits). */
  filesTruncated: boolean;
  infraFiles: string[];
  touchesInfrastructure: boolean;
  pullRequest?: {
    number: string;
    author: Identity;
    mergedBy?: Identity;
    headCommit: string;
    approvers: (Identity & { commit: string; time: string })[];
    checks: { name: string; conclusion: string }[];
  };
}

export interface DeploymentEvidence {
  environment: string;
  deploymentId: string;
  version: string;
  outcome: string;
  approvals: (Identity & { time: string })[];
  checks: { name: string; conclusion: string }[];
  emergency: boolean;
}

/**
 * A finished workflow run, from the workflow_run event (conclusion, times) and the run's jobs (read
 * from the API: the event does not carry them).
 */
export interface WorkflowRunEvidence {
  name: string;
  /** The event that started the run (workflow_dispatch, push, …). */
  event: string;
  status: string;
  conclusion: string;
  startedAt: string;
  /** The run's last update; for a completed run, when it completed. */
  completedAt: string;
  /** completedAt − startedAt in whole seconds; null when a time is missing. */
  durationSeconds: number | null;
  jobs: {
    name: string;
    conclusion: string;
    startedAt: string;
    completedAt: string;
    durationSeconds: number | null;
  }[];
  /** Why the jobs could not be read (the token lacks actions: read); empty when they were. */
  jobsUnavailable: string;
}

export interface ComplianceTags {
  risk: 'low' | 'medium' | 'high';
  standards: { standard: string; controls: string[] }[];
}

export interface Checkpoint {
  /** Entries covered: sequences 0 … size-1. */
  size: number;
  /** Hash of entry size-1. */
  head: string;
  /** Set on the checkpoint a retention move appends: what it moved to which archive file. */
  archive?: ArchiveSeal;
}

/** What a retention move archived, sealed by the signature of the checkpoint that carries it. */
export interface ArchiveSeal {
  /** The archive file, as named in the store (see archive.ts). */
  file: string;
  /** First and last sequence moved (inclusive). */
  from: number;
  to: number;
  /** Entry hash of the last archived record (sequence `to`). */
  lastHash: string;
  /** `sha256:<hex>` of the archive file's bytes. */
  digest: string;
  /** Times of the first and last archived records. */
  firstTime: string;
  lastTime: string;
  retentionDays: number;
  /** Records dated before this were due for the archive (checkpoint time minus retentionDays). */
  cutoff: string;
}

export interface AuditRecord {
  schema: typeof RECORD_SCHEMA;
  id: string;
  logId: string;
  sequence: number;
  /** Hash of the entry before; empty for the first entry. */
  previousHash: string;
  type: RecordType;
  time: string;
  repository: { id: string; name: string };
  actor: Identity;
  commit: string;
  ref: string;
  run: { id: string; attempt: string; workflowRef: string };
  event: string;
  change?: ChangeEvidence;
  deployment?: DeploymentEvidence;
  workflowRun?: WorkflowRunEvidence;
  checkpoint?: Checkpoint;
  details: Record<string, unknown>;
  compliance: ComplianceTags;
}

/** `sha256:<hex>` of the domain-separation prefix followed by the record's RFC 8785 bytes. */
export function entryHash(record: AuditRecord | unknown): string {
  return hashCanonical(canonicalBytes(record));
}

export function hashCanonical(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(ENTRY_HASH_PREFIX).update(bytes).digest('hex')}`;
}

const identity = {
  type: 'object',
  required: ['id', 'login'],
  additionalProperties: false,
  properties: { id: { type: 'string' }, login: { type: 'string' } },
};
const checks = {
  type: 'array',
  items: {
    type: 'object',
    required: ['name', 'conclusion'],
    additionalProperties: false,
    properties: { name: { type: 'string' }, conclusion: { type: 'string' } },
  },
};
const HASH = '^sha256:[0-9a-f]{64}$';
const TIME = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$';

export const RECORD_JSON_SCHEMA = {
  type: 'object',
  required: [
    'schema',
    'id',
    'logId',
    'sequence',
    'previousHash',
    'type',
    'time',
    'repository',
    'actor',
    'commit',
    'ref',
    'run',
    'event',
    'details',
    'compliance',
  ],
  additionalProperties: false,
  properties: {
    schema: { const: RECORD_SCHEMA },
    id: { type: 'string', minLength: 1 },
    logId: { type: 'string', minLength: 1 },
    sequence: { type: 'integer', minimum: 0 },
    previousHash: { anyOf: [{ const: '' }, { type: 'string', pattern: HASH }] },
    type: { enum: [...new Set([...EVENT_RECORD_TYPES, ...EXPLICIT_RECORD_TYPES, 'checkpoint'])] },
    time: { type: 'string', pattern: TIME },
    repository: {
      type: 'object',
      required: ['id', 'name'],
      additionalProperties: false,
      properties: { id: { type: 'string' }, name: { type: 'string' } },
    },
    actor: identity,
    commit: { type: 'string' },
    ref: { type: 'string' },
    run: {
      type: 'object',
      required: ['id', 'attempt', 'workflowRef'],
      additionalProperties: false,
      properties: { id: { type: 'string' }, attempt: { type: 'string' }, workflowRef: { type: 'string' } },
    },
    event: { type: 'string' },
    change: {
      type: 'object',
      required: ['files', 'filesTruncated', 'infraFiles', 'touchesInfrastructure'],
      additionalProperties: false,
      properties: {
        files: { type: 'array', items: { type: 'string' } },
        filesTruncated: { type: 'boolean' },
        infraFiles: { type: 'array', items: { type: 'string' } },
        touchesInfrastructure: { type: 'boolean' },
        pullRequest: {
          type: 'object',
          required: ['number', 'author', 'headCommit', 'approvers', 'checks'],
          additionalProperties: false,
          properties: {
            number: { type: 'string' },
            author: identity,
            mergedBy: identity,
            headCommit: { type: 'string' },
            approvers: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'login', 'commit', 'time'],
                additionalProperties: false,
                properties: {
                  id: { type: 'string' },
                  login: { type: 'string' },
                  commit: { type: 'string' },
                  time: { type: 'string' },
                },
              },
            },
            checks,
          },
        },
      },
    },
    deployment: {
      type: 'object',
      required: ['environment', 'deploymentId', 'version', 'outcome', 'approvals', 'checks', 'emergency'],
      additionalProperties: false,
      properties: {
        environment: { type: 'string' },
        deploymentId: { type: 'string' },
        version: { type: 'string' },
        outcome: { type: 'string' },
        approvals: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'login', 'time'],
            additionalProperties: false,
            properties: { id: { type: 'string' }, login: { type: 'string' }, time: { type: 'string' } },
          },
        },
        checks,
        emergency: { type: 'boolean' },
      },
    },
    workflowRun: {
      type: 'object',
      required: [
        'name',
        'event',
        'status',
        'conclusion',
        'startedAt',
        'completedAt',
        'durationSeconds',
        'jobs',
        'jobsUnavailable',
      ],
      additionalProperties: false,
      properties: {
        name: { type: 'string' },
        event: { type: 'string' },
        status: { type: 'string' },
        conclusion: { type: 'string' },
        startedAt: { type: 'string' },
        completedAt: { type: 'string' },
        durationSeconds: { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }] },
        jobs: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name', 'conclusion', 'startedAt', 'completedAt', 'durationSeconds'],
            additionalProperties: false,
            properties: {
              name: { type: 'string' },
              conclusion: { type: 'string' },
              startedAt: { type: 'string' },
              completedAt: { type: 'string' },
              durationSeconds: { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }] },
            },
          },
        },
        jobsUnavailable: { type: 'string' },
      },
    },
    checkpoint: {
      type: 'object',
      required: ['size', 'head'],
      additionalProperties: false,
      properties: {
        size: { type: 'integer', minimum: 1 },
        head: { type: 'string', pattern: HASH },
        archive: {
          type: 'object',
          required: [
            'file',
            'from',
            'to',
            'lastHash',
            'digest',
            'firstTime',
            'lastTime',
            'retentionDays',
            'cutoff',
          ],
          additionalProperties: false,
          properties: {
            file: { type: 'string', minLength: 1 },
            from: { type: 'integer', minimum: 0 },
            to: { type: 'integer', minimum: 0 },
            lastHash: { type: 'string', pattern: HASH },
            digest: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
            firstTime: { type: 'string', pattern: TIME },
            lastTime: { type: 'string', pattern: TIME },
            retentionDays: { type: 'integer', minimum: 1 },
            cutoff: { type: 'string', pattern: TIME },
          },
        },
      },
    },
    details: { type: 'object' },
    compliance: {
      type: 'object',
      required: ['risk', 'standards'],
      additionalProperties: false,
      properties: {
        risk: { enum: ['low', 'medium', 'high'] },
        standards: {
          type: 'array',
          items: {
            type: 'object',
            required: ['standard', 'controls'],
            additionalProperties: false,
            properties: {
              standard: { type: 'string' },
              controls: { type: 'array', items: { type: 'string' } },
            },
          },
        },
      },
    },
  },
} as const;

/** The same schema with every object open to fields this version does not know (how a reader reads). */
function openSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(openSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => !(key === 'additionalProperties' && value === false))
      .map(([key, value]) => [key, openSchema(value)]),
  );
}

// Compiled by loadRecordSchemas(), not at load: Ajv (about 260 KB of bundled code) was the largest
// part of audit-verify's start-up, and a run that stops at a bad input never needs it (issue 14,
// bench/startup). An import() is asynchronous, the checks below are not: hence the explicit load.
let validators: { exact: ValidateFunction; readable: ValidateFunction } | undefined;

/** Imports Ajv and compiles the record schemas; await it before recordSchemaProblem/readableRecordProblem. */
export async function loadRecordSchemas(): Promise<void> {
  if (validators) return;
  const AjvClass = commonJsExport(await import('ajv'), 'Ajv') as new (options: object) => Ajv;
  const ajv = new AjvClass({ allErrors: false, strict: false });
  validators = {
    exact: ajv.compile(RECORD_JSON_SCHEMA),
    readable: ajv.compile(openSchema(RECORD_JSON_SCHEMA) as object),
  };
}

function loaded(): NonNullable<typeof validators> {
  if (!validators)
    throw new Error('the audit record schemas are not loaded: await loadRecordSchemas() first');
  return validators;
}

const problemOf = (validate: ValidateFunction, value: unknown): string | undefined => {
  if (validate(value)) return undefined;
  const error = validate.errors?.[0];
  return error ? `${error.instancePath || '(record)'} ${error.message ?? 'is invalid'}` : 'is invalid';
};

/** Undefined when the value is exactly a record as this version writes it; otherwise what is wrong. */
export function recordSchemaProblem(value: unknown): string | undefined {
  return problemOf(loaded().exact, value);
}

/**
 * Undefined when a reader of this version can read the value as a record: the fields it knows are
 * valid, and fields a later version of the same schema added are ignored (see RECORD_SCHEMA).
 */
export function readableRecordProblem(value: unknown): string | undefined {
  return problemOf(loaded().readable, value);
}
