/**
 * The world gazetteer on the examples of issue 9: towns and camps of today's wars are
 * placed, divisions named with the words reports use are the divisions, and names the
 * gazetteer lacks are listed as unresolved. Sentences written for these tests.
 * Ukraine's villages and raions come from the settlement register (ukraine.tsv).
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

  it('still places a village the text puts near its other places', () => {
    const r = geoparse('Shelling hit Kurakhove and the nearby village of Kurakhivka, officials said.', gazetteer);
    expect(placeOf(r, 'Kurakhove')?.properties.country).toBe('UA');
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

describe("villages of Ukraine's settlement register (geo/gazetteer/data/ukraine.tsv)", () => {
  const ukraine = geoparse(readFileSync('tests/fixtures/ukraine-donetsk-shelling.txt', 'utf8'), gazetteer);
  /** The register's points of a name in one oblast (OCHA P-code prefix: UA14 Donetsk, UA23 Zaporizhzhia, UA44 Luhansk). */
  const register = readFileSync('geo/gazetteer/data/ukraine.tsv', 'utf8').split('\n').map((l) => l.split('\t'));
  const registered = (name: string, oblast: string) => register.filter((r) => r[2] === name && r[0]!.startsWith(oblast)).map((r) => [Number(r[4]), Number(r[3])]);
  const cases: [text: string, oblast: string, names: string[]][] = [
    ['Overnight shelling in the Donetsk region hit homes in Hirnyk and Kurakhove; a shop burned in Kleban-Byk, the regional governor said.', 'UA14', ['Hirnyk', 'Kurakhove', 'Kleban-Byk']],
    ['Russian troops tried to advance near Trudove in the Zaporizhzhia region, and a drone struck a warehouse in Tokmak, officials said.', 'UA23', ['Tokmak', 'Trudove']],
    ['A missile fell on Krasnorichenske, in the part of Luhansk region that Ukraine still holds, the army said.', 'UA44', ['Krasnorichenske']],
  ];
  it.each(cases)('%s', (text, oblast, names) => {
    const r = geoparse(text, gazetteer);
    for (const name of names) {
      const points = registered(name, oblast);
      expect(points.length, name).toBeGreaterThan(0);
      const at = point(placeOf(r, name));
      expect(Math.min(...points.map((p) => km(at, p))), name).toBeLessThan(25);
    }
  });

  it('places the register villages of the fixture, Kleban-Byk and Krasnorichenske among them, and leaves nothing unresolved', () => {
    expect(ukraine.unresolved).toEqual([]);
    for (const name of ['Hirnyk', 'Kleban-Byk', 'Krasnorichenske']) expect(placeOf(ukraine, name)?.id, name).toMatch(/^ocha:UA\d{10}$/);
  });

  it('keeps the city where a register village shares its name: Kostiantynivka', () => {
    expect(placeOf(ukraine, 'Kostiantynivka')?.id).toMatch(/^geonames:/);
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
  const secondLevel: [sentence: string, mention: string, id: string][] = [
    ['Shelling intensified in the Pokrovskyi district, the regional administration said.', 'Pokrovskyi', 'ocha:UA1416'],
    ['Evacuations continued from the Bakhmutskyi raion on Thursday.', 'Bakhmutskyi', 'ocha:UA1402'],
    ['Drones hit power lines in the Kurakhivska hromada, officials said.', 'Kurakhivska', 'ocha:UA1416011'],
    // Named for its main town, the kind of place after the name says which is meant.
    ['Shelling intensified in the Pokrovsk district, the regional administration said.', 'Pokrovsk', 'ocha:UA1416'],
    ['Evacuations continued from the Bakhmut raion on Thursday.', 'Bakhmut', 'ocha:UA1402'],
  ];
  it.each(secondLevel)('%s → the raion or hromada', (sentence, mention, id) => {
    const f = placeOf(geoparse(sentence, gazetteer), mention);
    expect(f?.id).toBe(id);
    expect(f?.properties.placeType).toBe('district');
  });
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
