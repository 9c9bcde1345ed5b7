// Rebuilds every bundle and fails when dist/ differs from what is committed (changed, deleted or new files).
import { execFileSync } from 'node:child_process';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const drift = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', 'dist'], {
  encoding: 'utf8',
});
if (drift.trim() !== '') {
  console.error('dist/ does not match a fresh build. Run `npm run build` and commit dist/:\n' + drift);
  process.exit(1);
}
console.log('dist/ matches a fresh build');
