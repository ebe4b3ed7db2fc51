import { describe, expect, it } from 'vitest';
import { findActors } from '@/geo/claims/actors';
import { findOrganisations } from '@/geo/match/findOrganisations';
import { tokenize } from '@/geo/match/tokens';
import { CONTEXT } from './testContext';

function actors(text: string, focus: string | null = null) {
  const orgs = findOrganisations(text, tokenize(text)).mentions;
  return findActors(text, { start: 0, end: text.length, text }, orgs, focus, CONTEXT).map((a) => a.actor);
}

describe('findActors', () => {
  it('names state forces by country from any country adjective or name', () => {
    expect(actors('A Ukrainian strike on a Russian-controlled village killed three.')).toEqual(['Military Forces of Ukraine']);
    expect(actors('Russian shelling and an Israeli airstrike')).toEqual(['Military Forces of Russia', 'Military Forces of Israel']);
    expect(actors('the Sudanese army advanced')).toEqual(['Military Forces of Sudan']);
    expect(actors("Israel's military said")).toEqual(['Military Forces of Israel']);
  });
  it("takes a country's name as its forces when it attacks", () => {
    expect(actors('Russia launched 80 drones and four missiles overnight')).toEqual(['Military Forces of Russia']);
    expect(actors('Russia is a large country')).toEqual([]);
  });
  it('names no actor for a place that a force controls, installs or appoints', () => {
    expect(actors('the Russian-controlled village and the Russian-appointed governor')).toEqual([]);
  });
  it('takes state forces of the lexicon by their country, armed groups by their name', () => {
    expect(actors('The SAF and the RSF fought; the Joint Force and Hamas too.')).toEqual([
      'Military Forces of Sudan',
      'Rapid Support Forces',
      'Joint Force of Armed Struggle Movements',
      'Hamas',
    ]);
  });
  it('gives "the army" the country the sentence is about, and none without one', () => {
    expect(actors("Following the army's recapture of the capital", 'SD')).toEqual(['Military Forces of Sudan']);
    expect(actors("Following the army's recapture of the capital", null)).toEqual([]);
  });
  it('names civilians only where the text says they were hit', () => {
    expect(actors('At least 13 civilians were killed', 'SD')).toEqual(['Civilians (Sudan)']);
    expect(actors('Civilians queued for bread', 'SD')).toEqual([]);
  });
});
