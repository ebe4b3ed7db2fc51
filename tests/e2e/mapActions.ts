/**
 * What a person does with the map, as steps the tests share: find a place's marker
 * (zooming into the group marker that holds it when places crowd), open its popup.
 */
import type { Locator, Page } from 'playwright-core';

export function mapRegion(page: Page): Locator {
  return page.getByRole('region', { name: /^Map of the/ });
}

/** A single place's marker: its accessible name starts with the place name and a comma. */
export function placeMarker(page: Page, name: RegExp): Locator {
  return mapRegion(page).locator('.place-pin').filter({ has: page.locator('.visually-hidden', { hasText: name }) });
}

/** Any marker (a place or a group of nearby places) whose accessible name mentions `name`. */
export function anyMarker(page: Page, name: RegExp): Locator {
  return mapRegion(page)
    .locator('.leaflet-marker-icon')
    .filter({ has: page.locator('.visually-hidden', { hasText: name }) });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Clicks the marker of the place called `name`, first clicking the group markers that
 * hold it (each click zooms in) until the place has a marker of its own.
 */
export async function clickPlaceMarker(page: Page, name: string): Promise<void> {
  for (let attempt = 0; attempt < 6; attempt++) {
    const own = placeMarker(page, new RegExp(`^${escape(name)},`));
    if (await own.count()) {
      await own.first().click();
      return;
    }
    const member = new RegExp(`[:,] ${escape(name)}[,.]`);
    const group = mapRegion(page).locator('.group-pin').filter({ has: page.locator('.visually-hidden', { hasText: member }) });
    if ((await group.count()) === 0) break;
    await group.first().click();
    await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'), undefined, { timeout: 5000 });
    await own.first().waitFor({ state: 'attached', timeout: 3000 }).catch(() => undefined);
  }
  throw new Error(`no marker for ${name}`);
}

/** The open popup. */
export function openPopup(page: Page): Locator {
  return mapRegion(page).locator('.leaflet-popup');
}

/**
 * Opens the popup of the place called `name` and waits for its heading. A click that a
 * busy machine's running pan or zoom animation swallows is tried again (never while the
 * popup is already open, since a second click would close it).
 */
export async function openPlacePopup(page: Page, name: string, heading: RegExp = new RegExp(escape(name))): Promise<Locator> {
  const title = openPopup(page).getByRole('heading', { name: heading }).first();
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await title.isVisible()) return openPopup(page);
    await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim'), undefined, { timeout: 5000 }).catch(() => undefined);
    await clickPlaceMarker(page, name);
    if (await title.waitFor({ timeout: 10_000 }).then(() => true, () => false)) return openPopup(page);
  }
  throw new Error(`no popup opened for ${name}`);
}
