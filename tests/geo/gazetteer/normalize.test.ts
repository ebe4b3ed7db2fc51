import { describe, expect, it } from 'vitest';
import { exactKey, foldedKey, foldToken, memoized } from '@/geo/gazetteer/normalize';

describe('exactKey', () => {
  it('drops case, diacritics, apostrophes and the Arabic article', () => {
    expect(exactKey('Al-Qābūn')).toBe('qabun');
    expect(exactKey("Dar'a")).toBe('dara');
    expect(exactKey('Dar‘ā')).toBe('dara');
    expect(exactKey('Deir ez-Zor')).toBe('deir zor');
    expect(exactKey('as-Suwayda')).toBe('suwayda');
  });
  it('keeps an article that is the whole name', () => {
    expect(exactKey('Al')).toBe('al');
  });
});

describe('foldedKey', () => {
  // Pairs as the GeoNames alternate names and the press write them.
  const same: string[][] = [
    ['Deraa', 'Daraa', "Dar'a", 'Dar‘ā', 'Der‘ā'],
    ['Qaboun', 'Qabun', 'al-Qaboun', 'Al Qabun'],
    ['Hazzeh', 'Hazza', 'Hazzah', 'Hazeh'],
    ['Deir ez-Zor', 'Deir al-Zor', 'Deir el-Zour', 'Dayr az Zawr'],
    ['Khan Shaykhun', 'Khan Sheikhoun', 'Khan Sheikhun'],
    ['Ghouta', 'Guta', 'Ghuta'],
    ['Qamishli', 'Kamishli', 'Al-Qamishli'],
    ['Homs', 'Hims', 'Hums'],
    ['Hama', 'Hamah'],
    ['Yarmouk', 'Yarmuk'],
  ];
  for (const group of same) {
    it(`folds ${group.join(' / ')} to one key`, () => {
      const keys = new Set(group.map(foldedKey));
      expect(keys.size).toBe(1);
    });
  }
  it('keeps different names apart', () => {
    const names = ['Damascus', 'Douma', 'Aleppo', 'Idlib', 'Homs', 'Hama', 'Raqqa', 'Daraa', 'Deir ez-Zor'];
    expect(new Set(names.map(foldedKey)).size).toBe(names.length);
  });
  it('folds vowel runs with a following y or w into one vowel', () => {
    expect(foldToken('dayr')).toBe(foldToken('deir'));
    expect(foldToken('zawr')).toBe(foldToken('zour'));
    expect(foldToken('yarmouk')).toBe('yarmak');
  });
});

describe('memoized', () => {
  it('computes each key once, null included, and starts afresh at its limit', () => {
    const calls: string[] = [];
    const lengthOf = memoized((key) => {
      calls.push(key);
      return key === 'none' ? null : key.length;
    }, 2);
    expect([lengthOf('ab'), lengthOf('ab'), lengthOf('none'), lengthOf('none')]).toEqual([2, 2, null, null]);
    expect(calls).toEqual(['ab', 'none']);
    lengthOf('abc'); // the third key: the cache is full, so it forgets the first two
    lengthOf('ab');
    expect(calls).toEqual(['ab', 'none', 'abc', 'ab']);
  });
});
