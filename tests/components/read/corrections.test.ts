import { describe, expect, it } from 'vitest';
import { addCorrection, correctionFor, overridesOf } from '@/components/read/corrections';

const aleppo = [
  { start: 10, end: 16, text: 'Aleppo' },
  { start: 40, end: 46, text: 'Aleppo' },
];

describe('corrections', () => {
  it('makes override keys of the mentions and names the name once', () => {
    expect(correctionFor(aleppo, { id: 'gov', name: 'Aleppo Governorate' })).toEqual({
      keys: ['10:16', '40:46'],
      names: ['Aleppo'],
      placeId: 'gov',
      placeName: 'Aleppo Governorate',
    });
  });

  it('later corrections win, and one that covers an earlier one replaces it', () => {
    const first = correctionFor(aleppo.slice(0, 1), { id: 'a', name: 'A' });
    const second = correctionFor([{ start: 60, end: 65, text: 'Idlib' }], { id: 'b', name: 'B' });
    const third = correctionFor(aleppo, { id: 'c', name: 'C' });
    const list = [first, second, third].reduce(addCorrection, []);
    expect(list).toEqual([second, third]);
    expect(overridesOf(list)).toEqual({ '60:65': 'b', '10:16': 'c', '40:46': 'c' });
    expect(overridesOf(list.filter((c) => c !== third))).toEqual({ '60:65': 'b' });
  });
});
