/**
 * A lexicon's phrases as whole words: what `(?<![\p{L}-])(?:phrases)(?![\p{L}…])` finds,
 * found without the look-behind in the regex. A regex that opens with a Unicode
 * look-behind tries it at every position, and on text with any character beyond
 * Latin-1 (a curly quote is enough) that test is a search of Unicode's letter table.
 * Scanning for the phrases first and checking the character before them here gives the
 * very same matches, faster where the phrases are whole words of their own (the
 * actors' forces and civilians: 12% of the actor reader); not for the event triggers,
 * whose short stems ("raid", "mob", "grad") turn up inside many other words.
 */

const LETTER = /^\p{L}$/u;

/** Whether a letter or a hyphen stands just before `at`: then no whole word starts there. */
export function joinedBefore(s: string, at: number): boolean {
  if (at === 0) return false;
  const c = s.charCodeAt(at - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;
  // A letter beyond the BMP ends in a low surrogate: the look-behind reads the whole pair.
  const pair = c >= 0xdc00 && c <= 0xdfff && at >= 2 ? s.slice(at - 2, at) : s[at - 1];
  return LETTER.test(pair as string);
}

/** Whole-word matches of one regex: `exec` and `test` as a regex with the look-behind gives them. */
export interface WholeWords {
  /** The next match at or after `from`, or null. */
  exec(s: string, from?: number): RegExpExecArray | null;
  test(s: string): boolean;
  /** Every match, as a global scan finds them (each search goes on from the last match's end). */
  all(s: string): RegExpExecArray[];
}

/**
 * @param phrases the regex source of the phrases (alternatives)
 * @param after the look-ahead that ends a whole word, e.g. `(?![\\p{L}-])`
 * @param flags regex flags besides `g` (`iu`, `u`)
 * @example wholeWords('the army|government forces', '(?![\\p{L}-])', 'iu').all('pro-government forces and the army') // one match, "the army"
 */
export function wholeWords(phrases: string, after: string, flags: string): WholeWords {
  const re = new RegExp(`(?:${phrases})${after}`, `${flags}g`);
  function exec(s: string, from = 0): RegExpExecArray | null {
    re.lastIndex = from;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      if (!joinedBefore(s, m.index)) return m;
      // The look-behind fails here: the regex would go on from the next position.
      re.lastIndex = m.index + 1;
    }
    return null;
  }
  return {
    exec,
    test: (s) => exec(s) !== null,
    all(s) {
      const found: RegExpExecArray[] = [];
      for (let m = exec(s); m !== null; m = exec(s, m.index + Math.max(1, m[0].length))) found.push(m);
      return found;
    },
  };
}
