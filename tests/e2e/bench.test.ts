/**
 * The map benchmark's page (`npm run bench:map`): it works, clusters ten thousand events
 * into a screenful of markers, and stays out of search engines and the site's links.
 */
import { describe, expect, inject, it } from 'vitest';
import { launchBrowser, visit } from './browser';

const baseURL = inject('baseURL');

describe('/bench/map', () => {
  it('draws 10,000 synthetic events as a few hundred markers that hold them all', async () => {
    const browser = await launchBrowser();
    try {
      const { page, errors, close } = await visit(browser, baseURL, '/bench/map?count=10000&seed=1');
      const map = page.getByRole('region', { name: 'Map of 10,000 synthetic events' });
      await map.locator('.group-pin').first().waitFor();
      const markers = await map.locator('.leaflet-marker-icon').count();
      expect(markers).toBeGreaterThan(20);
      expect(markers).toBeLessThan(1000);
      const counts = await map.locator('.group-pin .visually-hidden').allTextContents();
      const total = counts.reduce((sum, text) => sum + Number(/^([\d,]+) places/.exec(text)?.[1]?.replace(/,/g, '') ?? 0), 0);
      expect(total + (await map.locator('.place-pin').count())).toBe(10_000);
      await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toMatch(/noindex/);
      expect(errors).toEqual([]);
      await close();
    } finally {
      await browser.close();
    }
  });

  it('is not linked from the home page', async () => {
    const home = await (await fetch(`${baseURL}/`)).text();
    expect(home).not.toContain('/bench');
  });
});
