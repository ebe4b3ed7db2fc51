/**
 * Accessibility in a real Chromium, offline: axe-core on every page at desktop and phone
 * widths in the light and the dark scheme (no rule disabled), and what axe cannot see:
 * the list view holds what the map holds, focus is visible, popups are announced,
 * reduced motion stops the map's animations, and the dark scheme is dark, basemap too.
 * The keyboard path through the markers is in article.test.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, visit, type Viewport, type Visit } from './browser';
import { clickPlaceMarker, mapRegion, openPopup } from './mapActions';

const ARTICLE = '/articles/globalresearch-2017-05-17-al-qaeda-confrontation';
const baseURL = inject('baseURL');

let browser: Browser;
const visits: Visit[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const v of visits) await v.close();
  await browser?.close();
});

interface OpenOptions {
  viewport?: Viewport;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
}

async function open(pathname: string, { viewport = DESKTOP, colorScheme = 'light', reducedMotion = 'no-preference' }: OpenOptions = {}) {
  const v = await visit(browser, baseURL, pathname, viewport, { colorScheme, reducedMotion });
  visits.push(v);
  if (await v.page.locator('.map-frame').count()) {
    await v.page.locator('.map-frame .leaflet-marker-icon').first().waitFor({ timeout: 30_000 });
    await v.page.locator('.leaflet-basemap-pane path').first().waitFor({ state: 'attached' });
  }
  return v;
}

/** One line per violation and element, so a failure says what to fix. */
function describeViolations(violations: readonly Result[]): string[] {
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`));
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return describeViolations(results.violations);
}

describe('axe: no violations', () => {
  const pages = [
    ['home', '/'],
    ['article', ARTICLE],
    ['atlas', '/atlas'],
    ['add a report', '/reports/new'],
  ] as const;
  for (const [label, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [name, pathname] of pages) {
        it(`${name}, ${label} ${viewport.width}×${viewport.height}, ${colorScheme}`, async () => {
          const { page, errors } = await open(pathname, { viewport, colorScheme });
          expect(await axeViolations(page)).toEqual([]);
          expect(errors).toEqual([]);
        });
      }
      it(`/read, ${label} ${viewport.width}×${viewport.height}, ${colorScheme}`, async () => {
        const { page, errors } = await open('/read', { viewport, colorScheme });
        await page.getByRole('button', { name: 'Map it' }).waitFor();
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`/read with a pasted report mapped, ${colorScheme}`, async () => {
      const { page, errors } = await open('/read', { colorScheme });
      await page.getByLabel('The report').fill(
        'Fighting near Aleppo\n\nGovernment forces shelled eastern Aleppo on Sunday, activists said. Clashes went on in Idlib and near Damascus.\n',
      );
      await page.getByRole('button', { name: 'Map it' }).click();
      await mapRegion(page).locator('.leaflet-marker-icon').first().waitFor({ timeout: 30_000 });
      await page.locator('.leaflet-basemap-pane path').first().waitFor({ state: 'attached' });
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });

    it(`atlas with a place's popup open, ${colorScheme}`, async () => {
      const view = (await (await fetch(`${baseURL}/api/claims?zoom=16`)).json()) as { features: { properties: { kind: string; anchor: [number, number] } }[] };
      const place = view.features.find((f) => f.properties.kind === 'place');
      if (!place) throw new Error('no place in the atlas');
      const [lon, lat] = place.properties.anchor;
      const { page } = await open(`/atlas?bbox=${lon - 0.02},${lat - 0.02},${lon + 0.02},${lat + 0.02}&zoom=15`, { colorScheme });
      await page.locator('.atlas-map .place-pin').first().click();
      await page.locator('.leaflet-popup .atlas-claims').waitFor();
      await page.waitForLoadState('networkidle'); // the view the popup's pan asked for has come
      await page.waitForFunction(() => {
        const popup = document.querySelector('.leaflet-popup');
        return popup !== null && getComputedStyle(popup).opacity === '1';
      });
      expect(await axeViolations(page)).toEqual([]);
    });

    it(`article with a marker's popup open, ${colorScheme}`, async () => {
      const { page } = await open(ARTICLE, { colorScheme });
      await clickPlaceMarker(page, 'Hazzeh');
      await openPopup(page).getByRole('heading', { name: 'Hazzeh' }).waitFor();
      // Leaflet fades popups in: measure contrast once the popup is fully opaque.
      await page.waitForFunction(() => {
        const popup = document.querySelector('.leaflet-popup');
        return popup !== null && getComputedStyle(popup).opacity === '1';
      });
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

/** The place names a marker stands for, from its accessible name. */
function namesInMarker(spoken: string): string[] {
  const group = /^[\d,]+ places close together: (.*)\. Press to zoom in\.$/.exec(spoken);
  if (group) return group[1]!.split(', ');
  return [spoken.split(',')[0]!];
}

describe('the map for keyboard and screen-reader users', () => {
  it('has an accessible name and keyboard instructions', async () => {
    const { page } = await open(ARTICLE);
    const region = page.getByRole('region', { name: /^Map of the \d+ places named in the report$/ });
    await expect(region.count()).resolves.toBe(1);
    const help = await region.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(help).toMatch(/Tab to reach the places on the map; press Enter to open one/);
  });

  it('the list of places holds the same places as the markers and groups on the map', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page } = await open(ARTICLE, { viewport });
      const spoken = await mapRegion(page).locator('.leaflet-marker-icon .visually-hidden').allTextContents();
      const onMap = spoken.flatMap(namesInMarker);
      const inList = await page.locator('.place-list .place .place-heading :is(h3, h4)').allTextContents();
      expect(inList.length).toBeGreaterThan(5);
      expect([...onMap].sort(), `${viewport.width} px`).toEqual([...inList].sort());
      const count = Number(/Map of the (\d+) places/.exec((await mapRegion(page).getAttribute('aria-label')) ?? '')?.[1]);
      expect(count).toBe(inList.length);
    }
  });

  it('focus is visible on a marker, a highlighted name, a button and the zoom control', async () => {
    const { page } = await open(ARTICLE);
    let onMarker = false;
    for (let i = 0; i < 30 && !onMarker; i++) {
      await page.keyboard.press('Tab');
      onMarker = await page.evaluate(() => document.activeElement?.classList.contains('leaflet-marker-icon') ?? false);
    }
    expect(onMarker, 'Tab reaches a marker').toBe(true);
    const ring = (el: Element) => {
      const target = el.querySelector('.pin-dot') ?? el;
      const style = getComputedStyle(target);
      return {
        visible: el.matches(':focus-visible'),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        shadow: style.boxShadow !== 'none',
      };
    };
    const marker = await page.evaluate(() => {
      const el = document.activeElement!;
      const style = getComputedStyle(el.querySelector('.pin-dot')!);
      return { visible: el.matches(':focus-visible'), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    });
    expect(marker, 'the focused marker has an outline').toEqual({ visible: true, outline: true });

    for (const locator of [
      page.locator('.report .mention').first(),
      page.locator('.place-list .show-on-map').first(),
      page.locator('.leaflet-control-zoom-in'),
    ]) {
      await locator.focus();
      const style = await locator.evaluate(ring);
      expect(style.visible).toBe(true);
      expect(style.outline || style.shadow, await locator.evaluate((el) => el.outerHTML.slice(0, 80))).toBe(true);
    }
  });

  it('a popup is a dialog named after its place, and its opening is announced', async () => {
    const { page } = await open(ARTICLE);
    await clickPlaceMarker(page, 'Hazzeh');
    const dialog = page.getByRole('dialog', { name: 'Hazzeh' });
    await dialog.waitFor();
    await expect(dialog.getByText(/recaptured the town of Hazzeh/).count()).resolves.toBeGreaterThan(0);
    const live = page.locator('.map-frame [aria-live="polite"]');
    await expect.poll(() => live.textContent()).toMatch(/^Hazzeh opened on the map: \d+ claims?\.$/);
  });

  it('a popup opened from the list takes the focus into its dialog', async () => {
    const { page } = await open(ARTICLE, { reducedMotion: 'reduce' });
    const place = page.locator('.place-list .place').filter({ has: page.getByRole('heading', { name: 'Aleppo', exact: true }) });
    await place.getByRole('button', { name: /Show on map/ }).click();
    await page.getByRole('dialog', { name: 'Aleppo' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).resolves.toBe(true);
  });
});

describe('prefers-reduced-motion', () => {
  interface Motion {
    /** Markers Leaflet set up for its CSS zoom animation (else they are hidden during a zoom). */
    animatedMarkers: number;
    /** Animation frames in which the markers moved while flying to Hazzeh from the text. */
    flightFrames: number;
    /** Whether the zoom button's zoom used Leaflet's CSS zoom animation. */
    zoomAnimated: boolean;
  }

  async function motionOf(page: Page): Promise<Motion> {
    await page.evaluate(() => {
      const w = window as unknown as { frames: number; zoomAnimated: boolean };
      w.frames = 0;
      w.zoomAnimated = false;
      const pane = document.querySelector('.leaflet-map-pane')!;
      new MutationObserver((records) => {
        if (records.some((r) => r.attributeName === 'style' && (r.target as Element).classList.contains('leaflet-marker-icon'))) w.frames++;
        if (pane.classList.contains('leaflet-zoom-anim')) w.zoomAnimated = true;
      }).observe(pane, { attributes: true, subtree: true, attributeFilter: ['style', 'class'] });
    });
    const animatedMarkers = await page.locator('.leaflet-marker-icon.leaflet-zoom-animated').count();
    await page.locator('.report').getByRole('button', { name: 'Hazzeh' }).click();
    await openPopup(page).getByRole('heading', { name: 'Hazzeh' }).waitFor({ timeout: 5000 });
    const flightFrames = await page.evaluate(() => (window as unknown as { frames: number }).frames);
    await page.keyboard.press('Escape');
    await page.locator('.leaflet-control-zoom-out').click();
    await page.waitForTimeout(400);
    const zoomAnimated = await page.evaluate(() => (window as unknown as { zoomAnimated: boolean }).zoomAnimated);
    return { animatedMarkers, flightFrames, zoomAnimated };
  }

  it('makes fly-to and zooming a jump: Leaflet is given no animation', async () => {
    const reduced = await motionOf((await open(ARTICLE, { reducedMotion: 'reduce' })).page);
    expect(reduced.animatedMarkers).toBe(0);
    expect(reduced.zoomAnimated).toBe(false);
    expect(reduced.flightFrames).toBeLessThanOrEqual(3);
    // The same steps without the preference are animated: the checks above can fail.
    const animated = await motionOf((await open(ARTICLE)).page);
    expect(animated.animatedMarkers).toBeGreaterThan(0);
    expect(animated.zoomAnimated).toBe(true);
    expect(animated.flightFrames).toBeGreaterThan(10);
  });
});

describe('prefers-color-scheme: dark', () => {
  /** Relative luminance (WCAG) of a computed rgb() colour, blended over white when translucent. */
  function luminanceOf(color: string): number {
    const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
    const channel = (c: number) => {
      const v = (c * a + 255 * (1 - a)) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  }

  async function colours(page: Page) {
    return page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        page: style('body').backgroundColor,
        text: style('body').color,
        paper: style('.report').backgroundColor,
        sea: style('.claim-map').backgroundColor,
        land: style('.leaflet-basemap-pane path').fill,
        label: style('.pin-label').backgroundColor,
        zoom: style('.leaflet-control-zoom-in').backgroundColor,
        attribution: style('.leaflet-control-attribution').backgroundColor,
      };
    });
  }

  function contrast(a: string, b: string): number {
    const [hi, lo] = [luminanceOf(a), luminanceOf(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  }

  /** Text over the map, which axe cannot judge (the map under it is an image to it). */
  async function mapTextContrast(page: Page) {
    return page.evaluate(() =>
      ['.leaflet-control-attribution', '.pin-label', '.leaflet-control-zoom-in'].map((selector) => {
        const style = getComputedStyle(document.querySelector(selector)!);
        return [selector, style.color, style.backgroundColor] as const;
      }),
    );
  }

  it('the page, the text, the map and its basemap are dark, with light text', async () => {
    const { page } = await open(ARTICLE, { colorScheme: 'dark' });
    const dark = await colours(page);
    for (const [part, colour] of Object.entries(dark)) {
      if (part === 'text') expect(luminanceOf(colour), `${part}: ${colour}`).toBeGreaterThan(0.6);
      else expect(luminanceOf(colour), `${part}: ${colour}`).toBeLessThan(0.05);
    }
    const light = await colours((await open(ARTICLE, { colorScheme: 'light' })).page);
    expect(luminanceOf(light.page)).toBeGreaterThan(0.8);
    expect(luminanceOf(light.land)).toBeGreaterThan(0.8);
  });

  it('text over the map has AA contrast in both schemes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await open(ARTICLE, { colorScheme });
      for (const [selector, color, background] of await mapTextContrast(page)) {
        expect(contrast(color, background), `${colorScheme} ${selector}: ${color} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
