import * as core from '@actions/core';
import {
  BranchStore,
  DirectoryStore,
  InputError,
  Outputs,
  markdownTable,
  runAction,
  writeSummary,
  type Clock,
  type FileStore,
} from '@shipgate/core';
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import {
  canonicalize,
  parseStandards,
  KeyError,
  loadSigningKey,
  type SigningKey,
  keylessSigner,
  type KeylessSigner,
  LogFormatError,
  branchLayout,
  fileLayout,
  EXPLICIT_RECORD_TYPES,
  type RecordType,
  type LogLayout,
} from '@shipgate/core/audit';
import { LogIdMismatch, appendRecord, sealRetention } from './append.js';
import { pullRequestEvidence } from './pull-request-evidence.js';
import { draftRecord, eventRecordType, type DraftInput, type RecordDraft } from './record-draft.js';
import { workflowRunJobs } from './workflow-run-jobs.js';

const KEY_EXPECTED = 'an Ed25519 or ECDSA P-256 private key in PEM form (-----BEGIN PRIVATE KEY-----)';

export async function run(): Promise<void> {
  const outputs = new Outputs({
    'record-id': '',
    sequence: '',
    'record-hash': '',
    'log-head': '',
    checkpoint: '',
    archived: '',
  });
  await runAction(outputs, async ({ inputs, context, clock, signal, github }) => {
    // Inputs: everything is parsed and checked before the log is touched.
    const signer = inputs.enum('signer', ['key', 'sigstore'] as const, { default: 'key' });
    const pem = inputs.raw('signing-key');
    const fulcioURL = inputs.url('fulcio-url', { default: 'https://fulcio.sigstore.dev' });
    const rekorURL = inputs.url('rekor-url', { default: 'https://rekor.sigstore.dev' });
    let key: SigningKey | undefined;
    if (signer === 'sigstore') {
      if (pem !== '')
        throw new InputError(
          'signing-key',
          "is set but signer is 'sigstore' (keyless signing uses no key)",
          'empty with signer: sigstore, or signer: key',
        );
      const problem = idTokenUnavailable(process.env);
      if (problem)
        throw new InputError(
          'signer',
          `'sigstore' needs the workflow's OIDC identity token but ${problem}`,
          'a job with `permissions: id-token: write`, or signer: key with a signing-key secret',
        );
    } else {
      if (pem === '')
        throw new InputError('signing-key', 'is required with signer: key but empty', KEY_EXPECTED);
      core.setSecret(pem);
      for (const line of pem.split('\n'))
        if (line.trim().length >= 8 && !line.startsWith('-----')) core.setSecret(line.trim());
      try {
        key = loadSigningKey(pem);
      } catch (error) {
        if (error instanceof KeyError) throw new InputError('signing-key', error.message, KEY_EXPECTED);
        throw error;
      }
    }
    const recordTypeInput = inputs.optionalString('record-type');
    const details = parseDetails(inputs.raw('details'));
    const infraPaths = inputs.list('infra-paths', {
      default: ['terraform/**', 'infra/**', 'environments/**'],
    });
    const standards = parseStandards(inputs.list('compliance-standards', { default: ['SOC2', 'ISO27001'] }));
    const checkpointEvery = inputs.integer('checkpoint-every', { default: 100, min: 1 });
    const forceCheckpoint = inputs.boolean('checkpoint', { default: false });
    const retentionDays = parseRetentionDays(inputs.raw('retention-days'));
    // A retention-only run (e.g. on a daily schedule) keeps a quiet log within its window: it appends
    // no record, so it needs a window and must not be asked for a record type.
    const retentionOnly = inputs.boolean('retention-only', { default: false });
    if (retentionOnly && retentionDays === undefined)
      throw new InputError(
        'retention-only',
        'is true but retention-days is empty, so no record is ever due',
        'retention-days set (such as 365) with retention-only: true, or retention-only: false',
      );
    if (retentionOnly && recordTypeInput !== undefined)
      throw new InputError(
        'record-type',
        `is '${recordTypeInput}' but retention-only appends no record`,
        'empty with retention-only: true',
      );
    const logFile = inputs.optionalString('log-file');
    const logBranch = inputs.string('log-branch', { default: 'audit-log' });
    if (!/^(?!\/|.*\/\/|.*\.\.|.*\.lock$|.*\/$)[A-Za-z0-9._/-]+$/.test(logBranch))
      throw new InputError(
        'log-branch',
        `'${logBranch}' is not a valid branch name`,
        'a branch name such as audit-log',
      );
    const logRepository = inputs.repository('log-repository', {
      default: `${context.repository.owner}/${context.repository.repo}`,
    });
    const token = inputs.optionalString('github-token');
    const logIdInput = inputs.optionalString('log-id');
    if (logFile) checkLocalLog(logFile);

    // Decision: what kind of record this event makes.
    let type: RecordType;
    if (retentionOnly) {
      // Only the draft's run metadata is used, for the sealing checkpoint; no custom record is appended.
      type = 'custom';
    } else if (recordTypeInput !== undefined) {
      const wanted = recordTypeInput.toLowerCase();
      if (!(EXPLICIT_RECORD_TYPES as readonly string[]).includes(wanted))
        throw new InputError(
          'record-type',
          `'${recordTypeInput}' is not a record type`,
          `empty (from the event) or one of ${EXPLICIT_RECORD_TYPES.join(', ')}`,
        );
      type = wanted as RecordType;
    } else {
      const fromEvent = eventRecordType(context.eventName, context.event);
      if (typeof fromEvent !== 'string')
        throw new InputError(
          'record-type',
          `is empty and ${fromEvent.problem}`,
          `one of ${EXPLICIT_RECORD_TYPES.join(', ')}, or a push, merged pull_request, deployment, deployment_status, workflow_run, workflow_dispatch or release event`,
        );
      type = fromEvent;
    }
    if ((!logFile || type === 'pull_request') && !token)
      throw new InputError(
        'github-token',
        'is required but empty',
        'a token with contents: write on the log repository',
      );

    // Effects: gather evidence, then append in one compare-and-swap.
    let pullRequest: DraftInput['pullRequest'];
    if (type === 'pull_request') {
      const pr = (context.event.pull_request ?? {}) as { number?: number; head?: { sha?: string } };
      core.info(`Reading reviews, checks and files of pull request #${pr.number}`);
      pullRequest = await pullRequestEvidence(
        github(token!),
        context.repository,
        Number(pr.number),
        pr.head?.sha ?? '',
      );
    }
    let workflowJobs: DraftInput['workflowJobs'];
    if (type === 'workflow_run') {
      const run = (context.event.workflow_run ?? {}) as { id?: number; run_attempt?: number };
      const attempt = Number(run.run_attempt ?? 1);
      core.info(`Reading the jobs of workflow run ${run.id} attempt ${attempt}`);
      workflowJobs = await workflowRunJobs(
        token ? github(token) : undefined,
        context.repository,
        Number(run.id),
        attempt,
      );
      if (workflowJobs.unavailable) core.warning(`recorded without its jobs: ${workflowJobs.unavailable}`);
    }
    const draft = draftRecord({
      context,
      type,
      details,
      infraPaths,
      standards,
      id: randomUUID(),
      pullRequest,
      workflowJobs,
    });
    const store: FileStore = logFile
      ? new DirectoryStore({ directory: path.dirname(path.resolve(logFile)), clock, signal })
      : new BranchStore({ client: github(token!), ...logRepository, branch: logBranch, clock, signal });
    const layout = logFile ? fileLayout(logFile) : branchLayout();
    const logInput = logFile ? 'log-file' : 'log-branch';
    const logId =
      logIdInput ??
      (logFile ? path.basename(logFile) : `${logRepository.owner}/${logRepository.repo}@${logBranch}`);
    let signing: SigningKey | KeylessSigner;
    if (key) signing = key;
    else {
      // getIDToken masks the token; it is only ever handed to Fulcio.
      const identityToken = await core.getIDToken('sigstore');
      signing = keylessSigner({
        fulcioURL: fulcioURL.href.replace(/\/+$/, ''),
        rekorURL: rekorURL.href.replace(/\/+$/, ''),
        identityToken,
      });
    }
    if (retentionOnly) {
      await retentionRun({
        store,
        layout,
        draft,
        signing,
        logIdInput,
        logInput,
        clock,
        retentionDays: retentionDays!,
        outputs,
      });
      return;
    }
    core.info(
      `Appending a ${type} record to ${store.location} (` +
        (key
          ? `key ${key.algorithm} ${key.keyId.slice(0, 16)}…`
          : `keyless: Fulcio ${fulcioURL.origin}, Rekor ${rekorURL.origin}`) +
        ')',
    );
    let appended;
    try {
      appended = await appendRecord({
        store,
        layout,
        draft,
        key: signing,
        logId,
        requireLogId: logIdInput !== undefined,
        checkpointEvery,
        forceCheckpoint,
        clock,
        retentionDays,
      });
    } catch (error) {
      if (error instanceof LogFormatError)
        throw new InputError(
          logInput,
          `the log at ${store.location} cannot be appended to: ${error.message}`,
          'an audit log written by audit-sign (check it with audit-verify)',
        );
      if (error instanceof LogIdMismatch)
        throw new InputError('log-id', error.message, 'the id the log was created with, or empty');
      throw error;
    }

    // Outputs.
    outputs.set('record-id', appended.record.id);
    outputs.set('sequence', appended.record.sequence);
    outputs.set('record-hash', appended.hash);
    outputs.set('log-head', `${appended.size}:${appended.headHash}`);
    outputs.set('checkpoint', appended.checkpoint ?? '');
    outputs.set('archived', appended.archived ? `${appended.archived.from}-${appended.archived.to}` : '');
    if (appended.archived)
      core.info(
        `Retention (${retentionDays} days): moved entries ${appended.archived.from}…${appended.archived.to} to ${appended.archived.file}, sealed by a signed checkpoint`,
      );
    core.info(
      `Appended ${type} record ${appended.record.id} as sequence ${appended.record.sequence} (${appended.hash}) after ${appended.attempts} attempt(s)` +
        (appended.checkpoint ? `; checkpoint at size ${appended.record.sequence + 1}` : ''),
    );
    await writeSummary(
      `## Audit record appended\n\n` +
        markdownTable(
          ['log', 'type', 'sequence', 'record hash', 'actor', 'commit', 'risk', 'checkpoint'],
          [
            [
              store.location,
              type,
              appended.record.sequence,
              appended.hash,
              appended.record.actor.login,
              appended.record.commit.slice(0, 12),
              appended.record.compliance.risk,
              appended.checkpoint ? `size ${appended.record.sequence + 1}` : 'none',
            ],
          ],
        ) +
        '\n' +
        (appended.archived
          ? `\nRetention ${retentionDays} days: entries ${appended.archived.from}…${appended.archived.to} moved to \`${appended.archived.file}\`, sealed by the signed checkpoint at size ${appended.size - 1}.\n`
          : ''),
    );
  });
}

