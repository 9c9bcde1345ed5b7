import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeJsonReportInParts } from '../../../actions/sla-report/src/json-report.js';

describe('the JSON report written in parts', () => {
  it('has the bytes of JSON.stringify(data, null, 2) and a newline', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sla-json-report-'));
    try {
      const cases: Record<string, unknown>[] = [
        {},
        { skipped: undefined },
        { empty: [], nothing: null, object: {} },
        {
          services: [
            { name: 'api', lines: 'a\nb "quoted"', deep: { list: [1, 2, { mark: 'é ✔' }], none: [] } },
            { name: 'web', gone: undefined },
          ],
          holes: [1, undefined, 3],
          nested: [[], [[1]]],
          when: new Date(0),
          last: 'x',
        },
      ];
      for (const [i, data] of cases.entries()) {
        const file = path.join(dir, `case-${i}.json`);
        await writeJsonReportInParts(file, data);
        expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(data, null, 2)}\n`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
