import * as core from '@actions/core';
import {
  BranchStore,
  InputError,
  Outputs,
  markdownTable,
  runAction,
  writeJsonReport,
  writeSummary,
} from '@shipgate/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  parseStandards,
  KeyError,
  parsePublicKeys,
  type VerificationKey,
  GITHUB_ACTIONS_ISSUER,
  type KeylessVerifier,
  TrustedRootError,
  loadKeylessVerifier,
  LogFormatError,
  branchLayout,
  readLocalLog,
  readSnapshotLog,
  localArchiveDigests,
  snapshotArchiveDigests,
  type RawLine,
} from '@shipgate/core/audit';
import { USAGE, inputsFromArguments, isCommandLine } from './command-line.js';
import { ReportCollector } from './compliance-report.js';
import { periodFor, type ReportKind } from './period.js';
import { reportMarkdown } from './report-markdown.js';
import { parseTrustedCheckpoint } from './trusted-checkpoint.js';
import { ArchiveCheck, type RetentionCoverage } from './archive-check.js';
import { verifyLog } from './verify-log.js';

const KEYS_EXPECTED = 'one or more PEM public keys (-----BEGIN PUBLIC KEY-----), Ed25519 or ECDSA P-256';
const IDENTITY_EXPECTED =
  'the SAN of the signing workflow, e.g. https://github.com/octo-org/repo/.github/workflows/deploy.yml@refs/heads/main';
const ROOT_EXPECTED = 'the path of a Sigstore trusted_root.json, or empty for the public-good instance';
const TIME_EXPECTED = 'an RFC 3339 UTC time such as 2026-05-01T00:00:00Z, or a date such as 2026-05-01';

