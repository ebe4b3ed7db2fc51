import { describe, expect, it } from 'vitest';
import type { GazetteerCollection, GazetteerFeature, PlaceType } from '@/geo/types';
import { withDivisionParents } from '@/scripts/gazetteer/divisionParents';

const square = (x0: number, y0: number, x1: number, y1: number) => ({ type: 'Polygon' as const, coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] });

function feature(id: string, country: string, geometry: GazetteerFeature['geometry'], placeType: PlaceType = 'town', parent = `country:${country}`): GazetteerFeature {
  return { type: 'Feature', id, geometry, properties: { name: id, alternateNames: [], placeType, country, parent, population: null, source: 'test' } };
}
const point = (x: number, y: number) => ({ type: 'Point' as const, coordinates: [x, y] });

const admin1: GazetteerCollection = {
  type: 'FeatureCollection',
  features: [
    feature('ne-admin1:AA-1', 'AA', square(0, 0, 1, 1), 'governorate', 'country:AA'),
    feature('ne-admin1:AA-2', 'AA', square(1, 0, 2, 1), 'governorate', 'country:AA'),
    feature('ne-admin1:BB-1', 'BB', square(2, 0, 3, 1), 'governorate', 'country:BB'),
  ],
};

describe('withDivisionParents', () => {
  const places: GazetteerCollection = {
    type: 'FeatureCollection',
    features: [
      feature('inside-2', 'AA', point(1.5, 0.5)),
      feature('coast-1', 'AA', point(0.02, 1.04)), // just off the simplified outline, by its corner
      feature('far-off', 'AA', point(0.5, 3)),
      feature('other-country', 'AA', point(2.5, 0.5)), // inside BB-1, but of AA: not given BB's division
      feature('known', 'AA', point(0.5, 0.5), 'town', 'curated:aa-gov'),
    ],
  };
  const parents = Object.fromEntries(withDivisionParents(places, admin1).features.map((f) => [f.id, f.properties.parent]));
  it('gives a place the division of its own country that holds it, or whose outline it stands just off', () => {
    expect(parents['inside-2']).toBe('ne-admin1:AA-2');
    expect(parents['coast-1']).toBe('ne-admin1:AA-1');
  });
  it('makes up nothing: far off, in another country or already placed, the parent stays', () => {
    expect(parents['far-off']).toBe('country:AA');
    expect(parents['other-country']).toBe('country:AA');
    expect(parents['known']).toBe('curated:aa-gov');
  });
  it('does not change its input', () => {
    expect(places.features[0]?.properties.parent).toBe('country:AA');
  });
});
