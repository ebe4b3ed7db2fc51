/**
 * A war-report corpus of any size for benchmarks, generated from the bundled reports
 * (their body sentences, reshuffled, with Syrian place names and dates varied) with a
 * fixed seed, so every run measures the same text. The generator is committed, not the
 * megabytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../geo/article/parseArticle';
import { splitSentences } from '../../geo/claims/extractClaims';
import type { GazetteerCollection } from '../../geo/types';

/** mulberry32: small, seeded, good enough to shuffle text. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Body sentences of every bundled report. */
export function reportSentences(articlesDir: string): string[] {
  return readdirSync(articlesDir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => {
      const text = readFileSync(join(articlesDir, f), 'utf8');
      return splitSentences(text, parseArticle(text).body).map((s) => s.text);
    });
}

/**
 * Generates about `bytes` of report text: paragraphs of 3–6 sentences drawn from the
 * bundled reports, with place names swapped for other Syrian places and days varied.
 */
export function generateCorpus(bytes: number, sentences: readonly string[], places: GazetteerCollection, seed = 1): string {
  const random = prng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const syrian = places.features
    .filter((f) => f.properties.country === 'SY' && f.properties.placeType !== 'country' && /^[A-Z][a-z]+$/.test(f.properties.name))
    .map((f) => f.properties.name);
  // One-word Syrian place names in the sentences are swapped for others, to vary the text.
  const named = new RegExp(`\\b(${syrian.join('|')})\\b`, 'g');
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const paragraph: string[] = [];
    for (let i = 0, n = 3 + Math.floor(random() * 4); i < n; i++) {
      paragraph.push(pick(sentences).replace(named, () => pick(syrian)).replace(/\bMay (\d+)/g, () => `${pick(['March', 'April', 'May', 'June'])} ${1 + Math.floor(random() * 28)}`));
    }
    const text = `${paragraph.join(' ')}\n\n`;
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  return parts.join('');
}
