import { describe, expect, it } from 'vitest';
import { actorContext, extractClaims, segmentsOf, splitSentences } from '@/geo/claims/extractClaims';
import { buildGazetteer } from '@/geo/gazetteer/gazetteer';
import { geoparse } from '@/geo/geoparse';
import type { Claim, GazetteerFeature, Resolution } from '@/geo/types';
import { loadGazetteer } from '@/scripts/geoparse';
import { place, SMALL } from '../smallGazetteer';

const TEXT = 'On May 14, the army captured Hazzeh. Clashes hit Douma and Hazzeh, SANA said.\nDouma was calm.';
const newline = TEXT.indexOf('\n');
const body = [
  { start: 0, end: newline, text: TEXT.slice(0, newline) },
  { start: newline + 1, end: TEXT.length, text: TEXT.slice(newline + 1) },
];
const hazzeh = place('c:hazzeh', 'Hazzeh', [], 'town', 'SY', [36.39, 33.52]);
const douma = place('g:douma', 'Douma', [], 'city', 'SY', [36.4, 33.57]);

function resolution(word: string, nth: number, feature: GazetteerFeature): Resolution {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(word, start + 1);
  return { mention: { start, end: start + word.length, text: word }, place: feature, score: 1, runnerUp: null };
}

describe('splitSentences', () => {
  it('splits body spans into trimmed sentences with input offsets', () => {
    const sentences = splitSentences(TEXT, body);
    expect(sentences.map((s) => s.text)).toEqual(['On May 14, the army captured Hazzeh.', 'Clashes hit Douma and Hazzeh, SANA said.', 'Douma was calm.']);
    for (const s of sentences) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
  });
  it('goes on after "U.S." when a name follows, and ends there when a new sentence opens', () => {
    const text = 'On Saturday, the U.S. State Department condemned the killings in Idlib. Aid went to the U.N. The next day, shelling resumed. Talks stalled in the U.S. Officials said nothing.';
    const sentences = splitSentences(text, [{ start: 0, end: text.length, text }]);
    expect(sentences.map((s) => s.text)).toEqual([
      'On Saturday, the U.S. State Department condemned the killings in Idlib.',
      'Aid went to the U.N.',
      'The next day, shelling resumed.',
      'Talks stalled in the U.S.',
      'Officials said nothing.',
    ]);
  });
  it('gives the segmenter a long paragraph in pieces that split it exactly as the whole', () => {
    // Breaks the cuts must not move: after titles and initials, abbreviations before
    // digits and lower case, quotes and brackets closing a sentence, "?" and "!".
    const kinds = [
      'Mr. Smith met Gen. Ali in Aleppo.',
      'The U.S. State Department said strikes hit Idlib, etc. 12 were killed.',
      'Shelling resumed at 5 p.m. in the east.',
      '“We are leaving,” he said. “Now!”',
      'Was it the army? Nobody knows (the monitor said so.) Fighting went on.',
      'Drones struck e.g. the port.   Then the bridge.',
    ];
    const paragraph = Array.from({ length: 1_200 }, (_, i) => kinds[i % kinds.length]).join(' ');
    const whole = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(paragraph)].map((s) => ({ segment: s.segment, index: s.index }));
    expect(paragraph.length).toBeGreaterThan(20 * 2_000);
    expect([...segmentsOf(paragraph)]).toEqual(whole);
  });
});

describe('extractClaims', () => {
  const resolutions = [resolution('Hazzeh', 0, hazzeh), resolution('Douma', 0, douma), resolution('Hazzeh', 1, hazzeh), resolution('Douma', 1, douma)];
  const claims = extractClaims(TEXT, TEXT, body, resolutions, [{ start: TEXT.indexOf('SANA'), end: TEXT.indexOf('SANA') + 4, text: 'SANA', organisation: null }], '2017-05-17', buildGazetteer(SMALL));

  it('gives each place the sentences that name it, once each, verbatim', () => {
    expect(claims.get('c:hazzeh')?.map((c) => c.text)).toEqual(['On May 14, the army captured Hazzeh.', 'Clashes hit Douma and Hazzeh, SANA said.']);
    expect(claims.get('g:douma')?.map((c) => c.text)).toEqual(['Clashes hit Douma and Hazzeh, SANA said.', 'Douma was calm.']);
    for (const list of claims.values()) for (const c of list) expect(TEXT.slice(c.start, c.end)).toBe(c.text);
  });
  it('reads date, event and attribution per sentence', () => {
    expect(claims.get('c:hazzeh')?.map((c) => [c.date, c.eventType, c.attribution, c.source?.text ?? null, c.cue])).toEqual([
      ['2017-05-14', 'Battles', null, null, null],
      [null, 'Battles', 'SANA', 'SANA', 'said'],
    ]);
    expect(claims.get('c:hazzeh')?.[0]).toMatchObject({ actor1: 'Military Forces of Syria', subEventType: 'Government regains territory' });
  });
  it('words that name the source lie in the sentence, as the input has them', () => {
    for (const list of claims.values()) for (const c of list) if (c.source) expect(TEXT.slice(c.source.start, c.source.end)).toBe(c.source.text);
  });
});

