import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '@/geo/gazetteer/gazetteer';
import { findMentions } from '@/geo/match/findMentions';
import { resolveMentions } from '@/geo/resolve/resolveMentions';
import { place, SMALL } from '../smallGazetteer';

const gaz = buildGazetteer(SMALL);

function resolve(text: string) {
  const found = findMentions(text, gaz);
  return resolveMentions(text, found.candidates, found.demonymCountries, { minScore: 0.5 });
}
const chosen = (text: string) => Object.fromEntries(resolve(text).resolutions.map((r) => [r.mention.text, r.place.id]));

describe('resolveMentions', () => {
  it('takes a camp for a name followed by "refugee camp"', () => {
    expect(chosen('Fighting in the Yarmouk refugee camp south of Damascus.').Yarmouk).toBe('c:yarmouk-camp');
  });
  it('takes the governorate after "the province of"', () => {
    expect(chosen('Clashes in the province of Deraa near Damascus.').Deraa).toBe('c:daraa-gov');
  });
  it('takes the governorate before "provinces" too', () => {
    expect(chosen('Families fled the Hama and Deraa provinces.').Deraa).toBe('c:daraa-gov');
  });
  it('reads an apposition for the kind of place: no governorate for "X, a village near…"', () => {
    const r = resolve('Shelling hit Deraa, a village near Damascus, on Monday.');
    expect(r.resolutions.map((x) => x.place.id)).not.toContain('c:daraa-gov');
    expect(chosen('Clashes in Yarmouk, a camp south of Damascus.').Yarmouk).toBe('c:yarmouk-camp');
  });
  it('takes the city when nothing says province', () => {
    expect(chosen('Shelling in Deraa and Damascus.').Deraa).toBe('g:daraa');
  });
  it('places a town by the anchor the text gives ("east of Damascus")', () => {
    expect(chosen('Rebels took the town of Hazzeh east of Damascus.').Hazzeh).toBe('c:hazzeh');
  });
  it('prefers the namesake in the countries the report is about', () => {
    expect(chosen('Syrian troops entered Yarmouk after battles in Damascus and Homs.').Yarmouk).toBe('c:yarmouk-camp');
  });
  it('prefers the large city when nothing else tells', () => {
    expect(chosen('Talks were held in Paris.').Paris).toBe('g:paris');
  });
  it('leaves out a folded spelling of a far namesake that the text contradicts', () => {
    const text = 'Militants took the town of Hezzeh east of Damascus.';
    const farHazza = place('g:hazza-eg', 'Hazza', [], 'town', 'EG', [31.2, 27.1], 20000);
    const gazNoHazzeh = buildGazetteer({ ...SMALL, features: [...SMALL.features.filter((f) => !String(f.id).includes('hazzeh')), farHazza] });
    const found = findMentions(text, gazNoHazzeh);
    const { resolutions, dropped } = resolveMentions(text, found.candidates, found.demonymCountries, { minScore: 0.5 });
    expect(resolutions.map((r) => r.mention.text)).toEqual(['Damascus']);
    expect(dropped.map((m) => m.text)).toEqual(['Hezzeh']);
  });
  it('gives one name one place across the report unless a qualifier sets it apart', () => {
    const text = 'Clashes in Deraa near Damascus. Later, Deraa was quiet and Deraa markets opened. The province of Deraa mourned.';
    const ids = resolve(text).resolutions.filter((r) => r.mention.text === 'Deraa').map((r) => r.place.id);
    expect(ids).toEqual(['g:daraa', 'g:daraa', 'g:daraa', 'c:daraa-gov']);
  });
  it('keeps a score in [0, 1] and names the runner-up', () => {
    const [r] = resolve('Clashes in the province of Deraa.').resolutions;
    expect(r?.score).toBeGreaterThan(0);
    expect(r?.score).toBeLessThanOrEqual(1);
    expect(r?.runnerUp?.id).toBe('g:daraa');
    expect(r?.runnerUp?.score).toBeLessThan(r?.score ?? 0);
  });
});

describe('resolveMentions on a world of namesakes', () => {
  const gov = (id: string, name: string, country: string, [w, s, e, n]: number[]) => ({
    type: 'Feature' as const,
    id,
    geometry: { type: 'Polygon' as const, coordinates: [[[w!, s!], [e!, s!], [e!, n!], [w!, n!], [w!, s!]]] },
    properties: { name, alternateNames: [], placeType: 'governorate' as const, country, parent: `country:${country}`, population: null, source: 'test' },
  });
  const world = buildGazetteer({
    ...SMALL,
    features: [
      ...SMALL.features,
      { type: 'Feature', id: 'country:CN', geometry: { type: 'Polygon', coordinates: [[[73, 18], [135, 18], [135, 53], [73, 53], [73, 18]]] }, properties: { name: 'China', alternateNames: [], placeType: 'country', country: 'CN', parent: null, population: null, source: 'test' } },
      place('g:china-me', 'China', [], 'village', 'US', [-69.52, 44.48], 4_300),
      gov('s:texas', 'Texas', 'US', [-106, 26, -94, 36]),
      { ...place('g:paris-tx2', 'Paris', [], 'town', 'US', [-95.55, 33.66], 24_782), id: 'g:paris-tx2', properties: { ...place('x', 'Paris', [], 'town', 'US', [0, 0], 24_782).properties, parent: 's:texas' } },
      place('g:hamlet', 'Hirnyk', [], 'village', 'UA', [24.2, 50.33], 2_800),
      place('g:kurakhove', 'Kurakhove', [], 'town', 'UA', [37.28, 47.98], 18_500),
    ],
  });
  const resolveIn = (text: string) => {
    const found = findMentions(text, world);
    return resolveMentions(text, found.candidates, found.demonymCountries, { minScore: 0.5 });
  };
  const chosenIn = (text: string) => Object.fromEntries(resolveIn(text).resolutions.map((r) => [r.mention.text, r.place.id]));

  it('takes the country over a village of the same name in the report’s country', () => {
    expect(chosenIn('Officials in Texas and Paris said exports to China fell.').China).toBe('country:CN');
  });
  it('takes the namesake in the division the report is about', () => {
    expect(chosenIn('Storms hit Texas on Monday; in Paris, roads closed.').Paris).toBe('g:paris-tx2');
  });
  it('leaves a one-word village far from every other place named unresolved', () => {
    const r = resolveIn('Shelling hit Kurakhove and Hirnyk overnight.');
    expect(r.resolutions.map((x) => x.place.id)).toEqual(['g:kurakhove']);
    expect(r.dropped.map((m) => m.text)).toEqual(['Hirnyk']);
  });
  it('keeps such a village when the text says twice that it is a place', () => {
    const r = resolveIn('Four Hirnyk homes burned. Hirnyk police said the fire spread.');
    expect(r.resolutions.map((x) => x.place.id)).toEqual(['g:hamlet', 'g:hamlet']);
  });
});
