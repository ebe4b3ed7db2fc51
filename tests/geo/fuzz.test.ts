/**
 * Fuzzing geoparse with a fixed seed: inputs of random Unicode, shuffled report
 * fragments, huge tokens, long lines, Arabic and RTL text, control characters. Every
 * input either parses, keeping the whole contract (geo/contract/), or is refused with a
 * GeoparseError; none throws anything else. 2,000 inputs by default (every generator
 * 200 times); CLAIMMAP_FUZZ_INPUTS=100000 for a longer run. How time grows with input
 * size is measured by `npm run bench` (growth row), not asserted here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContract } from '@/geo/contract/checkContract';
import { geoparse, GeoparseError } from '@/geo/geoparse';
import { prng } from '@/scripts/bench/corpus';
import { loadGazetteer } from '@/scripts/geoparse';

const random = prng(20170517);
const int = (n: number) => Math.floor(random() * n);
const pick = <T,>(xs: readonly T[]): T => xs[int(xs.length)] as T;

const REPORTS = readdirSync('content/articles').map((f) => readFileSync(`content/articles/${f}`, 'utf8'));
const WORDS = REPORTS.join(' ').split(/\s+/);
const ARABIC = 'دمشق حلب درعا الغوطة الشرقية مخيم اليرموك القابون ';
const SPECIAL = ['\u200f', '\u200e', '\u202e', '\ufeff', '\u0301', '\u00a0', '\t', '\r\n', '\u2028', '🇸🇾', '\ud83d', 'ß', 'İ', 'ǅ', '**', '[', '](#)', '—', '’', 'al-', '-', '.', '\u0007', '\u001b[31m'];

function randomUnicode(length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    const r = random();
    if (r < 0.5) s += String.fromCharCode(32 + int(95));
    else if (r < 0.7) s += String.fromCharCode(0x600 + int(0x100));
    else if (r < 0.8) s += pick(SPECIAL);
    else s += String.fromCodePoint(int(0x10ffff + 1 - 0x800) + (int(2) ? 0 : 0x800) > 0xd7ff && int(2) ? 0x1f600 + int(80) : 0x20 + int(0xd000));
  }
  return s;
}

function fragments(): string {
  const parts: string[] = [];
  for (let i = 0, n = 1 + int(8); i < n; i++) {
    const r = pick(REPORTS);
    const start = int(r.length);
    parts.push(r.slice(start, start + int(800)));
  }
  return parts.join(pick(['\n\n', ' ', '', '\n', ' al-', '. ']));
}

const GENERATORS: (() => string)[] = [
  () => randomUnicode(1 + int(400)),
  fragments,
  () => Array.from({ length: 5 + int(200) }, () => pick(WORDS)).join(pick([' ', '  ', '\n', '-'])),
  () => `${pick(WORDS)} ${'x'.repeat(1000 + int(60_000))} ${pick(WORDS)}`, // a huge token
  () => Array.from({ length: 200 + int(3000) }, () => pick(WORDS)).join(' '), // one long line
  () => ARABIC.repeat(1 + int(50)) + fragments(),
  () => `${fragments()}${String.fromCharCode(int(32))}`.repeat(1 + int(4)),
  () => 'Aleppo '.repeat(1 + int(5000)), // many mentions of one place
  () => 'al-'.repeat(1 + int(3000)) + 'Qaboun', // a pathological article chain
  () => Array.from({ length: 1 + int(400) }, () => pick(['Deir', 'ez-Zor', 'Khan', 'Sheikhoun', 'Ras', 'al-Ain', 'Tell', 'Abyad', 'of', 'the'])).join(' '),
];

const INPUTS = Number(process.env.CLAIMMAP_FUZZ_INPUTS) || 2_000;

describe('geoparse fuzzing', () => {
  const gazetteer = loadGazetteer();
  it(`survives ${INPUTS.toLocaleString('en')} hostile inputs, keeping the contract`, () => {
    let parsed = 0;
    let refused = 0;
    const broken: string[] = [];
    for (let n = 0; n < INPUTS; n++) {
      const input = (GENERATORS[n % GENERATORS.length] as () => string)();
      let result;
      try {
        result = geoparse(input, gazetteer);
      } catch (err) {
        if (!(err instanceof GeoparseError)) throw new Error(`input #${n} (${input.length} chars, ${JSON.stringify(input.slice(0, 80))}): ${(err as Error).message}`);
        refused++;
        continue;
      }
      parsed++;
      const problems = checkContract(input, result, 1);
      if (problems.length && broken.length < 5) broken.push(`input #${n} (${JSON.stringify(input.slice(0, 60))}): ${problems[0]}`);
    }
    expect(broken).toEqual([]);
    expect(parsed + refused).toBe(INPUTS);
    expect(parsed).toBeGreaterThan(INPUTS * 0.9);
  }, 120_000); // ~8 s for 2,000 inputs on an idle core
});
