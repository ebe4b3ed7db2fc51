/**
 * Fuzzing geoparse with a fixed seed: 10,000 inputs of random Unicode, shuffled report
 * fragments, huge tokens, long lines, Arabic and RTL text, control characters. Every
 * input either parses, keeping the contract's invariants, or is refused with a
 * GeoparseError; none throws anything else, and none takes long (no quadratic path).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoparse, GeoparseError } from '@/geo/geoparse';
import type { ParseResult } from '@/geo/types';
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

function checkResult(input: string, r: ParseResult) {
  for (const f of r.features) {
    const positions = JSON.stringify(f.geometry.coordinates).match(/-?\d+(\.\d+)?(e-?\d+)?,-?\d+(\.\d+)?(e-?\d+)?/g) ?? [];
    for (const pair of positions) {
      const [lon, lat] = pair.split(',').map(Number) as [number, number];
      if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) throw new Error(`coordinate out of range ${pair}`);
    }
    for (const span of [...f.properties.mentions, ...f.properties.claims]) {
      if (input.slice(span.start, span.end) !== span.text || span.end <= span.start) throw new Error(`bad span ${span.start}..${span.end}`);
    }
  }
  for (const span of r.unresolved) if (input.slice(span.start, span.end) !== span.text) throw new Error(`bad unresolved span ${span.start}`);
}

describe('geoparse fuzzing', () => {
  const gazetteer = loadGazetteer();
  it('survives 10,000 hostile inputs with valid offsets and coordinates', () => {
    let parsed = 0;
    let refused = 0;
    let slowest = { ms: 0, length: 0 };
    for (let n = 0; n < 10_000; n++) {
      const input = (GENERATORS[n % GENERATORS.length] as () => string)();
      const t0 = performance.now();
      try {
        checkResult(input, geoparse(input, gazetteer));
        parsed++;
      } catch (err) {
        if (!(err instanceof GeoparseError)) throw new Error(`input #${n} (${input.length} chars, ${JSON.stringify(input.slice(0, 80))}): ${(err as Error).message}`);
        refused++;
      }
      const ms = performance.now() - t0;
      if (ms > slowest.ms) slowest = { ms, length: input.length };
    }
    expect(parsed + refused).toBe(10_000);
    expect(parsed).toBeGreaterThan(9_000);
    // A bound far above normal (~1 ms per KB) that only a quadratic path would cross.
    expect(slowest.ms, `slowest input: ${slowest.length} chars`).toBeLessThan(3_000);
  }, 300_000);
});
