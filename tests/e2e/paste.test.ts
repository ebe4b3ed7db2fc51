/**
 * Pasted report text is rendered as text, never as HTML: hostile markup pasted into
 * /read around a real place name shows literally in the text, the list and the popup,
 * runs nothing and loads nothing. (Dropped HTML files are read.test.ts's.)
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, visit, type Visit } from './browser';
import { clickPlaceMarker, mapRegion, openPopup } from './mapActions';

const baseURL = inject('baseURL');

const HOSTILE = ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>', '[click](javascript:alert(3))'] as const;
const REPORT = `Shelling reported in Aleppo

Government forces shelled eastern Aleppo on Sunday ${HOSTILE[0]} according to activists.

Residents of Aleppo said ${HOSTILE[1]} the shelling went on all night.

Aid groups in Aleppo asked for a ceasefire ${HOSTILE[2]} on Monday.
`;

let browser: Browser;
let read: Visit;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await read?.close();
  await browser?.close();
});

describe('pasting a report with HTML and script in it', () => {
  it('shows the markup as text, runs no script and loads nothing', async () => {
    read = await visit(browser, baseURL, '/read');
    const { page, errors } = read;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    await page.getByLabel('The report').fill(REPORT);
    await page.getByRole('button', { name: 'Map it' }).click();
    const report = page.locator('.read-result .report');
    await report.getByRole('button', { name: 'Aleppo' }).first().waitFor({ timeout: 30_000 });

    const text = (await report.textContent()) ?? '';
    for (const markup of HOSTILE) expect(text, 'shown literally in the text').toContain(markup);
    const list = (await page.locator('.read-result .place-list').textContent()) ?? '';
    expect(list, 'the claims in the list quote it literally').toContain(HOSTILE[0]);

    await mapRegion(page).locator('.leaflet-marker-icon').first().waitFor({ timeout: 10_000 });
    await clickPlaceMarker(page, 'Aleppo');
    const popup = openPopup(page);
    await popup.getByRole('heading', { name: 'Aleppo' }).waitFor();
    expect(await popup.textContent(), 'and so does the popup').toContain(HOSTILE[1]);

    // Nothing of it became an element: no image, no script, no javascript: link.
    const made = await page.evaluate(() => ({
      images: document.querySelectorAll('img[src="x"], .report img, .place-list img, .leaflet-popup img').length,
      scripts: [...document.scripts].filter((s) => s.textContent?.includes('alert(')).length,
      links: document.querySelectorAll('a[href^="javascript:" i]').length,
    }));
    expect(made).toEqual({ images: 0, scripts: 0, links: 0 });
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(requests.filter((url) => /\/x([?#]|$)/.test(url))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
