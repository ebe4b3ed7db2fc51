/**
 * A small hand-made gazetteer for unit tests: a few real places (coordinates from
 * GeoNames) and namesakes elsewhere, so each stage can be tested without the bundled data.
 */
import type { GazetteerCollection, GazetteerFeature, PlaceType } from '@/geo/types';
import type { Polygon } from 'geojson';

export function place(
  id: string,
  name: string,
  alternateNames: string[],
  placeType: PlaceType,
  country: string,
  [lon, lat]: [number, number],
  population: number | null = null,
): GazetteerFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { name, alternateNames, placeType, country, parent: `country:${country}`, population, source: 'test' },
  };
}

function box(west: number, south: number, east: number, north: number): Polygon {
  return { type: 'Polygon', coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] };
}

export const SMALL: GazetteerCollection = {
  type: 'FeatureCollection',
  features: [
    place('g:damascus', 'Damascus', ['Dimashq', 'Al-Sham', 'Sham'], 'city', 'SY', [36.29128, 33.5102], 1569394),
    place('g:aleppo', 'Aleppo', ['Halab', 'Alep'], 'city', 'SY', [37.16117, 36.20124], 1602264),
    place('g:homs', 'Homs', ['Hims'], 'city', 'SY', [36.72339, 34.72682], 775404),
    place('g:hama', 'Hama', ['Hamah'], 'city', 'SY', [36.75783, 35.13179], 460602),
    place('g:douma', 'Douma', ['Duma', 'Dūmā'], 'city', 'SY', [36.4027, 33.57175], 111864),
    place('g:daraa', 'Dar‘ā', ['Daraa', 'Deraa', "Dar'a"], 'city', 'SY', [36.10213, 32.61889], 97969),
    place('c:daraa-gov', 'Daraa Governorate', ['Deraa Governorate', 'Daraa Province'], 'governorate', 'SY', [36.10213, 32.61889]),
    place('c:yarmouk-camp', 'Yarmouk Camp', ['Yarmouk', 'al-Yarmouk camp'], 'camp', 'SY', [36.30306, 33.47417]),
    place('g:yarmouk-jo', 'Yarmouk', [], 'village', 'JO', [35.95, 32.68], 1200),
    place('c:qaboun', 'Qaboun', ['Qabun', 'al-Qaboun', 'Al-Qabun'], 'district', 'SY', [36.33778, 33.54611]),
    place('c:hazzeh', 'Hazzeh', ['Hazza', 'Hazzah', 'Hazeh'], 'town', 'SY', [36.39, 33.52]),
    place('g:hazzeh-west', 'Hazzah', [], 'village', 'SY', [35.9, 33.5], 800),
    place('g:heze', 'Heze', ['Hezze'], 'city', 'CN', [115.47358, 35.23929], 1000000),
    place('g:deir', 'Deir ez-Zor', ['Dayr az Zawr', 'Deir al-Zor'], 'city', 'SY', [40.14083, 35.33588], 242565),
    place('g:paris', 'Paris', [], 'city', 'FR', [2.3488, 48.85341], 2138551),
    place('g:paris-tx', 'Paris', [], 'town', 'US', [-95.55551, 33.66094], 24782),
    place('g:bawshar', 'Bawshar', ['Bashar'], 'city', 'OM', [58.39982, 23.57769], 159487),
    {
      type: 'Feature',
      id: 'c:eastern-ghouta',
      geometry: box(36.33, 33.48, 36.55, 33.62),
      properties: { name: 'Eastern Ghouta', alternateNames: ['East Ghouta', 'al-Ghouta al-Sharqiya'], placeType: 'region', country: 'SY', parent: 'country:SY', population: null, source: 'test' },
    },
    {
      type: 'Feature',
      id: 'country:SY',
      geometry: box(35.7, 32.3, 42.4, 37.3),
      properties: { name: 'Syria', alternateNames: ['Syrian Arab Republic'], placeType: 'country', country: 'SY', parent: null, population: null, source: 'test', demonyms: ['Syrian'] },
    },
    {
      type: 'Feature',
      id: 'country:JO',
      geometry: box(34.9, 29.2, 39.3, 33.4),
      properties: { name: 'Jordan', alternateNames: ['Hashemite Kingdom of Jordan'], placeType: 'country', country: 'JO', parent: null, population: null, source: 'test', demonyms: ['Jordanian'] },
    },
    {
      type: 'Feature',
      id: 'country:US',
      geometry: box(-125, 24, -66, 49),
      properties: { name: 'United States', alternateNames: ['US', 'USA', 'America'], placeType: 'country', country: 'US', parent: null, population: null, source: 'test', demonyms: ['American'] },
    },
  ],
};
