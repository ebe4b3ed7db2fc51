import { describe, expect, it } from 'vitest';
import { attributionOf, eventDateOf, eventTypeOf, actorsOf } from '@/geo/claims/readClaim';
import { findOrganisations } from '@/geo/match/findOrganisations';
import { tokenize } from '@/geo/match/tokens';

function sentence(text: string) {
  return { span: { start: 0, end: text.length, text }, orgs: findOrganisations(text, tokenize(text)).mentions };
}
const attribution = (text: string) => {
  const s = sentence(text);
  return attributionOf(s.span, s.orgs);
};

describe('attributionOf', () => {
  it('credits "according to" sources, as written', () => {
    expect(attribution('According to al-Masdar, militants have recaptured the town.')).toBe('al-Masdar');
    expect(attribution('According to sources from Inside Syria Media Center, the units advanced.')).toBe('Inside Syria Media Center');
    expect(attribution('The town fell, according to local activists in Idlib.')).toBe('Idlib');
    expect(attribution('The town fell, according to Rami Abdel Rahman, who heads the monitor.')).toBe('Rami Abdel Rahman');
  });
  it('credits an organisation that "said" or "reported"', () => {
    expect(attribution('The SOHR said 30 fighters were killed.')).toBe('SOHR');
    expect(attribution('SANA reported shelling on the city.')).toBe('SANA');
  });
  it('credits nobody when the article speaks for itself', () => {
    expect(attribution('It is reported that clashes broke out in the town.')).toBeNull();
    expect(attribution('Hayat Tahrir al-Sham fighters attacked the town.')).toBeNull();
  });
});

describe('actorsOf', () => {
  it('lists armed groups and forces once each, by canonical name, not media', () => {
    const s = sentence('Jaish al-Islam fought HTS and Hayat Tahrir al-Sham, SANA said, while government forces watched.');
    expect(actorsOf(s.orgs)).toEqual(['Jaysh al-Islam', 'Hayat Tahrir al-Sham', 'Syrian Arab Army']);
  });
});

describe('eventTypeOf', () => {
  const cases: [string, string][] = [
    ['militants have recaptured the town of Hazzeh', 'Battles'],
    ['the government forces managed to take full control over the airbase', 'Battles'],
    ['Russian airstrikes hit the market', 'Explosions/Remote violence'],
    ['Near Raqqa, four strikes destroyed an ISIS headquarters', 'Explosions/Remote violence'],
    ['Mortar shells fell on the old city', 'Explosions/Remote violence'],
    ['violent clashes are between the two groups', 'Battles'],
    ['more than 30 radicals were killed', 'Violence against civilians'],
    ['a ceasefire was agreed for the district', 'Strategic developments'],
    ['hundreds of protesters gathered', 'Protests'],
    ['the troops withdrew from the village', 'Strategic developments'],
    ['the city is home to many people', 'Other'],
  ];
  for (const [text, type] of cases) it(`${type}: ${text}`, () => expect(eventTypeOf(text).eventType).toBe(type));
});

describe('eventDateOf', () => {
  it('resolves a day and month against the publication year', () => {
    expect(eventDateOf('On May 14, after heavy fighting, the army took the base.', '2017-05-17')).toBe('2017-05-14');
    expect(eventDateOf('On 14 May the army took the base.', '2017-05-17')).toBe('2017-05-14');
  });
  it('puts a day that would follow publication in the year before', () => {
    expect(eventDateOf('On December 30 the siege began.', '2017-01-05')).toBe('2016-12-30');
  });
  it('counts weekdays and "yesterday" back from publication', () => {
    // 2017-05-17 was a Wednesday.
    expect(eventDateOf('Clashes broke out on Sunday.', '2017-05-17')).toBe('2017-05-14');
    expect(eventDateOf('Clashes broke out on Wednesday.', '2017-05-17')).toBe('2017-05-17');
    expect(eventDateOf('The town was shelled yesterday.', '2017-05-17')).toBe('2017-05-16');
  });
  it('takes a full date as written, even without a publication date', () => {
    expect(eventDateOf('The attack of April 4, 2017 killed dozens.', null)).toBe('2017-04-04');
  });
  it('gives null when the text gives no date', () => {
    expect(eventDateOf('Fighting continues in the town.', '2017-05-17')).toBeNull();
    expect(eventDateOf('On May 14 the army took the base.', null)).toBeNull();
  });
});
