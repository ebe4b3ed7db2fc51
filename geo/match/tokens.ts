/**
 * Words of the (masked) report with their offsets and normalised keys.
 */
import { ARTICLES, exactToken, foldToken, WORD_PATTERN } from '../gazetteer/normalize';

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


/**
 * Splits text into word tokens. A possessive "'s" is not part of the word. With
 * `keepLowercase`, a word starting with a lower-case letter is kept only if listed.
 * @example tokenize("Syria's al-Bab").map(t => t.raw) // ["Syria", "al", "Bab"]
 */
export function tokenize(text: string, keepLowercase?: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let raw = m[0];
    // Most words of a report are lower-case and name nothing: skip those no stage reads.
    if (keepLowercase && raw[0] !== (raw[0] as string).toUpperCase() && !keepLowercase.has(raw.toLowerCase())) continue;
    if (raw.length > 2 && raw[raw.length - 1] === 's' && (raw[raw.length - 2] === "'" || raw[raw.length - 2] === '’')) raw = raw.slice(0, -2);
    const exact = exactToken(raw);
    if (!exact) continue;
    const first = raw[0] as string;
    const cap = first !== first.toLowerCase() || (first >= '0' && first <= '9') || /\p{N}/u.test(first);
    tokens.push({
      start: m.index,
      end: m.index + raw.length,
      raw,
      exact,
      fold: foldToken(exact),
      cap,
      upper: cap && exact.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase(),
      article: ARTICLES.has(exact),
    });
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