/** The retention-only run: move what is due and seal it, append nothing else. */
async function retentionRun(run: {
  store: FileStore;
  layout: LogLayout;
  draft: RecordDraft;
  signing: SigningKey | KeylessSigner;
  logIdInput: string | undefined;
  logInput: string;
  clock: Clock;
  retentionDays: number;
  outputs: Outputs<'record-id' | 'sequence' | 'record-hash' | 'log-head' | 'checkpoint' | 'archived'>;
}): Promise<void> {
  const { store, retentionDays, outputs } = run;
  core.info(`Retention-only run on ${store.location}: moving records older than ${retentionDays} days`);
  let sealed;
  try {
    sealed = await sealRetention({
      store,
      layout: run.layout,
      draft: run.draft,
      key: run.signing,
      logId: run.logIdInput,
      clock: run.clock,
      retentionDays,
    });
  } catch (error) {
    if (error instanceof LogFormatError)
      throw new InputError(
        run.logInput,
        `the log at ${store.location} cannot be archived: ${error.message}`,
        'an audit log written by audit-sign (check it with audit-verify)',
      );
    if (error instanceof LogIdMismatch)
      throw new InputError('log-id', error.message, 'the id the log was created with, or empty');
    throw error;
  }
  outputs.set('log-head', sealed.size > 0 ? `${sealed.size}:${sealed.headHash}` : '');
  outputs.set('checkpoint', sealed.archived?.checkpoint ?? '');
  outputs.set('archived', sealed.archived ? `${sealed.archived.from}-${sealed.archived.to}` : '');
  const what = sealed.archived
    ? `entries ${sealed.archived.from}…${sealed.archived.to} moved to \`${sealed.archived.file}\`, sealed by the signed checkpoint at size ${sealed.size - 1}`
    : sealed.size === 0
      ? 'the log is empty: nothing written'
      : 'no record is due: nothing written';
  core.info(`Retention (${retentionDays} days): ${what.replace(/`/g, '')}`);
  await writeSummary(
    `## Audit retention\n\nRetention ${retentionDays} days on ${store.location}: ${what}.\n`,
  );
}

