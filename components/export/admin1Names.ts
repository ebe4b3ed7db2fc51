/**
 * The first-level division (governorate, province, state) each place of a result lies
 * in, by walking the gazetteer's parent links: the `admin1` column of the CSV export.
 * The result itself does not carry parents, so whoever holds the gazetteer (the page
 * loader at build time, the worker in the browser) computes this beside it.
 */
import type { GazetteerFeature, PlaceFeature } from '@/geo/types';

/** Parent links followed at most (a guard against a cycle in bad data). */
const MAX_DEPTH = 8;

/**
 * @param places the result's features
 * @param byId the gazetteer's lookup by id (`gazetteer.byId`)
 * @returns place id → governorate name, for the places that have one (a governorate is its own)
 * @example admin1Names(result.features, gazetteer.byId) // { "geonames:164816": "Idlib Governorate", … }
 */
export function admin1Names(places: readonly PlaceFeature[], byId: (id: string) => GazetteerFeature | undefined): Record<string, string> {
  const names: Record<string, string> = {};
  for (const place of places) {
    let feature = byId(place.id);
    for (let depth = 0; feature && depth < MAX_DEPTH; depth++) {
      if (feature.properties.placeType === 'governorate') {
        names[place.id] = feature.properties.name;
        break;
      }
      feature = feature.properties.parent ? byId(feature.properties.parent) : undefined;
    }
  }
  return names;
}
