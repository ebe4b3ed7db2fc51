/**
 * The streaming corpus reader hands out exactly the elements JSON.parse would see, at
 * any chunk size, and refuses what is not a corpus with one clear message.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusError, readCorpus } from '@/scripts/cli/readCorpus';

const dir = mkdtempSync(join(tmpdir(), 'claimmap-corpus-'));
let n = 0;
function file(content: string): string {
  const path = join(dir, `c${n++}.json`);
  writeFileSync(path, content);
  return path;
}

const TRICKY = {
  name: 'a corpus with "documents": [1] in a string',
  documents: [
    { id: 'a', text: 'Brackets } ] { [ and "quotes" and \\ backslashes, "documents": [' },
    { id: 2, text: 'Ünïcödé — Ḥalab, حلب, 🇺🇦 across chunk boundaries', extra: { nested: [1, [2, { x: '}' }]] } },
    'not an object',
    42,
  ],
  after: { documents: ['ignored: not the top-level key'] },
};

describe('readCorpus', () => {
  const json = JSON.stringify(TRICKY, null, 1);
  for (const size of [1, 3, 7, 64, 1 << 20]) {
    it(`gives the documents' elements at chunk size ${size}`, () => {
      const elements = [...readCorpus(file(json), size)].map((e) => JSON.parse(e.json));
      expect(elements).toEqual(TRICKY.documents);
    });
  }

  it('reports progress in bytes read', () => {
    const elements = [...readCorpus(file(json), 16)];
    const bytes = elements.map((e) => e.bytesRead);
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
    expect(bytes.at(-1)).toBeLessThanOrEqual(Buffer.byteLength(json));
  });

  const bad: Array<[string, string, RegExp]> = [
    ['an empty file', '', /empty/],
    ['an array', '[{"id":1}]', /not a JSON object/],
    ['no documents', '{"docs": []}', /no "documents" array/],
    ['a cut-off file', '{"documents": [{"id": 1, "text": "abc', /ends before/],
    ['mismatched brackets', '{"documents": [{"id": 1]]}', /do not match/],
  ];
  for (const [what, content, message] of bad) {
    it(`refuses ${what}`, () => {
      expect(() => [...readCorpus(file(content))]).toThrow(CorpusError);
      expect(() => [...readCorpus(file(content))]).toThrow(message);
    });
  }
});
