/**
 * The atlas in a real Chromium, offline (tiles blocked): markers from every report, the
 * timeline brush and a filter changing what is drawn, a disputed place's popup, adding
 * reports by paste and by URL (a page served from a local server), and the refusals.
 */
import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AtlasPlace, AtlasResponse } from '@/geo/types';
import { DESKTOP, launchBrowser, PHONE, visit, type Viewport, type Visit } from './browser';
import { TEST_TOKEN } from './nextServer';

const baseURL = inject('baseURL');
let browser: Browser;
const visits: Visit[] = [];
let pages: Server;
let pagesURL = '';

beforeAll(async () => {
  browser = await launchBrowser();
  pages = createServer((request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(
      `<html><head><title>Fighting near Kobani as the siege goes on | Local Wire</title><meta property="og:site_name" content="Local Wire"></head>
       <body><nav>Home · World · Sport</nav><article><h1>Fighting near Kobani as the siege goes on</h1>
       <p>Kurdish fighters clashed with Islamic State near Kobani on 12 October 2014, activists said. ${'Heavy fighting went on through the night. '.repeat(10)}</p></article></body></html>`,
    );
  });
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  const address = pages.address();
  pagesURL = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  for (const v of visits) await v.close();
  await browser?.close();
  pages?.close();
});

async function open(pathname: string, viewport: Viewport = DESKTOP) {
  const v = await visit(browser, baseURL, pathname, viewport);
  visits.push(v);
  return v;
}

const atlasMap = (page: Page) => page.getByRole('region', { name: /^Atlas:/ });
const status = (page: Page) => page.locator('.atlas-status');
const claimsInView = async (page: Page) => Number(/^(\d+) claims? in and around the view/.exec((await status(page).textContent()) ?? '')?.[1] ?? NaN);

async function waitForAtlas(page: Page) {
  await atlasMap(page).locator('.leaflet-marker-icon').first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => /claims? in and around the view/.test(document.querySelector('.atlas-status')?.textContent ?? ''));
}

