import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Env that makes Node (24) record the path of every file it loads (import and require alike, through
 * a `module.registerHooks` load hook) in `dir`; `loaded()` reads them back, `clear()` starts afresh.
 * For checking that a bundle leaves heavy code unloaded until its inputs need it (issue 14).
 */
export function loadRecorder(dir: string): {
  env: Record<string, string>;
  loaded: () => string[];
  clear: () => void;
} {
  const log = path.join(dir, 'loaded.txt');
  const hook = path.join(dir, 'record-loads.mjs');
  writeFileSync(log, '');
  writeFileSync(
    hook,
    `import { registerHooks } from 'node:module';
import { appendFileSync } from 'node:fs';
registerHooks({ load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); } });
`,
  );
  return {
    env: { NODE_OPTIONS: `--import=${hook}` },
    loaded: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter((u) => u.startsWith('file:'))
        .map((u) => fileURLToPath(u)),
    clear: () => writeFileSync(log, ''),
  };
}
