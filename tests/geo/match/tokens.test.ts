/**
 * The tokenizer's scan finds exactly the words WORD_PATTERN (the one definition of a
 * word, which names are split by too) finds, on reports and on hostile text alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exactToken, WORD_PATTERN } from '@/geo/gazetteer/normalize';
import { tokenize } from '@/geo/match/tokens';
import { prng } from '@/scripts/bench/corpus';

/** What the words are by the regular expression, with the tokenizer's rules on top. */
function byPattern(text: string, keepLowercase?: ReadonlySet<string>): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (const m of text.matchAll(new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags))) {
    let raw = m[0];
    if (keepLowercase && raw[0] !== (raw[0] as string).toUpperCase() && !keepLowercase.has(raw.toLowerCase())) continue;
    if (raw.length > 2 && raw.endsWith('s') && (raw[raw.length - 2] === "'" || raw[raw.length - 2] === '’')) raw = raw.slice(0, -2);
    if (exactToken(raw)) out.push([m.index, raw]);
  }
  return out;
}

const REPORTS = readdirSync('content/articles').map((f) => readFileSync(`content/articles/${f}`, 'utf8'));
const KEEP = new Set(['al', 'el', 'of', 'the', 'and', 'village', 'town']);
const random = prng(7);
const PIECES = ['U.S.', 'A.B.C', "Ma'arrat", 'N’Djamena', "Syria's", 'al-Bab', 'İstanbul', 'ǅemal', '𝐀.𝐁.', '🇸🇾', '\ud83d', 'x\u0301y', '٣٤', 'Ḥalab', "rock'n'roll", "''", 'the', 'of', 'Village', 'ÉCOLE', '—', ' ', '\n', '.', '-'];
const hostile = Array.from({ length: 300 }, () => Array.from({ length: 1 + Math.floor(random() * 40) }, () => PIECES[Math.floor(random() * PIECES.length)]).join(random() < 0.5 ? '' : ' '));

describe('tokenize', () => {
  it('finds the words WORD_PATTERN finds, with their offsets', () => {
    for (const text of [...REPORTS, ...hostile]) {
      expect(tokenize(text).map((t) => [t.start, t.raw])).toEqual(byPattern(text));
      expect(tokenize(text, KEEP).map((t) => [t.start, t.raw])).toEqual(byPattern(text, KEEP));
    }
  });

  it('keeps capitals, abbreviations and listed lower-case words; drops possessives', () => {
    const tokens = tokenize("The U.S. envoy met rebels of al-Bab in Syria's north", KEEP);
    expect(tokens.map((t) => t.raw)).toEqual(['The', 'U.S.', 'of', 'al', 'Bab', 'Syria']);
    expect(tokens.find((t) => t.raw === 'U.S.')?.upper).toBe(true);
    expect(tokens.find((t) => t.raw === 'al')?.article).toBe(true);
  });
});
