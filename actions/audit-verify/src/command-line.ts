import { readFileSync } from 'node:fs';

export const USAGE = `Verify a shipgate audit log on your own machine.

  node dist/audit-verify/index.js --log-file audit/audit.jsonl --public-key signer.pub.pem [options]
  node dist/audit-verify/index.js --log-file audit/audit.jsonl --certificate-identity <san> [options]

  --log-file <path>            the log path given to audit-sign (reads its segments) or one JSONL file
  --public-key <file>          an allowed PEM public key; repeat for several
  --certificate-identity <san> a keyless signer's identity (SAN); repeat for several
  --certificate-identity-regexp <re>  a regular expression the whole SAN must match
  --certificate-oidc-issuer <url>     default https://token.actions.githubusercontent.com
  --trusted-root <file>        a Sigstore trusted_root.json (default: the public-good root shipped)
  --trusted-checkpoint <file>  a checkpoint obtained outside the log (a file, or the JSON line itself)
  --report <kind>              none, daily, weekly, monthly or range (default none)
  --since <time>, --until <time>
  --report-dir <folder>        where compliance-report.json/.md go (default ./audit-report)
  --compliance-standards <list> default SOC2,ISO27001
  --log-repository <o/r> --log-branch <name>  read the log from GitHub instead (token in GITHUB_TOKEN)

Exit code 0 when the log verifies, 1 otherwise.`;

const FLAGS: Record<string, string> = {
  '--log-file': 'log-file',
  '--public-key': 'public-keys',
  '--certificate-identity': 'certificate-identity',
  '--certificate-identity-regexp': 'certificate-identity-regexp',
  '--certificate-oidc-issuer': 'certificate-oidc-issuer',
  '--trusted-root': 'trusted-root',
  '--trusted-checkpoint': 'trusted-checkpoint',
  '--report': 'report',
  '--since': 'since',
  '--until': 'until',
  '--report-dir': 'report-dir',
  '--compliance-standards': 'compliance-standards',
  '--log-repository': 'log-repository',
  '--log-branch': 'log-branch',
};

/** Whether this process was started by a person (arguments, not the Actions runner). */
export function isCommandLine(argv: string[], env: NodeJS.ProcessEnv): boolean {
  return env.GITHUB_ACTIONS !== 'true' && argv.length > 2;
}

/** Maps command-line arguments to the action's inputs; key and checkpoint files are read here. */
export function inputsFromArguments(
  args: string[],
  read: (file: string) => string = (file) => readFileSync(file, 'utf8'),
): { help: true } | { help: false; inputs: Record<string, string> } {
  const inputs: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const input = FLAGS[flag];
    if (!input) throw new Error(`unknown argument '${arg}' (see --help)`);
    const value = inline ?? args[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (input === 'public-keys') {
      inputs[input] = `${inputs[input] ?? ''}${read(value)}\n`;
    } else if (input === 'certificate-identity') {
      inputs[input] = inputs[input] ? `${inputs[input]}\n${value}` : value;
    } else if (input === 'trusted-checkpoint') {
      inputs[input] = value.trim().startsWith('{') ? value : read(value).trim();
    } else inputs[input] = value;
  }
  inputs['report-dir'] ??= 'audit-report';
  return { help: false, inputs };
}
