import { describe, expect, it } from 'vitest';
import { eventDateOf } from '@/geo/claims/eventDate';

// 2025-09-10 was a Wednesday.
const PUBLISHED = '2025-09-10';
const date = (text: string, published: string | null = PUBLISHED) => eventDateOf(text, published)?.date ?? null;

describe('eventDateOf', () => {
  it('counts weekdays, "yesterday" and "last week" back from publication', () => {
    expect(date('A child was killed on Monday')).toBe('2025-09-08');
    expect(date('Clashes broke out on Wednesday')).toBe('2025-09-10');
    expect(date('The town was shelled yesterday')).toBe('2025-09-09');
    expect(date('Drones struck the port on Friday')).toBe('2025-09-05');
    expect(date('Shelling last week killed three')).toBe('2025-09-03');
  });
  it('prefers the written day to the relative one beside it', () => {
    expect(eventDateOf('The attack came yesterday, September 8, at dawn', '2025-09-09')?.date).toBe('2025-09-08');
  });
  it('keeps a range of days, its first day as the date', () => {
    expect(eventDateOf('Fighting raged between 12 and 14 May', PUBLISHED)).toEqual({ date: '2025-05-12', range: { start: '2025-05-12', end: '2025-05-14' } });
  });
  it('resolves a day and month against the publication year, or the year before', () => {
    expect(date('On May 14, after heavy fighting, the army took the base.', '2017-05-17')).toBe('2017-05-14');
    expect(date('On December 30 the siege began.', '2017-01-05')).toBe('2016-12-30');
  });
  it('takes a full date as written, even without a publication date', () => {
    expect(date('The attack of April 4, 2017 killed dozens.', null)).toBe('2017-04-04');
  });
  it('gives null without a day: no date, only a month, a history, or a relative day with no publication date', () => {
    expect(date('Fighting continues in the town.')).toBeNull();
    expect(date('Fighting has gone on since last month.')).toBeNull();
    expect(date('The front has not moved since May 14.')).toBeNull();
    expect(date('On May 14 the army took the base.', null)).toBeNull();
  });
  it('takes no day from a relative word without a publication date (chrono would count it from a made-up reference)', () => {
    expect(date('The town was shelled yesterday.', null)).toBeNull();
    expect(date('Drones struck the port on Friday.', null)).toBeNull();
    expect(date('Three days ago the army entered the town.', null)).toBeNull();
  });
  it('gives no day for "now", a span, or a day counted from another event', () => {
    expect(date('The town is now under RSF control.')).toBeNull();
    expect(date('Torrential rains for the past 11 days have flooded the camp.')).toBeNull();
    expect(date('Two days later the army withdrew.')).toBeNull();
    expect(date('The day before, separatists had shelled the heights.')).toBeNull();
    expect(date('The attack came two hours after the talks ended on Monday.')).toBe('2025-09-08');
  });
  it('reads a slash date only with its year, and whole words only', () => {
    expect(date('He won the Belgian 1/4 triathlon.')).toBeNull();
    expect(date('The speech (9/17/16) was broadcast live.')).toBe('2016-09-17');
    // "mon" in "monitor" names no weekday, so the parser is never asked about this sentence.
    expect(date('The monitor counted 12 dead in the market.')).toBeNull();
  });
  it('reads time words beside a day without letting them move it', () => {
    expect(date('The strike hit at 5 pm on Monday.')).toBe('2025-09-08');
    expect(date('Shelling resumed yesterday morning.')).toBe('2025-09-09');
  });
});
