import { describe, expect, it } from 'vitest';
import { joinedBefore, wholeWords } from '@/geo/claims/wholeWords';

const PHRASES = 'the army|army|forces|government forces|strikes?';
const END = '(?![\\p{L}-])';
/** What the engine's regexes found before: the same phrases behind a Unicode look-behind. */
const withLookBehind = new RegExp(`(?<![\\p{L}-])(?:${PHRASES})${END}`, 'giu');
const texts = [
  'The army and government forces clashed; pro-government forces withdrew.',
  'Counterstrikes, strikes and “strikes” — air-strikes too.',
  'Éarmy, 𝐀army, 5army, _army and army’s forces.',
  'forces',
  'no match here',
  'THE ARMY FORCES-ARMY',
];

describe('wholeWords', () => {
  it('finds exactly what the look-behind regex finds, at the same offsets', () => {
    const words = wholeWords(PHRASES, END, 'iu');
    for (const text of texts) {
      const expected = [...text.matchAll(withLookBehind)].map((m) => [m.index, m[0]]);
      expect(words.all(text).map((m) => [m.index, m[0]])).toEqual(expected);
      expect(words.test(text)).toBe(expected.length > 0);
    }
  });
  it('goes on past a match joined to the word before', () => {
    expect(wholeWords(PHRASES, END, 'iu').exec('pro-government forces')?.[0]).toBe('forces');
  });
  it('reads letters before as the look-behind does: hyphens, accents and letters beyond the BMP join, digits do not', () => {
    expect(joinedBefore('-a', 1)).toBe(true);
    expect(joinedBefore('éa', 1)).toBe(true);
    expect(joinedBefore('𝐀a', 2)).toBe(true);
    expect(joinedBefore('5a', 1)).toBe(false);
    expect(joinedBefore('a', 0)).toBe(false);
    expect(joinedBefore('“a', 1)).toBe(false);
  });
});
