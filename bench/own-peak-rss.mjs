// The calling process's own peak RSS in KiB. A bench child reports it at exit: preloads and `-e`
// probes import this file by URL, the benches' TypeScript imports it.
//
// Not `process.resourceUsage().maxRSS`: on Linux a child starts with its parent's high-water mark (the
// rusage maximum survives fork and exec), so a child of a 185 MB bench process reports at least 185 MB.
// /proc/self/status's VmHWM belongs to the process's own memory map, which exec makes new.
import { readFileSync } from 'node:fs';

export default function ownPeakRssKb() {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]);
  } catch {
    return process.resourceUsage().maxRSS; // not Linux
  }
}
