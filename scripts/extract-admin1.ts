/**
 * Extracts world first-level divisions (states, provinces, governorates…) from Natural Earth
 * admin-1 into a gazetteer extract:
 *
 *   npx tsx scripts/extract-admin1.ts [--raw-dir DIR]     (default DIR: /tmp/claimmap-raw/admin1)
 *
 * reads  DIR/ne_10m_admin_1_states_provinces.tsv
 *          Natural Earth 10m admin-1 attribute table (the shapefile's DBF as TSV, one row per
 *          feature): names, alternate names, ISO 3166-2, label point. Public domain.
 *        DIR/ne_10m_admin_1_states_provinces.topo.json.gz
 *          Natural Earth 10m admin-1 outlines as quantized TopoJSON (properties name,
 *          iso_3166_2, iso_a2, adm0_a3, admin). For a few countries it holds second-level units
 *          taken from OpenStreetMap instead of the Natural Earth rows; those are not used.
 *        Neither raw file is committed: geo/gazetteer/data/SOURCES.md says where each comes
 *        from (repository, path, commit) and gives its sha256, which this script checks.
 * writes geo/gazetteer/data/admin1.geojson (GazetteerCollection, one feature per line)
 *
 * What it does:
 *  1. pairs every Natural Earth row with its outline in the topology: same ISO code and name,
 *     else same country and name, else same ISO code when the row's label point lies inside
 *     the outline; a row left without an outline becomes a Point at its label point;
 *  2. simplifies the topology's arcs (Douglas–Peucker, shared borders simplified once so
 *     neighbours still meet), rounds coordinates, drops small islands and holes;
 *  3. adds unions of rows for divisions that Natural Earth splits further: England, Scotland,
 *     Wales, Northern Ireland; the regions of the Philippines, France, Italy and Spain;
 *  4. writes features sorted by id, so the output is reproducible byte for byte.
 * Syria is skipped: the gazetteer has curated Syrian governorates.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature as topoFeature, merge as topoMerge } from 'topojson-client';
import type { GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import type { GazetteerFeature, GazetteerProperties, PlaceGeometry } from '../geo/types';
import { round, roundRing } from './build-gazetteer';

export const RAW_FILES = {
  tsv: {
    file: 'ne_10m_admin_1_states_provinces.tsv',
    sha256: 'b8fe86dad3d702e673fcd6b1dc030a93f1523f8ce44dbd6c67b71bcf9335cb7f',
  },
  topology: {
    file: 'ne_10m_admin_1_states_provinces.topo.json.gz',
    sha256: '0fe8e18d4d3c70e7c8e366a5eded4d364315d7aa851b485782cfaa5a15e11323',
  },
} as const;

/** Every tunable of the extract, with its default. */
export const defaultOptions = {
  /** Douglas–Peucker tolerance, degrees of latitude (0.01 ≈ 1.1 km). */
  tolerance: 0.03,
  /** Decimals kept in coordinates (3 ≈ 100 m). */
  decimals: 3,
  /** Decimals of fallback points (label points). */
  pointDecimals: 4,
  /**
   * A polygon smaller than this (square degrees, scaled by the cosine of its latitude: 0.02 is
   * about 250 km²) is dropped unless it is the feature's largest.
   */
  minIslandArea: 0.02,
  /** A hole smaller than this (square degrees) is filled. */
  minHoleArea: 0.01,
  /** Countries left out (ISO alpha-2). */
  skipCountries: ['SY'] as readonly string[],
};
export type ExtractOptions = typeof defaultOptions;

export const SOURCE = 'naturalearth-admin1';
export const GROUP_SOURCE = 'naturalearth-admin1 (union of its rows)';

// ---------------------------------------------------------------------------------------
// Natural Earth attribute rows
// ---------------------------------------------------------------------------------------

/** The columns of a Natural Earth admin-1 row that the extract uses. */
export interface NeRow {
  adm1_code: string;
  iso_3166_2: string;
  iso_a2: string;
  adm0_a3: string;
  name: string;
  name_alt: string;
  name_en: string;
  gn_name: string;
  woe_name: string;
  postal: string;
  region: string;
  geonunit: string;
  latitude: number;
  longitude: number;
}

