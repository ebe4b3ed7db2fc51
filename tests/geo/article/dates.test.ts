import { describe, expect, it } from 'vitest';
import { addDays, findFullDate, isIsoDate, isoDate } from '@/geo/article/dates';

describe('dates', () => {
  it('finds full dates in the usual English forms', () => {
    expect(findFullDate('Global Research, May 17, 2017')?.date).toBe('2017-05-17');
    expect(findFullDate('Published 3 March 2019 by X')?.date).toBe('2019-03-03');
    expect(findFullDate('on Sept. 9 2016')?.date).toBe('2016-09-09');
    expect(findFullDate('2018-02-20')?.date).toBe('2018-02-20');
    expect(findFullDate('No date here')).toBeNull();
  });
  it('refuses days that do not exist', () => {
    expect(isoDate(2017, 2, 30)).toBeNull();
    expect(isIsoDate('2017-02-30')).toBe(false);
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('17-05-2017')).toBe(false);
  });
  it('adds days across month and year ends', () => {
    expect(addDays('2017-01-01', -1)).toBe('2016-12-31');
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
  });
});
