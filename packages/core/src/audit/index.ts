// The audit core shared by audit-sign and audit-verify: record schema, canonical form, signing and
// verification (keys and keyless), the log format, and the compliance mapping.
export * from './archive.js';
export * from './canonical-json.js';
export * from './compliance.js';
export * from './deployment-details.js';
export * from './entry-check.js';
export * from './envelope.js';
export * from './keyless-signer.js';
export type { KeylessVerifier } from './keyless.js';
export * from './log-format.js';
export * from './record.js';
export * from './retention.js';
