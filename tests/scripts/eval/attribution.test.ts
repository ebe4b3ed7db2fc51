import { describe, expect, it } from 'vitest';
import { attributionScores, baselineSource, emptyAttributionTally, scoreAttributions, type AnnotatedAttribution } from '@/scripts/eval/attribution';

const TEXT = 'The bridge fell, officials said. Rain came. “We hold,” he said.';
const at = (word: string, from = 0) => {
  const start = TEXT.indexOf(word, from);
  return { start, end: start + word.length, text: word };
};
const relations: AnnotatedAttribution[] = [
  { source: [at('officials')], cue: [at('said')], content: [at('The bridge fell')] },
  { source: [at('he')], cue: [at('said', 50)], content: [at('We hold')] },
  { source: null, cue: [at('came')], content: [at('Rain')] },
];
const sentences = [
  { start: 0, end: 32 },
  { start: 33, end: 43 },
  { start: 44, end: TEXT.length },
];

describe('scoreAttributions: the sentence-level metric of ../shared/eval/README.md', () => {
  it('counts a source right when it overlaps one the sentence expects', () => {
    const tally = emptyAttributionTally();
    scoreAttributions(tally, relations, [
      { ...sentences[0]!, attribution: at('officials') },
      { ...sentences[1]!, attribution: at('Rain') }, // expects nothing: a wrong source
      { ...sentences[2]!, attribution: null }, // expects "he": missed
    ]);
    expect(tally).toEqual({ given: 2, right: 1, expecting: 2, found: 1 });
    expect(attributionScores(tally)).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });
  it('scores zero, not NaN, when nothing is given or expected', () => {
    expect(attributionScores(emptyAttributionTally())).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('baselineSource: the naive "said" baseline', () => {
  it('takes the capitalised words or pronoun before the verb, or after it when inverted', () => {
    expect(baselineSource('The bridge fell, Ivan Petrenko said.', 10)).toEqual({ start: 27, end: 40, text: 'Ivan Petrenko' });
    expect(baselineSource('“We hold,” said Petrenko.', 0)?.text).toBe('Petrenko');
    expect(baselineSource('He said it rained.', 0)?.text).toBe('He');
    expect(baselineSource('It fell, according to Reuters.', 0)?.text).toBe('Reuters');
    expect(baselineSource('The bridge fell.', 0)).toBeNull();
  });
});