/** Parses the TSV (header row, then one row per feature; no field holds a tab). */
export function parseNeTsv(tsv: string): NeRow[] {
  const lines = tsv.split(/\r?\n/).filter((l) => l !== '');
  const header = (lines[0] ?? '').split('\t');
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`column ${name} missing from the admin-1 TSV`);
    return i;
  };
  const names = [
    'adm1_code', 'iso_3166_2', 'iso_a2', 'adm0_a3', 'name', 'name_alt', 'name_en',
    'gn_name', 'woe_name', 'postal', 'region', 'geonunit', 'latitude', 'longitude',
  ] as const;
  const idx = Object.fromEntries(names.map((n) => [n, col(n)])) as Record<(typeof names)[number], number>;
  return lines.slice(1).map((line) => {
    const c = line.split('\t');
    if (c.length !== header.length) throw new Error(`admin-1 TSV row with ${c.length} fields: ${line.slice(0, 80)}`);
    const s = (n: (typeof names)[number]) => (c[idx[n]] ?? '').trim();
    return {
      adm1_code: s('adm1_code'),
      iso_3166_2: s('iso_3166_2'),
      iso_a2: s('iso_a2'),
      adm0_a3: s('adm0_a3'),
      name: s('name'),
      name_alt: s('name_alt'),
      name_en: s('name_en'),
      gn_name: s('gn_name'),
      woe_name: s('woe_name'),
      postal: s('postal'),
      region: s('region'),
      geonunit: s('geonunit'),
      latitude: Number(s('latitude')),
      longitude: Number(s('longitude')),
    };
  });
}

/**
 * ISO alpha-2 of a row. Natural Earth writes -1 for units outside ISO 3166-1; those that lie
 * in one country are given it, the others (Kashmir, the Spratly Islands) are left out.
 */
const NO_ISO_COUNTRY: Record<string, string> = {
  SOL: 'SO', // Somaliland
  CYN: 'CY', // Northern Cyprus
  KAB: 'KZ', // Baikonur lease
  USG: 'CU', // Guantanamo Bay naval base
  CSI: 'AU', // Coral Sea Islands
  CLP: 'FR', // Clipperton Island
  ESB: 'CY', // Dhekelia (UK base area on Cyprus)
  WSB: 'CY', // Akrotiri (UK base area on Cyprus)
};
const NO_ISO_BY_NAME: Record<string, string> = { 'Cocos (Keeling) Islands': 'CC', 'Christmas Island': 'CX' };

export function countryOf(row: NeRow): string | null {
  if (/^[A-Z]{2}$/.test(row.iso_a2)) return row.iso_a2;
  return NO_ISO_BY_NAME[row.name] ?? NO_ISO_COUNTRY[row.adm0_a3] ?? null;
}

/** Accent- and case-folded form, for comparing names across the two files. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The preferred English name: name_en when given, else name. */
export function englishName(row: NeRow): string {
  return row.name_en || row.name;
}

/**
 * Alternate names of a row: its local-form name, name_alt (pipe-separated), name_en, gn_name,
 * woe_name, postal when 3+ letters, and for Australia the ISO suffix ("NSW", "QLD") when the
 * row is the one that code names (not Lord Howe Island, which shares AU-NSW).
 * Entries of one or two characters ("CA") and entries without a letter are dropped.
 */
export function alternateNamesOf(row: NeRow, preferred: string, ownsIsoCode = true): string[] {
  const candidates = [row.name, ...row.name_alt.split('|'), row.name_en, row.gn_name, row.woe_name];
  if (/^[A-Za-z]{3,}$/.test(row.postal)) candidates.push(row.postal);
  const suffix = row.iso_3166_2.split('-')[1] ?? '';
  if (ownsIsoCode && row.iso_a2 === 'AU' && /^[A-Z]{3,}$/.test(suffix)) candidates.push(suffix);
  return uniqueNames(candidates, preferred);
}

function uniqueNames(candidates: readonly string[], preferred: string): string[] {
  const out: string[] = [];
  const seen = new Set([preferred]);
  for (const raw of candidates) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name.length < 3 || !/\p{L}/u.test(name) || seen.has(name)) continue;
    seen.add(name);
    out.push(name);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Topology: decoding, matching, simplification
