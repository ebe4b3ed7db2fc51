/**
 * The bundled report's page in a real Chromium, offline (tiles blocked): what a reader
 * sees and does. Needs Hazzeh etc. resolved by the engine, so it also guards the
 * engine's result for this report end to end.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { blockedTiles, DESKTOP, launchBrowser, PHONE, visit, type Viewport, type Visit } from './browser';
import { anyMarker, clickPlaceMarker, mapRegion, openPopup, placeMarker } from './mapActions';

const ARTICLE = '/articles/globalresearch-2017-05-17-al-qaeda-confrontation';
const SCREENSHOTS = path.join(import.meta.dirname, 'screenshots');

let browser: Browser;
const visits: Visit[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const v of visits) await v.close();
  await browser?.close();
});

async function open(
  pathname: string,
  viewport: Viewport = DESKTOP,
  reducedMotion: 'reduce' | 'no-preference' = 'no-preference',
  colorScheme: 'light' | 'dark' = 'light',
) {
  const v = await visit(browser, inject('baseURL'), pathname, viewport, { reducedMotion, colorScheme });
  visits.push(v);
  await mapRegion(v.page).locator('.leaflet-marker-icon').first().waitFor();
  return v;
}

describe('article page', () => {
  test('shows the title, byline, date, the "not verified" line and the data credit', async () => {
    const { page, errors } = await open(ARTICLE);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Confrontation Between Al Qaeda Militants Plays into The Hands of Syrian Army',
    );
    const header = page.locator('.article-header');
    await expect(header.textContent()).resolves.toMatch(/By Anna Jaunger · Global Research · 17 May 2017/);
    await expect(page.getByText('Claims are shown as reported by the source, not verified.').isVisible()).resolves.toBe(true);
    await expect(page.locator('footer').textContent()).resolves.toMatch(/GeoNames \(CC BY 4\.0\), Natural Earth/);
    await expect(page.title()).resolves.toContain('Confrontation Between Al Qaeda');
    expect(errors).toEqual([]);
  });

  test('draws the bundled basemap while every tile request is blocked', async () => {
    const { page, blocked, errors } = await open(ARTICLE);
    await page.locator('.leaflet-basemap-pane path').nth(50).waitFor({ state: 'attached' });
    expect(await page.locator('.leaflet-basemap-pane path').count()).toBeGreaterThan(100);
    expect(blockedTiles(blocked).length).toBeGreaterThan(0);
    expect(await page.locator('.leaflet-tile-loaded').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('has a marker for every place the report is about, named', async () => {
    const { page } = await open(ARTICLE);
    const map = mapRegion(page);
    await expect(map.getAttribute('aria-label')).resolves.toMatch(/^Map of the \d+ places named in the report$/);
    for (const name of [/Aleppo/, /Damascus/, /Hazzeh/, /Yarmouk/, /Dar'?a|Deraa/, /Jordan/]) {
      expect(await anyMarker(page, name).count(), `marker for ${name}`).toBeGreaterThan(0);
    }
    // No marker uses Leaflet's default PNG icon.
    expect(await map.locator('img.leaflet-marker-icon').count()).toBe(0);
  });

  test('the Hazzeh marker opens a popup quoting the claim and crediting al-Masdar; "Go to sentence" highlights it', async () => {
    const { page, errors } = await open(ARTICLE);
    await clickPlaceMarker(page, 'Hazzeh');
    const popup = openPopup(page);
    await popup.waitFor();
    await expect(popup.getByRole('heading', { name: 'Hazzeh' }).isVisible()).resolves.toBe(true);
    const claim = popup.locator('.claim-card').filter({ hasText: 'recaptured the town of Hazzeh' });
    await expect(claim.count()).resolves.toBe(1);
    await expect(claim.textContent()).resolves.toMatch(/according to al-Masdar/);

    await claim.getByRole('link', { name: 'Go to sentence' }).click();
    const sentence = page.locator('.claim.is-target').first();
    await sentence.waitFor();
    await expect(sentence.textContent()).resolves.toContain('recaptured the town of Hazzeh');
    await expect(page.evaluate(() => document.activeElement?.id ?? '')).resolves.toMatch(/^claim-\d+$/);
    await page.waitForTimeout(700); // smooth scroll
    await expect(sentence.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  test('a highlighted name in the text opens its place on the map', async () => {
    const { page, errors } = await open(ARTICLE);
    const mention = page.locator('.report').getByRole('button', { name: 'Hazzeh' });
    expect(await mention.count(), 'Hazzeh is highlighted in the text').toBe(1);
    await expect(mention.evaluate((el) => el.querySelector('mark') !== null)).resolves.toBe(true);
    await mention.click();
    const popup = openPopup(page);
    await popup.getByRole('heading', { name: 'Hazzeh' }).waitFor({ timeout: 5000 });
    await expect(placeMarker(page, /^Hazzeh,/).getAttribute('class')).resolves.toContain('is-selected');
    await expect(mention.getAttribute('class')).resolves.toContain('is-selected');
    expect(errors).toEqual([]);
  });

  test('"Show on map" in the list of places opens the popup and moves the focus into it', async () => {
    const { page, errors } = await open(ARTICLE, DESKTOP, 'reduce');
    const place = page.locator('.place-list .place').filter({ has: page.getByRole('heading', { name: 'Damascus', exact: true }) });
    await place.getByRole('button', { name: /Show on map/ }).click();
    const popup = openPopup(page);
    await popup.getByRole('heading', { name: 'Damascus' }).waitFor({ timeout: 5000 });
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Damascus');
    expect(errors).toEqual([]);
  });

  test('keyboard: Tab reaches a marker, Enter opens its popup, Escape closes it and returns the focus', async () => {
    const { page, errors } = await open(ARTICLE);
    let focused = '';
    for (let i = 0; i < 20 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.classList.contains('place-pin') ? (el.querySelector('.visually-hidden')?.textContent ?? '') : '';
      });
    }
    expect(focused, 'a place marker takes the focus').not.toBe('');
    const name = focused.split(',')[0]!;
    await page.keyboard.press('Enter');
    const popup = openPopup(page);
    await popup.getByRole('heading', { name }).waitFor({ timeout: 5000 });
    await expect(page.evaluate(() => document.activeElement?.matches('[role="dialog"] .popup-heading'))).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.classList.contains('place-pin'))).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  test('keyboard: Enter on a group marker zooms in and leaves the focus on a marker; Tab follows the text', async () => {
    const { page, errors } = await open(ARTICLE, DESKTOP, 'reduce');
    // Markers are in the order the text first names their places (the list's order).
    const listed = await page.locator('.place-list .place .place-heading h3').allTextContents();
    const spoken = await mapRegion(page).locator('.leaflet-marker-icon .visually-hidden').allTextContents();
    const firstListed = spoken.map((text) => {
      const names = /places close together: (.*)\. Press/.exec(text)?.[1]?.split(', ') ?? [text.split(',')[0]!];
      return Math.min(...names.map((n) => listed.indexOf(n)));
    });
    expect(firstListed).toEqual([...firstListed].sort((a, b) => a - b));

    const group = mapRegion(page).locator('.group-pin').first();
    expect(await group.count(), 'the report has a group of nearby places').toBe(1);
    const members = (await group.locator('.visually-hidden').textContent())!;
    const zoom = () => page.evaluate(() => document.querySelector('.leaflet-control-zoom-in')?.getAttribute('aria-disabled'));
    await group.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (before) => document.activeElement?.classList.contains('leaflet-marker-icon') && !before.includes(document.activeElement.textContent ?? '§'),
      members,
      { timeout: 5000 },
    );
    const focused = await page.evaluate(() => document.activeElement?.querySelector('.visually-hidden')?.textContent ?? '');
    const leader = /close together: ([^,.]+)/.exec(members)?.[1];
    expect(focused, 'the focus is on the marker that holds the group’s first place').toContain(leader);
    expect(await zoom()).not.toBe('true');
    // Space opens a place's popup as Enter does.
    if (await page.evaluate(() => document.activeElement?.classList.contains('place-pin'))) {
      await page.keyboard.press(' ');
      await openPopup(page).getByRole('heading', { name: leader }).waitFor({ timeout: 5000 });
    }
    expect(errors).toEqual([]);
  });

  test('report text is shown as text, with each claim sentence addressable', async () => {
    const { page } = await open(ARTICLE);
    const report = page.locator('.report');
    await expect(report.textContent()).resolves.toContain('According to al-Masdar, militants from Hayat Tahrir al-Sham');
    const ids = await report.locator('[id^="claim-"]').evaluateAll((els) => els.map((el) => el.id));
    expect(ids.length).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
    // Organisation names that contain a place are not highlighted.
    const highlighted = await report.locator('.mention').allTextContents();
    expect(highlighted).not.toContain('Syria');
  });

  test('on a phone the map sits above the text at about half the screen', async () => {
    const { page, errors } = await open(ARTICLE, PHONE);
    const map = await page.locator('.map-frame').boundingBox();
    const text = await page.locator('.report').boundingBox();
    expect(map && text && map.y < text.y).toBe(true);
    expect(map!.height).toBeGreaterThan(PHONE.height * 0.4);
    expect(map!.height).toBeLessThan(PHONE.height * 0.6);
    expect(map!.width).toBeLessThanOrEqual(PHONE.width);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    expect(errors).toEqual([]);
  });

  test('an unknown report is a useful 404', async () => {
    const { page } = await visit(browser, inject('baseURL'), '/articles/no-such-report').then((v) => (visits.push(v), v));
    const response = await page.request.get(inject('baseURL') + '/articles/no-such-report');
    expect(response.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'No such page' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: /Confrontation Between Al Qaeda/ }).count()).resolves.toBe(1);
  });
});

describe('screenshots', () => {
  test.each([
    ['desktop', 'light', DESKTOP],
    ['phone', 'light', PHONE],
    ['desktop', 'dark', DESKTOP],
    ['phone', 'dark', PHONE],
  ] as const)('%s, %s scheme: home and article page', async (label, scheme, viewport) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [name, pathname] of [
      ['home', '/'],
      ['article', ARTICLE],
    ] as const) {
      const { page, errors } = await open(pathname, viewport, 'no-preference', scheme);
      await page.locator('.leaflet-basemap-pane path').first().waitFor({ state: 'attached' });
      await page.waitForTimeout(300);
      const suffix = scheme === 'dark' ? '-dark' : '';
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${label}-${viewport.width}x${viewport.height}${suffix}.png`) });
      expect(errors).toEqual([]);
    }
  });
});
