import { describe, expect, test } from 'vitest';
import { segmentArticle, type Paragraph, type SegmentNode } from '@/components/article/segmentArticle';
import { parseArticle } from '@/geo/article/parseArticle';
import type { ParseResult, PlaceFeature } from '@/geo/types';

function place(id: string, name: string, mentions: Array<[number, number]>, claims: Array<[number, number]>, text: string): PlaceFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [36, 33] },
    properties: {
      name,
      placeType: 'city',
      country: 'SY',
      mentions: mentions.map(([start, end]) => ({ start, end, text: text.slice(start, end) })),
      claims: claims.map(([start, end]) => ({
        start,
        end,
        text: text.slice(start, end),
        attribution: null,
        source: null,
        cue: null,
        stance: 'asserts' as const,
        actors: [],
        actor1: null,
        actor2: null,
        eventType: 'Battles' as const,
        subEventType: null,
        fatalities: null,
        date: null,
      })),
      score: 1,
      runnerUp: null,
    },
  };
}

function result(features: PlaceFeature[]): ParseResult {
  return { type: 'FeatureCollection', article: { title: null, author: null, publisher: null, published: null }, features, unresolved: [] };
}

/** The visible text of nodes, with [claim …] and <mention> marks, to compare shapes. */
function show(nodes: readonly SegmentNode[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'run') return n.strong ? `*${n.text}*` : n.text;
      if (n.type === 'claim') return `[${n.anchor ? '#' : ''}${n.claimStart}:${show(n.children)}]`;
      return `<${n.placeId}:${show(n.children)}>`;
    })
    .join('');
}

const showAll = (paragraphs: Paragraph[]) => paragraphs.map((p) => show(p.children));

describe('segmentArticle', () => {
  test('splits paragraphs on blank lines and nests mentions in claims, offsets from the original text', () => {
    const text = 'Fighting in Aleppo. Calm.\n\n  Shelling near Damascus.  \n';
    const aleppo = text.indexOf('Aleppo');
    const damascus = text.indexOf('Damascus');
    const second = text.indexOf('Shelling');
    const r = result([
      place('a', 'Aleppo', [[aleppo, aleppo + 6]], [[0, 19]], text),
      place('d', 'Damascus', [[damascus, damascus + 8]], [[second, second + 23]], text),
    ]);
    const paragraphs = segmentArticle(text, r, []);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Fighting in Aleppo. Calm.', 'Shelling near Damascus.']);
    expect(showAll(paragraphs)).toEqual(['[#0:Fighting in <a:Aleppo>.] Calm.', `[#${second}:Shelling near <d:Damascus>.]`]);
  });

  test('one sentence claimed for two places is wrapped once', () => {
    const text = 'Clashes in Homs and Hama.';
    const r = result([
      place('homs', 'Homs', [[11, 15]], [[0, 25]], text),
      place('hama', 'Hama', [[20, 24]], [[0, 25]], text),
    ]);
    expect(showAll(segmentArticle(text, r, []))).toEqual(['[#0:Clashes in <homs:Homs> and <hama:Hama>.]']);
  });

  test('hides markdown emphasis and link syntax but keeps the words', () => {
    const text = 'The **clashes in Deraa** went on, says [SANA](http://x).';
    const deraa = text.indexOf('Deraa');
    const r = result([place('d', 'Daraa', [[deraa, deraa + 5]], [[0, text.length]], text)]);
    expect(showAll(segmentArticle(text, r, []))).toEqual(['[#0:The *clashes in *<d:*Deraa*> went on, says SANA.]']);
  });

  test('a claim that crosses another is split, and only its first part carries the id', () => {
    const text = 'one two three four';
    const r = result([place('x', 'X', [], [[0, 7], [4, 13]], text)]);
    expect(showAll(segmentArticle(text, r, []))).toEqual(['[#0:one [#4:two]][4: three] four']);
  });

  test('leaves out a front matter that runs into the first line of the body with no blank line', () => {
    const text = '---\ntitle: Shelling in Idlib\ndate: 2020-03-01\n---\nShells hit Idlib.\n\nCalm after.';
    const { body } = parseArticle(text);
    const idlib = text.lastIndexOf('Idlib');
    const paragraphs = segmentArticle(text, result([place('i', 'Idlib', [[idlib, idlib + 5]], [], text)]), body);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Shells hit Idlib.', 'Calm after.']);
  });

  test('leaves out boilerplate before the body unless it holds a mention, mutes the rest', () => {
    const text = 'Title line\n\nBody in Idlib.\n\nCopyright notice';
    const idlib = text.indexOf('Idlib');
    const body = [{ start: 12, end: 26, text: text.slice(12, 26) }];
    const paragraphs = segmentArticle(text, result([place('i', 'Idlib', [[idlib, idlib + 5]], [], text)]), body);
    expect(paragraphs.map((p) => [text.slice(p.start, p.end), p.boilerplate])).toEqual([
      ['Body in Idlib.', false],
      ['Copyright notice', true],
    ]);
  });
});
