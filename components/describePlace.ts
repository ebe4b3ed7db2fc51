/**
 * Words for the values of a ParseResult, shared by the text pane, the list view and
 * the map popups so they all say the same thing. No React, no DOM.
 */
import type { Claim, EventType, PlaceProperties, PlaceType } from '@/geo/types';

const PLACE_TYPE_WORDS: Record<PlaceType, string> = {
  country: 'country',
  governorate: 'governorate',
  region: 'region',
  city: 'city',
  town: 'town',
  village: 'village',
  district: 'district',
  camp: 'camp',
  airbase: 'airbase',
  landmark: 'landmark',
};

const EVENT_WORDS: Record<EventType, string> = {
  Battles: 'Battle',
  'Explosions/Remote violence': 'Explosion or remote violence',
  'Violence against civilians': 'Violence against civilians',
  Protests: 'Protest',
  Riots: 'Riot',
  'Strategic developments': 'Strategic development',
  Other: 'Other event',
};

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The English name of an ISO 3166-1 alpha-2 code.
 * @example countryName('SY') // 'Syria'
 */
export function countryName(code: string): string {
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/**
 * What kind of place, and where: "town in Syria", or just "country".
 * @example describePlace({ placeType: 'camp', country: 'SY' }) // 'camp in Syria'
 */
export function describePlace({ placeType, country }: Pick<PlaceProperties, 'placeType' | 'country'>): string {
  const kind = PLACE_TYPE_WORDS[placeType] ?? placeType;
  return placeType === 'country' || !country ? kind : `${kind} in ${countryName(country)}`;
}

/**
 * A YYYY-MM-DD date for people; the input back unchanged if it is not such a date.
 * @example formatDate('2017-05-14') // '14 May 2017'
 */
export function formatDate(date: string): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? date : longDate.format(time);
}

/**
 * Who a claim is credited to, as a phrase.
 * @param publisher the article's publisher, named when the claim is the article's own
 * @example claimSource({ attribution: 'al-Masdar' }, 'Global Research') // 'according to al-Masdar'
 */
export function claimSource({ attribution }: Pick<Claim, 'attribution'>, publisher: string | null): string {
  if (attribution) return `according to ${attribution}`;
  return publisher ? `according to the article (${publisher})` : 'according to the article';
}

/** @example eventLabel('Battles') // 'Battle' */
export function eventLabel(eventType: EventType): string {
  return EVENT_WORDS[eventType] ?? eventType;
}

/** @example plural(1, 'claim') // '1 claim' */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