// ---------------------------------------------------------------------------------------

type PolyObject = (TopoPolygon | TopoMultiPolygon) & { properties?: Record<string, string> };

export function topologyObjects(topology: Topology): PolyObject[] {
  const first = Object.values(topology.objects)[0];
  if (!first || first.type !== 'GeometryCollection') throw new Error('admin-1 topology has no geometry collection');
  return first.geometries.filter((g): g is PolyObject => g.type === 'Polygon' || g.type === 'MultiPolygon');
}

/** Arcs in absolute coordinates (undoes quantization and delta encoding). */
export function decodeArcs(topology: Topology): Position[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!t) return arc.map((p) => [p[0]!, p[1]!]);
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0]!;
      y += p[1]!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

/**
 * Douglas–Peucker on one arc. Its ends are always kept (they are shared with other arcs), and
 * so is its farthest interior point, so a ring of two arcs keeps at least four vertices.
 */
export function simplifyArc(points: Position[], tolerance: number): Position[] {
  const n = points.length;
  if (n <= 2) return points.slice();
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const stack: Array<[number, number, boolean]> = [[0, n - 1, true]];
  while (stack.length > 0) {
    const [a, b, force] = stack.pop()!;
    let maxD = -1;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const d = distanceToSegment(points[i]!, points[a]!, points[b]!);
      if (d > maxD) {
        maxD = d;
        at = i;
      }
    }
    if (at < 0 || (!force && maxD <= tolerance)) continue;
    keep[at] = 1;
    // A closed arc (a ring by itself) needs a third vertex too.
    const closed = force && samePoint(points[a]!, points[b]!);
    stack.push([a, at, closed], [at, b, closed]);
  }
  return points.filter((_, i) => keep[i] === 1);
}

function samePoint(p: Position, q: Position): boolean {
  return p[0] === q[0] && p[1] === q[1];
}

/** Distance from p to segment ab, in degrees of latitude (longitudes scaled by cos(latitude)). */
function distanceToSegment(p: Position, a: Position, b: Position): number {
  const k = Math.cos((a[1]! * Math.PI) / 180);
  const [px, py] = [p[0]! * k, p[1]!];
  const [ax, ay] = [a[0]! * k, a[1]!];
  const dx = b[0]! * k - ax;
  const dy = b[1]! - ay;
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return Math.hypot(px - ax, py - ay);
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** A copy of the topology with every arc simplified and stored in absolute coordinates. */
export function simplifyTopology(topology: Topology, tolerance: number): Topology {
  const arcs = decodeArcs(topology).map((arc) => simplifyArc(arc, tolerance));
  return { type: 'Topology', objects: topology.objects, arcs } as Topology;
}

/** GeoJSON geometry of one topology object. */
export function toGeometry(topology: Topology, object: GeometryObject): Polygon | MultiPolygon | null {
  const f = topoFeature(topology, object) as { geometry: Polygon | MultiPolygon | null };
  return f.geometry;
}

// ---------------------------------------------------------------------------------------
// Geometry clean-up
// ---------------------------------------------------------------------------------------

/** Signed planar area of a ring (positive when counter-clockwise). */
export function ringArea(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    s += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return s / 2;
}

/** Rounds a ring and drops repeated vertices; null when it collapses to no area. */
function cleanRing(ring: readonly Position[], decimals: number): Position[] | null {
  const out = roundRing(ring, decimals);
  return out && ringArea(out) !== 0 ? out : null;
}

/**
 * Rounds, drops degenerate rings, polygons under minIslandArea (except the largest) and holes
 * under minHoleArea, and winds rings as RFC 7946 asks (outer counter-clockwise).
 */
export function cleanPolygonal(
  geometry: Polygon | MultiPolygon | null,
  opts: Pick<ExtractOptions, 'decimals' | 'minIslandArea' | 'minHoleArea'>,
): Polygon | MultiPolygon | null {
  if (!geometry) return null;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept: Array<{ area: number; rings: Position[][] }> = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon;
    const shell = outer ? cleanRing(outer, opts.decimals) : null;
    if (!shell) continue;
    const rings = [orient(shell, true)];
    for (const hole of holes) {
      const h = cleanRing(hole, opts.decimals);
      if (h && Math.abs(ringArea(h)) >= opts.minHoleArea) rings.push(orient(h, false));
    }
    // Area in square degrees of longitude at the equator: Arctic islands count for what they are.
    const meanLat = shell.reduce((sum, q) => sum + q[1]!, 0) / shell.length;
    kept.push({ area: Math.abs(ringArea(shell)) * Math.cos((meanLat * Math.PI) / 180), rings });
  }
  if (kept.length === 0) return null;
  const largest = Math.max(...kept.map((k) => k.area));
  const out = kept.filter((k) => k.area === largest || k.area >= opts.minIslandArea).map((k) => k.rings);
  return out.length === 1 ? { type: 'Polygon', coordinates: out[0]! } : { type: 'MultiPolygon', coordinates: out };
}

