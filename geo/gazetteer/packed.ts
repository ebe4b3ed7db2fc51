/**
 * The packed gazetteer: the world's places in a form that loads in milliseconds. Names
 * are folded to their keys when the file is built, so loading does no normalisation:
 * it splits four texts into lines, and a lookup is a binary search over the sorted keys.
 * A place becomes a GazetteerFeature object only when a lookup first returns it.
 *
 * - `places`: one line per feature, tab-separated:
 *   id, name, gazetteer name (empty when the same), type, country, parent, population
 *   (empty when unknown), source, geometry ("lon,lat", or the JSON of the coordinates)
 * - `keys`: the folded keys, sorted (UTF-16 order), one per line
 * - `postings`: one line per key: its entries "place:weight%[:exact]" joined by "|",
 *   best weight first; the exact key is left out when it equals the folded key
 * - `meta`: the longest name in words, the English words, the countries' demonyms
 *
 * No IO here: loaders read the files and pass their text in.
 */
import type { GazetteerCollection, GazetteerFeature, GazetteerProperties, PlaceGeometry, PlaceType } from '../types';
import { indexNames, type Gazetteer, type NameEntry } from './gazetteer';
import { exactKey } from './normalize';

export interface PackedMeta {
  format: 'claimmap-packed';
  version: 1;
  maxWords: number;
  /** Common English words that share a key with a place name (exact keys). */
  englishWords: string[];
  /** Exact key of a country adjective or demonym → the country's id. */
  demonyms: Record<string, string>;
}

export interface PackedGazetteer {
  meta: PackedMeta;
  places: string;
  keys: string;
  postings: string;
}

/** The files of a packed gazetteer on disk (under geo/gazetteer/data/build/). */
export const PACKED_FILES = { meta: 'meta.json', places: 'places.tsv', keys: 'keys.txt', postings: 'postings.txt' } as const;

const SEPARATOR = '|';

/**
 * Strips diacritics; a sign for ayn or hamza inside a word becomes an apostrophe and goes
 * at a word's start: "Ālbū Kamāl" → "Albu Kamal", "Ma‘arrat an Nu‘mān" → "Ma'arrat an Nu'man".
 */
export function withoutDiacritics(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/(^|[^\p{L}])[ʿʾ‘’ʻʼ`´]/gu, '$1')
    .replace(/[ʿʾ‘’ʻʼ`´]/g, "'")
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}

function geometryText(geometry: PlaceGeometry): string {
  if (geometry.type === 'Point') return `${geometry.coordinates[0]},${geometry.coordinates[1]}`;
  return JSON.stringify(geometry.coordinates);
}

function clean(value: string): string {
  return value.replace(/[\t\n\r]/g, ' ');
}

/**
 * One line of `places`: the display name is the feature's name without diacritics,
 * and the name as the source spells it is kept beside it when they differ.
 */
export function placeLine(f: GazetteerFeature): string {
  const p = f.properties;
  const source = p.gazetteerName ?? p.name;
  const name = withoutDiacritics(p.name);
  return [
    f.id, name, source === name ? '' : source, p.placeType, p.country, p.parent ?? '', p.population ?? '', p.source, geometryText(f.geometry),
  ].map((v) => clean(String(v))).join('\t');
}

/**
 * Packs a collection.
 * @param collection the gazetteer features
 * @param englishWords common English words that share a key with a place name
 * @returns the packed texts; `loadPacked(packGazetteer(c, w))` answers every lookup as
 *   `buildGazetteer(c, w)` does (same ids, exact keys and weights, in the same order)
 */
