/**
 * Gives every place that knows only its country the first-level division it lies in, by
 * point in polygon against Natural Earth's admin-1 outlines of that country. GeoNames
 * rows carry admin-1 codes that are not Natural Earth's, and camps carry none; with the
 * division known, "Paris" in a report about Henry County, Tennessee, is Paris, Tennessee,
 * and a village in a report about the Donetsk region is the Donetsk region's.
 * A step of `npm run build:gazetteer`.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { GazetteerCollection } from '../../geo/types';

type Box = [number, number, number, number];

interface Division {
  id: string;
  geometry: Polygon | MultiPolygon;
  box: Box;
}

function boxOf(geometry: Polygon | MultiPolygon): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  for (const ring of rings) {
    for (const [x, y] of ring as [number, number][]) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return box;
}

const inBox = ([x, y]: Position, b: Box) => (x as number) >= b[0] && (x as number) <= b[2] && (y as number) >= b[1] && (y as number) <= b[3];

/** How far outside a division's box a place may lie and still be given it, in degrees. */
const NEAR = 0.1;

function nearestBox([x, y]: Position, divisions: readonly Division[]): Division | undefined {
  let best: Division | undefined;
  let bestDistance = NEAR;
  for (const d of divisions) {
    const dx = Math.max(d.box[0] - (x as number), 0, (x as number) - d.box[2]);
    const dy = Math.max(d.box[1] - (y as number), 0, (y as number) - d.box[3]);
    if (Math.max(dx, dy) >= bestDistance) continue;
    // The nearest point of its outline: the division whose coast the town stands on.
    const rings = d.geometry.type === 'Polygon' ? d.geometry.coordinates : d.geometry.coordinates.flat();
    for (const ring of rings) {
      for (const [vx, vy] of ring as [number, number][]) {
        const distance = Math.hypot(vx - (x as number), vy - (y as number));
        if (distance < bestDistance) {
          best = d;
          bestDistance = distance;
        }
      }
    }
  }
  return best;
}

/**
 * @param places the places to give a division (not mutated)
 * @param admin1 Natural Earth's first-level divisions (ids "ne-admin1:…", outlines)
 * @returns the places, those inside a division of their own country with it as parent
 * @example withDivisionParents(places, admin1).features.find((f) => f.properties.name === 'Paris' && f.properties.country === 'US')?.properties.parent // "ne-admin1:US-TX"
 */
export function withDivisionParents(places: GazetteerCollection, admin1: GazetteerCollection): GazetteerCollection {
  const byCountry = new Map<string, Division[]>();
  for (const f of admin1.features) {
    const id = String(f.id);
    if (!id.startsWith('ne-admin1:') || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
    const list = byCountry.get(f.properties.country) ?? [];
    list.push({ id, geometry: f.geometry, box: boxOf(f.geometry) });
    byCountry.set(f.properties.country, list);
  }
  const features = places.features.map((f) => {
    const p = f.properties;
    if (f.geometry.type !== 'Point' || p.parent !== `country:${p.country}` || p.placeType === 'country' || p.placeType === 'governorate') return f;
    const point = f.geometry.coordinates;
    const divisions = byCountry.get(p.country) ?? [];
    // Outlines are simplified: a coastal town may lie just outside its own, so failing a
    // polygon that holds it, take the one whose outline passes nearest (within NEAR degrees).
    const division =
      divisions.find((d) => inBox(point, d.box) && booleanPointInPolygon(point, d.geometry)) ??
      nearestBox(point, divisions);
    return division ? { ...f, properties: { ...p, parent: division.id } } : f;
  });
  return { type: 'FeatureCollection', features };
}
