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
 * - `ids`: "id<TAB>line of places" for every feature, sorted by id, for `byId`
 * - `meta`: the longest name in words, the English words, the countries' demonyms
 *
 * No IO here: loaders pass the texts in, or (in Node) a `PackedSource` that reads the
 * lines it is asked for from disk (scripts/gazetteer/packedFiles.ts), so a process
 * starts without reading the whole world.
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
  /** Absent in a gazetteer joined from shards: `byId` then scans `places` once. */
  ids?: string;
}

/** A packed file's lines, by number. */
export interface PackedLines {
  readonly count: number;
  line(i: number): string;
}

/** The packed gazetteer as lines that are read when asked for. */
export interface PackedSource {
  meta: PackedMeta;
  places: PackedLines;
  keys: PackedLines;
  postings: PackedLines;
  ids?: PackedLines;
}

/** The files of a packed gazetteer on disk (under geo/gazetteer/data/build/). */
export const PACKED_FILES = { meta: 'meta.json', places: 'places.tsv', keys: 'keys.txt', postings: 'postings.txt', ids: 'ids.tsv' } as const;

/**
 * The lines of a text held in memory.
 * @example textLines('a\nb').line(1) // 'b'
 */
export function textLines(text: string): PackedLines {
  const lines = text ? text.split('\n') : [];
  return { count: lines.length, line: (i) => lines[i] as string };
}

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
  const ids = features.map((f, i) => `${f.id}\t${i}`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    meta: { format: 'claimmap-packed', version: 1, maxWords, englishWords: [...englishWords], demonyms },
    places: features.map(placeLine).join('\n'),
    keys: keys.join('\n'),
    postings: postings.join('\n'),
    ids: ids.join('\n'),
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
export function findKey(keys: readonly string[] | PackedLines, key: string): number {
  const count = Array.isArray(keys) ? keys.length : (keys as PackedLines).count;
  const at = Array.isArray(keys) ? (i: number) => keys[i] as string : (i: number) => (keys as PackedLines).line(i);
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = at(mid);
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The line of `places` holding `id`, by binary search over the sorted `ids`; -1 if none. */
function findId(ids: PackedLines, id: string): number {
  let lo = 0;
  let hi = ids.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const line = ids.line(mid);
    const tab = line.lastIndexOf('\t');
    const k = line.slice(0, tab);
    if (k === id) return Number(line.slice(tab + 1));
    if (k < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function isSource(packed: PackedGazetteer | PackedSource): packed is PackedSource {
  return typeof packed.places !== 'string';
}

/**
 * Loads a packed gazetteer: from its texts (split into lines and nothing more) or from a
 * source that reads lines on demand; features, entries and the id index are made on
 * first use and kept.
 * @throws Error when `meta` is not a packed gazetteer of a known version, or the keys
 *   and postings do not line up
 * @example loadPacked(packed).lookup(foldedKey('Tokmak')).map((e) => e.feature.properties.country) // ['UA', 'KG']
 */
export function loadPacked(packed: PackedGazetteer | PackedSource): Gazetteer {
  const { meta } = packed;
  if (meta?.format !== 'claimmap-packed' || meta.version !== 1) throw new Error('not a packed claimmap gazetteer (version 1)');
  const source: PackedSource = isSource(packed)
    ? packed
    : {
        meta,
        places: textLines(packed.places),
        keys: textLines(packed.keys),
        postings: textLines(packed.postings),
        ...(packed.ids ? { ids: textLines(packed.ids) } : {}),
      };
  const { places, keys, postings } = source;
  if (keys.count !== postings.count) throw new Error(`packed gazetteer: ${keys.count} keys but ${postings.count} postings`);
  const english = new Set(meta.englishWords);
  const demonyms = new Map(Object.entries(meta.demonyms));
  // A Map, not an array of every place: allocating 243,000 empty slots costs 1.5 ms at
  // each start, and a report asks for a few hundred places.
  const features = new Map<number, GazetteerFeature>();
  const entries = new Map<string, readonly NameEntry[]>();
  let scanned: Map<string, number> | null = null;

  function feature(i: number): GazetteerFeature {
    let f = features.get(i);
    if (f === undefined) features.set(i, (f = parsePlaceLine(places.line(i))));
    return f;
  }

  function lookup(key: string): readonly NameEntry[] {
    const cached = entries.get(key);
    if (cached) return cached;
    const k = findKey(keys, key);
    const found: NameEntry[] = [];
    if (k >= 0) {
      for (const posting of postings.line(k).split(SEPARATOR)) {
        const [place, weight, exact] = posting.split(':');
        found.push({ feature: feature(Number(place)), exact: exact ?? key, weight: Number(weight) / 100 });
      }
    }
    entries.set(key, found);
    return found;
  }

  const found = new Map<string, number>();
  function lineOfId(id: string): number {
    if (source.ids) {
      // The same ids are asked for again and again (a claim's country, a place's parent).
      let line = found.get(id);
      if (line === undefined) found.set(id, (line = findId(source.ids, id)));
      return line;
    }
    if (!scanned) {
      scanned = new Map();
      for (let i = 0; i < places.count; i++) {
        const line = places.line(i);
        scanned.set(line.slice(0, line.indexOf('\t')), i);
      }
    }
    return scanned.get(id) ?? -1;
  }

  function byId(id: string): GazetteerFeature | undefined {
    const i = lineOfId(id);
    return i < 0 ? undefined : feature(i);
  }

  return Object.freeze({
    lookup,
    byId,
    isEnglishWord: (exact: string) => english.has(exact),
    demonym: (exact: string) => demonyms.get(exact),
    maxWords: meta.maxWords,
    size: places.count,
  });
}
