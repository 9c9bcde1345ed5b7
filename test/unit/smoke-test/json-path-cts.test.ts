import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJsonPath, queryJsonPath } from '../../../actions/smoke-test/src/json-path.js';

/**
 * The RFC 9535 JSONPath Compliance Test Suite (vendored data, see test/fixtures/jsonpath-cts/SOURCE.md),
 * every case run through the smoke-test's own wrapper: json-p3 claims the whole suite, so all of it.
 */
interface Case {
  name: string;
  selector: string;
  document?: unknown;
  result?: unknown[];
  /** Several acceptable results, where object member order is not defined. */
  results?: unknown[][];
  result_paths?: string[];
  results_paths?: string[][];
  invalid_selector?: boolean;
}

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/jsonpath-cts/cts.json');
const cases = (JSON.parse(readFileSync(file, 'utf8')) as { tests: Case[] }).tests;

describe('RFC 9535 compliance test suite', () => {
  it('has the whole suite', () => {
    expect(cases.length).toBeGreaterThan(700);
  });

  it.each(cases.filter((c) => c.invalid_selector).map((c) => [c.name, c] as const))(
    'rejects: %s',
    (_name, c) => {
      expect(() => parseJsonPath(c.selector)).toThrow(/is not RFC 9535 JSONPath: [^]+ at position \d+$/);
    },
  );

  it.each(cases.filter((c) => !c.invalid_selector).map((c) => [c.name, c] as const))(
    'selects: %s',
    (_name, c) => {
      const nodes = queryJsonPath(c.document, parseJsonPath(c.selector));
      const values = nodes.map((n) => n.value);
      const paths = nodes.map((n) => n.path);
      if (c.result) expect(values).toEqual(c.result);
      else expect(c.results!.some((r) => JSON.stringify(r) === JSON.stringify(values))).toBe(true);
      if (c.result_paths) expect(paths).toEqual(c.result_paths);
      if (c.results_paths)
        expect(c.results_paths.some((r) => JSON.stringify(r) === JSON.stringify(paths))).toBe(true);
    },
  );
});
