export * from './event.js';
export * from './notifier.js';
export * from './slack.js';
export * from './teams.js';
export * from './webhook.js';
