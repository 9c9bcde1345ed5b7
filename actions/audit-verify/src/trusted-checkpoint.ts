import {
  checkLine,
  loadRecordSchemas,
  type VerificationKey,
  type KeylessVerifier,
} from '@shipgate/core/audit';
import type { TrustedCheckpoint } from './verify-log.js';

/** The checkpoint line audit-sign wrote as its `checkpoint` output, checked: signed by an allowed key or keyless identity. */
export async function parseTrustedCheckpoint(
  text: string,
  keys: readonly VerificationKey[],
  keyless?: KeylessVerifier,
): Promise<TrustedCheckpoint | { problem: string }> {
  await loadRecordSchemas();
  const checked = checkLine(text.trim(), keys, keyless);
  if (!checked.ok)
    return { problem: `is not a valid signed checkpoint (${checked.failure}: ${checked.message})` };
  const { record } = checked;
  if (record.type !== 'checkpoint' || !record.checkpoint)
    return { problem: `is a signed ${record.type} record, not a checkpoint` };
  return { logId: record.logId, size: record.checkpoint.size, head: record.checkpoint.head };
}
