/**
 * "Find place…": a search over every name in the gazetteer by folded key (the same
 * normalisation the engine matches with, so "Maarat al-Numan" finds Ma‘arrat an
 * Nu‘mān). Built once from the collection in the worker; answers in well under a
 * millisecond from a sorted key list. No React, no DOM.
 */
import { exactKey, foldedKey, nameKeys } from '@/geo/gazetteer/normalize';
import type { GazetteerCollection, GazetteerFeature, PlaceType } from '@/geo/types';

/** One place found, as the page shows it (plain data: it crosses the worker boundary). */
export interface PlaceMatch {
  id: string;
  name: string;
  /** The spelling that matched, when it is not `name`. */
  matched: string | null;
  placeType: PlaceType;
  country: string;
  /** The name of the admin parent (governorate or country), when known. */
  parent: string | null;
}

/**
 * How a name meets the query, best first: its exact spelling equal to the query's,
 * starting with it, a later word starting with it; then the same on the folded key
 * (transliteration variants: "Dam" also finds Douma, "dama").
 */
type Fit = 0 | 1 | 2 | 3 | 4 | 5;

interface IndexEntry {
  /** Folded key of the name, or of its words from a later one on. */
  key: string;
  /** The exact key over the same words. */
  exact: string;
  feature: GazetteerFeature;
  name: string;
  /** The key starts at a later word of the name ("numan" in "maarat numan"). */
  inner: boolean;
}

/** Bigger, more often reported kinds of place first, all else equal. */
const TYPE_RANK: Record<PlaceType, number> = {
  country: 6, governorate: 5, city: 5, region: 4, town: 3, camp: 3, airbase: 3, district: 2, village: 1, landmark: 1,
};

/** Matches looked at per search at most: a one-letter query must not walk the whole index. */
const SCAN_LIMIT = 4000;

export interface SearchOptions {
  /** Most places returned (default 10). */
  limit?: number;
  /** Countries the report is about (ISO alpha-2): their places come first among equal matches. */
  countries?: readonly string[];
}

export type PlaceSearch = (query: string, options?: SearchOptions) => PlaceMatch[];

/**
 * Builds the search over a gazetteer's names.
 * @param collection the gazetteer features (as given to `buildGazetteer`)
 * @param parentNames names of parents the collection does not hold (the browser's shards carry only those)
 * @returns a function from a query to up to `limit` places, best first: by how the
 *   name fits (see `Fit`), then places in the report's countries, then bigger places
 * @example buildPlaceSearch(collection)('saraqib')[0]?.name // "Sarāqib"
 */
export function buildPlaceSearch(collection: GazetteerCollection, parentNames: ReadonlyMap<string, string> = new Map()): PlaceSearch {
  const byId = new Map<string, GazetteerFeature>();
  const entries: IndexEntry[] = [];
  for (const raw of collection.features) {
    if (raw.id === undefined || raw.id === null) continue;
    const feature = { ...raw, id: String(raw.id) } as GazetteerFeature;
    byId.set(feature.id, feature);
    const names = new Set([feature.properties.name, ...feature.properties.alternateNames]);
    for (const name of names) {
      const { folded, exact } = nameKeys(name);
      if (!folded) continue;
      entries.push({ key: folded, exact, feature, name, inner: false });
      const foldedWords = folded.split(' ');
      const exactWords = exact.split(' ');
      for (let w = 1; w < foldedWords.length; w++) {
        entries.push({ key: foldedWords.slice(w).join(' '), exact: exactWords.slice(w).join(' '), feature, name, inner: true });
      }
    }
  }
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  function firstAtLeast(key: string): number {
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((entries[mid] as IndexEntry).key < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  return function searchPlaces(query: string, { limit = 10, countries = [] }: SearchOptions = {}): PlaceMatch[] {
    const key = foldedKey(query);
    if (!key) return [];
    const exact = exactKey(query);
    const focus = new Set(countries);
    const best = new Map<string, { entry: IndexEntry; fit: Fit; preferred: boolean }>();
    const start = firstAtLeast(key);
    const end = Math.min(entries.length, start + SCAN_LIMIT);
    for (let i = start; i < end; i++) {
      const entry = entries[i] as IndexEntry;
      if (!entry.key.startsWith(key)) break;
      const fit = fitOf(entry, key, exact);
      const preferred = entry.name === entry.feature.properties.name;
      const seen = best.get(entry.feature.id);
      if (!seen || fit < seen.fit || (fit === seen.fit && preferred && !seen.preferred)) best.set(entry.feature.id, { entry, fit, preferred });
    }
    const inFocus = (f: GazetteerFeature) => (focus.has(f.properties.country) ? 0 : 1);
    return [...best.values()]
      .sort(
        (a, b) =>
          a.fit - b.fit ||
          inFocus(a.entry.feature) - inFocus(b.entry.feature) ||
          importance(b.entry.feature) - importance(a.entry.feature) ||
          a.entry.feature.id.localeCompare(b.entry.feature.id),
      )
      .slice(0, limit)
      .map(({ entry }) => toMatch(entry, byId, parentNames));
  };
}

function fitOf(entry: IndexEntry, key: string, exact: string): Fit {
  if (entry.exact.startsWith(exact)) return entry.inner ? 2 : entry.exact === exact ? 0 : 1;
  return entry.inner ? 5 : entry.key === key ? 3 : 4;
}

function importance(feature: GazetteerFeature): number {
  const { placeType, population } = feature.properties;
  return TYPE_RANK[placeType] + Math.log10((population ?? 0) + 1);
}

function toMatch({ feature, name }: IndexEntry, byId: ReadonlyMap<string, GazetteerFeature>, parentNames: ReadonlyMap<string, string>): PlaceMatch {
  const p = feature.properties;
  return {
    id: feature.id,
    name: p.name,
    matched: name === p.name ? null : name,
    placeType: p.placeType,
    country: p.country,
    parent: p.parent ? (byId.get(p.parent)?.properties.name ?? parentNames.get(p.parent) ?? null) : null,
  };
}
