import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '@/geo/gazetteer/gazetteer';
import { findMentions } from '@/geo/match/findMentions';
import { place, SMALL } from '../smallGazetteer';

const gaz = buildGazetteer(SMALL);
const names = (text: string) => findMentions(text, gaz).candidates.map((c) => c.mention.text);

describe('findMentions', () => {
  it('finds names with their exact offsets', () => {
    const text = 'Clashes in Douma and Aleppo.';
    const found = findMentions(text, gaz).candidates;
    expect(found.map((c) => c.mention)).toEqual([
      { start: 11, end: 16, text: 'Douma' },
      { start: 21, end: 27, text: 'Aleppo' },
    ]);
  });
  it('prefers the longest name', () => {
    expect(names('Clashes in Eastern Ghouta today.')).toEqual(['Eastern Ghouta']);
  });
  it('includes the article in the mention and matches any transliteration', () => {
    expect(names('The army entered al-Qaboun and Al Qabun, then Dar‘ā and Deir al-Zor.')).toEqual(['al-Qaboun', 'Al Qabun', 'Dar‘ā', 'Deir al-Zor']);
  });
  it('never finds a place inside an organisation name', () => {
    expect(names('Hayat Tahrir al-Sham fighters and the Free Syrian Army clashed.')).toEqual([]);
  });
  it('finds the place a public body is named for, marked as its seat, but none inside a media name or mid-name', () => {
    const found = findMentions('The Aleppo Provincial Council met the Homs Police Department, the University of Damascus, then Paris Public Library staff.', gaz).candidates;
    expect(found.map((c) => [c.mention.text, c.affiliation ?? false])).toEqual([
      ['Aleppo', true],
      ['Homs', true],
      ['Damascus', true],
      ['Paris', true],
    ]);
    expect(names('The Aleppo Media Center and the Food and Douma Administration said.')).toEqual([]);
    expect(names('Clashes in Douma, the Homs Police said.')).toEqual(['Douma', 'Homs']);
  });
  it('finds the seat after "of (the)" when a person opens the name', () => {
    expect(names('said Jane Roe of the Homs Department of Health.')).toEqual(['Homs']);
  });
  it('keeps a place joined by a hyphen to a party initial or to another place', () => {
    expect(names('State Sen. Jane Roe, D-Paris, spoke.')).toEqual(['Paris']);
    expect(names('The Homs-Hama highway was cut.')).toEqual(['Homs', 'Hama']);
  });
  it('takes no number for part of a name, nor a currency or a disease for a place', () => {
    expect(names('About 55 Douma residents marched.')).toEqual(['Douma']);
    expect(names('It cost US$5 million to treat Paris fever in Homs.')).toEqual(['Homs']);
  });
  it('does not take demonyms, adjectives or people for places', () => {
    const found = findMentions('The Syrian army and US-led coalition met Bashar Assad.', gaz);
    expect(found.candidates).toEqual([]);
    expect(found.demonymCountries).toEqual([]); // "Syrian army" is an organisation here
    expect(findMentions('Syrian officials said.', gaz).demonymCountries).toEqual(['country:SY']);
  });
  it('takes a demonym for a hint, never a place, even where a place folds like it', () => {
    const withJordanian = buildGazetteer({ ...SMALL, features: [...SMALL.features, place('g:jrdn', 'Jordaniya', [], 'village', 'SY', [36, 33], 500)] });
    const found = findMentions('Jordanian officials near the Jordanian border.', withJordanian);
    expect(found.candidates).toEqual([]);
    expect(found.demonymCountries).toEqual(['country:JO', 'country:JO']);
  });
  it('does not fold a run that opens with a common word', () => {
    // "In Deir" folds like ‘En Dor (Israel); only an exact spelling may open with "In".
    const withEnDor = buildGazetteer({ ...SMALL, features: [...SMALL.features, place('g:endor', '‘En Dor', ['Ein Dor'], 'village', 'IL', [35.42, 32.66], 900)] });
    const found = findMentions("In Deir al-Zor's countryside, fighting went on.", withEnDor);
    expect(found.candidates.map((c) => c.mention.text)).toEqual(['Deir al-Zor']);
  });
  it('keeps a place followed by a type word', () => {
    expect(names('Shelling hit Hama province.')).toEqual(['Hama']);
  });
  it('does not match lower-case words or sentence-initial English words', () => {
    expect(names('paris is a word here. May we go?')).toEqual([]);
  });
  it('reports capitalised names after a place cue that the gazetteer lacks', () => {
    const found = findMentions('Shelling hit the town of Kafr Nabudah and fighters in Jobar fled, then Assad spoke.', gaz);
    expect(found.unresolved.map((m) => m.text)).toEqual(['Kafr Nabudah', 'Jobar']);
  });
  it('folds transliterations only for places named through Arabic and its neighbours', () => {
    // "Hezze" is Heze's alternate in China: no folding there, so "Hazze" finds nothing in China.
    const found = findMentions('Clashes in Hazze and Hezze.', gaz).candidates;
    expect(found.map((c) => [c.mention.text, c.places.map((p) => p.feature.id).sort()])).toEqual([
      ['Hazze', ['c:hazzeh', 'g:hazzeh-west']],
      ['Hezze', ['g:heze']],
    ]);
  });
  it('prefers an exact spelling to a folded one', () => {
    const [c] = findMentions('in Hazzah', gaz).candidates;
    expect(c?.places.map((p) => p.feature.id).sort()).toEqual(['c:hazzeh', 'g:hazzeh-west']);
    expect(c?.places.every((p) => p.nameScore >= 0.9)).toBe(true);
  });
  it('reads dotted abbreviations as one word', () => {
    expect(names('Officials in the U.S. and the US said so.')).toEqual(['U.S.', 'US']);
  });
  it('needs more evidence for a place that shares its name with an English word', () => {
    const extra = [place('g:fava', 'Fava', [], 'village', 'IQ', [44, 33], 900), place('g:mobile', 'Mobile', [], 'city', 'US', [-88.04, 30.69], 190000)];
    const withWords = buildGazetteer({ ...SMALL, features: [...SMALL.features, ...extra] }, ['five', 'mobile', 'paris']);
    const found = (text: string) => findMentions(text, withWords).candidates.map((c) => c.mention.text);
    expect(found('Five people died.')).toEqual([]); // no folded match for an English word
    expect(found('Mobile clinics opened.')).toEqual([]); // a small place opening a sentence
    expect(found('Officials in Mobile said so.')).toEqual(['Mobile']);
    expect(found('Paris hosted the talks.')).toEqual(['Paris']); // a major city
  });
  it('lists every candidate for an ambiguous name', () => {
    const [c] = findMentions('in Paris', gaz).candidates;
    expect(c?.places.map((p) => p.feature.id).sort()).toEqual(['g:paris', 'g:paris-tx']);
  });
});

