/**
 * Words of the (masked) report with their offsets and normalised keys.
 */
import { ARTICLES, exactToken, foldToken, memoized } from '../gazetteer/normalize';

export interface Token {
  start: number;
  end: number;
  raw: string;
  /** Lower-case, no diacritics or apostrophes. */
  exact: string;
  /** Transliteration-folded form of `exact`. */
  fold: string;
  /** Starts with a capital letter (or a digit, as in "Deir ez-Zor 24"). */
  cap: boolean;
  /** Written all in capitals, two letters or more ("ISIS", "SDF"). */
  upper: boolean;
  /** An Arabic article ("al", "el", "ash", …). */
  article: boolean;
}


const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const UPPER = /^\p{Lu}$/u;
/** Apostrophes and ayn signs that may join two parts of one word ("Ma'arrat", "N’Djamena"). */
const INNER_APOSTROPHES = new Set(['\'', '’', '‘', 'ʿ', 'ʾ', '`', '´', 'ʻ', 'ʼ'].map((c) => c.charCodeAt(0)));

/** Length (1 or 2 code units) of the letter or digit at `i`, or 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const pair = text.slice(i, i + 2);
    return LETTER_OR_DIGIT.test(pair) ? 2 : 0;
  }
  return LETTER_OR_DIGIT.test(text[i] as string) ? 1 : 0;
}

/** Length (1 or 2 code units) of the upper-case letter at `i`, or 0 when there is none. */
function upperAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return UPPER.test(text.slice(i, i + 2)) ? 2 : 0;
  return UPPER.test(text[i] as string) ? 1 : 0;
}

/**
 * The end of the word that starts at `start` (a letter or digit), as WORD_PATTERN reads
 * it: "U.S." (two or more capitals each with a full stop), else letters and digits, with
 * single apostrophes inside.
 */
function wordEnd(text: string, start: number): number {
  let abbreviation = start;
  let letters = 0;
  for (let w = upperAt(text, abbreviation); w > 0 && text.charCodeAt(abbreviation + w) === 46; w = upperAt(text, abbreviation)) {
    abbreviation += w + 1;
    letters++;
  }
  if (letters >= 2) return abbreviation;
  let end = start;
  for (;;) {
    for (let w = wordCharAt(text, end); w > 0; w = wordCharAt(text, end)) end += w;
    if (INNER_APOSTROPHES.has(text.charCodeAt(end)) && wordCharAt(text, end + 1) > 0) end += 1;
    else return end;
  }
}

/** What a token's fields say of its word, the same wherever it stands. */
type WordKeys = Pick<Token, 'raw' | 'exact' | 'fold' | 'cap' | 'upper' | 'article'>;

/**
 * Words repeat: the keys of each distinct word are made once (null: a word with no key).
 * Tokens share the word's first copy, so the one sliced from the text dies young.
 */
const keysOf = memoized(keysUncached);

function keysUncached(raw: string): WordKeys | null {
  const exact = exactToken(raw);
  if (!exact) return null;
  const first = raw[0] as string;
  const cap = first !== first.toLowerCase() || (first >= '0' && first <= '9') || /\p{N}/u.test(first);
  return {
    raw,
    exact,
    fold: foldToken(exact),
    cap,
    upper: cap && exact.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase(),
    article: ARTICLES.has(exact),
  };
}

/**
 * Splits text into word tokens (the words WORD_PATTERN matches, found by a scan that
 * makes no object for the words it skips). A possessive "'s" is not part of the word.
 * With `keepLowercase`, a word starting with a lower-case letter is kept only if listed.
 * @example tokenize("Syria's al-Bab").map(t => t.raw) // ["Syria", "al", "Bab"]
 */
export function tokenize(text: string, keepLowercase?: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  let longestKept = 0;
  if (keepLowercase) for (const word of keepLowercase) longestKept = Math.max(longestKept, word.length);
  for (let i = 0; i < text.length; ) {
    const width = wordCharAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    const end = wordEnd(text, start);
    i = end;
    const c = text.charCodeAt(start);
    // Most words of a report are lower-case and name nothing: skip those no stage reads.
    if (keepLowercase) {
      const lower = c < 128 ? c >= 97 && c <= 122 : text[start] !== (text[start] as string).toUpperCase();
      if (lower && (end - start > longestKept || !keepLowercase.has(text.slice(start, end).toLowerCase()))) continue;
    }
    let raw = text.slice(start, end);
    if (raw.length > 2 && raw[raw.length - 1] === 's' && (raw[raw.length - 2] === "'" || raw[raw.length - 2] === '’')) raw = raw.slice(0, -2);
    const keys = keysOf(raw);
    if (keys === null) continue;
    tokens.push({ start, end: start + raw.length, raw: keys.raw, exact: keys.exact, fold: keys.fold, cap: keys.cap, upper: keys.upper, article: keys.article });
  }
  return tokens;
}

/**
 * Whether two neighbouring tokens can belong to one name: only spaces (a few, since
 * markup was blanked) or a single hyphen between them, no line break or punctuation.
 */
export function joined(text: string, left: Token, right: Token): boolean {
  const length = right.start - left.end;
  if (length === 1) {
    const c = text.charCodeAt(left.end);
    return c === 32 || c === 0xa0 || c === 45 || c === 0x2013; // space, no-break space, hyphen, en dash
  }
  if (length < 2 || length > 3) return false;
  // "St. Petersburg", "Ft. Worth", "Mt. Kenya": an abbreviation's full stop stays inside the name.
  const start = text.charCodeAt(left.end) === 46 && ABBREVIATIONS.has(left.exact) ? left.end + 1 : left.end;
  for (let k = start; k < right.start; k++) if (text.charCodeAt(k) !== 32) return false;
  return start === left.end || right.start - start >= 1;
}

/** Abbreviations written with a full stop inside place names. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['st', 'ste', 'ft', 'mt', 'pt']);

/** Whether the gap before `right` is a hyphen ("al-Bab", "US-led"). */
export function hyphenBefore(text: string, right: Token): boolean {
  const c = text[right.start - 1];
  return c === '-' || c === '–';
}
