/**
 * Extracts the Syrian open data that the gazetteer build merges:
 *
 *   npx tsx scripts/extract-syria.ts
 *
 * reads  scripts/sources/ocha-syr-admin1/syr_admin1.{shp,dbf}
 *          OCHA common operational dataset, Syria administrative boundaries, level 1
 *          (governorates, UPDATE_DAT 2016-09-05), an ESRI shapefile in WGS 84. CC BY-IGO.
 *        scripts/sources/opensyria/subdistricts.json
 *          OpenSyria data-geography sub-districts (nahiyas): OCHA admin3 P-codes, English
 *          names and spellings, representative centroids. CC BY 4.0.
 *        SOURCES.md (geo/gazetteer/data) says where each file comes from (repository, path,
 *        commit); RAW_FILES below pins their sha256, which this script checks.
 * writes geo/gazetteer/data/syria-admin.geojson         14 governorate (Multi)Polygons
 *        geo/gazetteer/data/syria-subdistricts.geojson  272 sub-district Points
 *
 * The governorate outlines are simplified along shared borders once (Douglas–Peucker on
 * each arc between junctions), so neighbouring governorates still meet and Damascus still
 * fills the hole in Rif Dimashq; then rounded. Arabic names are dropped. Features are
 * sorted by P-code and written one per line, so the output is reproducible byte for byte.
 * Every function except main() is pure.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';

export const RAW_FILES = {
  shp: { file: 'ocha-syr-admin1/syr_admin1.shp', sha256: 'e82dbe65e2f3ebbb497b8b98e7c0bbd5044a21d0a0ee9a71947fb834ee49d716' },
  dbf: { file: 'ocha-syr-admin1/syr_admin1.dbf', sha256: 'de35a30df468903a8d2445c5f1bef5cc7becd0228cf04f10f035d6b79fbd3530' },
  subdistricts: { file: 'opensyria/subdistricts.json', sha256: 'f4b4b5d2c284065f489b5ff31aebb3d4eec92e10052c0fc0a73cd25b6fc9199d' },
} as const;

/** Every tunable of the extract, with its default. */
export const defaultOptions = {
  /** Douglas–Peucker tolerance for governorate outlines, degrees (0.005° ≈ 500 m). */
  tolerance: 0.005,
  /** Decimals kept in outlines (3 ≈ 100 m) and in points (5 ≈ 1 m). */
  decimals: 3,
  pointDecimals: 5,
  /** A polygon smaller than this (square degrees, ≈ 1 km²) is dropped unless it is the feature's largest. */
  minPolygonArea: 0.0001,
  /**
   * Vertices on the country's edge (coast and international borders: a vertex no other
   * governorate shares) move this far outward, km. OCHA's generalised coastline leaves the
   * centre of Tartus (GeoNames) 100 m offshore, Ras al-Ayn's point lies 90 m across the
   * Turkish border line; borders between governorates do not move.
   */
  externalMarginKm: 0.5,
};
export type ExtractOptions = typeof defaultOptions;

// ---------------------------------------------------------------------------------------
// DBF and SHP readers (only what syr_admin1 needs: character fields, Polygon shapes)
// ---------------------------------------------------------------------------------------

/**
 * Reads the records of a dBASE III table; every field is returned as a trimmed string.
 * @param bytes the .dbf file
 * @param encoding the text encoding named by the .cpg file
 */
export function parseDbf(bytes: Uint8Array, encoding = 'utf-8'): Record<string, string>[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  const decoder = new TextDecoder(encoding);
  const fields: { name: string; length: number }[] = [];
  for (let o = 32; bytes[o] !== 0x0d && o + 32 <= headerLength; o += 32) {
    const raw = bytes.subarray(o, o + 11);
    const end = raw.indexOf(0);
    fields.push({ name: decoder.decode(raw.subarray(0, end < 0 ? 11 : end)), length: bytes[o + 16]! });
  }
  const rows: Record<string, string>[] = [];
  for (let i = 0; i < count; i++) {
    const start = headerLength + i * recordLength;
    if (bytes[start] === 0x2a) continue; // deleted
    const row: Record<string, string> = {};
    let p = start + 1;
    for (const f of fields) {
      row[f.name] = decoder.decode(bytes.subarray(p, p + f.length)).trim();
      p += f.length;
    }
    rows.push(row);
  }
  return rows;
}

/**
 * Reads the rings of every record of a Polygon (type 5) shapefile, in record order.
 * @returns per record, its rings as [x, y] positions (closed, as stored)
 */
