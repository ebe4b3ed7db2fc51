import { describe, expect, it } from 'vitest';
import { distanceKm } from '@/geo/resolve/geometry';
import type { GazetteerFeature } from '@/geo/types';
import { place } from '../smallGazetteer';

const aleppo = place('t:aleppo', 'Aleppo', [], 'city', 'SY', [37.16, 36.2]);
const damascus = place('t:damascus', 'Damascus', [], 'city', 'SY', [36.29, 33.51]);
const syria: GazetteerFeature = {
  type: 'Feature',
  id: 't:syria',
  geometry: { type: 'Polygon', coordinates: [[[35.7, 32.3], [42.4, 32.3], [42.4, 37.3], [35.7, 37.3], [35.7, 32.3]]] },
  properties: { name: 'Syria', alternateNames: [], placeType: 'country', country: 'SY', parent: null, population: null, source: 'test' },
};

describe('distanceKm', () => {
  it('measures between points, and is 0 from an area to a point inside it', () => {
    expect(distanceKm(aleppo, damascus)).toBeGreaterThan(300);
    expect(distanceKm(aleppo, damascus)).toBeLessThan(320);
    expect(distanceKm(syria, aleppo)).toBe(0);
    expect(distanceKm(aleppo, syria)).toBe(0);
  });
});
