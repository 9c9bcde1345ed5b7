// A `gh api` for the engine's run steps. GitHub's gh refuses plain-http API hosts, so this speaks to
// the emulator (GITHUB_API_URL) with the flags our workflows use, and fails loudly on anything else.
// Flag meanings follow https://cli.github.com/manual/gh_api.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

function die(message, code = 1) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const [command, ...args] = process.argv.slice(2);
if (command !== 'api') die(`gh ${command ?? ''}: only 'gh api' is emulated by the shipgate test engine`);

let endpoint;
let method;
let jq;
let paginate = false;
let silent = false;
let input;
const headers = {};
const fields = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  const value = () => {
    if (i + 1 >= args.length) die(`gh api: flag needs an argument: ${arg}`);
    return args[++i];
  };
  if (arg === '-X' || arg === '--method') method = value().toUpperCase();
  else if (arg === '-f' || arg === '--raw-field') fields.push({ raw: true, text: value() });
  else if (arg === '-F' || arg === '--field') fields.push({ raw: false, text: value() });
  else if (arg === '-H' || arg === '--header') {
    const h = value();
    const colon = h.indexOf(':');
    if (colon < 0) die(`gh api: header '${h}' is not 'Name: value'`);
    headers[h.slice(0, colon).trim().toLowerCase()] = h.slice(colon + 1).trim();
  } else if (arg === '-q' || arg === '--jq') jq = value();
  else if (arg === '--paginate') paginate = true;
  else if (arg === '--silent') silent = true;
  else if (arg === '--input') input = value();
  else if (arg.startsWith('-')) die(`gh api: flag ${arg} is not emulated by the shipgate test engine`);
  else if (endpoint === undefined) endpoint = arg;
  else die(`gh api: unexpected argument ${arg}`);
}
if (!endpoint) die('gh api: an endpoint argument is required');

const token = process.env.GH_TOKEN || process.env.GITHUB_TOKEN;
if (!token)
  die(
    'gh: To use GitHub CLI in a GitHub Actions workflow, set the GH_TOKEN environment variable. Example:\n  env:\n    GH_TOKEN: ${{ github.token }}',
    4,
  );

// -F: true, false, null and integers become JSON values, @file reads a file, the rest are strings.
function typedValue(text) {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'null') return null;
  if (/^-?\d+$/.test(text)) return Number(text);
  if (text.startsWith('@')) return readFileSync(text === '@-' ? 0 : text.slice(1), 'utf8');
  return text;
}

// key=value, key[]=value (array), key[] (empty array), key[sub]=value (nested object).
const params = {};
for (const field of fields) {
  const eq = field.text.indexOf('=');
  const key = eq < 0 ? field.text : field.text.slice(0, eq);
  if (eq < 0 && !key.endsWith('[]')) die(`gh api: field '${field.text}' is not key=value`);
  const raw = eq < 0 ? undefined : field.text.slice(eq + 1);
  const parts = key.match(/^([^[]+)((?:\[[^\]]*\])*)$/);
  if (!parts) die(`gh api: field key '${key}' is not understood`);
  const path = [parts[1], ...[...parts[2].matchAll(/\[([^\]]*)\]/g)].map((m) => m[1])];
  let target = params;
  for (let p = 0; p < path.length - 1; p++) {
    const name = path[p];
    const isArray = path[p + 1] === '';
    target[name] ??= isArray ? [] : {};
    target = target[name];
  }
  const last = path[path.length - 1];
  if (raw === undefined) continue;
  const v = field.raw ? raw : typedValue(raw);
  if (Array.isArray(target) && last === '') target.push(v);
  else target[last] = v;
}

const repository = process.env.GH_REPO || process.env.GITHUB_REPOSITORY || '';
const [owner, repo] = repository.split('/');
const resolved = endpoint
  .replace(/\{owner\}/g, owner ?? '')
  .replace(/\{repo\}/g, repo ?? '')
  .replace(/\{branch\}/g, (process.env.GITHUB_REF_NAME ?? '').toString());
const base = (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');
const hasParams = fields.length > 0;
method ??= hasParams || input ? 'POST' : 'GET';

let url = /^https?:/.test(resolved) ? resolved : `${base}/${resolved.replace(/^\//, '')}`;
let body;
if (input !== undefined) body = readFileSync(input === '-' ? 0 : input, 'utf8');
else if (hasParams && method === 'GET') {
  const u = new URL(url);
  for (const [k, v] of Object.entries(params))
    for (const item of Array.isArray(v) ? v : [v])
      u.searchParams.append(Array.isArray(v) ? `${k}[]` : k, String(item));
  url = u.toString();
} else if (hasParams) body = JSON.stringify(params);

const requestHeaders = {
  accept: 'application/vnd.github+json',
  'user-agent': 'shipgate-engine-gh',
  authorization: `token ${token}`,
  ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
  ...headers,
};

function nextLink(link) {
  const match = /<([^>]+)>;\s*rel="next"/.exec(link ?? '');
  return match ? match[1] : undefined;
}

function filter(text) {
  if (jq === undefined) return text;
  try {
    return execFileSync('jq', ['-r', jq], { input: text, encoding: 'utf8' });
  } catch (error) {
    die(`gh api: --jq '${jq}' failed: ${error.stderr ?? error.message}`);
  }
}

const pages = [];
let next = url;
while (next) {
  const response = await fetch(next, { method, headers: requestHeaders, body });
  const text = await response.text();
  if (response.status >= 400) {
    let message = response.statusText;
    try {
      message = JSON.parse(text).message ?? message;
    } catch {
      // not JSON: keep the status text
    }
    process.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`);
    die(`gh: ${message} (HTTP ${response.status})`);
  }
  pages.push(text);
  next = paginate ? nextLink(response.headers.get('link')) : undefined;
  body = undefined;
}

if (!silent) {
  let out;
  if (jq !== undefined) out = pages.map(filter).join('');
  else if (paginate && pages.length > 1) {
    const parsed = pages.map((p) => JSON.parse(p));
    out = Array.isArray(parsed[0]) ? JSON.stringify(parsed.flat()) : pages.join('');
  } else out = pages.join('');
  if (out !== '') process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
}