export function parseShpPolygons(bytes: Uint8Array): Position[][][] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getInt32(0, false) !== 9994) throw new Error('not a shapefile');
  const fileLength = view.getInt32(24, false) * 2;
  const records: Position[][][] = [];
  for (let o = 100; o + 8 <= fileLength; ) {
    const contentLength = view.getInt32(o + 4, false) * 2;
    const c = o + 8;
    const type = view.getInt32(c, true);
    if (type === 0) {
      records.push([]);
    } else {
      if (type !== 5) throw new Error(`shape type ${type} is not Polygon`);
      const numParts = view.getInt32(c + 36, true);
      const numPoints = view.getInt32(c + 40, true);
      const parts: number[] = [];
      for (let i = 0; i < numParts; i++) parts.push(view.getInt32(c + 44 + 4 * i, true));
      const pointsAt = c + 44 + 4 * numParts;
      const rings: Position[][] = [];
      for (let i = 0; i < numParts; i++) {
        const ring: Position[] = [];
        for (let k = parts[i]!; k < (parts[i + 1] ?? numPoints); k++) {
          ring.push([view.getFloat64(pointsAt + 16 * k, true), view.getFloat64(pointsAt + 16 * k + 8, true)]);
        }
        rings.push(ring);
      }
      records.push(rings);
    }
    o = c + contentLength;
  }
  return records;
}

// ---------------------------------------------------------------------------------------
// Geometry
// ---------------------------------------------------------------------------------------

/** Shoelace area: positive for counter-clockwise rings. */
export function signedArea(ring: readonly Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return a / 2;
}