function orient(ring: Position[], counterClockwise: boolean): Position[] {
  return ringArea(ring) > 0 === counterClockwise ? ring : ring.slice().reverse();
}

// ---------------------------------------------------------------------------------------
// Pairing rows with outlines
// ---------------------------------------------------------------------------------------

/**
 * For each row (by index), the index of its outline in `objects`, or -1. Passes, each only
 * over rows and outlines not yet paired: (1) same ISO code and folded name; (2) same country
 * and folded name, when exactly one outline has it and its code is a Natural Earth code
 * (Uganda's districts are renumbered between the two files); (3) same ISO code when the row's label
 * point lies inside the outline (renamed rows: Orissa → Odisha).
 */
export function pairRows(rows: readonly NeRow[], objects: readonly PolyObject[], fullTopology: Topology): number[] {
  const paired = new Array<number>(rows.length).fill(-1);
  const used = new Set<number>();
  const prop = (o: PolyObject, k: string) => o.properties?.[k] ?? '';
  const byKey = (key: (o: PolyObject) => string) => {
    const m = new Map<string, number[]>();
    objects.forEach((o, i) => m.set(key(o), [...(m.get(key(o)) ?? []), i]));
    return m;
  };
  const byIsoName = byKey((o) => `${prop(o, 'iso_3166_2')}|${fold(prop(o, 'name'))}`);
  const byCountryName = byKey((o) => `${prop(o, 'adm0_a3')}|${fold(prop(o, 'name'))}`);
  const byIso = byKey((o) => prop(o, 'iso_3166_2'));

  const pass = (candidates: (r: NeRow) => number[] | undefined, accept: (r: NeRow, i: number) => boolean) => {
    rows.forEach((r, ri) => {
      if (paired[ri] !== -1) return;
      const free = (candidates(r) ?? []).filter((i) => !used.has(i));
      if (free.length !== 1 || !accept(r, free[0]!)) return;
      paired[ri] = free[0]!;
      used.add(free[0]!);
    });
  };
  pass((r) => byIsoName.get(`${r.iso_3166_2}|${fold(r.name)}`), () => true);
  // Only outlines whose code is one of Natural Earth's: the others are the OpenStreetMap
  // second-level units (Bangladesh's Dhaka district is not Natural Earth's Dhaka division).
  const neCodes = new Set(rows.map((r) => r.iso_3166_2));
  pass((r) => byCountryName.get(`${r.adm0_a3}|${fold(r.name)}`), (_, i) => neCodes.has(prop(objects[i]!, 'iso_3166_2')));
  pass(
    (r) => byIso.get(r.iso_3166_2),
    (r, i) => {
      const g = toGeometry(fullTopology, objects[i]!);
      return g !== null && booleanPointInPolygon([r.longitude, r.latitude], g);
    },
  );
  return paired;
}

// ---------------------------------------------------------------------------------------
// Unions of rows: divisions Natural Earth splits further
// ---------------------------------------------------------------------------------------

export interface GroupSpec {
  /** Feature id. */
  id: string;
  name: string;
  alternateNames: string[];
  country: string;
  /** Which rows belong. */
  member: (row: NeRow) => boolean;
}

const slug = (s: string) => fold(s).replace(/ /g, '-');

