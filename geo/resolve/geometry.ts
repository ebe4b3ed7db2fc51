/**
 * The little geometry resolution needs: distance between places (zero when one area
 * contains the other's point) and the compass direction from one to another.
 */
import bearing from '@turf/bearing';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, Point, Position } from 'geojson';
import type { GazetteerFeature } from '../types';

export type Direction = 'north' | 'south' | 'east' | 'west' | 'northeast' | 'northwest' | 'southeast' | 'southwest';

const DIRECTION_BEARING: Record<Direction, number> = {
  north: 0, northeast: 45, east: 90, southeast: 135, south: 180, southwest: -135, west: -90, northwest: -45,
};

const anchors = new WeakMap<GazetteerFeature, Feature<Point>>();

/** A point that stands for the place: itself, or a point inside its area. Cached. */
export function anchorPoint(feature: GazetteerFeature): Feature<Point> {
  let point = anchors.get(feature);
  if (!point) {
    point = feature.geometry.type === 'Point' ? (feature as Feature<Point>) : pointOnFeature(feature);
    anchors.set(feature, point);
  }
  return point;
}

const boxes = new WeakMap<GazetteerFeature, [number, number, number, number]>();

/** [west, south, east, north] of an area, cached: most points are outside it. */
function boxOf(area: GazetteerFeature): [number, number, number, number] {
  let box = boxes.get(area);
  if (!box) {
    box = [Infinity, Infinity, -Infinity, -Infinity];
    const rings = area.geometry.type === 'Polygon' ? area.geometry.coordinates : area.geometry.type === 'MultiPolygon' ? area.geometry.coordinates.flat() : [];
    for (const ring of rings) {
      for (const [x, y] of ring as [number, number][]) {
        if (x < box[0]) box[0] = x;
        if (y < box[1]) box[1] = y;
        if (x > box[2]) box[2] = x;
        if (y > box[3]) box[3] = y;
      }
    }
    boxes.set(area, box);
  }
  return box;
}

function contains(area: GazetteerFeature, point: Position): boolean {
  if (area.geometry.type === 'Point') return false;
  const [x, y] = point as [number, number];
  const [w, s, e, n] = boxOf(area);
  return x >= w && x <= e && y >= s && y <= n && booleanPointInPolygon(point, area as Feature<typeof area.geometry>);
}

/**
 * Distance in km between two places; 0 when either is an area containing the other's point.
 * @example distanceKm(aleppo, damascus) // ≈ 310
 */
export function distanceKm(a: GazetteerFeature, b: GazetteerFeature): number {
  let row = distances.get(a);
  const known = row?.get(b);
  if (known !== undefined) return known;
  const pa = anchorPoint(a).geometry.coordinates;
  const pb = anchorPoint(b).geometry.coordinates;
  const km = contains(a, pb) || contains(b, pa) ? 0 : distance(pa, pb, { units: 'kilometers' });
  if (!row) distances.set(a, (row = new Map()));
  row.set(b, km);
  return km;
}

/**
 * Distances between gazetteer features do not change: each pair is measured once per
 * report. The features live as long as the gazetteer, so kept for good the pairs of
 * every report a server ever read would pile up (29 MB after 1.2 MB of reports).
 */
let distances = new WeakMap<GazetteerFeature, Map<GazetteerFeature, number>>();

/** Lets go of the distances measured so far: resolveMentions calls it for each report. */
export function forgetDistances(): void {
  distances = new WeakMap();
}

/**
 * Whether `place` lies in `direction` of `from` (within 67.5° of it), e.g. Douma east of Damascus.
 * @example liesTowards(hazzeh, damascus, 'east') // true
 */
export function liesTowards(place: GazetteerFeature, from: GazetteerFeature, direction: Direction): boolean {
  const a = anchorPoint(from).geometry.coordinates;
  const b = anchorPoint(place).geometry.coordinates;
  if (a[0] === b[0] && a[1] === b[1]) return false;
  const diff = Math.abs(((bearing(a, b) - DIRECTION_BEARING[direction] + 540) % 360) - 180);
  return diff <= 67.5;
}
