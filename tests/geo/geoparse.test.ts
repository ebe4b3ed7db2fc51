/**
 * The whole engine on the bundled gazetteer: the output contract, the reviewed golden
 * file of the first report (regenerate with REGEN=1 and review the diff), where its
 * places land, and the errors bad input gets.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import type { Feature, Polygon, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkContract } from '@/geo/contract/checkContract';
import { geoparse, GeoparseError } from '@/geo/geoparse';
import type { ParseResult, PlaceFeature } from '@/geo/types';
import { loadGazetteer } from '@/scripts/geoparse';

const ARTICLE = 'content/articles/globalresearch-2017-05-17-al-qaeda-confrontation.txt';
const GOLDEN = 'tests/fixtures/globalresearch-2017-05-17-al-qaeda-confrontation.geojson';

const gazetteer = loadGazetteer();
const input = readFileSync(ARTICLE, 'utf8');
const result = geoparse(input, gazetteer);

function byMention(r: ParseResult, text: string): PlaceFeature | undefined {
  return r.features.find((f) => f.properties.mentions.some((m) => m.text === text));
}

/** km from a true position to the feature (0 inside an area). */
function errorKm(f: PlaceFeature, [lon, lat]: [number, number]): number {
  if (f.geometry.type === 'Point') return distance(f.geometry.coordinates, [lon, lat], { units: 'kilometers' });
  return booleanPointInPolygon([lon, lat], f as Feature<Polygon | MultiPolygon>) ? 0 : Infinity;
}

describe('geoparse on the first report', () => {
  it('matches the reviewed golden file', () => {
    const json = `${JSON.stringify(result, null, 2)}\n`;
    if (process.env.REGEN === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, json);
    expect(json).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('keeps the output contract (schema and invariants)', () => {
    expect(checkContract(input, JSON.parse(readFileSync(GOLDEN, 'utf8')))).toEqual([]);
    expect(checkContract(input, result)).toEqual([]);
  });

  it('reads the header', () => {
    expect(result.article).toEqual({
      title: 'Confrontation Between Al Qaeda Militants Plays into The Hands of Syrian Army',
      author: 'Anna Jaunger',
      publisher: 'Global Research',
      published: '2017-05-17',
    });
  });

  // True positions from GeoNames and the encyclopedia pages of each place (lon, lat).
  const TRUTH: [mention: string, position: [number, number], km: number][] = [
    ['al-Jarrah', [37.9403, 36.0975], 5], // Jirah airbase, eastern Aleppo governorate
    ['Aleppo', [37.1343, 36.2021], 5],
    ['Eastern Ghouta', [36.4027, 33.5717], 0], // contains Douma
    ['Damascus', [36.2919, 33.5131], 5],
    ['Al-Qaboun', [36.3378, 33.5461], 3],
    ['Hazzeh', [36.36494, 33.52034], 3], // Airwars incident RS2341 geolocation, outskirts of Zamalka
    ['Yarmouk', [36.3031, 33.4742], 3], // the camp, not the river
    ['Deraa', [36.1021, 32.6189], 5],
    ['Jordan', [35.93, 31.95], 0], // contains Amman
  ];
  for (const [mention, position, km] of TRUTH) {
    it(`puts ${mention} where it is`, () => {
      const f = byMention(result, mention);
      expect(f, `${mention} was not resolved`).toBeDefined();
      expect(errorKm(f as PlaceFeature, position)).toBeLessThanOrEqual(km);
    });
  }

  it('takes the Yarmouk camp as a camp and Deraa after "province of" as the governorate', () => {
    expect(byMention(result, 'Yarmouk')?.properties.placeType).toBe('camp');
    expect(byMention(result, 'Deraa')?.properties.placeType).toBe('governorate');
  });

  it('yields nothing from organisation names, people, metadata or boilerplate', () => {
    const body = { from: input.indexOf('The Syrian Army continues'), to: input.indexOf('Anna Jaunger is a freelance') };
    for (const f of result.features) {
      for (const m of f.properties.mentions) {
        expect(m.start).toBeGreaterThanOrEqual(body.from);
        expect(m.end).toBeLessThanOrEqual(body.to);
        expect(['Sham', 'al-Sham', 'Syria', 'Syrian', 'Bashar', 'Assad', 'SYRIA']).not.toContain(m.text);
      }
    }
  });

  it('quotes claims verbatim with the attribution and date the text gives', () => {
    const hazzeh = byMention(result, 'Hazzeh');
    const claim = hazzeh?.properties.claims.find((c) => c.text.includes('recaptured the town of Hazzeh'));
    expect(claim).toMatchObject({ attribution: 'al-Masdar', eventType: 'Battles', date: null });
    expect(claim?.actors).toEqual(['Hayat Tahrir al-Sham', 'Jaysh al-Islam']);
    const jarrah = byMention(result, 'al-Jarrah')?.properties.claims[0];
    expect(jarrah).toMatchObject({ date: '2017-05-14', eventType: 'Battles', attribution: null });
    const jordan = byMention(result, 'Jordan')?.properties.claims[0];
    expect(jordan?.attribution).toBe('Inside Syria Media Center');
    for (const f of result.features) for (const c of f.properties.claims) expect(input.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('geoparse input checks', () => {
  const refuses = (text: string, options: object, message: RegExp) => {
    expect(() => geoparse(text, gazetteer, options)).toThrow(GeoparseError);
    expect(() => geoparse(text, gazetteer, options)).toThrow(message);
  };
  it('refuses empty, blank, binary and oversized text with a clear message', () => {
    refuses('', {}, /empty/);
    refuses(' \n\t ', {}, /empty/);
    refuses('abc\u0000def', {}, /binary/);
    refuses('x'.repeat(101), { maxLength: 100 }, /101 characters; the limit is 100/);
  });
  it('refuses invalid dates and bounds', () => {
    refuses('Aleppo.', { date: '2017-02-30' }, /invalid date/);
    refuses('Aleppo.', { date: 'yesterday' }, /invalid date/);
    refuses('Aleppo.', { maxMentions: 0 }, /maxMentions/);
    refuses('In Aleppo, Homs and Hama.', { maxMentions: 2 }, /names 3 places; the limit is 2/);
  });
  it('lets --date override the article date for relative dates', () => {
    const r = geoparse('On Sunday the army shelled Aleppo from the east for hours.', gazetteer, { date: '2020-03-04' });
    expect(r.article.published).toBe('2020-03-04');
    expect(r.features[0]?.properties.claims[0]?.date).toBe('2020-03-01');
  });
});
