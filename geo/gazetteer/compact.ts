/**
 * A compact, lossless-enough form of the gazetteer for the browser: the same features
 * as rows of values instead of GeoJSON objects (no repeated keys), coordinates as
 * written. `fromCompact(toCompact(c))` gives back the features of `c`.
 */
import type { GazetteerCollection, GazetteerFeature, GazetteerProperties, PlaceGeometry, PlaceType } from '../types';

/** [id, name, alternate names joined by "|", type, country, parent, population, geometry, demonyms]. */
export type CompactRow = [
  id: string,
  name: string,
  alternateNames: string,
  placeType: PlaceType,
  country: string,
  parent: string | null,
  population: number | null,
  geometry: PlaceGeometry['coordinates'],
  source: string,
  demonyms?: string,
];

export interface CompactGazetteer {
  format: 'claimmap-gazetteer';
  version: 1;
  rows: CompactRow[];
  /** Common English words that share a key with a place name. */
  englishWords: string[];
}

const SEPARATOR = '|';

/**
 * Packs a gazetteer for the browser.
 * @example toCompact(places, words).rows[0] // ["geonames:170063", "Aleppo", "Halab|Alep", "city", "SY", …]
 */
export function toCompact(collection: GazetteerCollection, englishWords: readonly string[]): CompactGazetteer {
  const rows = collection.features.map((f): CompactRow => {
    const p = f.properties;
    const row: CompactRow = [String(f.id), p.name, p.alternateNames.join(SEPARATOR), p.placeType, p.country, p.parent, p.population, f.geometry.coordinates, p.source];
    if (p.demonyms?.length) row.push(p.demonyms.join(SEPARATOR));
    return row;
  });
  return { format: 'claimmap-gazetteer', version: 1, rows, englishWords: [...englishWords] };
}

function geometryOf(coordinates: CompactRow[7]): PlaceGeometry {
  const depth = (c: unknown): number => (Array.isArray(c) ? 1 + depth(c[0]) : 0);
  switch (depth(coordinates)) {
    case 1: return { type: 'Point', coordinates: coordinates as [number, number] };
    case 3: return { type: 'Polygon', coordinates: coordinates as [number, number][][] };
    default: return { type: 'MultiPolygon', coordinates: coordinates as [number, number][][][] };
  }
}

/**
 * Unpacks the browser form back into a GazetteerCollection.
 * @throws Error when the data is not a compact gazetteer of a known version
 */
export function fromCompact(data: unknown): { collection: GazetteerCollection; englishWords: string[] } {
  const compact = data as Partial<CompactGazetteer>;
  if (compact?.format !== 'claimmap-gazetteer' || compact.version !== 1 || !Array.isArray(compact.rows)) {
    throw new Error('not a claimmap gazetteer (version 1)');
  }
  const features = compact.rows.map(([id, name, alternates, placeType, country, parent, population, coordinates, source, demonyms]): GazetteerFeature => {
    const properties: GazetteerProperties = {
      name,
      alternateNames: alternates ? alternates.split(SEPARATOR) : [],
      placeType,
      country,
      parent,
      population,
      source,
    };
    if (demonyms) properties.demonyms = demonyms.split(SEPARATOR);
    return { type: 'Feature', id, geometry: geometryOf(coordinates), properties };
  });
  return { collection: { type: 'FeatureCollection', features }, englishWords: compact.englishWords ?? [] };
}
