// Audit log benchmark: sign+append throughput, verification of a 100,000-entry log against the bare
// cost of hashing the same bytes and verifying the same signatures, and peak memory at 10k vs 100k.
// Run: npx tsx bench/audit/run.ts   (ENTRIES=20000 for a quicker run)
import { createHash, verify as verifySignature } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DirectoryStore, VirtualClock } from '../../packages/core/src/index.js';
import { canonicalize } from '../../packages/core/src/audit/canonical-json.js';
import { pae, parsePublicKeys, RECORD_PAYLOAD_TYPE } from '../../packages/core/src/audit/envelope.js';
import { fileLayout, readLocalLog, signEntry } from '../../packages/core/src/audit/log-format.js';
import { appendRecord } from '../../actions/audit-sign/src/append.js';
import { verifyLog } from '../../actions/audit-verify/src/verify-log.js';
import { record, signer } from '../../test/unit/audit/fixture.js';
import { reportFigures } from '../report.js';

const self = fileURLToPath(import.meta.url);
const ENTRIES = Number(process.env.ENTRIES ?? 100_000);
const SMALL = Math.min(10_000, ENTRIES / 10);
const pair = signer();

function writeLog(dir: string, n: number): string[] {
  const lines: string[] = [];
  let previous = '';
  let segment: string[] = [];
  const flush = (index: number) => {
    writeFileSync(
      path.join(dir, `audit.${String(index).padStart(6, '0')}.jsonl`),
      segment.map((l) => `${l}\n`).join(''),
    );
    segment = [];
  };
  for (let s = 0; s < n; s++) {
    const { line, entry } = signEntry(record(s, previous, { id: `r${s}` }), pair.key);
    segment.push(line);
    lines.push(line);
    previous = entry.hash;
    if (segment.length === 1000) flush(Math.floor(s / 1000));
  }
  if (segment.length > 0) flush(Math.floor((n - 1) / 1000));
  return lines;
}

/** Child mode: verify a log and report time and peak RSS sampled every 10 ms. */
async function verifyChild(logFile: string): Promise<void> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const start = performance.now();
  const result = await verifyLog(readLocalLog(logFile), {
    keys: parsePublicKeys(process.env.BENCH_PUBLIC ?? ''),
  });
  const ms = performance.now() - start;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    JSON.stringify({ ms, valid: result.valid, verified: result.verified, rssBefore: before, rssPeak: peak }),
  );
}

