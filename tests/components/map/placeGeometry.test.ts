import { describe, expect, test } from 'vitest';
import { initialBounds, placeAnchors } from '@/components/map/placeGeometry';
import type { PlaceFeature, PlaceGeometry, PlaceType } from '@/geo/types';

function feature(id: string, placeType: PlaceType, geometry: PlaceGeometry): PlaceFeature {
  return {
    type: 'Feature',
    id,
    geometry,
    properties: { name: id, placeType, country: 'SY', mentions: [], claims: [], score: 1, runnerUp: null },
  };
}

// A U-shaped area whose centroid falls in the gap.
const uShape: PlaceGeometry = {
  type: 'Polygon',
  coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]],
};
const bigCountry: PlaceGeometry = { type: 'Polygon', coordinates: [[[30, 20], [50, 20], [50, 40], [30, 40], [30, 20]]] };

describe('placeAnchors', () => {
  test('a point is its own anchor; an area gets a point inside it', () => {
    const anchors = placeAnchors([feature('p', 'city', { type: 'Point', coordinates: [36.3, 33.5] }), feature('u', 'region', uShape)]);
    expect(anchors.get('p')).toEqual([36.3, 33.5]);
    const [x, y] = anchors.get('u')!;
    const inGap = x > 1 && x < 2 && y > 1;
    expect(inGap).toBe(false);
    expect(x >= 0 && x <= 3 && y >= 0 && y <= 3).toBe(true);
  });

  test('places on the same spot are fanned out', () => {
    const at: PlaceGeometry = { type: 'Point', coordinates: [36.1, 32.6] };
    const anchors = placeAnchors([feature('city', 'city', at), feature('gov', 'governorate', at)]);
    expect(anchors.get('city')).not.toEqual(anchors.get('gov'));
  });

  test('places a hair apart across a grid line count as one spot; each on it gets its own anchor', () => {
    const places = [
      feature('a', 'city', { type: 'Point', coordinates: [36.09999, 32.6] }),
      feature('b', 'town', { type: 'Point', coordinates: [36.10001, 32.6] }),
      feature('c', 'governorate', { type: 'Point', coordinates: [36.1, 32.60001] }),
      feature('far', 'town', { type: 'Point', coordinates: [36.2, 32.6] }),
    ];
    const anchors = placeAnchors(places);
    expect(anchors.get('a')).toEqual([36.09999, 32.6]);
    expect(new Set(['a', 'b', 'c'].map((id) => anchors.get(id)!.join())).size).toBe(3);
    expect(anchors.get('far')).toEqual([36.2, 32.6]);
  });
});

describe('initialBounds', () => {
  test('spans points and areas in full, countries only by their anchor', () => {
    const places = [
      feature('p', 'city', { type: 'Point', coordinates: [36, 33] }),
      feature('u', 'region', uShape),
      feature('c', 'country', bigCountry),
    ];
    const [[west, south], [east, north]] = initialBounds(places, placeAnchors(places))!;
    expect([west, south]).toEqual([0, 0]);
    expect(east).toBe(40);
    expect(north).toBe(33);
  });

  test('is null without places', () => {
    expect(initialBounds([], new Map())).toBeNull();
  });
});