export async function run(): Promise<void> {
  const commandLine = isCommandLine(process.argv, process.env) ? startFromCommandLine() : undefined;
  if (commandLine === 'help') return;
  const outputs = new Outputs({
    valid: 'false',
    records: '0',
    'first-bad-sequence': '',
    failure: '',
    report: '',
    'archived-records': '0',
    'covered-from': '',
    'covered-until': '',
  });
  await runAction(outputs, async ({ inputs, context, clock, github }) => {
    // Inputs.
    const identities = inputs.list('certificate-identity');
    const identityPattern = parseIdentityPattern(inputs.optionalString('certificate-identity-regexp'));
    const issuer = inputs.string('certificate-oidc-issuer', { default: GITHUB_ACTIONS_ISSUER });
    const trustedRootFile = inputs.optionalString('trusted-root');
    const keyless = identities.length > 0 || identityPattern !== undefined;
    if (!keyless && trustedRootFile !== undefined)
      throw new InputError(
        'certificate-identity',
        'is empty but trusted-root is given',
        `${IDENTITY_EXPECTED} (or certificate-identity-regexp)`,
      );
    const keysText = inputs.optionalString('public-keys');
    if (keysText === undefined && !keyless)
      throw new InputError(
        'public-keys',
        'is empty and no keyless identity is given (certificate-identity or certificate-identity-regexp)',
        KEYS_EXPECTED,
      );
    let keys: VerificationKey[] = [];
    try {
      if (keysText !== undefined) keys = parsePublicKeys(keysText);
    } catch (error) {
      if (error instanceof KeyError) throw new InputError('public-keys', error.message, KEYS_EXPECTED);
      throw error;
    }
    let keylessVerifier: KeylessVerifier | undefined;
    if (keyless) {
      let rootText: string;
      try {
        rootText =
          trustedRootFile === undefined
            ? // The embedded root (a large JSON seed) loads only for keyless verification.
              (await import('./public-good-root.js')).publicGoodTrustedRoot()
            : readFileSync(trustedRootFile, 'utf8');
      } catch (error) {
        throw new InputError('trusted-root', `cannot be read (${(error as Error).message})`, ROOT_EXPECTED);
      }
      try {
        keylessVerifier = await loadKeylessVerifier(rootText, {
          identities,
          identityPatterns: identityPattern ? [identityPattern] : [],
          issuer,
        });
      } catch (error) {
        if (error instanceof TrustedRootError)
          throw new InputError(
            'trusted-root',
            `${trustedRootFile ?? 'the public-good root'} ${error.message}`,
            ROOT_EXPECTED,
          );
        throw error;
      }
    }
    const logFile = inputs.optionalString('log-file');
    const logBranch = inputs.string('log-branch', { default: 'audit-log' });
    // Only a branch needs a repository (an auditor's local copy has none).
    const logRepository = logFile
      ? undefined
      : inputs.repository('log-repository', {
          default: `${context.repository.owner}/${context.repository.repo}`,
        });
    const token = inputs.optionalString('github-token');
    const trustedText = inputs.optionalString('trusted-checkpoint');
    const trusted =
      trustedText === undefined
        ? undefined
        : await parseTrustedCheckpoint(trustedText, keys, keylessVerifier);
    if (trusted && 'problem' in trusted)
      throw new InputError(
        'trusted-checkpoint',
        trusted.problem,
        'the checkpoint output of audit-sign, as is',
      );
    const REPORT_KINDS: readonly ReportKind[] = ['none', 'daily', 'weekly', 'monthly', 'range'];
    const reportKind = inputs.enum('report', REPORT_KINDS, { default: 'none' });
    const since = parseTime('since', inputs.optionalString('since'));
    const until = parseTime('until', inputs.optionalString('until')) ?? clock.now();
    if (reportKind === 'range' && since === undefined)
      throw new InputError('since', 'is required with report: range but empty', TIME_EXPECTED);
    if (since !== undefined && since >= until)
      throw new InputError('since', 'is not before until', TIME_EXPECTED);
    const reportDir = path.resolve(
      inputs.string('report-dir', { default: path.join(context.runnerTemp, 'audit-report') }),
    );
    const standards = parseStandards(inputs.list('compliance-standards', { default: ['SOC2', 'ISO27001'] }));
    if (!logFile && !token)
      throw new InputError(
        'github-token',
        'is required to read a log branch but empty',
        'a token that can read the log repository',
      );

    // Decision: stream the log through the verifier (and the report collector).
    const logInput = logFile ? 'log-file' : 'log-branch';
    let lines: AsyncIterable<RawLine>;
    let location: string;
    let archiveDigests: ReadonlyMap<string, string> | undefined;
    if (logFile) {
      lines = readLocalLog(logFile);
      location = path.resolve(logFile);
      archiveDigests = await localArchiveDigests(logFile).catch((error: Error) => {
        throw new InputError(
          'log-file',
          `an archive file cannot be read: ${error.message}`,
          'a log written by audit-sign',
        );
      });
    } else {
      const store = new BranchStore({ client: github(token!), ...logRepository!, branch: logBranch });
      const snapshot = await store.snapshot();
      if (snapshot.revision === undefined)
        throw new InputError(
          'log-branch',
          `branch '${logBranch}' does not exist in ${logRepository!.owner}/${logRepository!.repo}`,
          'the branch audit-sign writes the log to',
        );
      lines = readSnapshotLog(snapshot, branchLayout());
      archiveDigests = await snapshotArchiveDigests(snapshot, branchLayout());
      location = `${store.location} at ${snapshot.revision.slice(0, 12)}`;
    }
    const period = reportKind === 'none' ? undefined : periodFor(reportKind, until, since);
    const collector = period ? new ReportCollector(period) : undefined;
    core.info(
      `Verifying ${location} against ${keys.length} key(s)${keylessVerifier ? ` and keyless signers ${keylessVerifier.describe()}` : ''}${trusted ? `, trusted checkpoint of size ${trusted.size}` : ''}`,
    );
    let verification;
    try {
      core.startGroup('Verifying entries');
      verification = await verifyLog(lines, {
        keys,
        keyless: keylessVerifier,
        trusted: trusted as Exclude<typeof trusted, { problem: string }>,
        archiveDigests,
        onEntry: (record, hash) => {
          collector?.add(record);
          if ((record.sequence + 1) % 10_000 === 0)
            core.info(`${record.sequence + 1} entries verified (${hash.slice(0, 19)}…)`);
        },
      });
    } catch (error) {
      if (error instanceof LogFormatError || (error as NodeJS.ErrnoException).code)
        throw new InputError(
          logInput,
          `the log cannot be read: ${(error as Error).message}`,
          'a log written by audit-sign',
        );
      throw error;
    }
    core.endGroup();
    if (verification.lines === 0 && !trusted)
      throw new InputError(logInput, `the log at ${location} is empty`, 'a log written by audit-sign');

    // Effects: outputs, report files, summary.
    outputs.set('valid', verification.valid);
    outputs.set('records', verification.verified);
    outputs.set('first-bad-sequence', verification.failure?.sequence ?? '');
    outputs.set('failure', verification.failure?.class ?? '');
    const retention = verification.retention ?? new ArchiveCheck(archiveDigests).coverage();
    outputs.set('archived-records', retention.archivedRecords);
    outputs.set('covered-from', retention.coveredFrom ?? '');
    outputs.set('covered-until', retention.coveredUntil ?? '');
    core.info(
      verification.valid
        ? `Verified ${verification.verified} entries (${retention.archivedRecords} from ${retention.archiveFiles} archive file(s)), ${verification.checkpoints} checkpoint(s), ${verification.unanchored} after the last checkpoint; covering ${retention.coveredFrom ?? '-'} to ${retention.coveredUntil ?? '-'}`
        : `FAILED: ${verification.failure!.class} at sequence ${verification.failure!.sequence}: ${verification.failure!.message}`,
    );
    let markdown =
      `## Audit log verification\n\n` +
      markdownTable(
        [
          'log',
          'result',
          'entries verified',
          'first bad sequence',
          'checkpoints',
          'after last checkpoint',
          'after trusted checkpoint',
        ],
        [
          [
            location,
            verification.valid ? 'valid' : `**${verification.failure!.class}**`,
            verification.verified,
            verification.failure?.sequence ?? '',
            verification.checkpoints,
            verification.unanchored,
            trusted ? verification.beyondTrusted : 'no trusted checkpoint given',
          ],
        ],
      ) +
      (verification.failure ? `\n\n${verification.failure.message}` : '') +
      '\n' +
      retentionMarkdown(retention);
    if (collector) {
      const report = collector.build(verification, standards);
      const reportMd = reportMarkdown(report);
      const jsonPath = await writeJsonReport(path.join(reportDir, 'compliance-report.json'), report);
      await fs.writeFile(path.join(reportDir, 'compliance-report.md'), reportMd);
      outputs.set('report', jsonPath);
      core.info(`Compliance report (${report.period.label}) written to ${jsonPath} and compliance-report.md`);
      markdown += `\n${reportMd}`;
    }
    await writeSummary(markdown);
    if (!verification.valid)
      throw new Error(
        `audit log failed verification: ${verification.failure!.class} at sequence ${verification.failure!.sequence} (${verification.failure!.message})`,
      );
  });
  if (commandLine) finishCommandLine(commandLine);
}