describe('findMentions on a world of namesakes', () => {
  const extra = [
    place('g:stpete', 'Saint Petersburg', ['St. Petersburg'], 'city', 'RU', [30.31, 59.94], 5_000_000),
    place('g:jones', 'Jones', [], 'village', 'US', [-97.5, 35.5], 2_800),
    place('g:kurakhove', 'Kurakhove', [], 'town', 'UA', [37.28, 47.98], 18_500),
  ];
  const world = buildGazetteer({ ...SMALL, features: [...SMALL.features, ...extra] });
  const found = (text: string) => findMentions(text, world);

  it('keeps the full stop of "St." inside a name', () => {
    expect(found('Protests spread to St. Petersburg on Friday.').candidates.map((c) => c.mention.text)).toEqual(['St. Petersburg']);
  });
  it('takes a word the report uses for a person for no place, anywhere in it', () => {
    const r = found('Mayor Tom Jones spoke. Later, Jones said the road was closed.');
    expect(r.candidates).toEqual([]);
    expect(found('Fighting near Jones, officials said.').candidates.map((c) => c.mention.text)).toEqual(['Jones']);
  });
  it('lists unknown names after war verbs, in lists of places and before a kind of place as unresolved', () => {
    expect(found('Shelling hit Kurakhove and Kleban-Byk overnight.').unresolved.map((m) => m.text)).toEqual(['Kleban-Byk']);
    expect(found('Russian forces struck Krasnorichenske again.').unresolved.map((m) => m.text)).toEqual(['Krasnorichenske']);
    expect(found('Aid reached the Qorwaldi camp.').unresolved.map((m) => m.text)).toEqual(['Qorwaldi']);
  });
  it('takes no contraction for a name', () => {
    expect(found("They're in Paris.").candidates.map((c) => c.mention.text)).toEqual(['Paris']);
  });
});
