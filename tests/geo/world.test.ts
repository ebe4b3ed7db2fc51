/**
 * The world gazetteer on the examples of issue 9: towns and camps of today's wars are
 * placed, divisions named with the words reports use are the divisions, and names the
 * gazetteer lacks are listed as unresolved. Sentences written for these tests.
 * Needs the built gazetteer (`npm run build:gazetteer`, run by `npm install`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoparse } from '@/geo/geoparse';
import type { ParseResult, PlaceFeature } from '@/geo/types';
import { loadGazetteer } from '@/scripts/geoparse';

const gazetteer = loadGazetteer();

function placeOf(result: ParseResult, mention: string): PlaceFeature | undefined {
  return result.features.find((f) => f.properties.mentions.some((m) => m.text === mention));
}

/** km between two [lon, lat] points (equirectangular: fine at these distances). */
function km([a, b]: number[], [c, d]: number[]): number {
  return Math.hypot((a! - c!) * 111.32 * Math.cos((((b! + d!) / 2) * Math.PI) / 180), (b! - d!) * 110.574);
}

const point = (f: PlaceFeature | undefined) => (f?.geometry.type === 'Point' ? f.geometry.coordinates : [NaN, NaN]);

describe('towns and camps of current war reporting', () => {
  const ukraine = geoparse(readFileSync('tests/fixtures/ukraine-donetsk-shelling.txt', 'utf8'), gazetteer);
  const sudan = geoparse(readFileSync('tests/fixtures/sudan-darfur-camps.txt', 'utf8'), gazetteer);

  it('places Kurakhove and Tokmak in Ukraine, Tokmak not in Kyrgyzstan', () => {
    expect(placeOf(ukraine, 'Kurakhove')?.properties.country).toBe('UA');
    const tokmak = placeOf(ukraine, 'Tokmak');
    expect(tokmak?.properties.country).toBe('UA');
    expect(tokmak?.id).toBe('geonames:691469');
  });

  it('does not put Hirnyk and Trudove at their namesakes in other oblasts (cities500 has only those): they are unresolved', () => {
    // Hirnyk of Lviv oblast and Trudove of Odesa oblast are villages hundreds of km from every other place named.
    expect(placeOf(ukraine, 'Hirnyk')).toBeUndefined();
    expect(placeOf(ukraine, 'Trudove')).toBeUndefined();
    expect(ukraine.unresolved.map((m) => m.text)).toEqual(expect.arrayContaining(['Hirnyk', 'Trudove']));
  });

  it('still places a village the text puts near its other places', () => {
    const r = geoparse('Shelling hit Kurakhove and the nearby village of Kurakhivka, officials said.', gazetteer);
    expect(placeOf(r, 'Kurakhove')?.properties.country).toBe('UA');
  });

  it('lists Kleban-Byk and Krasnorichenske, which no bundled source has, as unresolved', () => {
    expect(ukraine.unresolved.map((m) => m.text)).toEqual(expect.arrayContaining(['Kleban-Byk', 'Krasnorichenske']));
  });

  it('places the Zamzam and Abu Shouk camps near El Fasher', () => {
    const fasher = point(placeOf(sudan, 'El Fasher'));
    for (const camp of ['Zamzam', 'Abu Shouk']) {
      const f = placeOf(sudan, camp);
      expect(f?.properties.placeType, camp).toBe('camp');
      expect(km(point(f), fasher), camp).toBeLessThan(25);
    }
  });

  it('gives a camp the gazetteer lacks to unresolved, not to a namesake', () => {
    const r = geoparse('Shelling hit the Qorwaldi camp on Monday, aid workers said.', gazetteer);
    expect(r.features).toEqual([]);
    expect(r.unresolved.map((m) => m.text)).toEqual(['Qorwaldi']);
  });
});

describe('divisions named as reports name them', () => {
  const cases: [sentence: string, mention: string, id: string][] = [
    ['Shelling continued across the Donetsk region overnight, the governor said.', 'Donetsk', 'ne-admin1:UA-14'],
    ['Two villages in the Luhansk region were retaken, the army said.', 'Luhansk', 'ne-admin1:UA-09'],
    ['Drones struck energy sites in Zaporizhzhia region on Friday.', 'Zaporizhzhia', 'ne-admin1:UA-23'],
    ['Evacuations were ordered in Zaporizhzhia oblast after the strikes.', 'Zaporizhzhia', 'ne-admin1:UA-23'],
    ['Fighting spread in Kherson province, officials said.', 'Kherson', 'ne-admin1:UA-65'],
    ['Famine was declared in parts of North Darfur state, the monitors said.', 'North Darfur', 'ne-admin1:SD-DN'],
  ];
  it.each(cases)('%s → the division', (sentence, mention, id) => {
    const f = placeOf(geoparse(sentence, gazetteer), mention);
    expect(f?.id).toBe(id);
    expect(f?.properties.placeType).toBe('governorate');
  });

  it('still reads a city as the city: "the city of Donetsk"', () => {
    const f = placeOf(geoparse('Shells fell on the city of Donetsk on Sunday.', gazetteer), 'Donetsk');
    expect(f?.properties.placeType).toBe('city');
    expect(f?.properties.country).toBe('UA');
  });
});

describe('names readers know', () => {
  it('shows the spelling the report uses when the gazetteer lists it, and keeps the gazetteer’s', () => {
    const r = geoparse('Air strikes hit Abu Kamal and Khan Shaykhun, near the Iraqi border.', gazetteer);
    const kamal = placeOf(r, 'Abu Kamal');
    expect(kamal?.properties.name).toBe('Abu Kamal');
    expect(kamal?.properties.gazetteerName).not.toBe('Abu Kamal');
  });
  it('never shows diacritics the report does not use', () => {
    const r = geoparse('Clashes were reported in Dayr az Zawr province.', gazetteer);
    for (const f of r.features) expect(f.properties.name).toBe(f.properties.name.normalize('NFKD').replace(/\p{M}/gu, ''));
  });
});
