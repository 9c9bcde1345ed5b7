import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Writes `data` as `JSON.stringify(data, null, 2)` and a newline, the same bytes, a part at a time:
 * each top-level value, and each element of a top-level array, is made into text and written on its
 * own. A report over 100 services is about 5 MB of JSON; made whole, that text and the one large
 * string it is built in sat in memory beside the dashboard at the run's peak.
 * `data` is plain data (objects, arrays, strings, numbers, booleans, null), as a report is.
 */
export async function writeJsonReportInParts(file: string, data: Record<string, unknown>): Promise<string> {
  const absolute = path.resolve(file);
  await fs.mkdir(path.dirname(absolute), { recursive: true });
  const handle = await fs.open(absolute, 'w');
  try {
    // Small parts are gathered and written together; a large array's elements go one at a time.
    let pending = '';
    const write = async (text: string, flush = false) => {
      pending += text;
      if (flush || pending.length >= 1 << 16) {
        await handle.write(pending);
        pending = '';
      }
    };
    // Strings in JSON text hold no raw newline, so every newline is one the indentation starts at.
    const nested = (value: unknown, indent: string) =>
      (JSON.stringify(value, null, 2) as string | undefined)?.replace(/\n/g, `\n${indent}`);
    // JSON.stringify leaves out keys whose value is undefined (or a function or symbol).
    const entries = Object.entries(data).filter(([, value]) => !omitted(value));
    if (entries.length === 0) await write('{}');
    else {
      await write('{');
      for (const [n, [key, value]] of entries.entries()) {
        await write(`${n > 0 ? ',' : ''}\n  ${JSON.stringify(key)}: `);
        if (Array.isArray(value) && value.length > 0) {
          await write('[');
          for (const [i, element] of value.entries())
            // An element that is undefined (or a function or symbol) is written null, as JSON.stringify does.
            await write(`${i > 0 ? ',' : ''}\n    ${nested(element, '    ') ?? 'null'}`);
          await write('\n  ]');
        } else await write(nested(value, '  ') ?? 'null');
      }
      await write('\n}');
    }
    await write('\n', true);
  } finally {
    await handle.close();
  }
  return absolute;
}

const omitted = (value: unknown) =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';
