/**
 * The Content-Security-Policy holds in a real Chromium: every page the build prerendered,
 * every page they link to, a page rendered per request and a not-found page load and run
 * with no violation, while script-src allows no 'unsafe-inline'; and an injected inline
 * script is refused.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, visit } from './browser';
import { root } from './nextServer';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The pages the build prerendered (its hash manifest), plus one rendered per request and a missing one. */
function pagesToVisit(): string[] {
  const hashes = JSON.parse(readFileSync(path.join(root, '.next', 'csp-hashes.json'), 'utf8')) as Record<string, string[]>;
  const prerendered = Object.keys(hashes).filter((route) => !route.startsWith('/_'));
  return [...prerendered, '/bench/map?count=50', '/no-such-page'];
}

/** Visits `path`, collecting CSP violations as the page reports them; returns the page's links. */
async function violationsOn(pathname: string): Promise<{ violations: string[]; errors: string[]; links: string[]; csp: string }> {
  const v = await visit(browser, baseURL, 'about:blank'.startsWith(pathname) ? '/' : pathname);
  try {
    // Listen from the start of a second load, so nothing the first load did is missed.
    await v.page.addInitScript(() => {
      (window as unknown as { __violations: string[] }).__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
      });
    });
    const response = await v.page.reload({ waitUntil: 'networkidle' });
    const csp = (await response?.headerValue('content-security-policy')) ?? '';
    const violations = await v.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    const links = await v.page.$$eval('a[href^="/"]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    return { violations, errors: v.errors.filter((e) => /Content Security Policy/i.test(e)), links, csp };
  } finally {
    await v.close();
  }
}

describe('Content-Security-Policy in Chromium', () => {
  it('lets every page run with no violation and no unsafe-inline script', async () => {
    const seen = new Set<string>();
    const queue = pagesToVisit();
    const problems: string[] = [];
    while (queue.length) {
      const pathname = (queue.shift() as string).split('#')[0] as string;
      if (seen.has(pathname)) continue;
      seen.add(pathname);
      const { violations, errors, links, csp } = await violationsOn(pathname);
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      if (!scriptSrc) problems.push(`${pathname}: no script-src`);
      if (scriptSrc.includes("'unsafe-inline'")) problems.push(`${pathname}: script-src allows 'unsafe-inline'`);
      for (const violation of [...violations, ...errors]) problems.push(`${pathname}: ${violation}`);
      for (const link of links) if (!seen.has(link.split('#')[0] as string)) queue.push(link);
    }
    expect(problems).toEqual([]);
    expect(seen.size).toBeGreaterThan(5);
  }, 240_000);

  it('refuses an inline script the build did not make', async () => {
    const v = await visit(browser, baseURL, '/');
    try {
      const ran = await v.page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true;';
        document.body.append(script);
        await new Promise((r) => setTimeout(r, 50));
        return (window as unknown as { __injected?: boolean }).__injected === true;
      });
      expect(ran).toBe(false);
    } finally {
      await v.close();
    }
  });
});
