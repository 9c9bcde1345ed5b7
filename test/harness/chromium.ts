import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium; overridable with SHIPGATE_CHROMIUM. */
export const chromiumBinary = process.env.SHIPGATE_CHROMIUM ?? '/usr/bin/chromium';

/** Why headless Chromium cannot run here, or undefined when it can. With CI=true callers must fail, not skip. */
export function chromiumMissing(): string | undefined {
  if (!existsSync(chromiumBinary)) return `chromium not found at ${chromiumBinary} (Debian package chromium)`;
  const version = spawnSync(chromiumBinary, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  if (version.status !== 0)
    return `${chromiumBinary} --version failed: ${version.stderr || version.error?.message}`;
  return undefined;
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface OfflineBrowser {
  context: BrowserContext;
  page: Page;
  /** Every request other than file: that the page attempted (all of them were blocked). */
  blocked: string[];
  close(): Promise<void>;
}

/**
 * Headless Chromium with a fresh profile that can load only file: URLs: any other request is
 * aborted and recorded, so a test can assert that a page needs no network.
 */
export async function launchOffline(options: { timeoutMs?: number } = {}): Promise<OfflineBrowser> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumBinary,
    headless: true,
    args: ARGS,
    timeout: options.timeoutMs ?? 30_000,
    viewport: { width: 1100, height: 900 },
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('file:') && !url.startsWith('data:') && !blocked.includes(url)) blocked.push(url);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    blocked,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