export function packGazetteer(collection: GazetteerCollection, englishWords: readonly string[]): PackedGazetteer {
  const features = collection.features
    .filter((raw) => raw.id !== undefined && raw.id !== null)
    .map((raw) => ({ ...raw, id: String(raw.id) }) as GazetteerFeature);
  const { index, maxWords } = indexNames(features);
  const keys = [...index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const postings = keys.map((key) =>
    (index.get(key) ?? []).map((e) => `${e.feature}:${Math.round(e.weight * 100)}${e.exact === key ? '' : `:${e.exact}`}`).join(SEPARATOR),
  );
  const demonyms: Record<string, string> = {};
  for (const f of features) for (const adjective of f.properties.demonyms ?? []) demonyms[exactKey(adjective)] = f.id;
  return {
    meta: { format: 'claimmap-packed', version: 1, maxWords, englishWords: [...englishWords], demonyms },
    places: features.map(placeLine).join('\n'),
    keys: keys.join('\n'),
    postings: postings.join('\n'),
  };
}

function parseGeometry(text: string): PlaceGeometry {
  if (text.startsWith('[')) {
    const coordinates = JSON.parse(text) as unknown;
    // Polygon: rings of positions (depth 3); MultiPolygon: polygons of them (depth 4).
    const multi = Array.isArray((((coordinates as unknown[])[0] as unknown[])?.[0] as unknown[])?.[0]);
    return multi
      ? { type: 'MultiPolygon', coordinates: coordinates as [number, number][][][] }
      : { type: 'Polygon', coordinates: coordinates as [number, number][][] };
  }
  const comma = text.indexOf(',');
  return { type: 'Point', coordinates: [Number(text.slice(0, comma)), Number(text.slice(comma + 1))] };
}

/**
 * The feature of one `places` line. Alternate names are not kept in the packed form
 * (the keys index them), so `alternateNames` is empty.
 */
export function parsePlaceLine(line: string): GazetteerFeature {
  const [id = '', name = '', gazetteerName = '', placeType, country = '', parent = '', population = '', source = '', geometry = '0,0'] = line.split('\t');
  const properties: GazetteerProperties = {
    name,
    alternateNames: [],
    placeType: placeType as PlaceType,
    country,
    parent: parent || null,
    population: population === '' ? null : Number(population),
    source,
  };
  if (gazetteerName) properties.gazetteerName = gazetteerName;
  return { type: 'Feature', id, geometry: parseGeometry(geometry), properties };
}

/** The position of `key` in the sorted `keys`, or -1. */
export function findKey(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid] as string;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Loads a packed gazetteer: splits its texts into lines and nothing more; features,
 * entries and the id index are made on first use and kept.
 * @throws Error when `meta` is not a packed gazetteer of a known version, or the keys
 *   and postings do not line up
 * @example loadPacked(packed).lookup(foldedKey('Tokmak')).map((e) => e.feature.properties.country) // ['UA', 'KG']
 */
export function loadPacked(packed: PackedGazetteer): Gazetteer {
  const { meta } = packed;
  if (meta?.format !== 'claimmap-packed' || meta.version !== 1) throw new Error('not a packed claimmap gazetteer (version 1)');
  const lines = packed.places ? packed.places.split('\n') : [];
  const keys = packed.keys ? packed.keys.split('\n') : [];
  const postings = packed.postings ? packed.postings.split('\n') : [];
  if (keys.length !== postings.length) throw new Error(`packed gazetteer: ${keys.length} keys but ${postings.length} postings`);
  const english = new Set(meta.englishWords);
  const demonyms = new Map(Object.entries(meta.demonyms));
  const features: (GazetteerFeature | undefined)[] = new Array(lines.length);
  const entries = new Map<string, readonly NameEntry[]>();
  let ids: Map<string, number> | null = null;

  function feature(i: number): GazetteerFeature {
    return (features[i] ??= parsePlaceLine(lines[i] as string));
  }

  function lookup(key: string): readonly NameEntry[] {
    const cached = entries.get(key);
    if (cached) return cached;
    const k = findKey(keys, key);
    const found: NameEntry[] = [];
    if (k >= 0) {
      for (const posting of (postings[k] as string).split(SEPARATOR)) {
        const [place, weight, exact] = posting.split(':');
        found.push({ feature: feature(Number(place)), exact: exact ?? key, weight: Number(weight) / 100 });
      }
    }
    entries.set(key, found);
    return found;
  }

  function byId(id: string): GazetteerFeature | undefined {
    if (!ids) {
      ids = new Map();
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i] as string;
        ids.set(line.slice(0, line.indexOf('\t')), i);
      }
    }
    const i = ids.get(id);
    return i === undefined ? undefined : feature(i);
  }

  return Object.freeze({
    lookup,
    byId,
    isEnglishWord: (exact: string) => english.has(exact),
    demonym: (exact: string) => demonyms.get(exact),
    maxWords: meta.maxWords,
    size: lines.length,
  });
}
