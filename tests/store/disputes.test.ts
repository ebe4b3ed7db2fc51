import { describe, expect, it } from 'vitest';
import { findDisputes, type DisputeInput } from '@/store/disputes';

const base: DisputeInput = { place: 1, day: 100, report: 'r1', source: null, stance: 'asserts', actor1: null, subEventType: null };

describe('findDisputes', () => {
  it('flags an assertion and a denial about the same place and day from two reports', () => {
    expect(findDisputes([base, { ...base, report: 'r2', stance: 'denies' }])).toEqual([true, true]);
  });

  it('flags two sources of one report that disagree', () => {
    expect(findDisputes([{ ...base, source: 'SOHR' }, { ...base, source: 'SANA', stance: 'denies' }])).toEqual([true, true]);
  });

  it('flags different actors said to take the same place', () => {
    const took = { ...base, subEventType: 'Non-state actor overtakes territory' };
    const claims = [
      { ...took, actor1: 'Hayat Tahrir al-Sham' },
      { ...took, report: 'r2', actor1: 'Military Forces of Syria', subEventType: 'Government regains territory' },
      { ...took, report: 'r3', actor1: 'Hayat Tahrir al-Sham' },
    ];
    expect(findDisputes(claims)).toEqual([true, true, true]);
  });

  it('does not flag agreement, other days, other places, or undated claims', () => {
    expect(findDisputes([base, { ...base, report: 'r2' }])).toEqual([false, false]);
    expect(findDisputes([base, { ...base, report: 'r2', stance: 'denies', day: 101 }])).toEqual([false, false]);
    expect(findDisputes([base, { ...base, report: 'r2', stance: 'denies', place: 2 }])).toEqual([false, false]);
    expect(findDisputes([{ ...base, day: null }, { ...base, day: null, report: 'r2', stance: 'denies' }])).toEqual([false, false]);
    // the same voice in the same report
    expect(findDisputes([base, { ...base, stance: 'denies' }])).toEqual([false, false]);
  });
});