/**
 * English exonyms and former names of the regions built below. Names are those of the
 * English Wikipedia article of each region; the French pre-2016 regions are listed under the
 * region that absorbed them whole (https://en.wikipedia.org/wiki/Regions_of_France).
 */
const REGION_NAMES: Record<string, { name?: string; alternateNames?: string[]; dropLabel?: boolean }> = {
  // France (Natural Earth names are French)
  'FRA|Auvergne-Rhône-Alpes': { alternateNames: ['Rhône-Alpes', 'Auvergne'] },
  'FRA|Bourgogne-Franche-Comté': { alternateNames: ['Burgundy-Franche-Comté', 'Burgundy', 'Bourgogne', 'Franche-Comté'] },
  'FRA|Bretagne': { name: 'Brittany', alternateNames: ['Bretagne'] },
  'FRA|Centre-Val de Loire': { alternateNames: ['Centre'] },
  'FRA|Corse': { name: 'Corsica', alternateNames: ['Corse'] },
  'FRA|Grand Est': { alternateNames: ['Alsace-Champagne-Ardenne-Lorraine'] },
  'FRA|Hauts-de-France': { alternateNames: ['Nord-Pas-de-Calais-Picardie'] },
  'FRA|Normandie': { name: 'Normandy', alternateNames: ['Normandie'] },
  'FRA|Nouvelle-Aquitaine': { alternateNames: ['New Aquitaine'] },
  'FRA|Occitanie': { name: 'Occitania', alternateNames: ['Occitanie', 'Languedoc-Roussillon-Midi-Pyrénées'] },
  'FRA|Provence-Alpes-Côte-d\'Azur': { alternateNames: ["Provence-Alpes-Côte d'Azur", 'PACA'] },
  // Italy
  'ITA|Piemonte': { name: 'Piedmont', alternateNames: ['Piemonte'] },
  'ITA|Lombardia': { name: 'Lombardy', alternateNames: ['Lombardia'] },
  'ITA|Trentino-Alto Adige': { name: 'Trentino-Alto Adige/Südtirol', alternateNames: ['Trentino-Alto Adige', 'Trentino-South Tyrol'] },
  'ITA|Toscana': { name: 'Tuscany', alternateNames: ['Toscana'] },
  'ITA|Sardegna': { name: 'Sardinia', alternateNames: ['Sardegna'] },
  'ITA|Sicily': { alternateNames: ['Sicilia'] },
  'ITA|Apulia': { alternateNames: ['Puglia'] },
  'ITA|Lazio': { alternateNames: ['Latium'] },
  // Spain
  'ESP|Andalucía': { name: 'Andalusia', alternateNames: ['Andalucía'] },
  'ESP|Aragón': { name: 'Aragon', alternateNames: ['Aragón'] },
  'ESP|Cataluña': { name: 'Catalonia', alternateNames: ['Cataluña', 'Catalunya'] },
  'ESP|Castilla y León': { name: 'Castile and León', alternateNames: ['Castilla y León'] },
  'ESP|Castilla-La Mancha': { name: 'Castilla–La Mancha', alternateNames: ['Castilla-La Mancha', 'Castile-La Mancha'] },
  'ESP|Canary Is.': { name: 'Canary Islands', alternateNames: ['Islas Canarias', 'Canaries'] },
  'ESP|País Vasco': { name: 'Basque Country', alternateNames: ['País Vasco', 'Euskadi'] },
  'ESP|Valenciana': { name: 'Valencian Community', alternateNames: ['Comunidad Valenciana', 'Comunitat Valenciana'] },
  // Philippines
  'PHL|National Capital Region': { name: 'Metro Manila', alternateNames: ['National Capital Region'] },
  // Natural Earth labels Caraga (Region XIII) with one of its provinces.
  'PHL|Dinagat Islands (Region XIII)': { name: 'Caraga', dropLabel: true },
};

