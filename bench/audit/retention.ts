// Retention benchmark, measured side by side in one run on a local log of ENTRIES entries (segments of
// 1000): an append without retention, an append with retention when nothing is due (the usual case),
// an append that moves a full batch to the archive, and verification of the same log before and after
// the move (archive + live, archive digests included).
// Run: npx tsx bench/audit/retention.ts   (ENTRIES=20000 by default)
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DirectoryStore, VirtualClock } from '../../packages/core/src/index.js';
import { fileLayout, readLocalLog, signEntry } from '../../packages/core/src/audit/log-format.js';
import { MAX_ARCHIVED_PER_MOVE, localArchiveDigests } from '../../packages/core/src/audit/retention.js';
import { appendRecord } from '../../actions/audit-sign/src/append.js';
import { verifyLog } from '../../actions/audit-verify/src/verify-log.js';
import { record, signer } from '../../test/unit/audit/fixture.js';
import { reportFigures } from '../report.js';

const ENTRIES = Number(process.env.ENTRIES ?? 20_000);
const REPEAT = 5;
const pair = signer();

/** A log whose records are one minute apart (fixture times), in segments of 1000. */
function writeLog(dir: string, n: number): void {
  let previous = '';
  let segment: string[] = [];
  for (let s = 0; s < n; s++) {
    const { line, entry } = signEntry(record(s, previous, { id: `r${s}` }), pair.key);
    segment.push(line);
    previous = entry.hash;
    if (segment.length === 1000 || s === n - 1) {
      writeFileSync(
        path.join(dir, `audit.${String(Math.floor(s / 1000)).padStart(6, '0')}.jsonl`),
        segment.map((l) => `${l}\n`).join(''),
      );
      segment = [];
    }
  }
}

const draft = (id: string) => {
  const { logId: _l, sequence: _s, previousHash: _p, time: _t, ...rest } = record(0, '', { id });
  return rest;
};

async function timeAppends(dir: string, retentionDays: number | undefined, times: number): Promise<number[]> {
  const logFile = path.join(dir, 'audit.jsonl');
  const store = new DirectoryStore({ directory: dir });
  // One day after the last record: with 1 day of retention every record is due; with 365 none is.
  const clock = new VirtualClock(Date.UTC(2026, 4, 1) + ENTRIES * 60_000 + 86_400_000);
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await appendRecord({
      store,
      layout: fileLayout(logFile),
      draft: draft(`bench-${i}`),
      key: pair.key,
      logId: 'octo-org/audit@audit-log',
      checkpointEvery: 1_000_000,
      forceCheckpoint: false,
      clock,
      retentionDays,
    });
    ms.push(performance.now() - start);
  }
  return ms;
}

async function timeVerify(dir: string): Promise<{ ms: number; valid: boolean; archived: number }> {
  const logFile = path.join(dir, 'audit.jsonl');
  const start = performance.now();
  const result = await verifyLog(readLocalLog(logFile), {
    keys: pair.keys,
    archiveDigests: await localArchiveDigests(logFile),
  });
  return {
    ms: performance.now() - start,
    valid: result.valid,
    archived: result.retention?.archivedRecords ?? 0,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'bench-retention-'));
  try {
    const base = path.join(root, 'base');
    mkdirSync(base);
    writeLog(base, ENTRIES);
    const copy = (name: string) => {
      const dir = path.join(root, name);
      cpSync(base, dir, { recursive: true });
      return dir;
    };
    const plain = median(await timeAppends(copy('plain'), undefined, REPEAT));
    const nothingDue = median(await timeAppends(copy('none-due'), 365, REPEAT));
    const moving = copy('moving');
    const before = await timeVerify(moving);
    const [move] = await timeAppends(moving, 1, 1);
    const after = await timeVerify(moving);
    if (!before.valid || !after.valid || after.archived !== Math.min(MAX_ARCHIVED_PER_MOVE, ENTRIES))
      throw new Error(
        `unexpected verification: before ${before.valid}, after ${after.valid} (${after.archived})`,
      );
    const rows = [
      ['append, no retention (median)', plain, '1.00'],
      ['append, retention-days 365, nothing due (median)', nothingDue, (nothingDue / plain).toFixed(2)],
      [`append moving ${after.archived} records to the archive`, move, (move / plain).toFixed(2)],
      [`verify ${ENTRIES} entries, all live`, before.ms, ''],
      [
        `verify ${ENTRIES + 2} entries, ${after.archived} archived`,
        after.ms,
        `${(after.ms / before.ms).toFixed(2)} (vs all live)`,
      ],
    ] as const;
    console.log(`Retention benchmark, ${ENTRIES} entries, segments of 1000\n`);
    console.log('| figure | ms | ratio to plain append |\n| --- | ---: | ---: |');
    for (const [figure, ms, ratio] of rows) console.log(`| ${figure} | ${ms.toFixed(1)} | ${ratio} |`);
    reportFigures('audit-retention', [
      {
        figure: 'append with retention, nothing due',
        value: Number(nothingDue.toFixed(1)),
        unit: 'ms',
        baseline: 'append without retention',
        ratio: Number((nothingDue / plain).toFixed(2)),
      },
      {
        figure: `append moving ${after.archived} records`,
        value: Number(move.toFixed(1)),
        unit: 'ms',
        baseline: 'append without retention',
        ratio: Number((move / plain).toFixed(2)),
      },
      {
        figure: 'verify with archive',
        value: Number(after.ms.toFixed(0)),
        unit: 'ms',
        baseline: 'same log all live',
        ratio: Number((after.ms / before.ms).toFixed(2)),
      },
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
