import { describe, expect, it } from 'vitest';
import { findOrganisations } from '@/geo/match/findOrganisations';
import { tokenize } from '@/geo/match/tokens';

const orgs = (text: string) => findOrganisations(text, tokenize(text)).mentions.map((m) => [m.text, m.organisation?.name ?? null]);

describe('findOrganisations', () => {
  it('finds lexicon names under any alias and transliteration', () => {
    expect(orgs('Hayat Tahrir al-Sham and Jaish al-Islam fought ISIS.')).toEqual([
      ['Hayat Tahrir al-Sham', 'Hayat Tahrir al-Sham'],
      ['Jaish al-Islam', 'Jaysh al-Islam'],
      ['ISIS', 'Islamic State'],
    ]);
  });
  it('matches acronyms only in capitals', () => {
    expect(orgs('This is what IS wants')).toEqual([['IS', 'Islamic State']]);
  });
  it('finds lower-case force names', () => {
    expect(orgs('the Syrian army and Russian troops advanced')).toEqual([
      ['Syrian army', 'Syrian Arab Army'],
      ['Russian troops', 'Russian Armed Forces'],
    ]);
  });
  it("leaves generic forces to the claims reader: \"government forces\" are no one country's", () => {
    expect(orgs('the government forces advanced')).toEqual([]);
  });
  it("knows today's wars: Sudan's, the Sahel's, Congo's and Ukraine's armed groups", () => {
    expect(orgs('The RSF, the SAF, the Joint Force, JNIM, M23 and the Africa Corps').map(([, name]) => name)).toEqual([
      'Rapid Support Forces',
      'Sudanese Armed Forces',
      'Joint Force of Armed Struggle Movements',
      "Jama'at Nusrat al-Islam wal-Muslimin",
      'March 23 Movement',
      'Africa Corps',
    ]);
  });
  it('finds unknown organisations by their shape', () => {
    expect(orgs('said the Idlib Media Center on Monday')).toEqual([['Idlib Media Center', null]]);
    expect(orgs('students of the University of Aleppo')).toEqual([['University of Aleppo', null]]);
  });
  it('prefers the lexicon name inside a longer capitalised run', () => {
    expect(orgs('The Syrian Army advanced')).toEqual([['Syrian Army', 'Syrian Arab Army']]);
  });
  it('does not take a title for an organisation', () => {
    expect(orgs('the Mayor of Aleppo and the Governor of Idlib said')).toEqual([]);
  });
  it('leaves plain place names alone', () => {
    expect(orgs('Fighting in Eastern Ghouta near Damascus.')).toEqual([]);
  });
});