// A short war report written for this test, in the manner of today's agency copy.
const REPORT = `Overnight strikes across the east

A child was killed and four people were wounded in shelling of a residential area in Donetsk, the Russian-appointed head of the region, Ivan Petrenko, said on Wednesday.

The governor of the region, Petro Marchenko, wrote on Telegram that a market had been hit. According to him, two men were killed in Kramatorsk.

A Ukrainian strike on a Russian-controlled village in the Luhansk region killed three people, officials said.

At least 13 civilians were killed in an attack by the Rapid Support Forces on a displacement camp near El Fasher, volunteer groups reported.

The Darfur Medical Network said in a statement that the RSF had shelled a hospital in El Fasher.

Following the army's recapture of the capital Khartoum last month, the RSF has intensified efforts to seize El Fasher.

More than 400 people were killed in Nyala between 12 and 14 May, according to the United Nations.
`;

describe('extractClaims on a war report (bundled gazetteer)', { timeout: 30_000 }, () => {
  const result = geoparse(REPORT, loadGazetteer(), { date: '2025-09-10' });
  const claimsOf = (name: string): Claim[] => result.features.find((f) => f.properties.name === name)?.properties.claims ?? [];
  const claimAt = (name: string, words: string) => claimsOf(name).find((c) => c.text.includes(words));

  it('credits the person named in apposition', () => {
    expect(claimAt('Donetsk', 'A child was killed')).toMatchObject({ attribution: 'Ivan Petrenko', cue: 'said', fatalities: 1, date: '2025-09-10' });
  });
  it('resolves "him" to the governor named in the sentence before', () => {
    expect(claimAt('Kramatorsk', 'According to him')).toMatchObject({ attribution: 'Petro Marchenko', cue: 'According to', source: { text: 'him' }, fatalities: 2 });
  });
  it("takes the striker for actor1, not the village's controller", () => {
    expect(claimAt('Luhansk', 'Ukrainian strike')).toMatchObject({ actor1: 'Military Forces of Ukraine', actor2: 'Civilians (Ukraine)', eventType: 'Explosions/Remote violence', fatalities: 3, attribution: 'officials' });
  });
  it('reads generic sources, a statement and "according to"', () => {
    expect(claimAt('El Fasher', 'volunteer groups')).toMatchObject({ attribution: 'volunteer groups', cue: 'reported', actor1: 'Rapid Support Forces', actor2: 'Civilians (Sudan)', eventType: 'Violence against civilians', fatalities: 13 });
    expect(claimAt('El Fasher', 'in a statement')).toMatchObject({ attribution: 'Darfur Medical Network', cue: 'said', actor1: 'Rapid Support Forces' });
    expect(claimAt('Nyala', 'United Nations')).toMatchObject({ attribution: 'United Nations', cue: 'according to', fatalities: 400, date: '2025-05-12', dateRange: { start: '2025-05-12', end: '2025-05-14' } });
  });
  it("reads no capture in El Fasher, and Khartoum's recapture by the Sudanese army", () => {
    expect(claimAt('El Fasher', 'efforts to seize')).toMatchObject({ eventType: 'Other', subEventType: null });
    expect(claimAt('Khartoum', 'recapture')).toMatchObject({ eventType: 'Battles', subEventType: 'Government regains territory', actor1: 'Military Forces of Sudan' });
  });
});

describe('claims of a public body', () => {
  const gaz = buildGazetteer(SMALL);
  const claimsAt = (text: string) =>
    Object.fromEntries(geoparse(text, gaz, { date: '2024-05-02' }).features.map((f) => [f.properties.name, f.properties.claims.map((c) => c.text)]));
  it('go to the place where things happened, not to the seat the body is named for', () => {
    const text = 'The Homs Police Department said shelling hit Douma on Monday.';
    expect(claimsAt(text)).toEqual({ Homs: [], Douma: [text] });
  });
  it('go to the seat when the sentence names no other place', () => {
    const text = 'The Homs Provincial Council said two people were killed on Monday.';
    expect(claimsAt(text)).toEqual({ Homs: [text] });
  });
});

describe('actorContext', () => {
  it("names a country from Intl's region names when the gazetteer has no feature for it", () => {
    // The browser holds only the shards a text needed: often no country features at all.
    const names = actorContext(buildGazetteer({ type: 'FeatureCollection', features: [hazzeh] }));
    expect(names.countryName('SY')).toBe('Syria');
    expect(names.countryName('UA')).toBe('Ukraine');
  });
});
