import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '@/geo/gazetteer/gazetteer';
import { foldedKey } from '@/geo/gazetteer/normalize';
import { findKey, loadPacked, packGazetteer, parsePlaceLine, placeLine, withoutDiacritics } from '@/geo/gazetteer/packed';
import { SMALL } from '../smallGazetteer';

const WORDS = ['paris'];
const whole = buildGazetteer(SMALL, WORDS);
const packed = loadPacked(packGazetteer(SMALL, WORDS));
const entries = (g: typeof whole, name: string) => g.lookup(foldedKey(name)).map((e) => [e.feature.id, e.exact, e.weight]);

describe('packGazetteer and loadPacked', () => {
  it('answer every lookup as buildGazetteer does: same places, spellings and weights, in the same order', () => {
    const names = SMALL.features.flatMap((f) => [f.properties.name, ...f.properties.alternateNames]);
    for (const name of [...names, 'Atlantis', 'Deraa Province']) expect(entries(packed, name), name).toEqual(entries(whole, name));
  });
  it('keep ids, demonyms, English words, size and the longest name', () => {
    expect(packed.byId('c:qaboun')?.properties.name).toBe('Qaboun');
    expect(packed.byId('nowhere')).toBeUndefined();
    expect(packed.demonym('syrian')).toBe('country:SY');
    expect(packed.isEnglishWord('paris')).toBe(true);
    expect(packed.size).toBe(whole.size);
    expect(packed.maxWords).toBe(whole.maxWords);
  });
  it('shows names without diacritics and keeps the gazetteer spelling', () => {
    const daraa = packed.byId('g:daraa');
    expect(daraa?.properties.name).toBe("Dar'a");
    expect(daraa?.properties.gazetteerName).toBe('Dar‘ā');
    expect(packed.byId('g:damascus')?.properties.gazetteerName).toBeUndefined();
  });
  it('gives back points and polygons exactly', () => {
    for (const f of SMALL.features) {
      const back = parsePlaceLine(placeLine({ ...f, id: String(f.id) }));
      expect(back.geometry).toEqual(f.geometry);
      expect(back.properties.population).toBe(f.properties.population);
      expect(back.properties.parent).toBe(f.properties.parent);
    }
  });
  it('refuses data that is not a packed gazetteer', () => {
    expect(() => loadPacked({ meta: { format: 'other' } } as never)).toThrow(/not a packed claimmap gazetteer/);
    const bad = packGazetteer(SMALL, []);
    expect(() => loadPacked({ ...bad, postings: '' })).toThrow(/keys but/);
  });
});

describe('withoutDiacritics', () => {
  it('strips accents and marks, keeps an ayn inside a word as an apostrophe', () => {
    expect(withoutDiacritics('Ālbū Kamāl')).toBe('Albu Kamal');
    expect(withoutDiacritics('Ma‘arrat an Nu‘mān')).toBe("Ma'arrat an Nu'man");
    expect(withoutDiacritics('‘Uqayribāt')).toBe('Uqayribat');
    expect(withoutDiacritics('Kraków')).toBe('Krakow');
  });
});

describe('findKey', () => {
  it('finds a key in a sorted list by binary search, or -1', () => {
    const keys = ['a', 'ab', 'b', 'ba', 'c'];
    keys.forEach((k, i) => expect(findKey(keys, k)).toBe(i));
    expect(findKey(keys, 'bb')).toBe(-1);
    expect(findKey([], 'a')).toBe(-1);
  });
});
