import { describe, expect, it } from 'vitest';
import { fatalitiesOf } from '@/geo/claims/fatalities';

describe('fatalitiesOf', () => {
  const cases: [string, number | null][] = [
    ['At least 13 civilians were killed in an attack on the camp', 13],
    ['The assault went on for days, killing over 400', 400],
    ['A child was killed and four people were wounded in shelling', 1],
    ['Twenty-five soldiers were killed in the ambush', 25],
    ['the death toll rose to 1,200', 1200],
    ['the strike killed three people and wounded 12', 3],
    ['two hundred people were killed', 200],
    ['no one was killed in the blast', 0],
    ['dozens were killed', null],
    ['the militia threatened to kill 100 hostages', null],
    ['The attack of April 4, 2017 destroyed the school', null],
    ['Four people were wounded', null],
  ];
  for (const [text, n] of cases) it(`${n}: ${text}`, () => expect(fatalitiesOf(text)).toBe(n));
});
