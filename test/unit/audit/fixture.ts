import { generateKeyPairSync } from 'node:crypto';
import {
  loadSigningKey,
  parsePublicKeys,
  type SigningKey,
} from '../../../packages/core/src/audit/envelope.js';
import { signEntry, type RawLine } from '../../../packages/core/src/audit/log-format.js';
import { RECORD_SCHEMA, type AuditRecord } from '../../../packages/core/src/audit/record.js';
import { seededRandom } from '../../harness/prng.js';

export function keyPair(type: 'ed25519' | 'p256' = 'ed25519'): { privatePem: string; publicPem: string } {
  const { privateKey, publicKey } =
    type === 'ed25519'
      ? generateKeyPairSync('ed25519')
      : generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export function signer(pair = keyPair()): {
  key: SigningKey;
  publicPem: string;
  keys: ReturnType<typeof parsePublicKeys>;
} {
  return {
    key: loadSigningKey(pair.privatePem),
    publicPem: pair.publicPem,
    keys: parsePublicKeys(pair.publicPem),
  };
}

export function record(
  sequence: number,
  previousHash: string,
  overrides: Partial<AuditRecord> = {},
): AuditRecord {
  return {
    schema: RECORD_SCHEMA,
    id: `r-${sequence}`,
    logId: 'octo-org/audit@audit-log',
    sequence,
    previousHash,
    type: 'deployment',
    time: new Date(Date.UTC(2026, 4, 1) + sequence * 60_000).toISOString(),
    repository: { id: '42', name: 'octo-org/service' },
    actor: { id: '7', login: 'deployer' },
    commit: 'c'.repeat(40),
    ref: 'refs/heads/main',
    run: {
      id: String(1000 + sequence),
      attempt: '1',
      workflowRef: 'octo-org/service/.github/workflows/deploy.yml@refs/heads/main',
    },
    event: 'workflow_dispatch',
    deployment: {
      environment: 'production',
      deploymentId: String(sequence),
      version: `1.0.${sequence}`,
      outcome: 'success',
      approvals: [],
      checks: [],
      emergency: false,
    },
    details: {},
    compliance: { risk: 'medium', standards: [{ standard: 'SOC2', controls: ['CC8.1'] }] },
    ...overrides,
  };
}

/** A valid log of n entries, with a checkpoint entry every `checkpointEvery` entries. */
export function generateLog(
  n: number,
  key: SigningKey,
  options: {
    checkpointEvery?: number;
    start?: { sequence: number; hash: string };
    mutateRecord?: (r: AuditRecord) => AuditRecord;
  } = {},
): { lines: string[]; hashes: string[] } {
  const lines: string[] = [];
  const hashes: string[] = [];
  let previous = options.start?.hash ?? '';
  const first = options.start ? options.start.sequence + 1 : 0;
  for (let s = first; s < first + n; s++) {
    let r = record(s, previous);
    if (options.checkpointEvery && s > 0 && s % options.checkpointEvery === 0)
      r = record(s, previous, {
        type: 'checkpoint',
        checkpoint: { size: s, head: previous },
        deployment: undefined,
      });
    if (options.mutateRecord) r = options.mutateRecord(r);
    const { line, entry } = signEntry(r, key);
    lines.push(line);
    hashes.push(entry.hash);
    previous = entry.hash;
  }
  return { lines, hashes };
}

export async function* asRawLines(lines: string[]): AsyncGenerator<RawLine> {
  let position = 0;
  for (const text of lines) yield { text, position: position++, source: 'memory' };
}

/** Deterministic randomness, so a failing tamper case can be replayed from its seed. */
export const prng = seededRandom;