/** The window the verified log covers, archive and live log apart; nothing when nothing was archived. */
function retentionMarkdown(retention: RetentionCoverage): string {
  if (retention.archiveFiles === 0 && retention.retentionDays === undefined) return '';
  return (
    `\n### Retention\n\n` +
    markdownTable(
      [
        'covered from',
        'covered until',
        'archive files',
        'archived entries',
        'live log from',
        'retention',
        'archive digests',
      ],
      [
        [
          retention.coveredFrom ?? '',
          retention.coveredUntil ?? '',
          retention.archiveFiles,
          retention.archivedRecords,
          retention.liveFrom ?? '',
          retention.retentionDays === undefined
            ? 'none sealed'
            : `${retention.retentionDays} days (cutoff ${retention.cutoff})`,
          retention.digestsChecked
            ? 'checked against their signed checkpoints'
            : 'not checked (single-file copy)',
        ],
      ],
    ) +
    '\n'
  );
}

/** A regular expression the whole SAN must match (it is anchored at both ends). */
function parseIdentityPattern(text: string | undefined): RegExp | undefined {
  if (text === undefined) return undefined;
  try {
    return new RegExp(`^(?:${text})$`);
  } catch (error) {
    throw new InputError(
      'certificate-identity-regexp',
      `is not a regular expression (${(error as Error).message})`,
      'a regular expression the whole SAN must match, e.g. https://github\\.com/octo-org/repo/\\.github/workflows/deploy\\.yml@refs/tags/v.*',
    );
  }
}

function parseTime(input: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? Date.parse(`${text}T00:00:00Z`)
    : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)
      ? Date.parse(text)
      : NaN;
  if (Number.isNaN(ms)) throw new InputError(input, `'${text}' is not a time`, TIME_EXPECTED);
  return ms;
}

interface CommandLineRun {
  outputFile: string;
  summaryFile: string;
}

/** Maps argv to INPUT_* variables and gives the run files for outputs and summary, as the runner would. */
function startFromCommandLine(): CommandLineRun | 'help' {
  let parsed;
  try {
    parsed = inputsFromArguments(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return 'help';
  }
  if (parsed.help) {
    console.log(USAGE);
    return 'help';
  }
  for (const [name, value] of Object.entries(parsed.inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value;
  if (process.env.GITHUB_TOKEN) process.env['INPUT_GITHUB-TOKEN'] = process.env.GITHUB_TOKEN;
  const temp = mkdtempSync(path.join(os.tmpdir(), 'audit-verify-'));
  const run = { outputFile: path.join(temp, 'outputs'), summaryFile: path.join(temp, 'summary.md') };
  writeFileSync(run.outputFile, '');
  writeFileSync(run.summaryFile, '');
  process.env.GITHUB_OUTPUT = run.outputFile;
  process.env.GITHUB_STEP_SUMMARY = run.summaryFile;
  process.env.RUNNER_TEMP ??= temp;
  return run;
}

function finishCommandLine(run: CommandLineRun): void {
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  };
  console.log(`\n${read(run.summaryFile)}`);
  const outputs = read(run.outputFile)
    .split('\n')
    .map((line) => /^([a-z-]+)<<(.+)$/.exec(line)?.[1])
    .filter(Boolean);
  const values = parseOutputs(read(run.outputFile));
  console.log(outputs.map((name) => `${name}: ${values[name!]}`).join('\n'));
}

function parseOutputs(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (!heredoc) continue;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) body.push(lines[i]);
    values[heredoc[1]] = body.join('\n');
  }
  return values;
}
