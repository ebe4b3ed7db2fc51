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

const EVENT_WORDS: Pick<Record<EventType, string>, 'Other'> = { Other: 'No event of ACLED\'s kinds' };

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

/** Cues that come before the source ("according to X"); the others follow it ("X said"). */
const LEADING_CUE = /^(?:according to|citing|as reported by|reported by|quoted by|cited by|as told to|in the words of)$/i;

/**
 * Who a claim is credited to, said as the text says it: "Petro Marchenko said", "RSF
 * claimed", "Joint Force denied", "according to the United Nations"; the article's own
 * voice otherwise.
 * @param publisher the article's publisher, named when the claim is the article's own
 * @example claimSource({ attribution: 'al-Masdar', cue: 'According to', source: { text: 'al-Masdar' } }, 'Global Research') // 'according to al-Masdar'
 */
export function claimSource({ attribution, cue, source }: Pick<Claim, 'attribution' | 'cue' | 'source'>, publisher: string | null): string {
  if (!attribution) return publisher ? `according to the article (${publisher})` : 'according to the article';
  // "the United Nations" as written reads better than the bare name; a pronoun does not.
  const written = source?.text.replace(/^the\s+/i, '') === attribution ? source.text.replace(/^The\s/, 'the ') : attribution;
  const words = cue?.trim() ?? '';
  if (!words || /^[:―—–-]$/.test(words)) return `${written} said`;
  if (LEADING_CUE.test(words)) return `${words.toLowerCase()} ${written}`;
  return `${written} ${words}`;
}

/**
 * The claim's event as ACLED names it, with its sub-event type.
 * @example eventLabel({ eventType: 'Battles', subEventType: 'Government regains territory' }) // 'Battles: Government regains territory'
 */
export function eventLabel({ eventType, subEventType }: Pick<Claim, 'eventType' | 'subEventType'>): string {
  if (eventType === 'Other') return EVENT_WORDS.Other;
  return subEventType && subEventType !== 'Other' ? `${eventType}: ${subEventType}` : eventType;
}

/**
 * Who acted on whom, ACLED's actor1 → actor2; null when the claim names neither.
 * @example actorsLabel({ actor1: 'Military Forces of Ukraine', actor2: 'Civilians (Ukraine)' }) // 'Military Forces of Ukraine → Civilians (Ukraine)'
 */
export function actorsLabel({ actor1, actor2 }: Pick<Claim, 'actor1' | 'actor2'>): string | null {
  if (actor1 && actor2) return `${actor1} → ${actor2}`;
  if (actor1) return actor1;
  return actor2 ? `against ${actor2}` : null;
}

/**
 * The number the claim reports killed; null when it gives none.
 * @example fatalitiesLabel({ fatalities: 13 }) // '13 killed'
 */
export function fatalitiesLabel({ fatalities }: Pick<Claim, 'fatalities'>): string | null {
  if (fatalities === null) return null;
  return fatalities === 0 ? 'no one killed' : `${fatalities.toLocaleString('en')} killed`;
}

/**
 * When the claim says it happened: a day, or a range of days.
 * @example dateLabel({ date: '2025-05-12', dateRange: { start: '2025-05-12', end: '2025-05-14' } }) // '12 May 2025 – 14 May 2025'
 */
export function dateLabel({ date, dateRange }: Pick<Claim, 'date' | 'dateRange'>): string | null {
  if (!date) return null;
  return dateRange ? `${formatDate(dateRange.start)} – ${formatDate(dateRange.end)}` : formatDate(date);
}

/** @example plural(1, 'claim') // '1 claim' */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
