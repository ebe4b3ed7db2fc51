/**
 * An immutable name index over bundled gazetteer GeoJSON. Built once from data passed
 * in (no IO here), then answers lookups by folded key.
 */
import type { GazetteerCollection, GazetteerFeature } from '../types';
import { exactKey, nameKeys } from './normalize';

/** One way a feature can be named. */
export interface NameEntry {
  feature: GazetteerFeature;
  /** The exact key of this name, to tell an exact spelling from a folded one. */
  exact: string;
  /** How good a name this is for the feature: 1 preferred, 0.9 alternate, 0.75 stem. */
  weight: number;
}

export interface Gazetteer {
  /** Entries whose folded key is `key`: one per feature and exact spelling, best weight first. */
  lookup(key: string): readonly NameEntry[];
  byId(id: string): GazetteerFeature | undefined;
  /** Whether a word (exact key) is a common English word that some place name shares. */
  isEnglishWord(exact: string): boolean;
  /** Adjectives and demonyms of countries ("syrian" → country:SY), by exact key. */
  demonym(exact: string): GazetteerFeature | undefined;
  /** The most words any indexed name has: the longest span worth trying. */
  readonly maxWords: number;
  readonly size: number;
}

/**
 * Generic type words that a name may carry or drop: "Khan Eshieh Camp" is also "Khan Eshieh",
 * "Daraa Governorate" also "Daraa". The stem is indexed at a lower weight. Not "City":
 * Kansas City is not Kansas.
 */
const TYPE_SUFFIX = /\s+(?:refugee\s+camp|camp|governorate|province|muhafazah|(?:military\s+)?air\s*base|(?:military\s+)?airport|district|subdistrict|region)$/i;

/**
 * Builds the name index.
 * @param collection the bundled gazetteer FeatureCollection
 * @param englishWords common English words that share a key with a place name
 *   (geo/gazetteer/data/english-words.json), as exact keys
 * @returns an immutable index
 * @example
 * const gaz = buildGazetteer(places, words);
 * gaz.lookup(foldedKey('Deir al-Zor')); // [{ feature: Deir ez-Zor, exact: 'deir zor', weight: 0.9 }, …]
 */
export function buildGazetteer(collection: GazetteerCollection, englishWords: readonly string[] = []): Gazetteer {
  const english = new Set(englishWords);
  const index = new Map<string, NameEntry[]>();
  const ids = new Map<string, GazetteerFeature>();
  const demonyms = new Map<string, GazetteerFeature>();
  let maxWords = 1;

  function add(feature: GazetteerFeature, name: string, weight: number) {
    const { exact, folded: key, words } = nameKeys(name);
    if (!key) return;
    const entries = index.get(key) ?? [];
    const same = entries.find((e) => e.feature === feature && e.exact === exact);
    if (same) same.weight = Math.max(same.weight, weight);
    else entries.push({ feature, exact, weight });
    index.set(key, entries);
    if (words > maxWords) maxWords = words;
  }

  for (const raw of collection.features) {
    if (raw.id === undefined || raw.id === null) continue;
    const feature = { ...raw, id: String(raw.id) } as GazetteerFeature;
    ids.set(feature.id, feature);
    const { name, alternateNames, demonyms: adjectives = [] } = feature.properties;
    for (const [label, weight] of [[name, 1], ...alternateNames.map((n) => [n, 0.9] as const)] as const) {
      add(feature, label, weight);
      const stem = label.replace(TYPE_SUFFIX, '');
      if (stem !== label) add(feature, stem, 0.75);
    }
    for (const adjective of adjectives) demonyms.set(exactKey(adjective), feature);
  }

  for (const entries of index.values()) entries.sort((a, b) => b.weight - a.weight);

  return Object.freeze({
    lookup: (key: string) => index.get(key) ?? [],
    byId: (id: string) => ids.get(id),
    isEnglishWord: (exact: string) => english.has(exact),
    demonym: (exact: string) => demonyms.get(exact),
    maxWords: Math.min(maxWords, 8),
    size: ids.size,
  });
}
