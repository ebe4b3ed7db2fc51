import { describe, expect, it } from 'vitest';
import { actorsLabel, claimSource, dateLabel, eventLabel, fatalitiesLabel } from '@/components/describePlace';

const span = (text: string) => ({ start: 0, end: text.length, text });

describe('claimSource: who says so, as the text says it', () => {
  it('puts the resolved source before its verb', () => {
    expect(claimSource({ attribution: 'Petro Marchenko', cue: 'said', source: span('the governor, Petro Marchenko') }, null)).toBe('Petro Marchenko said');
    expect(claimSource({ attribution: 'RSF', cue: 'claimed', source: span('The RSF') }, null)).toBe('the RSF claimed');
    expect(claimSource({ attribution: 'Joint Force', cue: 'denied', source: span('It') }, null)).toBe('Joint Force denied');
  });
  it('puts "according to" before the source, as written, and a pronoun resolved', () => {
    expect(claimSource({ attribution: 'United Nations', cue: 'according to', source: span('the United Nations') }, null)).toBe('according to the United Nations');
    expect(claimSource({ attribution: 'Petro Marchenko', cue: 'According to', source: span('him') }, null)).toBe('according to Petro Marchenko');
  });
  it("falls back to the article's own voice", () => {
    expect(claimSource({ attribution: null, cue: null, source: null }, 'Global Research')).toBe('according to the article (Global Research)');
    expect(claimSource({ attribution: null, cue: null, source: null }, null)).toBe('according to the article');
  });
});

describe('the other facts of a claim', () => {
  it('names the ACLED event with its sub-event type', () => {
    expect(eventLabel({ eventType: 'Battles', subEventType: 'Government regains territory' })).toBe('Battles: Government regains territory');
    expect(eventLabel({ eventType: 'Strategic developments', subEventType: 'Other' })).toBe('Strategic developments');
  });
  it('says who acted on whom, and nothing when neither is named', () => {
    expect(actorsLabel({ actor1: 'Military Forces of Ukraine', actor2: 'Civilians (Ukraine)' })).toBe('Military Forces of Ukraine → Civilians (Ukraine)');
    expect(actorsLabel({ actor1: 'Rapid Support Forces', actor2: null })).toBe('Rapid Support Forces');
    expect(actorsLabel({ actor1: null, actor2: 'Civilians (Sudan)' })).toBe('against Civilians (Sudan)');
    expect(actorsLabel({ actor1: null, actor2: null })).toBeNull();
  });
  it('counts the killed, and says nothing when the text gives no number', () => {
    expect(fatalitiesLabel({ fatalities: 1200 })).toBe('1,200 killed');
    expect(fatalitiesLabel({ fatalities: 0 })).toBe('no one killed');
    expect(fatalitiesLabel({ fatalities: null })).toBeNull();
  });
  it('gives a day or a range of days', () => {
    expect(dateLabel({ date: '2025-05-12', dateRange: { start: '2025-05-12', end: '2025-05-14' } })).toBe('12 May 2025 – 14 May 2025');
    expect(dateLabel({ date: '2025-09-08' })).toBe('8 September 2025');
    expect(dateLabel({ date: null })).toBeNull();
  });
});
