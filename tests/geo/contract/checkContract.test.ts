/**
 * The contract checker accepts a real result and names each way a broken one fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContract } from '@/geo/contract/checkContract';

const INPUT = readFileSync('content/articles/globalresearch-2017-05-17-al-qaeda-confrontation.txt', 'utf8');
const GOLDEN = readFileSync('tests/fixtures/globalresearch-2017-05-17-al-qaeda-confrontation.geojson', 'utf8');

/** A fresh copy of the golden result, changed by `edit`. */
function broken(edit: (r: any) => void): unknown {
  const r = JSON.parse(GOLDEN);
  edit(r);
  return r;
}

describe('checkContract', () => {
  it('accepts the reviewed golden result', () => {
    expect(checkContract(INPUT, JSON.parse(GOLDEN))).toEqual([]);
  });

  const cases: Array<[string, (r: any) => void, RegExp]> = [
    ['not a FeatureCollection', (r) => (r.type = 'Feature'), /type/],
    ['a mention whose text is not the input at its offsets', (r) => (r.features[0].properties.mentions[0].start += 1), /input\.slice/],
    ['offsets past the end', (r) => (r.features[0].properties.mentions[0].end = INPUT.length + 5), /bad offsets/],
    ['a place twice', (r) => r.features.push(r.features[0]), /appears twice/],
    ['a longitude out of range', (r) => (r.features.find((f: any) => f.geometry.type === 'Point').geometry.coordinates[0] = 200), /must be <= 180/],
    ['an event type ACLED does not have', (r) => (r.features[0].properties.claims[0].eventType = 'capture'), /allowed values/],
    ['a date that is not YYYY-MM-DD', (r) => (r.features[0].properties.claims[0].date = '14 May'), /features\/0\/properties\/claims\/0\/date/],
    ['a claim without its stance', (r) => delete r.features[0].properties.claims[0].stance, /stance/],
    ['negative fatalities', (r) => (r.features[0].properties.claims[0].fatalities = -1), /fatalities/],
    ['a source outside its sentence', (r) => {
      const c = r.features[0].properties.claims[0];
      c.source = { start: 0, end: 6, text: INPUT.slice(0, 6) };
    }, /outside its sentence/],
    ['an actor1 not among the actors', (r) => (r.features[0].properties.claims[0].actor1 = 'Somebody'), /not among its actors/],
    ['an unresolved name at wrong offsets', (r) => r.unresolved.push({ start: 0, end: 3, text: 'xyz' }), /unresolved\[\d+\]/],
  ];
  for (const [what, edit, message] of cases) {
    it(`refuses ${what}`, () => {
      const problems = checkContract(INPUT, broken(edit));
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.join('\n')).toMatch(message);
    });
  }
});
