import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { GazetteerCollection, GazetteerFeature } from '../../geo/types';
import {
  alternateNamesOf,
  cleanPolygonal,
  extractAdmin1,
  parseNeTsv,
  RAW_FILES,
  readRaw,
  serializeCollection,
  simplifyArc,
  type NeRow,
} from '../../scripts/extract-admin1';
import { extractRegions, membersOf, REGIONS, type WorldCountry } from '../../scripts/extract-regions';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ADMIN1 = 'geo/gazetteer/data/admin1.geojson';
const REGIONS_FILE = 'geo/gazetteer/data/regions.geojson';
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const admin1 = JSON.parse(read(ADMIN1)) as GazetteerCollection;
const regions = JSON.parse(read(REGIONS_FILE)) as GazetteerCollection;
const features = (fc: GazetteerCollection) => fc.features as GazetteerFeature[];

const PLACE_TYPES = ['country', 'governorate', 'region', 'city', 'town', 'village', 'district', 'camp', 'airbase', 'landmark'];

function byId(fc: GazetteerCollection, id: string): GazetteerFeature {
  const f = features(fc).find((x) => x.id === id);
  if (!f) throw new Error(`no feature ${id}`);
  return f;
}

function contains(f: GazetteerFeature, lonLat: [number, number]): boolean {
  if (f.geometry.type === 'Point') return false;
  return booleanPointInPolygon(lonLat, f.geometry);
}

function positions(f: GazetteerFeature): Position[] {
  const g = f.geometry;
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'Polygon') return g.coordinates.flat();
  return g.coordinates.flat(2);
}

const SACRAMENTO: [number, number] = [-121.49, 38.58];
const SYDNEY: [number, number] = [151.21, -33.87];
const LONDON: [number, number] = [-0.13, 51.51];
const GUANGZHOU: [number, number] = [113.26, 23.13];
const NAIROBI: [number, number] = [36.82, -1.29];
const PARIS: [number, number] = [2.35, 48.86];
const DAMASCUS: [number, number] = [36.29, 33.51];
const RIYADH: [number, number] = [46.72, 24.69];

