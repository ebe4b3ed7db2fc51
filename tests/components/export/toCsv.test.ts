import { describe, expect, it } from 'vitest';
import { admin1Names } from '@/components/export/admin1Names';
import { CSV_COLUMNS, csvCell, toCsv } from '@/components/export/toCsv';
import { buildGazetteer } from '@/geo/gazetteer/gazetteer';
import type { Claim, ParseResult, PlaceFeature } from '@/geo/types';
import { place, SMALL } from '../../geo/smallGazetteer';
import { parseCsv } from './parseCsv';

function claim(over: Partial<Claim>): Claim {
  return {
    start: 0, end: 10, text: 'Clashes in Aleppo.', attribution: null, source: null, cue: null, stance: 'asserts',
    actors: [], actor1: null, actor2: null, eventType: 'Battles', subEventType: 'Armed clash', fatalities: null, date: null, ...over,
  };
}

const aleppo: PlaceFeature = {
  type: 'Feature',
  id: 'g:aleppo',
  geometry: { type: 'Point', coordinates: [37.16117, 36.20124] },
  properties: {
    name: 'Aleppo',
    placeType: 'city',
    country: 'SY',
    mentions: [{ start: 11, end: 17, text: 'Aleppo' }],
    claims: [
      claim({
        date: '2017-05-14', attribution: 'al-Masdar', actors: ['Hayat Tahrir al-Sham', 'Jaysh al-Islam', 'Faylaq al-Rahman'],
        actor1: 'Hayat Tahrir al-Sham', actor2: 'Jaysh al-Islam', subEventType: 'Non-state actor overtakes territory', fatalities: 12,
      }),
      claim({ start: 20, end: 60, text: 'Shells fell, "many" died,\nsaid one.', eventType: 'Explosions/Remote violence' }),
    ],
    score: 0.9,
    runnerUp: null,
  },
};

const ghouta: PlaceFeature = {
  type: 'Feature',
  id: 'c:eastern-ghouta',
  geometry: { type: 'Polygon', coordinates: [[[36.33, 33.48], [36.55, 33.48], [36.55, 33.62], [36.33, 33.62], [36.33, 33.48]]] },
  properties: {
    name: 'Eastern Ghouta',
    placeType: 'region',
    country: 'SY',
    mentions: [{ start: 2, end: 16, text: 'Eastern Ghouta' }],
    claims: [claim({ text: '=cmd|" /C calc"!A0 in Eastern Ghouta', eventType: 'Explosions/Remote violence' })],
    score: 0.8,
    runnerUp: null,
  },
};

const syria: PlaceFeature = {
  ...ghouta,
  id: 'country:SY',
  properties: { ...ghouta.properties, name: 'Syria', placeType: 'country', mentions: [{ start: 70, end: 75, text: 'Syria' }], claims: [] },
};

const result: ParseResult = {
  type: 'FeatureCollection',
  article: { title: 'T', author: null, publisher: 'Global Research', published: '2017-05-17' },
  features: [aleppo, ghouta, syria],
  unresolved: [],
};


describe('toCsv', () => {
  const rows = parseCsv(toCsv(result, { admin1: { 'g:aleppo': 'Aleppo Governorate' } }));

  it('starts with the ACLED-like header and has one row per claim and place', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 3); // Syria has no claim: no row
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('fills each column from the claim and its place', () => {
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[2]?.[i]]));
    expect(row).toEqual({
      event_date: '2017-05-14',
      event_type: 'Battles',
      sub_event_type: 'Non-state actor overtakes territory',
      actor1: 'Hayat Tahrir al-Sham',
      actor2: 'Jaysh al-Islam',
      location: 'Aleppo',
      admin1: 'Aleppo Governorate',
      country: 'SY',
      latitude: '36.20124',
      longitude: '37.16117',
      geo_precision: '1',
      source: 'al-Masdar',
      notes: 'Clashes in Aleppo.',
      fatalities: '12',
    });
  });

  it('orders places by first mention; an undated claim of the article itself is credited to the publisher', () => {
    expect(rows.slice(1).map((r) => r[column('location')])).toEqual(['Eastern Ghouta', 'Aleppo', 'Aleppo']);
    const shelling = rows[3]!;
    expect(shelling[column('event_date')]).toBe('');
    expect(shelling[column('source')]).toBe('Global Research');
    expect(shelling[column('notes')]).toBe('Shells fell, "many" died,\nsaid one.'); // verbatim through quoting
    expect([shelling[column('actor1')], shelling[column('actor2')], shelling[column('fatalities')]]).toEqual(['', '', '']); // none given, none invented
  });

  const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

  it('gives an area a point inside it and a coarser precision', () => {
    const [lat, lon, precision] = [Number(rows[1]![column('latitude')]), Number(rows[1]![column('longitude')]), rows[1]![column('geo_precision')]];
    expect(lon).toBeGreaterThan(36.33);
    expect(lon).toBeLessThan(36.55);
    expect(lat).toBeGreaterThan(33.48);
    expect(lat).toBeLessThan(33.62);
    expect(precision).toBe('2');
    expect(rows[1]![column('admin1')]).toBe(''); // admin1 unknown
  });

  it('defuses a formula at the start of a cell', () => {
    expect(rows[1]![column('notes')]).toBe(`'=cmd|" /C calc"!A0 in Eastern Ghouta`);
  });

  it('ends every line with CRLF', () => {
    const csv = toCsv(result);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '').split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('\r'))).toBe(true);
  });
});

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "x"')).toBe('"say ""x"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('prefixes %j with a single quote', (value) => {
    expect(csvCell(value).replace(/^"|"$/g, '').startsWith(`'${value[0]}`)).toBe(true);
  });
  it('leaves numbers alone, negative ones too', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('admin1Names', () => {
  it('walks the parents up to a governorate; a governorate is its own; a country has none', () => {
    const town = place('g:town', 'Town', [], 'town', 'SY', [36.1, 32.6]);
    town.properties.parent = 'c:daraa-gov';
    const gaz = buildGazetteer({ ...SMALL, features: [...SMALL.features, town] });
    const feature = (id: string) => ({ ...aleppo, id });
    expect(admin1Names([feature('g:town'), feature('c:daraa-gov'), feature('country:SY'), feature('g:unknown')], gaz.byId)).toEqual({
      'g:town': 'Daraa Governorate',
      'c:daraa-gov': 'Daraa Governorate',
    });
  });
});
