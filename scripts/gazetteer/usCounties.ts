/**
 * The counties of the United States (and Louisiana's parishes, Alaska's boroughs) as
 * gazetteer points: second-level divisions that local news names all the time ("Laurel
 * County"). From the US Census Bureau's cartographic boundaries as packaged by `us-atlas`
 * (1:10m, ISC; the data is public domain). Each county is a point inside it (its outline
 * would make the browser's shards heavy); its parent is its state's Natural Earth division.
 * A step of `npm run build:gazetteer`.
 */
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { GazetteerCollection, GazetteerFeature } from '../../geo/types';

export const COUNTY_SOURCE = 'US Census Bureau cartographic boundaries via us-atlas 3.0.1 (counties-10m)';

/** What a state calls its second-level divisions, by state FIPS code ("County" elsewhere). */
const DIVISION_WORD: Record<string, string> = { '22': 'Parish', '02': '' };

function features(topology: Topology, object: string): Feature<Polygon | MultiPolygon, { name: string }>[] {
  const fc = topoFeature(topology, topology.objects[object] as GeometryCollection);
  return (fc as unknown as { features: Feature<Polygon | MultiPolygon, { name: string }>[] }).features;
}

/**
 * @param counties us-atlas counties-10m.json
 * @param states us-atlas states-10m.json (for the state names)
 * @param stateIds the gazetteer's US divisions, state name → id ("Kentucky" → "ne-admin1:US-KY")
 * @example countyFeatures(counties, states, ids).features.find((f) => f.properties.name === 'Laurel County')
 */
export function countyFeatures(counties: Topology, states: Topology, stateIds: ReadonlyMap<string, string>): GazetteerCollection {
  const stateName = new Map(features(states, 'states').map((s) => [String(s.id), s.properties.name]));
  const out: GazetteerFeature[] = [];
  for (const c of features(counties, 'counties')) {
    const fips = String(c.id ?? '');
    const state = stateName.get(fips.slice(0, 2));
    if (!fips || !state || !c.geometry) continue;
    const word = DIVISION_WORD[fips.slice(0, 2)] ?? 'County';
    const base = c.properties.name;
    const name = word && !/\b(?:County|Parish|Borough|city)$/.test(base) ? `${base} ${word}` : base;
    const [lon, lat] = pointOnFeature(c).geometry.coordinates as [number, number];
    out.push({
      type: 'Feature',
      id: `us-county:${fips}`,
      geometry: { type: 'Point', coordinates: [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4] },
      properties: {
        name,
        alternateNames: [`${name}, ${state}`],
        placeType: 'district',
        country: 'US',
        parent: stateIds.get(state) ?? 'country:US',
        population: null,
        source: COUNTY_SOURCE,
      },
    });
  }
  return { type: 'FeatureCollection', features: out };
}
