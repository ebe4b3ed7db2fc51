/**
 * Ukraine's settlement register as gazetteer features: settlements are villages under
 * their oblast's division, raions and hromadas are districts named as reports name them,
 * and a village named as a Ukrainian town is left out. Rows written for this test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GazetteerFeature } from '@/geo/types';
import { ukraineFeatures, withoutTownNamesakes } from '@/scripts/gazetteer/ukraine';
import { extractUkraine, serializeUkraine } from '@/scripts/extract-ukraine';

const division: GazetteerFeature = {
  type: 'Feature',
  id: 'ne-admin1:UA-14',
  geometry: { type: 'Polygon', coordinates: [[[36, 47], [39, 47], [39, 49], [36, 49], [36, 47]]] },
  properties: { name: 'Donetsk', alternateNames: [], placeType: 'governorate', country: 'UA', parent: 'country:UA', population: null, source: 'test' },
};

const tsv = [
  'UA1416\traion\tPokrovskyi\t48.2\t37.3\tUA14',
  'UA1416011\thromada\tKurakhivska\t48.0\t37.2\tUA1416',
  'UA1416011001\tsettlement\tKurakhove\t47.98\t37.28\tUA1416011',
  'UA1416013001\tsettlement\tPokrovsk\t48.28\t37.18\tUA1416013',
  'UA1416013011\tsettlement\tKostiantynivka\t47.87\t37.42\tUA1416013',
  'UA9999999999\tsettlement\tNowhere\t10\t10\tUA9999999',
].join('\n');

describe('ukraineFeatures', () => {
  const features = ukraineFeatures(tsv, [division]).features;
  const byId = (id: string) => features.find((f) => f.id === id);

  it('makes settlements villages of unknown population under the division that holds them', () => {
    expect(byId('ocha:UA1416011001')?.properties).toMatchObject({ name: 'Kurakhove', placeType: 'village', population: null, parent: 'ne-admin1:UA-14', country: 'UA' });
    expect(byId('ocha:UA1416011001')?.geometry).toEqual({ type: 'Point', coordinates: [37.28, 47.98] });
  });

  it('names a raion after the town it is named for, and by its own name', () => {
    const raion = byId('ocha:UA1416')?.properties;
    expect(raion?.name).toBe('Pokrovsk Raion');
    expect(raion?.alternateNames).toEqual(expect.arrayContaining(['Pokrovskyi Raion', 'Pokrovskyi district', 'Pokrovsk district']));
    expect(raion?.placeType).toBe('district');
  });

  it('names a hromada by its own name only', () => {
    const hromada = byId('ocha:UA1416011')?.properties;
    expect(hromada?.name).toBe('Kurakhivska hromada');
    expect(hromada?.alternateNames.join()).not.toMatch(/Kurakhove/);
  });

  it('leaves a row outside every division under the country', () => {
    expect(byId('ocha:UA9999999999')?.properties.parent).toBe('country:UA');
  });

  it('leaves out a village named as a Ukrainian town of 10,000 or more', () => {
    const town = { ...division, id: 'geonames:1', geometry: { type: 'Point' as const, coordinates: [37.7, 48.5] }, properties: { ...division.properties, name: 'Kostiantynivka', placeType: 'city' as const, population: 67000 } };
    const kept = withoutTownNamesakes({ type: 'FeatureCollection', features }, [town]).features.map((f) => f.id);
    expect(kept).not.toContain('ocha:UA1416013011');
    expect(kept).toContain('ocha:UA1416013001');
  });
});

describe('extractUkraine', () => {
  it('joins the settlement names to their points and reads hromadas and raions, commented centroids included', () => {
    const rows = extractUkraine({
      'aiSettlements.ts': "export const aiSettlements = {\n  Kurakhove_UA1416011001_Курахове: 'a',\n  'Kleban-Byk_UA1412005024_Клебан-Бик': 'b',\n  \"Bilokamiane_UA1416011002_Білокам'яне\": 'd',\n  Lost_UA1416011099_Х: 'c',\n}",
      'settlementsGeoLoc.json': '{"UA1416011001": [47.98449, 37.28127], "UA1412005024": [48.42573, 37.76426], "UA1416011002": [48.0, 37.3]}',
      'hromadas.ts': "UA1416011: {\n iso: 'UA1416011',\n parent: 'UA1416',\n en: 'Kurakhivska',\n // lat_centroid: '48.02333172',\n // lon_centroid: '37.25628482'\n },",
      'raions.ts': "UA1416: {\n iso: 'UA1416',\n en: 'Pokrovskyi',\n parent: 'UA14',\n lat_centroid: 48.224,\n lon_centroid: 37.3128\n },",
    });
    expect(serializeUkraine(rows)).toBe(
      'UA1412005024\tsettlement\tKleban-Byk\t48.4257\t37.7643\tUA1412005\n' +
        'UA1416\traion\tPokrovskyi\t48.224\t37.3128\tUA14\n' +
        'UA1416011\thromada\tKurakhivska\t48.0233\t37.2563\tUA1416\n' +
        'UA1416011001\tsettlement\tKurakhove\t47.9845\t37.2813\tUA1416011\n' +
        'UA1416011002\tsettlement\tBilokamiane\t48\t37.3\tUA1416011\n',
    );
  });
});

describe('the committed ukraine.tsv', () => {
  const lines = readFileSync('geo/gazetteer/data/ukraine.tsv', 'utf8').trimEnd().split('\n');

  it('has one well-formed row per P-code, sorted, every point inside Ukraine’s bounding box', () => {
    const codes = lines.map((l) => l.split('\t')[0]!);
    expect(codes).toEqual([...new Set(codes)].sort());
    for (const line of lines) {
      const [pcode, kind, name, lat, lon, parent] = line.split('\t');
      expect(pcode, line).toMatch(/^UA\d{2}(?:\d{2}(?:\d{3}(?:\d{3})?)?)?$/);
      expect(['settlement', 'hromada', 'raion'], line).toContain(kind);
      expect(name, line).toMatch(/^[\p{L}\d]/u); // no quote left over from the source's keys
      expect(Number(lat), line).toBeGreaterThan(44);
      expect(Number(lat), line).toBeLessThan(52.5);
      expect(Number(lon), line).toBeGreaterThan(22);
      expect(Number(lon), line).toBeLessThan(40.3);
      expect(pcode!.startsWith(parent!), line).toBe(true);
    }
  });
});