async function postReport(body: unknown, token = TEST_TOKEN) {
  return fetch(`${baseURL}/api/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

describe('the atlas', () => {
  it('draws every report\'s places with tiles blocked, with a legend and a list', async () => {
    const { page, errors, blocked } = await open('/atlas');
    await waitForAtlas(page);
    expect(blocked.some((url) => url.includes('tile'))).toBe(true);
    await page.locator('.leaflet-basemap-pane path').first().waitFor({ state: 'attached' });
    expect(await claimsInView(page)).toBeGreaterThan(20);
    await expect(page.getByRole('list', { name: 'Legend' }).textContent()).resolves.toContain('Battle');
    // the URL holds the view
    expect(new URL(page.url()).searchParams.get('bbox')).toMatch(/^-?[\d.]+,-?[\d.]+,-?[\d.]+,-?[\d.]+$/);
    expect(await page.locator('.atlas-list li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('the timeline brush and a filter change what is drawn, and the URL keeps them', async () => {
    const { page, errors } = await open('/atlas');
    await waitForAtlas(page);
    const all = await claimsInView(page);

    const select = page.getByLabel('Event type');
    const first = await select.locator('option').nth(1).getAttribute('value');
    await select.selectOption(first!);
    await page.waitForFunction((n) => !document.querySelector('.atlas-status')?.textContent?.startsWith(`${n} claim`), all);
    const filtered = await claimsInView(page);
    expect(filtered).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get('eventType')).toBe(first);
    await select.selectOption('');
    await page.waitForFunction((n) => document.querySelector('.atlas-status')?.textContent?.startsWith(`${n} claim`), all);

    // drag across the left half of the timeline
    const bars = page.locator('.timeline-bars');
    await bars.scrollIntoViewIfNeeded();
    const box = (await bars.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.has('to'));
    await page.waitForFunction((n) => !document.querySelector('.atlas-status')?.textContent?.startsWith(`${n} claim`), all);
    expect(await claimsInView(page)).toBeLessThan(all);

    // the keyboard way: the From input
    await page.getByRole('button', { name: 'All dates' }).click();
    const from = page.getByLabel(/^From/);
    await from.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('PageUp');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.has('from'));
    expect(errors).toEqual([]);
  });

  it('shows a disputed place with a dashed ring and its claims side by side', async () => {
    const a = await postReport({ text: 'HTS takes Saraqib\n\nOn 3 March 2021 Hayat Tahrir al-Sham captured Saraqib, the Syrian Observatory for Human Rights said.\n', publisher: 'Wire A' });
    const b = await postReport({ text: 'Army holds Saraqib\n\nOn 3 March 2021 the Syrian army recaptured Saraqib, state media said.\n', publisher: 'Wire B' });
    expect([a.status, b.status].every((s) => s === 201 || s === 200)).toBe(true);
    const view = (await (await fetch(`${baseURL}/api/claims?zoom=16&from=2021-03-03&to=2021-03-03`)).json()) as AtlasResponse;
    const disputed = view.features.find((f): f is AtlasPlace => f.properties.kind === 'place' && f.properties.disputed);
    expect(disputed).toBeDefined();
    const [lon, lat] = disputed!.properties.anchor;
    const { page, errors } = await open(`/atlas?bbox=${lon - 0.3},${lat - 0.2},${lon + 0.3},${lat + 0.2}&zoom=10&from=2021-03-03&to=2021-03-03`);
    await waitForAtlas(page);
    const marker = atlasMap(page).locator('.place-pin.is-disputed');
    await marker.first().click();
    const dispute = page.locator('.leaflet-popup .dispute');
    await dispute.waitFor();
    await expect(dispute.locator('li').count()).resolves.toBe(2);
    // side by side on a desktop
    // (both measured at once: the map may still be panning to show the popup)
    const [left, right] = await dispute.locator('li').evaluateAll((items) => items.map((li) => li.getBoundingClientRect().toJSON() as DOMRect));
    if (!left || !right) throw new Error('two claims expected');
    expect(Math.abs(left.y - right.y)).toBeLessThan(2);
    expect(right.x).toBeGreaterThanOrEqual(left.x + left.width - 1);
    const text = (await dispute.textContent()) ?? '';
    expect(text).toContain('Hayat Tahrir al-Sham');
    expect(text).toContain('Wire A');
    expect(text).toContain('Wire B');
    // the link goes to the sentence in its report
    const href = await dispute.locator('a').first().getAttribute('href');
    expect(href).toMatch(/^\/reports\/\d+#claim-\d+$/);
    await page.goto(new URL(href!, baseURL).toString());
    await expect(page.locator(':target').textContent()).resolves.toMatch(/Saraqib/);
    expect(errors).toEqual([]);
  });

  it('stacks a dispute on a phone', async () => {
    const view = (await (await fetch(`${baseURL}/api/claims?zoom=16&from=2021-03-03&to=2021-03-03`)).json()) as AtlasResponse;
    const disputed = view.features.find((f): f is AtlasPlace => f.properties.kind === 'place' && f.properties.disputed);
    if (!disputed) throw new Error('the dispute of the previous test is missing');
    const [lon, lat] = disputed.properties.anchor;
    const { page } = await open(`/atlas?bbox=${lon - 0.1},${lat - 0.1},${lon + 0.1},${lat + 0.1}&zoom=11&from=2021-03-03&to=2021-03-03`, PHONE);
    await waitForAtlas(page);
    await atlasMap(page).locator('.place-pin.is-disputed').first().click();
    const sides = page.locator('.leaflet-popup .dispute li');
    await sides.first().waitFor();
    const [one, two] = [(await sides.nth(0).boundingBox())!, (await sides.nth(1).boundingBox())!];
    expect(two.y).toBeGreaterThanOrEqual(one.y + one.height - 1);
  });
});

describe('adding reports', () => {
  it('by paste, on /reports/new; it shows on its own page', async () => {
    const { page, errors } = await open('/reports/new');
    const text = 'Shelling in Deir ez-Zor\n\nOn 5 June 2019 shells hit Deir ez-Zor, residents said.\n';
    await page.getByLabel("The report's text").fill(text);
    await page.getByLabel('Admin token').fill(TEST_TOKEN);
    await page.getByRole('button', { name: 'Save to the atlas' }).click();
    await page.getByRole('status').filter({ hasText: /Saved to the atlas as report \d+/ }).waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Open the report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Shelling in Deir ez-Zor' }).waitFor();
    await expect(page.locator('.report').textContent()).resolves.toContain('shells hit Deir ez-Zor');
    expect(errors).toEqual([]);
  });

  it('by URL, fetched from a local server and read with Readability', async () => {
    const { page, errors } = await open('/reports/new');
    await page.getByLabel(/^URL of the report/).fill(`${pagesURL}/kobani`);
    await page.getByLabel('Admin token').fill(TEST_TOKEN);
    await page.getByRole('button', { name: 'Save to the atlas' }).click();
    await page.getByRole('status').filter({ hasText: /Saved to the atlas as report \d+/ }).waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Open the report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fighting near Kobani as the siege goes on' }).waitFor();
    const report = (await page.locator('.report').textContent()) ?? '';
    expect(report).toContain('Kurdish fighters clashed with Islamic State near Kobani');
    expect(report).not.toContain('Sport');
    expect(errors).toEqual([]);
  });

  it('from /read: "Save to the atlas" under the mapped result', async () => {
    const { page, errors } = await open('/read');
    await page.getByLabel('The report', { exact: true }).fill('Strikes on Raqqa\n\nOn 9 June 2017 air strikes hit Raqqa, residents said.\n');
    await page.getByRole('button', { name: 'Map it' }).click();
    await page.getByRole('status').filter({ hasText: /^Mapped:/ }).waitFor({ timeout: 30_000 });
    const save = page.locator('.save-to-atlas');
    await save.getByLabel('Admin token').fill(TEST_TOKEN);
    await save.getByRole('button', { name: 'Save to the atlas' }).click();
    await save.getByRole('status').filter({ hasText: /Saved to the atlas as report \d+/ }).waitFor({ timeout: 30_000 });
    const view = (await (await fetch(`${baseURL}/api/claims?zoom=16&from=2017-06-09&to=2017-06-09`)).json()) as AtlasResponse;
    expect(view.features.some((f) => f.properties.kind === 'place' && f.properties.claims.some((c) => c.text.includes('air strikes hit Raqqa')))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('says why a report is refused, stores nothing, and keeps serving', async () => {
    const before = ((await (await fetch(`${baseURL}/api/reports`)).json()) as { reports: unknown[] }).reports.length;
    const { page } = await open('/reports/new');
    await page.getByLabel("The report's text").fill('Clashes in Homs\n\nClashes in Homs on 1 May 2020.');
    await page.getByLabel('Admin token').fill('not-the-token');
    await page.getByRole('button', { name: 'Save to the atlas' }).click();
    await page.getByRole('status').filter({ hasText: 'Not saved: wrong token.' }).waitFor();

    const refusals: [Response, number][] = [
      [await postReport({ text: 'Clashes in Homs.' }, 'wrong'), 401],
      [await fetch(`${baseURL}/api/reports`, { method: 'POST', headers: { authorization: `Bearer ${TEST_TOKEN}`, 'content-type': 'text/plain' }, body: 'x' }), 415],
      [await fetch(`${baseURL}/api/reports`, { method: 'POST', headers: { authorization: `Bearer ${TEST_TOKEN}`, 'content-type': 'application/json' }, body: '{"text":' }), 400],
      [await postReport({ text: 'a'.repeat(2_000_001) }), 413],
      [await postReport({ url: 'http://192.168.1.1/admin' }), 400],
      [await postReport({ url: 'ftp://example.org/report.txt' }), 400],
    ];
    for (const [response, code] of refusals) {
      expect(response.status).toBe(code);
      expect(typeof ((await response.json()) as { error: unknown }).error).toBe('string');
    }
    const after = ((await (await fetch(`${baseURL}/api/reports`)).json()) as { reports: unknown[] }).reports.length;
    expect(after).toBe(before);
    expect((await fetch(`${baseURL}/api/claims?zoom=3`)).status).toBe(200);
    expect((await fetch(`${baseURL}/reports/999999`)).status).toBe(404);
  });
});
