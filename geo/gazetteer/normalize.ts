/**
 * Name normalisation, shared by the gazetteer index and the mention finder so that a
 * name in the data and the same name in a report meet on one key.
 *
 * Two keys per name:
 * - the exact key: case, diacritics, apostrophes/ayn signs and the Arabic article
 *   ("al-", "el-", "ad-", "ash-", …) removed ("Al-Qābūn" → "qabun");
 * - the folded key: the exact key with the spelling variation of Arabic
 *   transliteration folded away (vowel runs, doubled letters, q/k, ch/sh, dj/j,
 *   final h), so Deraa/Daraa/Dar'a, Qamishli/Kamishli, Homs/Hims, Deir ez-Zor/
 *   Dayr az Zawr and Khan Shaykhun/Khan Sheikhoun meet ("dara", "kamashla", "hams", …).
 */

/**
 * Countries whose place names reach English through Arabic, Persian, Kurdish or Turkish
 * transliteration: only their places are matched by folded key when no spelling
 * matches exactly. Elsewhere folding would merge unrelated names ("Asia" and "Iaşi").
 */
export const TRANSLITERATED_COUNTRIES: ReadonlySet<string> = new Set([
  'SY', 'IQ', 'LB', 'JO', 'PS', 'IL', 'TR', 'IR', 'AF', 'PK', 'SA', 'YE', 'OM', 'AE', 'QA', 'BH',
  'KW', 'EG', 'LY', 'TN', 'DZ', 'MA', 'EH', 'MR', 'SD', 'SS', 'SO', 'DJ', 'ER', 'KM', 'AZ', 'TM',
  'UZ', 'TJ', 'KG', 'KZ',
]);

/** Arabic articles as they appear in transliterations, standalone or before a hyphen. */
export const ARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ul', 'il', 'ad', 'ed', 'ar', 'er', 'as', 'es', 'ash', 'esh', 'at', 'et', 'ath',
  'az', 'ez', 'an', 'en', 'adh', 'l',
]);

/** Lower-case words allowed inside a name ("Rio de Janeiro", "Deir ez-Zor"). */
export const INNER_WORDS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'du', 'la', 'le', 'les', 'bin', 'ibn', 'abu', 'umm', 'bani', 'beni', 'on', 'upon', 'am', 'an', 'der']);

/** Letters that stand for ayn, hamza or an apostrophe inside a transliterated word. */
export const APOSTROPHES = "'’‘ʿʾ`´ʻʼ";
const APOSTROPHE_RE = new RegExp(`[${APOSTROPHES}]`, 'g');
const COMBINING_RE = /\p{M}+/gu;

/**
 * Lower-cases a word and strips diacritics and apostrophes: "Dar‘ā" → "dara".
 * Letters without a Latin decomposition (ı, ø, ł, ß …) are mapped by hand.
 * @example exactToken("Ḩarastā") // "harasta"
 */
export function exactToken(word: string): string {
  if (/^[A-Za-z0-9]+$/.test(word)) return word.toLowerCase(); // the common case, fast
  return word
    .normalize('NFKD')
    .replace(COMBINING_RE, '')
    .toLowerCase()
    .replace(/['’‘ʿʾ`´ʻʼ]s$/, '') // possessive: "Syria's"
    .replace(APOSTROPHE_RE, '')
    .replace(/[ıİ]/g, 'i')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/[đð]/g, 'd')
    .replace(/þ/g, 'th')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const DIGRAPHS: ReadonlyArray<[RegExp, string]> = [
  [/ch/g, 'sh'], // French transliteration: Cham, Chaykh
  [/dj/g, 'j'], // Djoubb
  [/ck/g, 'k'],
  [/q/g, 'k'], // Qamishli/Kamishli
  [/gh/g, 'g'], // Ghouta/Guta
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/dh/g, 'd'],
];

/**
 * Folds the transliteration variation out of one exact token: every run of vowels
 * (with a y or w that follows a vowel) becomes "a", a final h after a vowel goes,
 * doubled letters collapse.
 * @example foldToken("hazzeh") // "haza"
 */
export function foldToken(exact: string): string {
  return foldCached(exact);
}

/**
 * `compute`, remembered per distinct argument: words repeat, and a long report meets each
 * one many times. Forgets all at `limit` entries, so memory stays bounded.
 * @param compute never returns undefined (which reads as "not computed yet")
 */
export function memoized<V>(compute: (key: string) => V, limit = 50_000): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    const known = cache.get(key);
    if (known !== undefined) return known;
    if (cache.size >= limit) cache.clear();
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

const foldCached = memoized(foldUncached);

function foldUncached(exact: string): string {
  let s = exact;
  for (const [re, to] of DIGRAPHS) s = s.replace(re, to);
  let out = '';
  for (let i = 0; i < s.length; ) {
    const c = s[i] as string;
    if ('aeiou'.includes(c)) {
      while (i < s.length && 'aeiouyw'.includes(s[i] as string)) i++;
      out += 'a';
    } else {
      out += c;
      i++;
    }
  }
  if (out.length > 2 && out.endsWith('ah')) out = out.slice(0, -1);
  return out.replace(/(.)\1+/g, '$1');
}

/**
 * A word of a name or a report: letters and digits, joined by apostrophes ("Dar'a");
 * a dotted abbreviation ("U.S.", "U.K.") is one word.
 */
export const WORD_PATTERN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’‘ʿʾ`´ʻʼ][\p{L}\p{N}]+)*/gu;

/** Splits a name into words the way the mention finder splits a report. */
export function nameWords(name: string): string[] {
  return name.match(WORD_PATTERN) ?? [];
}

/** Exact tokens of a name without its articles (kept when the name is nothing else). */
export function keyTokens(words: readonly string[]): string[] {
  const exact = words.map(exactToken).filter((w) => w.length > 0);
  const bare = exact.filter((w) => !ARTICLES.has(w));
  return bare.length > 0 ? bare : exact;
}

/**
 * Both keys of a name and its word count, computed in one pass.
 * @example nameKeys("Deir ez-Zor") // { exact: "deir zor", folded: "dar zar", words: 3 }
 */
export function nameKeys(name: string): { exact: string; folded: string; words: number } {
  const words = nameWords(name);
  const tokens = keyTokens(words);
  return { exact: tokens.join(' '), folded: tokens.map(foldToken).join(' '), words: words.length };
}

/**
 * The exact key of a name: "Al-Qābūn" → "qabun", "Deir ez-Zor" → "deir zor".
 * @example exactKey("Dar'a") // "dara"
 */
export function exactKey(name: string): string {
  return keyTokens(nameWords(name)).join(' ');
}

/**
 * The folded key of a name, on which lookups are made.
 * @example foldedKey("Khan Sheikhoun") === foldedKey("Khan Shaykhun") // true
 */
export function foldedKey(name: string): string {
  return keyTokens(nameWords(name)).map(foldToken).join(' ');
}
