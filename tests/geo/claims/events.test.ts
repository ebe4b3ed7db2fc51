import { describe, expect, it } from 'vitest';
import { findActors } from '@/geo/claims/actors';
import { eventAt, eventFields, eventsOf } from '@/geo/claims/events';
import { findOrganisations } from '@/geo/match/findOrganisations';
import { tokenize } from '@/geo/match/tokens';
import { CONTEXT } from './testContext';

/** The event the sentence reports at the word `at` (the first word when not given), for a place in `focus`. */
function event(text: string, at?: string, focus: string | null = null) {
  const sentence = { start: 0, end: text.length, text };
  const actors = findActors(text, sentence, findOrganisations(text, tokenize(text)).mentions, focus, CONTEXT);
  const frames = eventsOf(sentence, actors);
  const frame = eventAt(frames, at ? text.indexOf(at) : 0);
  return { ...eventFields(frame, focus), stance: frame?.stance ?? 'asserts' };
}

describe('eventsOf: ACLED event and sub-event types', () => {
  const cases: [string, string, string | null][] = [
    ['militants have recaptured the town of Hazzeh', 'Battles', 'Government regains territory'],
    ['the RSF captured the town of Bara', 'Battles', 'Non-state actor overtakes territory'],
    ['Russian airstrikes hit the market', 'Explosions/Remote violence', 'Air/drone strike'],
    ['Near Raqqa, four strikes destroyed a headquarters', 'Explosions/Remote violence', 'Air/drone strike'],
    ['Mortar shells fell on the old city', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
    ['a roadside bomb exploded near the convoy', 'Explosions/Remote violence', 'Remote explosive/landmine/IED'],
    ['a suicide bomber blew himself up at the checkpoint', 'Explosions/Remote violence', 'Suicide bomb'],
    ['violent clashes are between the two groups', 'Battles', 'Armed clash'],
    ['more than 30 fighters were killed', 'Battles', 'Armed clash'],
    ['gunmen killed five villagers', 'Violence against civilians', 'Attack'],
    ['dozens of women were abducted', 'Violence against civilians', 'Abduction/forced disappearance'],
    ['a ceasefire was agreed for the district', 'Strategic developments', 'Agreement'],
    ['police arrested twelve activists', 'Strategic developments', 'Arrests'],
    ['hundreds of protesters gathered', 'Protests', 'Peaceful protest'],
    ['air defences shot down 20 drones', 'Strategic developments', 'Disrupted weapons use'],
    ['the troops withdrew from the village', 'Strategic developments', 'Non-violent transfer of territory'],
    ['the city is home to many people', 'Other', null],
  ];
  for (const [text, type, sub] of cases) {
    it(`${type} / ${sub}: ${text}`, () => expect([event(text).eventType, event(text).subEventType]).toEqual([type, sub]));
  }
});

describe('eventsOf: who acted, who was hit', () => {
  it('takes the striker, not the village\'s controller', () => {
    const e = event('A Ukrainian strike on a Russian-controlled village in the Luhansk region killed three people', 'Luhansk', 'UA');
    expect([e.actor1, e.actor2, e.eventType]).toEqual(['Military Forces of Ukraine', 'Civilians (Ukraine)', 'Explosions/Remote violence']);
  });
  it('reads the agent of "an attack by X" and "fell to X"', () => {
    expect(event('At least 13 civilians were killed in an attack by the RSF on a camp', 'camp', 'SD')).toMatchObject({ actor1: 'Rapid Support Forces', actor2: 'Civilians (Sudan)', eventType: 'Violence against civilians' });
    expect(event('The town fell to the RSF on Sunday', 'town', 'SD')).toMatchObject({ actor1: 'Rapid Support Forces', subEventType: 'Non-state actor overtakes territory' });
  });
  it('reads who fights whom', () => {
    expect(event('Clashes between the SAF and the RSF continued', 'Clashes')).toMatchObject({ actor1: 'Military Forces of Sudan', actor2: 'Rapid Support Forces' });
  });
  it("credits a government's recapture to its forces and reads an intent as no event", () => {
    const text = "Following the army's recapture of the capital Khartoum last month, the RSF has intensified efforts to seize El-Fasher";
    expect(event(text, 'Khartoum', 'SD')).toMatchObject({ eventType: 'Battles', subEventType: 'Government regains territory', actor1: 'Military Forces of Sudan' });
    expect(event(text, 'El-Fasher', 'SD')).toMatchObject({ eventType: 'Other', subEventType: null });
  });
  it("reads a state's forces taking a place abroad as a clash, not a government regaining it", () => {
    expect(event('Russian forces have captured the village near Pokrovsk', 'village', 'UA')).toMatchObject({ eventType: 'Battles', subEventType: 'Armed clash', actor1: 'Military Forces of Russia' });
    expect(event('Ukrainian forces recaptured the village near Kupiansk', 'village', 'UA')).toMatchObject({ subEventType: 'Government regains territory', actor1: 'Military Forces of Ukraine' });
  });
  it('reads storming a base as fighting, not as taking it', () => {
    expect(event('Al-Shabaab militants stormed a military base, killing 12 soldiers')).toMatchObject({ eventType: 'Battles', subEventType: 'Armed clash', actor1: 'al-Shabaab' });
  });
  it('reads threats, plans and history as no event', () => {
    expect(event('The militia threatened to storm the town').eventType).toBe('Other');
    expect(event('The army plans to retake the city').eventType).toBe('Other');
    expect(event('The rebels have held the town since 2014 after capturing it').eventType).toBe('Other');
  });
  it('keeps a denied event with stance "denies"', () => {
    expect(event('The Joint Force denied any RSF gains in the area', 'area')).toMatchObject({ stance: 'denies', eventType: 'Battles', actor1: 'Rapid Support Forces' });
  });
});
