/** Small helpers every source module of the build shares: one feature shape, stable bytes. */
import type { FeatureCollection } from 'geojson';
import type { GazetteerFeature, GazetteerProperties, PlaceGeometry } from '../../geo/types';

/**
 * Serialises a FeatureCollection with one feature per line: stable bytes, readable diffs.
 * @example serializeCollection({ type: 'FeatureCollection', features: [] }) // '{"type":"FeatureCollection","features":[\n]}\n'
 */
export function serializeCollection(fc: FeatureCollection): string {
  return `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

export function makeFeature(id: string, geometry: PlaceGeometry, properties: GazetteerProperties): GazetteerFeature {
  // Property order is fixed here so the output bytes do not depend on how inputs were built.
  const { name, alternateNames, placeType, country, parent, population, source, demonyms } = properties;
  const ordered: GazetteerProperties = { name, alternateNames, placeType, country, parent, population, source };
  if (demonyms) ordered.demonyms = demonyms;
  return { type: 'Feature', id, geometry, properties: ordered };
}

export function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