describe.each([
  ['admin1', admin1],
  ['regions', regions],
])('%s.geojson', (_, fc) => {
  it('is a FeatureCollection with unique, sorted string ids', () => {
    expect(fc.type).toBe('FeatureCollection');
    const ids = features(fc).map((f) => f.id);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  it('has exactly the GazetteerProperties fields on every feature', () => {
    for (const f of features(fc)) {
      const p = f.properties;
      expect(Object.keys(p).sort()).toEqual(
        ['alternateNames', 'country', 'name', 'parent', 'placeType', 'population', 'source'].sort(),
      );
      expect(typeof p.name === 'string' && p.name.length > 0).toBe(true);
      expect(Array.isArray(p.alternateNames) && p.alternateNames.every((n) => typeof n === 'string' && n !== p.name)).toBe(true);
      expect(PLACE_TYPES).toContain(p.placeType);
      expect(p.country === '' || /^[A-Z]{2}$/.test(p.country)).toBe(true);
      expect(p.parent === null || typeof p.parent === 'string').toBe(true);
      expect(p.population).toBeNull();
      expect(typeof p.source === 'string' && p.source.length > 0).toBe(true);
    }
  });

  it('has coordinates in range and closed rings of at least four positions', () => {
    // One pass, one assertion: an expect per position made this test take seconds.
    const problems: string[] = [];
    for (const f of features(fc)) {
      if (!['Point', 'Polygon', 'MultiPolygon'].includes(f.geometry.type)) problems.push(`${f.id}: ${f.geometry.type}`);
      for (const [lon, lat] of positions(f)) {
        if (!(lon! >= -180 && lon! <= 180 && lat! >= -90 && lat! <= 90)) problems.push(`${f.id}: position ${lon},${lat}`);
      }
      const g = f.geometry;
      const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
      for (const ring of rings) {
        if (ring.length < 4) problems.push(`${f.id}: ring of ${ring.length} positions`);
        else if (String(ring[0]) !== String(ring[ring.length - 1])) problems.push(`${f.id}: ring not closed`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('ends every feature on its own line (one feature per line)', () => {
    expect(read(fc === admin1 ? ADMIN1 : REGIONS_FILE)).toBe(serializeCollection(fc));
  });
});

describe('admin1.geojson', () => {
  it('stays under 4 MB', () => {
    expect(statSync(join(root, ADMIN1)).size).toBeLessThan(4 * 1024 * 1024);
  });

  it('holds first-level divisions of their country, and none of Syria', () => {
    for (const f of features(admin1)) {
      expect(f.properties.placeType).toBe('governorate');
      expect(f.properties.parent).toBe(`country:${f.properties.country}`);
      expect(f.properties.source.startsWith('naturalearth-admin1')).toBe(true);
      expect(f.properties.country).not.toBe('SY');
    }
  });

  it('has ids shared by no other gazetteer extract', () => {
    const ids = new Set(features(admin1).map((f) => f.id));
    expect(features(regions).filter((f) => ids.has(f.id))).toEqual([]);
  });

  it('outlines California around Sacramento', () => {
    const f = byId(admin1, 'ne-admin1:US-CA');
    expect(f.properties.name).toBe('California');
    expect(contains(f, SACRAMENTO)).toBe(true);
  });

  it('calls New South Wales NSW and outlines it around Sydney', () => {
    const f = byId(admin1, 'ne-admin1:AU-NSW');
    expect(f.properties.name).toBe('New South Wales');
    expect(f.properties.alternateNames).toContain('NSW');
    expect(contains(f, SYDNEY)).toBe(true);
    // Lord Howe Island shares the code AU-NSW but is not called NSW.
    expect(features(admin1).filter((x) => x.properties.alternateNames.includes('NSW')).map((x) => x.id)).toEqual([
      'ne-admin1:AU-NSW',
    ]);
  });

  it('outlines England (the union of its Natural Earth rows) around London', () => {
    const f = byId(admin1, 'ne-admin1:GB-ENG');
    expect(f.properties.name).toBe('England');
    expect(contains(f, LONDON)).toBe(true);
    expect(contains(byId(admin1, 'ne-admin1:GB-SCT'), LONDON)).toBe(false);
  });

  it('outlines Guangdong around Guangzhou', () => {
    const f = byId(admin1, 'ne-admin1:CN-GD');
    expect(f.properties.name).toBe('Guangdong');
    expect(contains(f, GUANGZHOU)).toBe(true);
  });

  it('names divisions in English and keeps the local form as an alternate', () => {
    const eastJava = byId(admin1, 'ne-admin1:ID-JI');
    expect(eastJava.properties.name).toBe('East Java');
    expect(eastJava.properties.alternateNames).toContain('Jawa Timur');
    const kp = byId(admin1, 'ne-admin1:PK-KP');
    expect(kp.properties.name).toBe('Khyber Pakhtunkhwa');
    expect(kp.properties.alternateNames).toContain('North-West Frontier Province');
    expect(byId(admin1, 'ne-admin1:PK-SD').properties.name).toBe('Sindh');
    // Two-letter codes are not names: California's name_alt "CA|Calif." keeps "Calif." only.
    expect(byId(admin1, 'ne-admin1:US-CA').properties.alternateNames).toEqual(['Calif.']);
  });

  it('adds the regions Natural Earth splits into provinces (Central Luzon, Auvergne-Rhône-Alpes)', () => {
    const luzon = byId(admin1, 'ne-admin1-region:PH:central-luzon');
    expect(luzon.properties.alternateNames).toContain('Region III');
    expect(contains(luzon, [120.9, 14.85])).toBe(true); // Malolos, Bulacan
    const ara = byId(admin1, 'ne-admin1-region:FR:auvergne-rhone-alpes');
    expect(ara.properties.alternateNames).toContain('Rhône-Alpes');
    expect(contains(ara, [4.84, 45.76])).toBe(true); // Lyon
    // The Rhône department no longer claims the region's former name.
    expect(byId(admin1, 'ne-admin1:FR-69').properties.alternateNames).not.toContain('Rhone-Alpes');
  });

  const rawDir = process.env.ADMIN1_RAW_DIR ?? '/tmp/claimmap-raw/admin1';
  const haveRaw = existsSync(join(rawDir, RAW_FILES.tsv.file)) && existsSync(join(rawDir, RAW_FILES.topology.file));
  it.skipIf(!haveRaw)('is what scripts/extract-admin1.ts produces from the raw files', () => {
    const rows = parseNeTsv(readRaw(rawDir, RAW_FILES.tsv).toString('utf8'));
    const topology = JSON.parse(gunzipSync(readRaw(rawDir, RAW_FILES.topology)).toString('utf8')) as Topology;
    expect(serializeCollection(extractAdmin1(rows, topology).collection)).toBe(read(ADMIN1));
  });
});

describe('regions.geojson', () => {
  it('stays under 1 MB', () => {
    expect(statSync(join(root, REGIONS_FILE)).size).toBeLessThan(1024 * 1024);
  });

  it('holds regions spanning countries, with no parent', () => {
    for (const f of features(regions)) {
      expect(f.id.startsWith('region:')).toBe(true);
      expect(f.properties.placeType).toBe('region');
      expect(f.properties.parent).toBeNull();
      expect(f.geometry.type).not.toBe('Point');
    }
  });

  it('puts Nairobi in Africa and Paris outside it', () => {
    const africa = byId(regions, 'region:africa');
    expect(contains(africa, NAIROBI)).toBe(true);
    expect(contains(africa, PARIS)).toBe(false);
    expect(contains(byId(regions, 'region:europe'), PARIS)).toBe(true);
  });

  it('puts Damascus and Riyadh in the Middle East', () => {
    const me = byId(regions, 'region:middle-east');
    expect(me.properties.alternateNames).toContain('Near East');
    expect(contains(me, DAMASCUS)).toBe(true);
    expect(contains(me, RIYADH)).toBe(true);
    expect(contains(byId(regions, 'region:levant'), DAMASCUS)).toBe(true);
    expect(contains(byId(regions, 'region:levant'), RIYADH)).toBe(false);
  });

  it('calls the Americas "the Americas" too', () => {
    expect(byId(regions, 'region:americas').properties.alternateNames).toContain('the Americas');
  });

  it('is what scripts/extract-regions.ts produces from the installed packages', () => {
    const countries = JSON.parse(read('node_modules/world-countries/countries.json')) as WorldCountry[];
    const atlas = JSON.parse(read('node_modules/world-atlas/countries-110m.json')) as Topology;
    expect(serializeCollection(extractRegions(countries, atlas).collection)).toBe(read(REGIONS_FILE));
  });

  it('draws Latin America as Central and South America, the Caribbean and Mexico', () => {
    const countries = JSON.parse(read('node_modules/world-countries/countries.json')) as WorldCountry[];
    const spec = REGIONS.find((r) => r.slug === 'latin-america')!;
    const members = membersOf(spec, countries);
    expect(members).toEqual(expect.arrayContaining(['MX', 'BR', 'CU', 'GT']));
    expect(members).not.toContain('US');
  });
});

describe('extract-admin1 helpers', () => {
  it('simplifies an arc but keeps its ends and its farthest point', () => {
    const arc: Position[] = [[0, 0], [1, 0.001], [2, 0], [3, 0.002], [4, 0]];
    expect(simplifyArc(arc, 0.1)).toEqual([[0, 0], [3, 0.002], [4, 0]]);
    const ring: Position[] = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    expect(simplifyArc(ring, 10).length).toBeGreaterThanOrEqual(4);
  });

  it('drops small islands but never the largest polygon', () => {
    const square = (x: number, size: number): Position[] => [[x, 0], [x + size, 0], [x + size, size], [x, size], [x, 0]];
    const g = cleanPolygonal(
      { type: 'MultiPolygon', coordinates: [[square(0, 0.01)], [square(5, 1)]] },
      { decimals: 3, minIslandArea: 0.02, minHoleArea: 0.01 },
    );
    expect(g?.type).toBe('Polygon');
    const tiny = cleanPolygonal({ type: 'Polygon', coordinates: [square(0, 0.01)] }, { decimals: 3, minIslandArea: 0.02, minHoleArea: 0.01 });
    expect(tiny?.type).toBe('Polygon');
  });

  it('takes postal codes of three letters or more only', () => {
    const row: NeRow = {
      adm1_code: 'X-1', iso_3166_2: 'XX-AB', iso_a2: 'XX', adm0_a3: 'XXX', name: 'Somewhere', name_alt: 'AB|Some Where',
      name_en: 'Somewhere', gn_name: '', woe_name: '', postal: 'AB', region: '', geonunit: '', latitude: 0, longitude: 0,
    };
    expect(alternateNamesOf(row, 'Somewhere')).toEqual(['Some Where']);
    expect(alternateNamesOf({ ...row, postal: 'SMW' }, 'Somewhere')).toEqual(['Some Where', 'SMW']);
  });
});