/** Even-odd ray casting against one ring. */
export function inRing([x, y]: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

/**
 * Groups shapefile rings into polygons: clockwise rings are shells, counter-clockwise rings
 * are holes of the smallest shell that contains them (ESRI convention).
 */
export function assemblePolygons(rings: readonly Position[][]): Position[][][] {
  const shells = rings.filter((r) => signedArea(r) < 0);
  const holes = rings.filter((r) => signedArea(r) > 0);
  const polygons = shells.map((s) => [s]);
  for (const h of holes) {
    const owners = polygons.filter((p) => inRing(h[0]!, p[0]!)).sort((a, b) => Math.abs(signedArea(a[0]!)) - Math.abs(signedArea(b[0]!)));
    if (owners[0]) owners[0].push(h);
    else polygons.push([h.slice().reverse()]); // a counter-clockwise shell written the wrong way round
  }
  return polygons;
}

function perpendicularDistance(p: Position, a: Position, b: Position): number {
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return Math.hypot(p[0]! - a[0]!, p[1]! - a[1]!);
  const t = Math.max(0, Math.min(1, ((p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy) / len2));
  return Math.hypot(p[0]! - (a[0]! + t * dx), p[1]! - (a[1]! + t * dy));
}

/** Douglas–Peucker on an open line; keeps both end points. */
export function douglasPeucker(line: readonly Position[], tolerance: number): Position[] {
  if (line.length <= 2) return [...line];
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let max = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = perpendicularDistance(line[i]!, line[first]!, line[last]!);
      if (d > max) {
        max = d;
        index = i;
      }
    }
    if (index >= 0 && max > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

const key = (p: Position) => `${p[0]},${p[1]}`;

/**
 * Simplifies the rings of several features so that a border two features share is
 * simplified once: each ring is cut into arcs where the set of features owning its vertices
 * changes, each arc is simplified in a canonical direction (cached), and rings are rebuilt.
 * Rings that share no junction (an island; Damascus inside Rif Dimashq) are rotated to
 * their smallest vertex and walked in a canonical direction first, so both sides agree.
 * @param features per feature, its rings (closed)
 * @returns the same structure, simplified; rings keep their orientation
 */
export function simplifySharedRings(features: readonly Position[][][], tolerance: number): Position[][][] {
  const owners = new Map<string, Set<number>>();
  features.forEach((rings, f) => {
    for (const ring of rings) for (const p of ring) owners.set(key(p), (owners.get(key(p)) ?? new Set()).add(f));
  });
  const ownerKey = (p: Position) => [...owners.get(key(p))!].sort((a, b) => a - b).join(',');
  const cache = new Map<string, Position[]>();
  const simplifyArc = (arc: Position[]): Position[] => {
    const forward = arc.map(key).join(';');
    const backward = [...arc].reverse().map(key).join(';');
    const canonical = forward <= backward ? arc : [...arc].reverse();
    const id = forward <= backward ? forward : backward;
    let done = cache.get(id);
    if (!done) {
      done = douglasPeucker(canonical, tolerance);
      cache.set(id, done);
    }
    return forward <= backward ? done : [...done].reverse();
  };

  return features.map((rings) =>
    rings.map((closed) => {
      const ring = closed.slice(0, -1); // open
      const n = ring.length;
      if (n < 3) return closed;
      const isBreak = ring.map((p, i) => {
        const own = ownerKey(p);
        return own.includes(',') && (own.split(',').length > 2 || own !== ownerKey(ring[(i + n - 1) % n]!) || own !== ownerKey(ring[(i + 1) % n]!));
      });
      const breaks = isBreak.flatMap((b, i) => (b ? [i] : []));
      if (breaks.length === 0) {
        // A closed loop: canonical start (smallest key) and direction (smaller next key).
        let start = 0;
        for (let i = 1; i < n; i++) if (key(ring[i]!) < key(ring[start]!)) start = i;
        const rotated = [...ring.slice(start), ...ring.slice(0, start)];
        const reversed = [rotated[0]!, ...rotated.slice(1).reverse()];
        const flip = key(reversed[1]!) < key(rotated[1]!);
        const walk = flip ? reversed : rotated;
        // Cut at the vertex farthest from the start so each half keeps its end points.
        let far = 1;
        for (let i = 2; i < n; i++) if (Math.hypot(walk[i]![0]! - walk[0]![0]!, walk[i]![1]! - walk[0]![1]!) > Math.hypot(walk[far]![0]! - walk[0]![0]!, walk[far]![1]! - walk[0]![1]!)) far = i;
        const a = douglasPeucker(walk.slice(0, far + 1), tolerance);
        const b = douglasPeucker([...walk.slice(far), walk[0]!], tolerance);
        const out = [...a, ...b.slice(1)];
        return flip ? [out[0]!, ...out.slice(1, -1).reverse(), out[0]!] : out;
      }
      const out: Position[] = [];
      for (let b = 0; b < breaks.length; b++) {
        const from = breaks[b]!;
        const to = breaks[(b + 1) % breaks.length]!;
        const arc: Position[] = [];
        for (let i = from; ; i = (i + 1) % n) {
          arc.push(ring[i]!);
          if (arc.length > 1 && i === to) break;
        }
        const s = simplifyArc(arc);
        out.push(...(out.length === 0 ? s : s.slice(1)));
      }
      return out; // ends at breaks[0], which it started with: closed
    }),
  );
}

/**
 * Moves every vertex that belongs to one feature only (the outer edge of the whole set) by
 * `km` along the outward bisector of its two edges (miter capped at twice `km`); vertices
 * shared with another feature stay, so shared borders still match.
 * @param features per feature, its rings (closed), as simplified
 * @param original per feature, the rings before simplification (whose vertices say who shares what)
 */
export function pushOutExternalVertices(features: readonly Position[][][], original: readonly Position[][][], km: number): Position[][][] {
  if (km <= 0) return features.map((rings) => rings.map((r) => [...r]));
  const owners = new Map<string, Set<number>>();
  original.forEach((rings, f) => {
    for (const ring of rings) for (const p of ring) owners.set(key(p), (owners.get(key(p)) ?? new Set()).add(f));
  });
  return features.map((rings) =>
    rings.map((closed) => {
      const ring = closed.slice(0, -1);
      const n = ring.length;
      // Outward from the feature is left of the direction of travel, for shapefile shells
      // (clockwise) and holes (counter-clockwise) alike.
      const out = ring.map((p, i) => {
        if ((owners.get(key(p))?.size ?? 1) > 1) return p;
        const kx = 111.32 * Math.cos((p[1]! * Math.PI) / 180);
        const ky = 110.574;
        const normal = (a: Position, b: Position): [number, number] => {
          const dx = (b[0]! - a[0]!) * kx;
          const dy = (b[1]! - a[1]!) * ky;
          const len = Math.hypot(dx, dy) || 1;
          return [-dy / len, dx / len];
        };
        const n1 = normal(ring[(i + n - 1) % n]!, p);
        const n2 = normal(p, ring[(i + 1) % n]!);
        let bx = n1[0] + n2[0];
        let by = n1[1] + n2[1];
        const blen = Math.hypot(bx, by);
        if (blen < 1e-9) return p;
        bx /= blen;
        by /= blen;
        const miter = Math.min(2, 1 / Math.max(0.5, bx * n1[0] + by * n1[1]));
        return [p[0]! + (bx * km * miter) / kx, p[1]! + (by * km * miter) / ky];
      });
      return [...out, out[0]!];
    }),
  );
}

/** Rounds a ring, drops consecutive repeats, keeps it closed; null when fewer than 4 positions remain. */
export function roundRing(ring: readonly Position[], decimals: number): Position[] | null {
  const f = 10 ** decimals;
  const r = (v: number) => {
    const x = Math.round(v * f) / f;
    return x === 0 ? 0 : x;
  };
  const out: Position[] = [];
  for (const p of ring) {
    const q = [r(p[0]!), r(p[1]!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0]!, first[1]!]);
  return out.length >= 4 && Math.abs(signedArea(out)) > 0 ? out : null;
}

/** Orients a polygon per RFC 7946: shell counter-clockwise, holes clockwise. */
function orient(polygon: Position[][]): Position[][] {
  return polygon.map((ring, i) => ((signedArea(ring) > 0) === (i === 0) ? ring : [...ring].reverse()));
}

// ---------------------------------------------------------------------------------------
// Extracts
// ---------------------------------------------------------------------------------------

/** Properties of a governorate in syria-admin.geojson. */
export interface SyriaAdminProperties {
  /** OCHA admin1 P-code, "SY01" … "SY14". */
  pcode: string;
  /** OCHA English name ("Rural Damascus", "Dar'a", "Idleb"). */
  name: string;
  /** OCHA's reference spelling (NAM_EN_REF) when it differs from name. */
  alternateNames: string[];
  source: string;
}

/**
 * The 14 governorates from the OCHA admin1 shapefile, simplified and rounded.
 * @param shp the .shp bytes
 * @param dbf the .dbf bytes
 */
export function extractGovernorates(shp: Uint8Array, dbf: Uint8Array, options: ExtractOptions = defaultOptions): FeatureCollection<Polygon | MultiPolygon, SyriaAdminProperties> {
  const rows = parseDbf(dbf);
  const records = parseShpPolygons(shp);
  if (rows.length !== records.length) throw new Error(`dbf has ${rows.length} rows, shp ${records.length} shapes`);
  const simplified = pushOutExternalVertices(simplifySharedRings(records, options.tolerance), records, options.externalMarginKm);
  const features = rows.map((row, i) => {
    const polygons = assemblePolygons(simplified[i]!)
      .map((p) => p.map((r) => roundRing(r, options.decimals)))
      .filter((p): p is Position[][] => p[0] !== null)
      .map((p) => orient(p.filter((r): r is Position[] => r !== null)));
    const largest = Math.max(...polygons.map((p) => Math.abs(signedArea(p[0]!))));
    const kept = polygons.filter((p) => {
      const a = Math.abs(signedArea(p[0]!));
      return a === largest || a >= options.minPolygonArea;
    });
    if (kept.length === 0) throw new Error(`${row.PCODE} collapsed`);
    const geometry: Polygon | MultiPolygon = kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
    const pcode = required(row.PCODE, 'PCODE');
    const name = required(row.NAME_EN, 'NAME_EN');
    const ref = row.NAM_EN_REF ?? '';
    const feature: Feature<Polygon | MultiPolygon, SyriaAdminProperties> = {
      type: 'Feature',
      id: `ocha:${pcode}`,
      properties: { pcode, name, alternateNames: ref && ref !== name ? [ref] : [], source: `OCHA COD-AB Syria admin1 (${row.UPDATE_DAT || 'undated'})` },
      geometry,
    };
    return feature;
  });
  features.sort((a, b) => (a.properties.pcode < b.properties.pcode ? -1 : 1));
  return { type: 'FeatureCollection', features };
}

/** One record of OpenSyria subdistricts.json (the fields the extract reads). */
export interface OpenSyriaSubdistrict {
  id: string;
  governorateId: string;
  districtId: string;
  name: { en: string; ar?: string };
  aliases?: { value: string; language: string; type: string }[];
  centroid?: { latitude: number; longitude: number } | null;
  area?: { value: number; unit: string } | null;
  externalIds?: { ochaPcode?: string; geonames?: string };
}

/** Properties of a sub-district in syria-subdistricts.geojson. */
export interface SyriaSubdistrictProperties {
  /** OCHA admin3 P-code, "SY030105". */
  pcode: string;
  /** English name as OpenSyria gives it, without a leading "Markaz" ("Kafr Batna"; "Markaz Darayya" → "Darayya"). */
  name: string;
  /** Latin-script English spellings from the aliases, without "Subdistrict"/"Nahiyat" forms. */
  alternateNames: string[];
  /** OCHA admin1 P-code of the governorate ("SY03"). */
  admin1: string;
  /** OpenSyria district id ("sy-rif-dimashq-markaz-rif-dimashq"). */
  district: string;
  /** Area in km² (geoBoundaries ADM3), for how far the seat may lie from the centroid. */
  areaKm2: number | null;
  /** GeoNames id of the sub-district (an ADM3 feature, not its seat), when OpenSyria gives one. */
  geonamesAdm3: string | null;
}

const LATIN_ONLY = /^[\p{Script=Latin}\p{Script=Common}\p{M}\s'’‘ʿʾ`´-]+$/u;

/**
 * The English spellings of a sub-district worth matching in a report: the name, and the
 * aliases that are Latin script, have a capital letter (all-lower-case ones are machine
 * transliterations, "nahyt kfr btna"), and are not an administrative form ("Kafr Batna
 * Subdistrict", "Nāḩiyat Kafr Baţnā"); "Markaz X" also gives "X".
 * @example subdistrictSpellings('Duma', ['Duma Subdistrict', 'Nāḩiyat Markaz Dūmā', 'Nahiyat Markaz Duma']) // ['Duma', 'Dūmā']
 */
export function subdistrictSpellings(name: string, aliases: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of [name, ...aliases]) {
    let s = raw.trim();
    if (!s || !LATIN_ONLY.test(s) || !/\p{Lu}/u.test(s)) continue;
    if (/\b(Subdistrict|Sub-district|District|Nahiya|Nahiyah)\b/i.test(s)) continue;
    // "Nāḩiyat Markaz Dūmā" → "Dūmā": keep the place name inside the administrative form.
    s = s.replace(/^N[āa][ḩh]iyat\s+/u, '').replace(/^Markaz\s+/u, '');
    if (s.length >= 3) out.add(s);
  }
  return [...out];
}

/**
 * Sub-district points from OpenSyria's subdistricts.json (those with a centroid and an OCHA
 * P-code), sorted by P-code.
 */
export function extractSubdistricts(records: readonly OpenSyriaSubdistrict[], options: ExtractOptions = defaultOptions): FeatureCollection<Point, SyriaSubdistrictProperties> {
  const f = 10 ** options.pointDecimals;
  const r = (v: number) => Math.round(v * f) / f;
  const features: Feature<Point, SyriaSubdistrictProperties>[] = [];
  for (const s of records) {
    const pcode = s.externalIds?.ochaPcode;
    if (!pcode || !s.centroid) continue;
    const spellings = subdistrictSpellings(s.name.en, (s.aliases ?? []).filter((a) => a.language === 'en').map((a) => a.value));
    const name = spellings[0] ?? s.name.en; // "Markaz Darayya" → "Darayya"
    features.push({
      type: 'Feature',
      id: `ocha:${pcode}`,
      properties: {
        pcode,
        name,
        alternateNames: spellings.filter((n) => n !== name),
        admin1: pcode.slice(0, 4),
        district: s.districtId,
        areaKm2: s.area && s.area.unit === 'km2' ? Math.round(s.area.value) : null,
        geonamesAdm3: s.externalIds?.geonames ?? null,
      },
      geometry: { type: 'Point', coordinates: [r(s.centroid.longitude), r(s.centroid.latitude)] },
    });
  }
  features.sort((a, b) => (a.properties.pcode < b.properties.pcode ? -1 : 1));
  return { type: 'FeatureCollection', features };
}

/** One feature per line: stable bytes, readable diffs. */
export function serialize(fc: FeatureCollection): string {
  return `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

function required(value: string | undefined, field: string): string {
  if (!value) throw new Error(`record without ${field}`);
  return value;
}

// ---------------------------------------------------------------------------------------
// IO
// ---------------------------------------------------------------------------------------

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const sources = join(root, 'scripts/sources');
  const read = (name: keyof typeof RAW_FILES): Buffer => {
    const { file, sha256 } = RAW_FILES[name];
    const bytes = readFileSync(join(sources, file));
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (digest !== sha256) throw new Error(`${file}: sha256 ${digest}, expected ${sha256}`);
    return bytes;
  };
  const admin = extractGovernorates(read('shp'), read('dbf'));
  const subdistricts = extractSubdistricts(JSON.parse(read('subdistricts').toString('utf8')) as OpenSyriaSubdistrict[]);
  const out = join(root, 'geo/gazetteer/data');
  writeFileSync(join(out, 'syria-admin.geojson'), serialize(admin));
  writeFileSync(join(out, 'syria-subdistricts.geojson'), serialize(subdistricts));
  const vertices = admin.features.reduce((n, f) => n + JSON.stringify(f.geometry.coordinates).split('],[').length, 0);
  console.log(`syria-admin.geojson: ${admin.features.length} governorates, ~${vertices} vertices`);
  console.log(`syria-subdistricts.geojson: ${subdistricts.features.length} sub-districts`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
