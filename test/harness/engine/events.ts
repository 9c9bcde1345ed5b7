import type { EventsConfig } from '@actions/workflow-parser/model/workflow-template';

/**
 * Which workflows an event starts, by their `on:`.
 * https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows
 */

export interface DeliveredEvent {
  name: string;
  /** The activity type (payload.action), e.g. created. */
  action?: string;
  payload: Record<string, unknown>;
}

/**
 * "By default, a workflow only runs when a pull_request event's activity type is opened,
 * synchronize, or reopened." (the same for pull_request_target); every other event runs for all of
 * its activity types unless `types:` narrows them.
 * https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#pull_request
 */
const defaultTypes: Record<string, string[]> = {
  pull_request: ['opened', 'synchronize', 'reopened'],
  pull_request_target: ['opened', 'synchronize', 'reopened'],
};

/**
 * A filter pattern: `*` any characters but `/`, `**` any characters, `?` zero or one of the
 * preceding character, `+` one or more of it, `[]` a class; a leading `!` negates; later patterns
 * override earlier ones.
 * https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet
 */
export function patternToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?' || c === '+') source += c;
    else if (c === '[') {
      const end = pattern.indexOf(']', i);
      source += pattern.slice(i, end + 1);
      i = end;
    } else source += c.replace(/[.^$(){}|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

export function matchesFilters(name: string, patterns: string[]): boolean {
  let matched = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    if (patternToRegExp(negated ? pattern.slice(1) : pattern).test(name)) matched = !negated;
  }
  return matched;
}

function includeExclude(name: string, include?: string[], exclude?: string[]): boolean {
  if (include) return matchesFilters(name, include);
  if (exclude) return !matchesFilters(name, exclude);
  return true;
}

type Filters = {
  types?: string[];
  branches?: string[];
  'branches-ignore'?: string[];
  tags?: string[];
  'tags-ignore'?: string[];
  workflows?: string[];
};

export function workflowListensTo(events: EventsConfig, event: DeliveredEvent): boolean {
  if (!(event.name in events)) return false;
  if (event.name === 'workflow_call' || event.name === 'workflow_dispatch') return false;
  if (event.name === 'schedule') {
    const cron = event.payload.schedule;
    return cron === undefined || (events.schedule ?? []).some((s) => s.cron === cron);
  }
  const config = (events[event.name] ?? {}) as Filters;
  const action = event.action ?? (event.payload.action as string | undefined);
  const types = config.types ?? defaultTypes[event.name];
  if (types && action !== undefined && !types.includes(action)) return false;
  if (event.name === 'push') {
    // "If you define only tags/tags-ignore or only branches/branches-ignore, the workflow won't run
    // for events affecting the undefined Git ref."
    // https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#onpushbranchestagsbranches-ignoretags-ignore
    const ref = String(event.payload.ref ?? '');
    const branchFilter = config.branches ?? config['branches-ignore'];
    const tagFilter = config.tags ?? config['tags-ignore'];
    if (ref.startsWith('refs/heads/')) {
      if (!branchFilter && tagFilter) return false;
      return includeExclude(ref.slice(11), config.branches, config['branches-ignore']);
    }
    if (ref.startsWith('refs/tags/')) {
      if (!tagFilter && branchFilter) return false;
      return includeExclude(ref.slice(10), config.tags, config['tags-ignore']);
    }
    return true;
  }
  if (event.name === 'pull_request' || event.name === 'pull_request_target') {
    const base = (event.payload.pull_request as { base?: { ref?: string } } | undefined)?.base?.ref ?? '';
    return includeExclude(base, config.branches, config['branches-ignore']);
  }
  if (event.name === 'workflow_run') {
    const run = event.payload.workflow_run as { name?: string; head_branch?: string } | undefined;
    if (config.workflows && !config.workflows.includes(run?.name ?? '')) return false;
    return includeExclude(run?.head_branch ?? '', config.branches, config['branches-ignore']);
  }
  return true;
}
