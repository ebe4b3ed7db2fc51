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
  /** Adjectives and demonyms of countries ("syrian" → "country:SY"), by exact key: the country's id. */
  demonym(exact: string): string | undefined;
  /** The most words any indexed name has: the longest span worth trying. */
  readonly maxWords: number;
  readonly size: number;
}

/**
 * Generic type words that a name may carry or drop: "Khan Eshieh Camp" is also "Khan Eshieh",
 * "Daraa Governorate" also "Daraa". The stem is indexed at a lower weight. Not "City":
 * Kansas City is not Kansas.
 */
const TYPE_SUFFIX = /\s+(?:refugee\s+camp|camp|governorate|province|muhafazah|(?:military\s+)?air\s*base|(?:military\s+)?airport|district|subdistrict|region|oblast'?|raion|state|municipality|hromada|locality)$/i;

/** One name of a feature in the index: the feature's position in the collection, its exact key, its weight. */
export interface IndexedName {
  feature: number;
  exact: string;
  weight: number;
}

/**
 * Every name of every feature by folded key: preferred names (weight 1), alternates (0.9)
 * and both without a type word (0.75), one entry per feature and exact spelling, best
 * weight first. Shared by `buildGazetteer` and the packed form (`packed.ts`), so both
 * answer a lookup with the same entries in the same order.
 * @param features the collection's features; entries point at their positions
 * @returns the index and the most words any name has
 */
export function indexNames(features: readonly GazetteerFeature[]): { index: Map<string, IndexedName[]>; maxWords: number } {
  const index = new Map<string, IndexedName[]>();
  let maxWords = 1;
  function add(feature: number, name: string, weight: number) {
    const { exact, folded: key, words } = nameKeys(name);
    if (!key) return;
    let entries = index.get(key);
    if (!entries) index.set(key, (entries = []));
    const same = entries.find((e) => e.feature === feature && e.exact === exact);
    if (same) same.weight = Math.max(same.weight, weight);
    else entries.push({ feature, exact, weight });
    if (words > maxWords) maxWords = words;
  }
  features.forEach((feature, i) => {
    const { name, alternateNames } = feature.properties;
    for (const [label, weight] of [[name, 1], ...alternateNames.map((n) => [n, 0.9] as const)] as const) {
      add(i, label, weight);
      const stem = label.replace(TYPE_SUFFIX, '');
      if (stem !== label) add(i, stem, 0.75);
    }
  });
  for (const entries of index.values()) entries.sort((a, b) => b.weight - a.weight);
  return { index, maxWords: Math.min(maxWords, 8) };
}

/**
 * Builds the name index.
 * @param collection the bundled gazetteer FeatureCollection
 * @param englishWords common English words that share a key with a place name
 *   (built by scripts/gazetteer/englishWords.ts), as exact keys
 * @returns an immutable index
 * @example
 * const gaz = buildGazetteer(places, words);
 * gaz.lookup(foldedKey('Deir al-Zor')); // [{ feature: Deir ez-Zor, exact: 'deir zor', weight: 0.9 }, …]
 */
export function buildGazetteer(collection: GazetteerCollection, englishWords: readonly string[] = []): Gazetteer {
  const english = new Set(englishWords);
  const features = collection.features
    .filter((raw) => raw.id !== undefined && raw.id !== null)
    .map((raw) => ({ ...raw, id: String(raw.id) }) as GazetteerFeature);
  const ids = new Map(features.map((f) => [f.id, f]));
  const demonyms = new Map<string, string>();
  for (const f of features) for (const adjective of f.properties.demonyms ?? []) demonyms.set(exactKey(adjective), f.id);
  const { index: names, maxWords } = indexNames(features);
  const index = new Map<string, NameEntry[]>();
  for (const [key, entries] of names) index.set(key, entries.map((e) => ({ feature: features[e.feature] as GazetteerFeature, exact: e.exact, weight: e.weight })));

  return Object.freeze({
    lookup: (key: string) => index.get(key) ?? [],
    byId: (id: string) => ids.get(id),
    isEnglishWord: (exact: string) => english.has(exact),
    demonym: (exact: string) => demonyms.get(exact),
    maxWords,
    size: ids.size,
  });
}
