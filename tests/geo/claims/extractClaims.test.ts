import { describe, expect, it } from 'vitest';
import { extractClaims, splitSentences } from '@/geo/claims/extractClaims';
import type { GazetteerFeature, Resolution } from '@/geo/types';
import { place } from '../smallGazetteer';

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
});

describe('extractClaims', () => {
  const resolutions = [resolution('Hazzeh', 0, hazzeh), resolution('Douma', 0, douma), resolution('Hazzeh', 1, hazzeh), resolution('Douma', 1, douma)];
  const claims = extractClaims(TEXT, TEXT, body, resolutions, [{ start: TEXT.indexOf('SANA'), end: TEXT.indexOf('SANA') + 4, text: 'SANA', organisation: null }], '2017-05-17');

  it('gives each place the sentences that name it, once each, verbatim', () => {
    expect(claims.get('c:hazzeh')?.map((c) => c.text)).toEqual(['On May 14, the army captured Hazzeh.', 'Clashes hit Douma and Hazzeh, SANA said.']);
    expect(claims.get('g:douma')?.map((c) => c.text)).toEqual(['Clashes hit Douma and Hazzeh, SANA said.', 'Douma was calm.']);
    for (const list of claims.values()) for (const c of list) expect(TEXT.slice(c.start, c.end)).toBe(c.text);
  });
  it('reads date, event and attribution per sentence', () => {
    expect(claims.get('c:hazzeh')?.map((c) => [c.date, c.eventType, c.attribution])).toEqual([
      ['2017-05-14', 'Battles', null],
      [null, 'Battles', 'SANA'],
    ]);
  });
});
