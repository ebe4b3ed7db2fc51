/** Rounding, the antimeridian cut, and the buffered hull of the gazetteer build (curated regions drawn around their places). */
import bboxClip from '@turf/bbox-clip';
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

/** Whether a ring steps across the antimeridian (from near +180 to near -180, or back). */
function crossesAntimeridian(ring: readonly Position[]): boolean {
  for (let i = 1; i < ring.length; i++) if (Math.abs(ring[i]![0]! - ring[i - 1]![0]!) > 180) return true;
  return false;
}

/** The ring made continuous: each step across the antimeridian shifts what follows by 360°. */
function unwrapRing(ring: readonly Position[]): Position[] {
  let offset = 0;
  return ring.map((p, i) => {
    if (i > 0) {
      const step = p[0]! + offset - (ring[i - 1]![0]! + offset);
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    return [p[0]! + offset, p[1]!];
  });
}

/** The three 360° bands an unwrapped ring can reach, and the shift that brings each back. */
const BANDS: ReadonlyArray<[west: number, east: number, shift: number]> = [[-540, -180, 360], [-180, 180, 0], [180, 540, -360]];

/**
 * A (Multi)Polygon cut at the antimeridian, as RFC 7946 (§3.1.9) asks: Natural Earth's
 * outlines as world-atlas ships them are stitched for spherical maps, so a part that
 * straddles ±180° (Russia's Chukotka, Fiji) has rings that jump from +180 to -180, which
 * a flat map draws as a band across the world. Such a polygon is unwrapped, clipped to
 * each side (`@turf/bbox-clip`) and shifted back. A ring around a pole (Antarctica's),
 * which does not close once unwrapped, is kept as it is.
 * @example cutAtAntimeridian(fiji).coordinates.length // 2 or more: a part each side of 180°
 */
export function cutAtAntimeridian<G extends Polygon | MultiPolygon>(geometry: G): G | MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!polygons.some((polygon) => polygon.some(crossesAntimeridian))) return geometry;
  const parts: Position[][][] = [];
  for (const polygon of polygons) {
    const unwrapped = polygon.map(unwrapRing);
    const open = unwrapped.some((ring) => ring[0]![0] !== ring[ring.length - 1]![0]);
    if (!polygon.some(crossesAntimeridian) || open) {
      parts.push(polygon);
      continue;
    }
    for (const [west, east, shift] of BANDS) {
      const clipped = bboxClip({ type: 'Polygon', coordinates: unwrapped }, [west, -90, east, 90]).geometry as Polygon | MultiPolygon;
      const clippedPolygons: Position[][][] = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
      for (const rings of clippedPolygons) {
        const kept = rings.filter((ring) => ring.length >= 4).map((ring) => ring.map((p) => [p[0]! + shift, p[1]!]));
        if (kept.length > 0 && rings[0]!.length >= 4) parts.push(kept);
      }
    }
  }
  return { type: 'MultiPolygon', coordinates: parts };
}
