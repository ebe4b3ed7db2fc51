/**
 * Where on the map each place goes: one anchor point per place (its point, or a point
 * inside its polygon for areas) and the bounds to fit on load. Pure functions over
 * GeoJSON, in [lon, lat] like the data; no Leaflet.
 */
import type { Position } from 'geojson';
import type { PlaceFeature, PlaceGeometry } from '@/geo/types';

/** [lon, lat]. */
export type LonLat = readonly [lon: number, lat: number];

/** [[west, south], [east, north]]. */
export type LonLatBounds = readonly [LonLat, LonLat];

/** Places closer than this (degrees) are treated as one spot and fanned out. */
const SAME_SPOT = 1e-4;
/** How far apart (degrees, about 450 m) places on the same spot are fanned out. */
const FAN_OUT = 0.004;

/**
 * A point that represents the place: its coordinates, or for an area a point inside its
 * largest polygon (the centroid when that falls inside). Places on the same spot (a
 * governorate given as its capital's point, say) are fanned out a little so that each
 * can be told apart and clicked.
 * @example placeAnchors(result.features).get('geonames:170063') // [37.16, 36.2]
 */
export function placeAnchors(places: readonly PlaceFeature[]): Map<string, LonLat> {
  const anchors = new Map<string, LonLat>();
  // Anchors taken so far, by grid cell of SAME_SPOT degrees: a place on the same spot as
  // another is in the same or a neighbouring cell, so ten thousand places stay cheap.
  const taken = new Map<number, LonLat[]>();
  const cellOf = (value: number) => Math.floor(value / SAME_SPOT);
  // One number per cell: latitude cells run to ±900,000, so 2,000,000 apart is enough.
  const cellKey = (cx: number, cy: number) => cx * 2_000_000 + cy;
  for (const place of places) {
    let anchor = geometryAnchor(place.geometry);
    const [cx, cy] = [cellOf(anchor[0]), cellOf(anchor[1])];
    let sameSpot = 0;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const p of taken.get(cellKey(cx + dx, cy + dy)) ?? []) {
          if (Math.abs(p[0] - anchor[0]) < SAME_SPOT && Math.abs(p[1] - anchor[1]) < SAME_SPOT) sameSpot++;
        }
      }
    }
    if (sameSpot > 0) {
      const angle = (sameSpot * 2 * Math.PI) / 6;
      anchor = [anchor[0] + FAN_OUT * Math.cos(angle), anchor[1] + FAN_OUT * Math.sin(angle)];
    }
    const key = cellKey(cellOf(anchor[0]), cellOf(anchor[1]));
    const cell = taken.get(key);
    if (cell) cell.push(anchor);
    else taken.set(key, [anchor]);
    anchors.set(place.id, anchor);
  }
  return anchors;
}

/**
 * The bounds to show on load: every point and non-country area in full; countries only
 * by their anchor, so that a country named in passing does not zoom the map out to a
 * continent. Null when there are no places.
 * @example initialBounds(features, anchors) // [[35.9, 32.5], [37.3, 36.3]]
 */
export function initialBounds(places: readonly PlaceFeature[], anchors: ReadonlyMap<string, LonLat>): LonLatBounds | null {
  const positions: LonLat[] = [];
  for (const place of places) {
    const anchor = anchors.get(place.id);
    if (anchor) positions.push(anchor);
    if (place.properties.placeType !== 'country' && place.geometry.type !== 'Point') {
      const [sw, ne] = geometryBounds(place.geometry);
      positions.push(sw, ne);
    }
  }
  return positions.length > 0 ? boundsOf(positions) : null;
}

/** The bounds of any place geometry. */
export function geometryBounds(geometry: PlaceGeometry): LonLatBounds {
  return boundsOf(outerRings(geometry).flat().map(toLonLat));
}

function boundsOf(positions: readonly LonLat[]): LonLatBounds {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lon, lat] of positions) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [
    [west, south],
    [east, north],
  ];
}

function geometryAnchor(geometry: PlaceGeometry): LonLat {
  if (geometry.type === 'Point') return toLonLat(geometry.coordinates);
  const ring = largestRing(outerRings(geometry));
  const centroid = ringCentroid(ring);
  return insideRing(centroid, ring) ? centroid : widestInteriorMidpoint(ring, centroid[1]);
}

function outerRings(geometry: PlaceGeometry): Position[][] {
  switch (geometry.type) {
    case 'Point':
      return [[geometry.coordinates]];
    case 'Polygon':
      return geometry.coordinates.slice(0, 1);
    case 'MultiPolygon':
      return geometry.coordinates.map((polygon) => polygon[0] ?? []);
  }
}

function toLonLat(position: Position): LonLat {
  return [position[0] ?? 0, position[1] ?? 0];
}

/** Shoelace area (in square degrees, unsigned); good enough to compare rings. */
function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = toLonLat(ring[j]!);
    const [x1, y1] = toLonLat(ring[i]!);
    sum += x0 * y1 - x1 * y0;
  }
  return Math.abs(sum / 2);
}

function largestRing(rings: readonly Position[][]): Position[] {
  let best: Position[] = rings[0] ?? [];
  for (const ring of rings) if (ringArea(ring) > ringArea(best)) best = ring;
  return best;
}

function ringCentroid(ring: readonly Position[]): LonLat {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = toLonLat(ring[j]!);
    const [x1, y1] = toLonLat(ring[i]!);
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (area === 0) return toLonLat(ring[0] ?? [0, 0]);
  return [cx / (3 * area), cy / (3 * area)];
}

function insideRing([x, y]: LonLat, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = toLonLat(ring[i]!);
    const [xj, yj] = toLonLat(ring[j]!);
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** For a concave ring whose centroid falls outside: the middle of its widest span at `lat`. */
function widestInteriorMidpoint(ring: readonly Position[], lat: number): LonLat {
  const crossings: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = toLonLat(ring[i]!);
    const [xj, yj] = toLonLat(ring[j]!);
    if (yi > lat !== yj > lat) crossings.push(xi + ((lat - yi) * (xj - xi)) / (yj - yi));
  }
  crossings.sort((a, b) => a - b);
  let best: LonLat = toLonLat(ring[0] ?? [0, 0]);
  let widest = -1;
  for (let k = 0; k + 1 < crossings.length; k += 2) {
    const width = crossings[k + 1]! - crossings[k]!;
    if (width > widest) {
      widest = width;
      best = [(crossings[k]! + crossings[k + 1]!) / 2, lat];
    }
  }
  return best;
}
