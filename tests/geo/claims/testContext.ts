/**
 * A hand-made actor context for the claim readers' unit tests: a few countries with
 * their names and adjectives (no geometry needed), as the gazetteer would answer.
 */
import type { ActorContext } from '@/geo/claims/actors';

const COUNTRIES: Record<string, { name: string; demonym: string }> = {
  UA: { name: 'Ukraine', demonym: 'Ukrainian' },
  RU: { name: 'Russia', demonym: 'Russian' },
  SD: { name: 'Sudan', demonym: 'Sudanese' },
  IL: { name: 'Israel', demonym: 'Israeli' },
  SY: { name: 'Syria', demonym: 'Syrian' },
};

export const CONTEXT: ActorContext = {
  country(word) {
    const hit = Object.entries(COUNTRIES).find(([, c]) => c.demonym === word || c.name === word);
    return hit ? { code: hit[0], name: hit[1].name } : undefined;
  },
  countryName: (code) => COUNTRIES[code]?.name,
};
