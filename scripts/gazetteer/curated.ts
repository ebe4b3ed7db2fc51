/**
 * The curated rows (geo/gazetteer/data/curated.geojson): Syrian places the open sources
 * lack, each with its own source, and names added to GeoNames rows. A source module of
 * `npm run build:gazetteer`.
 */
import type { Point, Position } from 'geojson';
import type { GazetteerCollection, GazetteerFeature, GazetteerProperties, PlaceGeometry, PlaceType } from '../../geo/types';
import { bufferedHull, distanceKm, point, roundPolygonal } from './geometry';
import { makeFeature, unique } from './features';
import { defaultOptions, type BuildOptions } from './options';

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