/** Empty: keep every record live. Otherwise a whole number of days, at least 1 (100 years at most). */
function parseRetentionDays(text: string): number | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  const expected = 'a whole number of days from 1 to 36500, such as 365, or empty to keep every record live';
  if (!/^[0-9]+$/.test(value)) {
    const what = /^[+-]?\d+(\.\d+)?$/.test(value)
      ? Number(value) < 0
        ? 'negative'
        : 'not a whole number'
      : 'not a number';
    throw new InputError('retention-days', `'${value}' is ${what}`, expected);
  }
  const days = Number(value);
  if (days < 1 || days > 36500) throw new InputError('retention-days', `${value} is out of range`, expected);
  return days;
}

function parseDetails(text: string): Record<string, unknown> {
  const expected = 'a JSON object such as {"environment":"production","version":"1.4.2"}';
  if (text === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError('details', `is not JSON (${(error as Error).message})`, expected);
  }
  try {
    // Values JSON can parse but RFC 8785 cannot carry (1e400, lone surrogates) are refused here, not at signing.
    canonicalize(value);
  } catch (error) {
    throw new InputError('details', (error as Error).message.replace(/^\$/, 'holds a value at $'), expected);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new InputError(
      'details',
      `is ${Array.isArray(value) ? 'an array' : `a ${value === null ? 'null' : typeof value}`}, not a JSON object`,
      expected,
    );
  return value as Record<string, unknown>;
}

/** Why the OIDC identity token cannot be requested (the job lacks `id-token: write`), if it cannot. */
export function idTokenUnavailable(env: NodeJS.ProcessEnv): string | undefined {
  const missing = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'].filter(
    (name) => !env[name],
  );
  if (missing.length === 0) return undefined;
  return `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set: the job needs \`permissions: id-token: write\``;
}

function checkLocalLog(logFile: string): void {
  const expected = 'a log path such as audit/audit.jsonl (its segments are stored beside it)';
  const stat = statSync(logFile, { throwIfNoEntry: false });
  if (stat?.isDirectory()) throw new InputError('log-file', `'${logFile}' is a folder`, expected);
  if (stat?.isFile())
    throw new InputError(
      'log-file',
      `'${logFile}' is a single-file copy of a log, which audit-sign does not append to`,
      expected,
    );
  const folder = statSync(path.dirname(path.resolve(logFile)), { throwIfNoEntry: false });
  if (folder && !folder.isDirectory())
    throw new InputError('log-file', `the folder of '${logFile}' is not a folder`, expected);
}
