// Generates the inputs/outputs table of each action's README from its action.yml, between the markers
// <!-- inputs-outputs:start --> and <!-- inputs-outputs:end -->. `--check` fails on drift instead of writing.
// Wrap the markers in <!-- prettier-ignore-start --> … <!-- prettier-ignore-end --> so Prettier leaves
// the generated table as generated.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- inputs-outputs:start -->';
const END = '<!-- inputs-outputs:end -->';

const cell = (text) =>
  String(text ?? '')
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

export function renderTable(meta) {
  const lines = [
    '### Inputs',
    '',
    '| name | required | default | description |',
    '| --- | --- | --- | --- |',
  ];
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    const fallback = spec.default === undefined || spec.default === '' ? '' : `\`${cell(spec.default)}\``;
    lines.push(`| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${fallback} | ${cell(spec.description)} |`);
  }
  lines.push('', '### Outputs', '', '| name | description |', '| --- | --- |');
  for (const [name, spec] of Object.entries(meta.outputs ?? {}))
    lines.push(`| \`${name}\` | ${cell(spec.description)} |`);
  return lines.join('\n');
}

export function actionsWithDocs() {
  return readdirSync(path.join(root, 'actions'), { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(path.join(root, 'actions', entry.name, 'action.yml')),
    )
    .map((entry) => entry.name)
    .sort();
}

/** The README as it should be, or an error string. */
export function expectedReadme(action) {
  const dir = path.join(root, 'actions', action);
  const readmePath = path.join(dir, 'README.md');
  if (!existsSync(readmePath)) return { error: `actions/${action}/README.md is missing` };
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start)
    return { error: `actions/${action}/README.md lacks the ${START} … ${END} markers` };
  const meta = parse(readFileSync(path.join(dir, 'action.yml'), 'utf8'));
  const next = `${readme.slice(0, start + START.length)}\n${renderTable(meta)}\n${readme.slice(end)}`;
  return { readme, next, readmePath };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let failed = false;
  for (const action of actionsWithDocs()) {
    const result = expectedReadme(action);
    if (result.error) {
      console.error(result.error);
      failed = true;
    } else if (result.readme !== result.next) {
      if (check) {
        console.error(
          `actions/${action}/README.md: inputs/outputs table differs from action.yml (run npm run docs)`,
        );
        failed = true;
      } else {
        writeFileSync(result.readmePath, result.next);
        console.log(`updated actions/${action}/README.md`);
      }
    }
  }
  process.exit(failed ? 1 : 0);
}
