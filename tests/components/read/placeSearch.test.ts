import { describe, expect, it } from 'vitest';
import { buildPlaceSearch } from '@/components/read/placeSearch';
import { place, SMALL } from '../../geo/smallGazetteer';

const maarat = place('g:maarat', 'Ma‘arrat an Nu‘mān', ['Maarat al-Numan', "Ma'arat al-Nu'man"], 'town', 'SY', [36.67, 35.64], 58008);
maarat.properties.parent = 'c:idlib-gov';
const idlibGov = place('c:idlib-gov', 'Idlib Governorate', ['Idlib'], 'governorate', 'SY', [36.6, 35.9]);
const search = buildPlaceSearch({ ...SMALL, features: [...SMALL.features, maarat, idlibGov] });

describe('buildPlaceSearch', () => {
  it('finds a place by a transliteration variant, equal names first', () => {
    const [first] = search('Deraa');
    expect(first).toMatchObject({ id: 'g:daraa', name: 'Dar‘ā', matched: 'Deraa', placeType: 'city', country: 'SY' });
    expect(search('daraa').map((m) => m.id)).toContain('c:daraa-gov'); // "Daraa Governorate" starts with it
  });

  it('finds names that start with the query, bigger places first', () => {
    expect(search('Dam').map((m) => m.id)).toEqual(['g:damascus', 'g:douma']); // Douma folds to "dama"
    expect(search('Par').map((m) => m.id)).toEqual(['g:paris', 'g:paris-tx']);
  });

  it('finds a later word of a name, after whole-name matches, and names the parent', () => {
    const found = search('Numan');
    expect(found[0]).toMatchObject({ id: 'g:maarat', parent: 'Idlib Governorate' });
    expect(search('Ghouta')[0]?.id).toBe('c:eastern-ghouta');
  });

  it('puts the spelling the reader typed before a folded variant, and the report\'s countries first', () => {
    expect(search('Hazza').map((m) => m.id)).toEqual(['c:hazzeh', 'g:hazzeh-west', 'g:heze']);
    expect(search('Yarmouk').map((m) => m.id)).toEqual(['g:yarmouk-jo', 'c:yarmouk-camp']);
    expect(search('Yarmouk', { countries: ['SY'] }).map((m) => m.id)).toEqual(['c:yarmouk-camp', 'g:yarmouk-jo']);
  });

  it('lists each place once, up to the limit, and nothing for an empty query', () => {
    const ids = search('a', { limit: 50 }).map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(search('a', { limit: 3 })).toHaveLength(3);
    expect(search('  ')).toEqual([]);
    expect(search('Kafr Zeitun al-Gharbi')).toEqual([]);
  });
});