function runChild(logFile: string, publicPem: string, nodeOptions: string[] = []) {
  const child = spawnSync(process.execPath, [...nodeOptions, ...process.execArgv, self, 'verify', logFile], {
    encoding: 'utf8',
    env: { ...process.env, BENCH_PUBLIC: publicPem },
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as {
    ms: number;
    valid: boolean;
    verified: number;
    rssBefore: number;
    rssPeak: number;
  };
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'audit-bench-'));
  try {
    // 1. Sign and append through the directory store (one compare-and-swap per record).
    const appendDir = path.join(dir, 'append');
    const store = new DirectoryStore({ directory: appendDir });
    const clock = new VirtualClock(Date.UTC(2026, 4, 1));
    const APPENDS = 300;
    let start = performance.now();
    for (let i = 0; i < APPENDS; i++) {
      const {
        logId: _l,
        sequence: _s,
        previousHash: _p,
        time: _t,
        ...draft
      } = record(0, '', { id: `a${i}` });
      await appendRecord({
        store,
        layout: fileLayout(path.join(appendDir, 'audit.jsonl')),
        draft,
        key: pair.key,
        logId: 'bench',
        checkpointEvery: 100,
        forceCheckpoint: false,
        clock,
      });
    }
    const appendMs = performance.now() - start;
    start = performance.now();
    for (let i = 0; i < APPENDS; i++) signEntry(record(i, '', { id: `s${i}` }), pair.key);
    const signMs = performance.now() - start;

    // 2. Verify logs of SMALL and ENTRIES entries in fresh processes (peak RSS of the verifier alone).
    const smallDir = path.join(dir, 'small');
    const bigDir = path.join(dir, 'big');
    for (const d of [smallDir, bigDir]) rmSync(d, { recursive: true, force: true });
    mkdirSync(smallDir);
    mkdirSync(bigDir);
    writeLog(smallDir, SMALL);
    start = performance.now();
    const lines = writeLog(bigDir, ENTRIES);
    const generateMs = performance.now() - start;
    const small = runChild(path.join(smallDir, 'audit.jsonl'), pair.publicPem);
    const big = runChild(path.join(bigDir, 'audit.jsonl'), pair.publicPem);
    // Streaming means the whole log never needs to fit: verify it again with a 32 MB old-space cap.
    const HEAP_CAP_MB = 32;
    const capped = runChild(path.join(bigDir, 'audit.jsonl'), pair.publicPem, [
      `--max-old-space-size=${HEAP_CAP_MB}`,
    ]);
    if (!small.valid || !big.valid || !capped.valid) throw new Error('generated log did not verify');

    // 3. The bare cost: hash every line's bytes and verify every signature in a tight loop.
    const material = lines.map((line) => {
      const entry = JSON.parse(line) as {
        record: unknown;
        bundle: { dsseEnvelope: { signatures: { sig: string }[] } };
      };
      return {
        bytes: Buffer.from(line),
        message: pae(RECORD_PAYLOAD_TYPE, Buffer.from(canonicalize(entry.record))),
        sig: Buffer.from(entry.bundle.dsseEnvelope.signatures[0].sig, 'base64'),
      };
    });
    start = performance.now();
    let ok = 0;
    for (const m of material) {
      createHash('sha256').update(m.bytes).digest();
      if (verifySignature(null, m.message, pair.keys[0].key, m.sig)) ok++;
    }
    const bareMs = performance.now() - start;
    if (ok !== ENTRIES) throw new Error('bare loop failed to verify');

    const rows = [
      [
        'sign + append (directory store, 1 CAS each)',
        `${APPENDS} records`,
        `${appendMs.toFixed(0)} ms`,
        `${((APPENDS / appendMs) * 1000).toFixed(0)} records/s`,
      ],
      [
        'sign only (canonicalise, hash, Ed25519, bundle)',
        `${APPENDS} records`,
        `${signMs.toFixed(0)} ms`,
        `${((APPENDS / signMs) * 1000).toFixed(0)} records/s`,
      ],
      ['append overhead (append ÷ sign only)', '', '', `${(appendMs / signMs).toFixed(1)}×`],
      ['generate a signed log', `${ENTRIES} entries`, `${generateMs.toFixed(0)} ms`, ''],
      [
        'verify (stream, all checks)',
        `${ENTRIES} entries`,
        `${big.ms.toFixed(0)} ms`,
        `${((ENTRIES / big.ms) * 1000).toFixed(0)} entries/s`,
      ],
      [
        'bare SHA-256 of the lines + Ed25519 verify, tight loop',
        `${ENTRIES} entries`,
        `${bareMs.toFixed(0)} ms`,
        `${((ENTRIES / bareMs) * 1000).toFixed(0)} entries/s`,
      ],
      ['verify ÷ bare', '', '', `${(big.ms / bareMs).toFixed(2)}×`],
      [
        'verifier peak RSS',
        `${SMALL} entries`,
        mb(small.rssPeak),
        `+${mb(small.rssPeak - small.rssBefore)} over start`,
      ],
      [
        'verifier peak RSS',
        `${ENTRIES} entries`,
        mb(big.rssPeak),
        `+${mb(big.rssPeak - big.rssBefore)} over start`,
      ],
      [
        `verify with --max-old-space-size=${HEAP_CAP_MB}`,
        `${ENTRIES} entries`,
        `${capped.ms.toFixed(0)} ms`,
        `completed, peak RSS ${mb(capped.rssPeak)}`,
      ],
      [
        'peak RSS ratio (big ÷ small)',
        `${ENTRIES / SMALL}× the entries`,
        '',
        `${(big.rssPeak / small.rssPeak).toFixed(2)}×`,
      ],
    ];
    console.log('| measurement | size | time / value | rate / ratio |\n| --- | --- | --- | --- |');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    reportFigures('audit', [
      { figure: 'sign + append', value: Math.round((APPENDS / appendMs) * 1000), unit: 'records/s' },
      {
        figure: `verify ${ENTRIES} entries`,
        value: Math.round((ENTRIES / big.ms) * 1000),
        unit: 'entries/s',
        baseline: 'bare SHA-256 + Ed25519',
        ratio: `${(big.ms / bareMs).toFixed(2)}× the time`,
      },
      {
        figure: `verifier peak RSS, ${SMALL} entries`,
        value: (small.rssPeak / 1048576).toFixed(1),
        unit: 'MB',
      },
      {
        figure: `verifier peak RSS, ${ENTRIES} entries`,
        value: (big.rssPeak / 1048576).toFixed(1),
        unit: 'MB',
        baseline: `${SMALL} entries`,
        ratio: (big.rssPeak / small.rssPeak).toFixed(2),
      },
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'verify') {
  // The child gets the parent's public key through the environment.
  await verifyChild(process.argv[3]);
} else await main();
