// `npm run demo` will run a complete governed deployment on this machine (see README). Until every
// piece it needs has landed, it says what is missing instead of pretending.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const needed = [
  'pre-deploy-checks',
  'approval-gate',
  'canary',
  'smoke-test',
  'audit-sign',
  'audit-verify',
  'sla-probe',
  'sla-report',
];
const built = needed.filter((name) => existsSync(path.join(root, 'dist', name, 'index.js')));
const missing = needed.filter((name) => !built.includes(name));

console.log(
  'shipgate demo: a governed deployment on this machine (GitHub API emulator, sample service, local router).',
);
console.log(`actions bundled: ${built.length > 0 ? built.join(', ') : 'none yet'}`);
console.log(`not built yet:   ${missing.length > 0 ? missing.join(', ') : 'none'}`);
console.log(
  'The demo itself (issue: reusable workflows, examples, demo) is not built yet, so nothing was run.',
);
process.exit(1);