/** Unions to build: GB constituent countries (by geonunit) and regions of PH, FR, IT, ES. */
export function groupSpecs(rows: readonly NeRow[]): GroupSpec[] {
  const specs: GroupSpec[] = [];
  const gbCodes: Record<string, string> = { England: 'GB-ENG', Scotland: 'GB-SCT', Wales: 'GB-WLS', 'Northern Ireland': 'GB-NIR' };
  for (const [unit, code] of Object.entries(gbCodes)) {
    specs.push({
      id: `ne-admin1:${code}`,
      name: unit,
      alternateNames: [],
      country: 'GB',
      member: (r) => r.adm0_a3 === 'GBR' && r.geonunit === unit,
    });
  }
  for (const [adm0, iso2] of [['PHL', 'PH'], ['FRA', 'FR'], ['ITA', 'IT'], ['ESP', 'ES']] as const) {
    const regions = new Map<string, number>();
    for (const r of rows) if (r.adm0_a3 === adm0 && r.region) regions.set(r.region, (regions.get(r.region) ?? 0) + 1);
    for (const [region, count] of [...regions].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (count < 2) continue; // a one-row region is that row (Madrid, Guyane…)
      const extra = REGION_NAMES[`${adm0}|${region}`] ?? {};
      // "Central Luzon (Region III)" → "Central Luzon", alternate "Region III"
      const m = /^(.*?)\s*\((.+)\)$/.exec(region);
      const base = m ? m[1]! : region;
      const paren = m ? m[2]! : '';
      const name = extra.name ?? base;
      const alternates = [...(extra.dropLabel ? [] : [base]), ...(extra.alternateNames ?? [])];
      if (/^Region /.test(paren) || /^[A-Z]{4,}$/.test(paren)) alternates.push(paren);
      specs.push({
        id: `ne-admin1-region:${iso2}:${slug(name)}`,
        name,
        alternateNames: uniqueNames(alternates, name),
        country: iso2,
        member: (r) => r.adm0_a3 === adm0 && r.region === region,
      });
    }
  }
  return specs;
}

// ---------------------------------------------------------------------------------------
// The extract
// ---------------------------------------------------------------------------------------

export interface ExtractResult {
  collection: FeatureCollection<PlaceGeometry, GazetteerProperties>;
  stats: { rows: number; skipped: number; polygons: number; points: number; groups: number };
}

