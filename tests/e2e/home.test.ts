/** The home page in a real Chromium, offline: the bundled reports and the newest one's map. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser, visit, type Visit } from './browser';
import { anyMarker, mapRegion } from './mapActions';

let browser: Browser;
let home: Visit;

beforeAll(async () => {
  browser = await launchBrowser();
  home = await visit(browser, inject('baseURL'), '/');
  await mapRegion(home.page).locator('.leaflet-marker-icon').first().waitFor();
});

afterAll(async () => {
  await home?.close();
  await browser?.close();
});

test('lists the bundled report with its publisher, date and number of places', async () => {
  const item = home.page.locator('.article-list li').filter({ hasText: 'Confrontation Between Al Qaeda Militants' });
  await expect(item.count()).resolves.toBe(1);
  await expect(item.textContent()).resolves.toMatch(/Global Research · 17 May 2017 · \d+ places/);
});

test('features the newest report with its map', async () => {
  await expect(home.page.getByText('Claims are shown as reported by the source, not verified.').isVisible()).resolves.toBe(true);
  expect(await anyMarker(home.page, /Damascus/).count()).toBeGreaterThan(0);
  expect(home.errors).toEqual([]);
});

test('the report link leads to its page', async () => {
  await home.page.getByRole('link', { name: /Confrontation Between Al Qaeda/ }).first().click();
  await home.page.waitForURL(/\/articles\/globalresearch-2017-05-17-al-qaeda-confrontation$/);
  await expect(home.page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Confrontation Between Al Qaeda');
  await mapRegion(home.page).locator('.leaflet-marker-icon').first().waitFor();
  expect(home.errors).toEqual([]);
});
