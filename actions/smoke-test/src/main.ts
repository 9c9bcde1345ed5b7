import * as core from '@actions/core';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  InputError,
  Outputs,
  formatDuration,
  markdownTable,
  runAction,
  writeJsonReport,
  writeSummary,
} from '@shipgate/core';
import { CHECKS_EXPECTED, parseChecks, type SmokeCheck } from './checks-config.js';
import { parseJsonPath } from './json-path.js';
import { renderJUnit } from './junit.js';
import { runChecks } from './run-checks.js';

type OutputName = 'result' | 'passed' | 'failed' | 'total' | 'report';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The check that the deployed version is the one just shipped (a leading `v` on either side is ignored). */
function versionCheck(expected: string, url: URL, jsonPath: string | undefined): SmokeCheck {
  const pattern = `^v?${escapeRegex(expected.replace(/^v/, ''))}$`;
  return {
    name: 'deployed version',
    url,
    method: 'GET',
    headers: [],
    followRedirects: 0,
    line: 0,
    expect: {
      status: { text: '2xx', test: (s) => s >= 200 && s < 300 },
      bodyContains: [],
      bodyMatches: jsonPath
        ? undefined
        : new RegExp(`^\\s*v?${escapeRegex(expected.replace(/^v/, ''))}\\s*$`),
      json: jsonPath
        ? [{ path: jsonPath, query: parseJsonPath(jsonPath), expected: { matches: pattern } }]
        : [],
      headers: [],
    },
  };
}

export async function run(): Promise<void> {
  const outputs = new Outputs<OutputName>({
    result: 'failed',
    passed: '0',
    failed: '0',
    total: '0',
    report: '{}',
  });
  await runAction(outputs, async ({ inputs, clock, signal }) => {
    // Inputs: all parsed and validated before the first request.
    const baseUrl = inputs.optionalUrl('base-url');
    const inline = inputs.optionalString('checks');
    const file = inputs.optionalString('checks-file');
    if (inline && file)
      throw new InputError(
        'checks-file',
        'is set together with checks',
        'either checks (inline YAML) or checks-file, not both',
      );
    let checks: SmokeCheck[] = [];
    if (inline) checks = await parseChecks(inline, { input: 'checks', baseUrl });
    if (file) {
      let text: string;
      try {
        text = await fs.readFile(path.resolve(file), 'utf8');
      } catch (error) {
        throw new InputError(
          'checks-file',
          `cannot read '${file}' (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
          CHECKS_EXPECTED,
        );
      }
      checks = await parseChecks(text, { input: 'checks-file', file, baseUrl });
    }
    const expectedVersion = inputs.optionalString('expected-version');
    const versionUrl = inputs.optionalUrl('version-url');
    const versionPathText = inputs.string('version-json-path', { default: '$.version' });
    if (expectedVersion) {
      if (!versionUrl)
        throw new InputError(
          'version-url',
          'is required with expected-version',
          'the URL that reports the deployed version, such as https://service.example.com/version',
        );
      let jsonPath: string | undefined = versionPathText;
      if (versionPathText === '.' || versionPathText === 'body') jsonPath = undefined;
      else
        try {
          parseJsonPath(versionPathText);
        } catch (error) {
          throw new InputError(
            'version-json-path',
            (error as Error).message,
            "a JSONPath such as $.version or $['build']['version'], or 'body' for the whole body",
          );
        }
      checks.push(versionCheck(expectedVersion, versionUrl, jsonPath));
    }
    if (checks.length === 0)
      throw new InputError('checks', 'is empty and so are checks-file and expected-version', CHECKS_EXPECTED);
    const retries = inputs.integer('retries', { default: 3, min: 0, max: 100 });
    const retryDelayMs = inputs.duration('retry-delay', { default: '1s' });
    const deadlineMs = inputs.duration('deadline', { default: '5m', minMs: 1 });
    const timeoutMs = inputs.duration('timeout', { default: '10s', minMs: 1 });
    const concurrency = inputs.integer('concurrency', { default: 4, min: 1, max: 64 });
    const junitFile = inputs.optionalString('junit-file');
    const reportFile = inputs.optionalString('report-file');
    const secrets = checks.flatMap((c) =>
      c.headers.filter((h) => h.secret && h.value !== '').map((h) => h.value),
    );
    for (const secret of secrets) core.setSecret(secret);
    const redact = (text: string) => secrets.reduce((out, secret) => out.split(secret).join('***'), text);

    // Decision: run the checks.
    const started = clock.now();
    core.startGroup(
      `Running ${checks.length} check(s), ${concurrency} at a time, up to ${retries} retries each, deadline ${formatDuration(deadlineMs)}`,
    );
    let results;
    try {
      results = await runChecks(checks, {
        retries,
        retryDelayMs,
        timeoutMs,
        deadline: started + deadlineMs,
        concurrency,
        clock,
        signal,
        log: (line) => core.info(redact(line)),
      });
    } finally {
      core.endGroup();
    }

    // Outputs and reports.
    const passed = results.filter((r) => r.passed).length;
    const failed = results.length - passed;
    const result = failed === 0 ? 'passed' : 'failed';
    const report = {
      result,
      'started-at': new Date(started).toISOString(),
      'duration-ms': clock.now() - started,
      total: results.length,
      passed,
      failed,
      'expected-version': expectedVersion ?? null,
      checks: results,
    };
    const reportText = redact(JSON.stringify(report));
    outputs.set('result', result);
    outputs.set('passed', passed);
    outputs.set('failed', failed);
    outputs.set('total', results.length);
    outputs.set('report', reportText);
    if (reportFile) await writeJsonReport(reportFile, JSON.parse(reportText));
    if (junitFile) {
      await fs.mkdir(path.dirname(path.resolve(junitFile)), { recursive: true });
      await fs.writeFile(
        junitFile,
        renderJUnit(results, 'smoke-test', new Date(started).toISOString().replace(/\.\d+Z$/, ''), redact),
      );
    }
    await writeSummary(
      redact(
        [
          `## Smoke tests: ${result} (${passed}/${results.length} passed)`,
          '',
          markdownTable(
            ['Check', 'Result', 'Status', 'Latency', 'Attempts', 'Why it failed'],
            results.map((r) => [
              r.name,
              r.passed ? '✅ passed' : '❌ failed',
              r.status,
              r.latencyMs === undefined ? undefined : `${r.latencyMs} ms`,
              r.attempts.length,
              r.reasons.join('; '),
            ]),
          ),
        ].join('\n'),
      ),
    );
    if (failed > 0)
      core.setFailed(
        redact(
          `${failed} of ${results.length} smoke check(s) failed: ${results
            .filter((r) => !r.passed)
            .map((r) => r.name)
            .join(', ')}`,
        ),
      );
  });
}