export function extractAdmin1(rows: readonly NeRow[], topology: Topology, options: Partial<ExtractOptions> = {}): ExtractResult {
  const opts = { ...defaultOptions, ...options };
  const objects = topologyObjects(topology);
  const paired = pairRows(rows, objects, topology);
  const simplified = simplifyTopology(topology, opts.tolerance);
  const point = (lon: number, lat: number): Point => ({
    type: 'Point',
    coordinates: [round(lon, opts.pointDecimals), round(lat, opts.pointDecimals)],
  });

  // Ids: the ISO 3166-2 code when one kept row has it (or the row paired with the outline of
  // that code, when several share it), else Natural Earth's adm1_code.
  const kept = rows.map((r, i) => ({ r, i, country: countryOf(r) })).filter(
    (k): k is { r: NeRow; i: number; country: string } =>
      k.country !== null && !opts.skipCountries.includes(k.country) && englishName(k.r) !== '', // unnamed minor islands
  );
  const isoCount = new Map<string, number>();
  for (const { r } of kept) isoCount.set(r.iso_3166_2, (isoCount.get(r.iso_3166_2) ?? 0) + 1);
  const idOf = (r: NeRow, i: number): string => {
    const iso = r.iso_3166_2;
    const wellFormed = /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(iso);
    const ownsIso =
      isoCount.get(iso) === 1 || (paired[i]! >= 0 && objects[paired[i]!]!.properties?.iso_3166_2 === iso);
    return `ne-admin1:${wellFormed && ownsIso ? iso : r.adm1_code}`;
  };

  const features: GazetteerFeature[] = [];
  let polygons = 0;
  let points = 0;
  for (const { r, i, country } of kept) {
    const name = englishName(r);
    const outline = paired[i]! >= 0 ? cleanPolygonal(toGeometry(simplified, objects[paired[i]!]!), opts) : null;
    const geometry: PlaceGeometry = outline ?? point(r.longitude, r.latitude);
    if (outline) polygons++;
    else points++;
    features.push(
      makeFeature(idOf(r, i), geometry, {
        name,
        alternateNames: alternateNamesOf(r, name, idOf(r, i) === `ne-admin1:${r.iso_3166_2}`),
        placeType: 'governorate',
        country,
        parent: `country:${country}`,
        population: null,
        source: SOURCE,
      }),
    );
  }

  let groups = 0;
  for (const spec of groupSpecs(rows)) {
    const members = kept.filter(({ r }) => spec.member(r));
    if (members.length === 0 || opts.skipCountries.includes(spec.country)) continue;
    const withOutline = members.filter(({ i }) => paired[i]! >= 0).map(({ i }) => objects[paired[i]!]!);
    let geometry: PlaceGeometry | null = null;
    // The union of the members' outlines when the members without one (cities inside their
    // province) lie in it; otherwise the mean of the members' label points.
    if (withOutline.length > 0) {
      const union = cleanPolygonal(topoMerge(simplified, withOutline) as MultiPolygon, opts);
      const pointsInside = members
        .filter(({ i }) => paired[i]! < 0)
        .every(({ r }) => union !== null && booleanPointInPolygon([r.longitude, r.latitude], union));
      if (pointsInside) geometry = union;
    }
    if (!geometry) {
      const lon = members.reduce((s, { r }) => s + r.longitude, 0) / members.length;
      const lat = members.reduce((s, { r }) => s + r.latitude, 0) / members.length;
      geometry = point(lon, lat);
    }
    // A name the group takes is not left on a member too (Rhône's "Rhone-Alpes").
    const groupNames = new Set([spec.name, ...spec.alternateNames].map(fold));
    const memberIds = new Set(members.map(({ r, i }) => idOf(r, i)));
    for (const f of features) {
      if (!memberIds.has(f.id)) continue;
      f.properties.alternateNames = f.properties.alternateNames.filter((n) => !groupNames.has(fold(n)));
    }
    features.push(
      makeFeature(spec.id, geometry, {
        name: spec.name,
        alternateNames: spec.alternateNames,
        placeType: 'governorate',
        country: spec.country,
        parent: `country:${spec.country}`,
        population: null,
        source: GROUP_SOURCE,
      }),
    );
    groups++;
  }

  const ids = new Set<string>();
  for (const f of features) {
    if (ids.has(f.id)) throw new Error(`duplicate id ${f.id}`);
    ids.add(f.id);
  }
  features.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    collection: { type: 'FeatureCollection', features },
    stats: { rows: rows.length, skipped: rows.length - kept.length, polygons, points, groups },
  };
}

function makeFeature(id: string, geometry: PlaceGeometry, properties: GazetteerProperties): GazetteerFeature {
  const { name, alternateNames, placeType, country, parent, population, source } = properties;
  return { type: 'Feature', id, geometry, properties: { name, alternateNames, placeType, country, parent, population, source } };
}

/** One feature per line: stable bytes, readable diffs. */
export function serializeCollection(fc: FeatureCollection): string {
  return `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

export function readRaw(dir: string, file: { file: string; sha256: string }): Buffer {
  const path = join(dir, file.file);
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: see geo/gazetteer/data/SOURCES.md ("World first-level divisions") for where to get it`);
  }
  const bytes = readFileSync(path);
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== file.sha256) throw new Error(`${path}: sha256 ${sha}, expected ${file.sha256}`);
  return bytes;
}

function main(): void {
  const started = performance.now();
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const argIndex = process.argv.indexOf('--raw-dir');
  const rawDir = argIndex > 0 ? process.argv[argIndex + 1]! : '/tmp/claimmap-raw/admin1';
  const rows = parseNeTsv(readRaw(rawDir, RAW_FILES.tsv).toString('utf8'));
  const topology = JSON.parse(gunzipSync(readRaw(rawDir, RAW_FILES.topology)).toString('utf8')) as Topology;
  const { collection, stats } = extractAdmin1(rows, topology);
  const out = join(root, 'geo/gazetteer/data/admin1.geojson');
  const text = serializeCollection(collection);
  writeFileSync(out, text);
  console.log(
    `admin1.geojson: ${collection.features.length} features (${stats.polygons} outlines, ${stats.points} points, ` +
      `${stats.groups} unions; ${stats.skipped} of ${stats.rows} rows skipped), ${(text.length / 1e6).toFixed(2)} MB, ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
