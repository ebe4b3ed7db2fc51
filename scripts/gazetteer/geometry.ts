/** Rounding and the buffered hull of the gazetteer build (curated regions drawn around their places). */
import buffer from '@turf/buffer';
import convex from '@turf/convex';
import { featureCollection, lineString, point as turfPoint } from '@turf/helpers';
import type { MultiPolygon, Point, Polygon, Position } from 'geojson';

/** Rounds to `decimals` places; -0 becomes 0 so the output bytes are stable. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
}

export function point(lon: number, lat: number, decimals: number): Point {
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
 * The convex hull of points buffered by `km` (`@turf/convex`, then `@turf/buffer`;
 * one or two points are buffered as a point or a line), rounded. Exterior ring
 * counter-clockwise (RFC 7946).
 * @param points [lon, lat] positions, at least one
 * @param segments vertices per quarter circle of the buffer's rounded ends
 * @example bufferedHull([[36.40, 33.57], [36.49, 33.51]], 1.5) // a stadium-shaped Polygon
 */
export function bufferedHull(points: readonly Position[], km: number, decimals = 4, segments = 8): Polygon {
  if (points.length === 0) throw new Error('bufferedHull needs at least one point');
  const unique = [...new Map(points.map((p) => [`${p[0]},${p[1]}`, [p[0]!, p[1]!] as [number, number]])).values()];
  const hull = unique.length >= 3 ? convex(featureCollection(unique.map((p) => turfPoint(p)))) : null;
  const shape = hull ?? (unique.length === 2 ? lineString(unique) : turfPoint(unique[0]!));
  const buffered = buffer(shape, km, { units: 'kilometers', steps: segments });
  const geometry = buffered?.geometry;
  if (!geometry || geometry.type !== 'Polygon') throw new Error('bufferedHull collapsed');
  const ring = roundRing(counterClockwise(geometry.coordinates[0]!), decimals);
  if (!ring) throw new Error('bufferedHull collapsed');
  return { type: 'Polygon', coordinates: [ring] };
}

/** The ring, turned counter-clockwise if it runs clockwise (shoelace sign). */
function counterClockwise(ring: Position[]): Position[] {
  let area = 0;
  for (let i = 0; i + 1 < ring.length; i++) area += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return area < 0 ? [...ring].reverse() : ring;
}

export function distanceKm(a: Position, b: Position): number {
  const kx = KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos((((a[1]! + b[1]!) / 2) * Math.PI) / 180);
  return Math.hypot((a[0]! - b[0]!) * kx, (a[1]! - b[1]!) * KM_PER_DEGREE_LAT);
}
