/**
 * A real Chromium for the e2e tests, offline: every request that is not to the local
 * server is aborted (and counted), and console errors and page errors are collected so
 * a test can assert there were none. Errors for the blocked requests themselves
 * ("Failed to load resource" for a tile) are expected and left out.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Viewport {
  width: number;
  height: number;
}

export const DESKTOP: Viewport = { width: 1280, height: 800 };
export const PHONE: Viewport = { width: 390, height: 844 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Visit {
  page: Page;
  context: BrowserContext;
  /** URLs of the requests aborted because they were not to the local server. */
  blocked: string[];
  /** Console errors and uncaught page errors, as text. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Opens `path` of the local server in a fresh, offline context.
 * @example const { page, errors } = await visit(browser, baseURL, '/');
 */
export async function visit(
  browser: Browser,
  baseURL: string,
  path: string,
  viewport: Viewport = DESKTOP,
  options: { reducedMotion?: 'reduce' | 'no-preference'; colorScheme?: 'light' | 'dark' } = {},
): Promise<Visit> {
  const context = await browser.newContext({
    viewport,
    reducedMotion: options.reducedMotion ?? 'no-preference',
    colorScheme: options.colorScheme ?? 'light',
  });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseURL)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const source = message.location().url;
    if (source && blocked.includes(source)) return;
    errors.push(`console: ${message.text()}${source ? ` (${source})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  await page.goto(baseURL + path);
  return { page, context, blocked, errors, close: () => context.close() };
}

/** Blocked requests that were map tiles ({z}/{x}/{y} images). */
export function blockedTiles(blocked: readonly string[]): string[] {
  return blocked.filter((url) => /\/\d+\/\d+\/\d+\.(png|jpe?g|webp)(\?|$)/.test(url));
}
