import { readdirSync, readFileSync } from 'node:fs';

/**
 * The child processes of this process that run an action bundle (node …/dist/<name>/index.js), found
 * through /proc (Linux). On Ctrl-C the demo sends them SIGTERM as the Actions runner does when a job is
 * cancelled, so that a canary routes traffic back and an approval issue is closed before anything stops.
 */
export function bundleChildren(bundleDirs: string[]): number[] {
  const pids: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${process.pid}/task`);
  } catch {
    return pids; // not Linux: the terminal's Ctrl-C reaches the children directly
  }
  for (const task of tasks) {
    let children = '';
    try {
      children = readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const pid of children.split(/\s+/).filter(Boolean).map(Number)) {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        if (cmdline.some((arg) => bundleDirs.some((dir) => arg.startsWith(dir)))) pids.push(pid);
      } catch {
        // already gone
      }
    }
  }
  return pids;
}

export function signalBundles(bundleDirs: string[], signal: NodeJS.Signals): number {
  let sent = 0;
  for (const pid of bundleChildren(bundleDirs)) {
    try {
      process.kill(pid, signal);
      sent++;
    } catch {
      // it exited meanwhile
    }
  }
  return sent;
}
