import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '@/geo/gazetteer/gazetteer';
import { foldedKey } from '@/geo/gazetteer/normalize';
import { SMALL } from '../smallGazetteer';

const gaz = buildGazetteer(SMALL);
const ids = (name: string) => gaz.lookup(foldedKey(name)).map((e) => e.feature.id);

describe('buildGazetteer', () => {
  it('finds a place by its name and by any alternate spelling', () => {
    expect(ids('Damascus')).toEqual(['g:damascus']);
    for (const spelling of ['Deraa', 'Daraa', "Dar'a", 'Dar‘ā']) expect(ids(spelling)).toContain('g:daraa');
  });
  it('indexes a name without its type word, at a lower weight', () => {
    const entries = gaz.lookup(foldedKey('Yarmouk'));
    expect(entries.map((e) => e.feature.id).sort()).toEqual(['c:yarmouk-camp', 'g:yarmouk-jo']);
    const stem = gaz.lookup(foldedKey('Daraa')).find((e) => e.feature.id === 'c:daraa-gov');
    expect(stem?.weight).toBe(0.75);
  });
  it('keeps each exact spelling once per feature, with its best weight', () => {
    // "Dar‘ā" (the name), "Dar'a", "Daraa" and "Deraa" (alternates) share one folded key.
    const entries = gaz.lookup(foldedKey('Daraa')).filter((e) => e.feature.id === 'g:daraa');
    expect(entries.map((e) => [e.exact, e.weight]).sort()).toEqual([['dara', 1], ['daraa', 0.9], ['deraa', 0.9]]);
  });
  it('knows demonyms, ids, its size and its longest name', () => {
    expect(gaz.demonym('syrian')).toBe('country:SY');
    expect(gaz.byId('c:qaboun')?.properties.name).toBe('Qaboun');
    expect(gaz.size).toBe(SMALL.features.length);
    expect(gaz.maxWords).toBeGreaterThanOrEqual(4);
  });
  it('answers nothing for an unknown name', () => {
    expect(gaz.lookup(foldedKey('Atlantis'))).toEqual([]);
  });
  it('is immutable', () => {
    expect(Object.isFrozen(gaz)).toBe(true);
  });
});
