import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '@/geo/gazetteer/gazetteer';
import { geoparse, GeoparseError } from '@/geo/geoparse';
import { findMentions } from '@/geo/match/findMentions';
import { applyOverrides, overrideKey } from '@/geo/resolve/overrides';
import type { ParseResult } from '@/geo/types';
import { SMALL } from '../smallGazetteer';

const gaz = buildGazetteer(SMALL);
const TEXT =
  'Clashes in the province of Deraa near Damascus. Shelling hit the village of Kafr Zeitun, residents said. Talks were held in Paris.';
const at = (text: string) => {
  const start = TEXT.indexOf(text);
  return overrideKey({ start, end: start + text.length });
};
const placeOf = (r: ParseResult, mention: string) => r.features.find((f) => f.properties.mentions.some((m) => m.text === mention));

describe('applyOverrides', () => {
  it('returns what was found when there is nothing to override', () => {
    const found = findMentions(TEXT, gaz);
    expect(applyOverrides(found, {}, gaz)).toBe(found);
  });

  it('marks an overridden candidate and turns an overridden unresolved name into a candidate, in text order', () => {
    const found = findMentions(TEXT, gaz);
    const out = applyOverrides(found, { [at('Deraa')]: 'g:daraa', [at('Kafr Zeitun')]: 'g:hama' }, gaz);
    expect(out.candidates.map((c) => [c.mention.text, c.chosen?.id])).toEqual([
      ['Deraa', 'g:daraa'],
      ['Damascus', undefined],
      ['Kafr Zeitun', 'g:hama'],
      ['Paris', undefined],
    ]);
    expect(out.unresolved).toEqual([]);
    expect(found.unresolved.map((m) => m.text)).toEqual(['Kafr Zeitun']); // not mutated
  });

  it('ignores a key that names no mention, and refuses an unknown place id', () => {
    const found = findMentions(TEXT, gaz);
    expect(applyOverrides(found, { '0:3': 'g:hama' }, gaz).candidates).toEqual(found.candidates);
    expect(() => applyOverrides(found, { [at('Deraa')]: 'g:atlantis' }, gaz)).toThrow(/not in the gazetteer/);
  });
});

describe('geoparse with overrides', () => {
  const plain = geoparse(TEXT, gaz);

  it('without overrides the engine chooses, and leaves the unknown village unresolved', () => {
    expect(placeOf(plain, 'Deraa')?.id).toBe('c:daraa-gov');
    expect(placeOf(plain, 'Deraa')?.properties.runnerUp?.id).toBe('g:daraa');
    expect(plain.unresolved.map((m) => m.text)).toEqual(['Kafr Zeitun']);
  });

  it('a corrected mention takes the reader\'s place, fully sure, with the engine\'s choice as runner-up', () => {
    const r = geoparse(TEXT, gaz, { overrides: { [at('Deraa')]: 'g:daraa' } });
    const deraa = placeOf(r, 'Deraa');
    expect(deraa?.id).toBe('g:daraa');
    expect(deraa?.properties.score).toBe(1);
    expect(deraa?.properties.runnerUp?.id).toBe('c:daraa-gov');
    expect(deraa?.properties.claims.map((c) => c.text)).toEqual(['Clashes in the province of Deraa near Damascus.']);
    expect(r.features.some((f) => f.id === 'c:daraa-gov')).toBe(false);
    // Switching back to the runner-up is another override.
    expect(placeOf(geoparse(TEXT, gaz, { overrides: { [at('Deraa')]: 'c:daraa-gov' } }), 'Deraa')?.id).toBe('c:daraa-gov');
  });

  it('an unresolved name placed by the reader becomes a feature with its sentence as claim', () => {
    const r = geoparse(TEXT, gaz, { overrides: { [at('Kafr Zeitun')]: 'g:hama' } });
    const hama = r.features.find((f) => f.id === 'g:hama');
    expect(hama?.properties.mentions).toEqual([{ start: TEXT.indexOf('Kafr Zeitun'), end: TEXT.indexOf('Kafr Zeitun') + 11, text: 'Kafr Zeitun' }]);
    expect(hama?.properties.claims).toHaveLength(1);
    expect(hama?.properties.claims[0]).toMatchObject({ text: 'Shelling hit the village of Kafr Zeitun, residents said.', eventType: 'Explosions/Remote violence' });
    expect(r.unresolved).toEqual([]);
  });

  it('a name placed at a place already named joins that feature', () => {
    const r = geoparse(TEXT, gaz, { overrides: { [at('Kafr Zeitun')]: 'g:damascus' } });
    const damascus = r.features.filter((f) => f.id === 'g:damascus');
    expect(damascus).toHaveLength(1);
    expect(damascus[0]?.properties.mentions.map((m) => m.text)).toEqual(['Damascus', 'Kafr Zeitun']);
    expect(damascus[0]?.properties.claims).toHaveLength(2);
  });

  it('leaves the other mentions where they were (their scores may move: the new place is evidence too)', () => {
    const r = geoparse(TEXT, gaz, { overrides: { [at('Kafr Zeitun')]: 'g:hama' } });
    for (const name of ['Paris', 'Deraa', 'Damascus']) expect(placeOf(r, name)?.id).toBe(placeOf(plain, name)?.id);
  });

  it('refuses malformed overrides with one clear line', () => {
    expect(() => geoparse(TEXT, gaz, { overrides: { Deraa: 'g:daraa' } })).toThrow(GeoparseError);
    expect(() => geoparse(TEXT, gaz, { overrides: { '10:5': 'g:daraa' } })).toThrow(/not a mention's "start:end"/);
    expect(() => geoparse(TEXT, gaz, { overrides: { [at('Deraa')]: '' } })).toThrow(/names no place id/);
    expect(() => geoparse(TEXT, gaz, { overrides: { [at('Deraa')]: 'nowhere:1' } })).toThrow(/not in the gazetteer/);
  });
});
