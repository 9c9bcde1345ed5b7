// The SLA core shared by sla-probe, sla-report and the pre-deploy error-budget gate.
export * from './budget-evidence.js';
export * from './burn-rate.js';
export * from './config.js';
export * from './data-store.js';
export * from './ddsketch.js';
export * from './history.js';
export * from './samples.js';
export * from './sli.js';
export * from './status.js';
export * from './totals.js';
export * from './service-issues.js';
