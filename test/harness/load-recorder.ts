import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './runner.js';

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

/** The chunks of an action's bundle (dist/<action>/*.js but index.js) whose code matches `pattern`. */
export function chunksWith(action: string, pattern: RegExp): string[] {
  const dir = path.join(repoRoot, 'dist', action);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js') && file !== 'index.js')
    .map((file) => path.join(dir, file))
    .filter((file) => pattern.test(readFileSync(file, 'utf8')));
}
