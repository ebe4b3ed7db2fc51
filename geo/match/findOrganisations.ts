/**
 * Finds organisation names in the report: the lexicon's, and capitalised names whose
 * shape says organisation ("Aleppo Media Center", "Army of Islam"). Their words are
 * then closed to the place finder, so "al-Sham" in "Hayat Tahrir al-Sham" is never
 * Damascus.
 */
import { foldedKey, nameWords } from '../gazetteer/normalize';
import { ORGANISATIONS } from '../lexicon/organisations';
import type { Organisation, OrganisationMention } from '../types';
import { joined, type Token } from './tokens';

interface Alias {
  organisation: Organisation;
  /** Written in capitals: matches only the same capitals ("IS" is not "is"). */
  exactCase: string | null;
  /** Written with a capital: the report's word must have one too ("Amnesty", not "amnesty"). */
  capital: boolean;
}

function indexAliases(organisations: readonly Organisation[]): { byKey: Map<string, Alias>; maxWords: number; words: Set<string>; firstWords: Set<string> } {
  const byKey = new Map<string, Alias>();
  const vocabulary = new Set<string>();
  const firstWords = new Set<string>();
  let maxWords = 1;
  for (const organisation of organisations) {
    for (const written of [organisation.name, ...organisation.aliases]) {
      const alias = written.replace(/^the\s+/i, ''); // "The Guardian" is found as "Guardian" 
      const words = nameWords(alias);
      const letters = alias.replace(/[^\p{L}]/gu, '');
      const exactCase = letters.length > 0 && letters === letters.toUpperCase() ? alias : null;
      const key = foldedKey(alias);
      if (!key || byKey.has(key)) continue;
      const first = alias[0] ?? '';
      byKey.set(key, { organisation, exactCase, capital: first !== first.toLowerCase() });
      for (const word of key.split(' ')) vocabulary.add(word);
      firstWords.add(key.split(' ')[0] as string);
      maxWords = Math.max(maxWords, words.length);
    }
  }
  return { byKey, maxWords, words: vocabulary, firstWords };
}

const LEXICON = indexAliases(ORGANISATIONS);

/** Last words that make a capitalised name an organisation. */
const HEAD_NOUNS = new Set([
  'army', 'front', 'brigade', 'brigades', 'battalion', 'battalions', 'movement', 'council', 'forces',
  'force', 'party', 'center', 'centre', 'agency', 'news', 'media', 'observatory', 'network',
  'organization', 'organisation', 'committee', 'committees', 'ministry', 'university', 'institute',
  'foundation', 'group', 'division', 'corps', 'regiment', 'union', 'authority', 'commission',
  'coalition', 'company', 'bank', 'airlines', 'airways', 'times', 'post', 'herald', 'tribune',
  'club', 'legion', 'militia', 'guards', 'gazette', 'channel', 'tv', 'radio', 'press', 'police',
  'administration', 'federation', 'association', 'league', 'assembly', 'parliament',
  // Public bodies and offices, named for the place they serve: "Ohio Supreme Court", "Butler County Coroner".
  'court', 'courthouse', 'department', 'office', 'library', 'school', 'schools', 'college', 'academy',
  'hospital', 'clinic', 'senate', 'house', 'legislature', 'government', 'board', 'chamber', 'jail',
  'prison', 'sheriff', 'coroner', 'clerk', 'auditor', 'attorney', 'treasurer', 'prosecutor', 'manager',
  'commissioner', 'commissioners', 'superintendent', 'census',
]);

/** Heads of organisations that are media: the place in their name is where they publish, not what they report. */
const MEDIA_HEADS = new Set(['news', 'media', 'times', 'post', 'herald', 'tribune', 'gazette', 'channel', 'tv', 'radio', 'press', 'observatory', 'network', 'agency']);

/** First words that, followed by "of", make a capitalised name an organisation. */
const HEAD_OF = new Set([
  'army', 'university', 'ministry', 'ministers', 'bank', 'council', 'front', 'brigade', 'battalion',
  'federation', 'union', 'league', 'museum', 'embassy', 'consulate', 'department', 'government',
  'office', 'court', 'college',
]);

/** The longest organisation name tried by shape, in words (keeps the scan linear). */
const MAX_SHAPE_WORDS = 10;

/** Lower-case words allowed inside a capitalised name. */
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'des', 'la', 'bin', 'ibn', 'bint']);

const inVocabulary = (t: Token) => t.article || LEXICON.words.has(t.fold);

/** Every lower-case word of an organisation name, as written: the tokenizer must keep them. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  ORGANISATIONS.flatMap((o) => [o.name, ...o.aliases]).flatMap((alias) => nameWords(alias).map((w) => w.toLowerCase())),
);

function lexiconMatch(text: string, tokens: readonly Token[], i: number): { end: number; alias: Alias } | null {
  const first = tokens[i] as Token;
  // Most words are in no organisation's name: skip them before building any key.
  if (!first.article && !LEXICON.firstWords.has(first.fold)) return null;
  let limit = i + 1;
  while (limit < tokens.length && limit - i < LEXICON.maxWords && inVocabulary(tokens[limit] as Token) && joined(text, tokens[limit - 1] as Token, tokens[limit] as Token)) limit++;
  // keys[n - 1]: the key of the first n words, whose articles count only as the last word.
  const keys: string[] = [];
  let words = '';
  for (let k = i; k < limit; k++) {
    const t = tokens[k] as Token;
    keys.push(words ? `${words} ${t.fold}` : t.fold);
    if (!t.article) words = words ? `${words} ${t.fold}` : t.fold;
  }
  for (let n = limit - i; n >= 1; n--) {
    const last = tokens[i + n - 1] as Token;
    const alias = LEXICON.byKey.get(keys[n - 1] as string);
    if (!alias) continue;
    if (alias.exactCase !== null && text.slice(first.start, last.end) !== alias.exactCase) continue;
    if (alias.capital && !first.cap) continue;
    return { end: i + n, alias };
  }
  return null;
}

/** An organisation found by its shape: its tokens [i, end), and the tokens where the place it serves may stand. */
interface ShapeMatch {
  end: number;
  /** "Ohio" in "Ohio Supreme Court", "Georgia" in "University of Georgia"; null for media ("Aleppo Media Center"). */
  served: { from: number; to: number } | null;
}

/** A capitalised run of open tokens that ends with a head noun, or starts "Army of …". */
function shapeMatch(text: string, tokens: readonly Token[], masked: readonly boolean[], i: number): ShapeMatch | null {
  const first = tokens[i] as Token;
  if (!first.cap || first.exact === 'the') return null;
  let end = i + 1;
  while (end < tokens.length && end - i < MAX_SHAPE_WORDS && !masked[end]) {
    const t = tokens[end] as Token;
    if (!joined(text, tokens[end - 1] as Token, t)) break;
    if (!(t.cap || t.article || CONNECTORS.has(t.exact))) break;
    end++;
  }
  while (end > i + 1 && !(tokens[end - 1] as Token).cap) end--;
  if (end - i < 2) return null;
  if (HEAD_OF.has(first.exact) && (tokens[i + 1] as Token).exact === 'of') return { end, served: end > i + 2 ? { from: i + 2, to: end } : null };
  for (let k = end - 1; k > i; k--) {
    const head = (tokens[k] as Token).exact;
    if (!HEAD_NOUNS.has(head)) continue;
    const media = tokens.slice(i, k + 1).some((t) => MEDIA_HEADS.has(t.exact));
    if (media) return { end: k + 1, served: null };
    // "Bill Graves of the Ohio Department": the name after the last "of (the)" before the head.
    let from = i;
    for (let j = i + 1; j < k; j++) if ((tokens[j] as Token).exact === 'of') from = (tokens[j + 1] as Token).exact === 'the' ? j + 2 : j + 1;
    return { end: k + 1, served: from < k ? { from, to: k } : null };
  }
  return null;
}

/**
 * Finds organisation names: the lexicon's first, then names by their shape among the
 * words left.
 * @param text the masked report text
 * @param tokens its tokens
 * @returns the organisation mentions in text order, per token whether it belongs to one, and
 *   the token ranges inside public bodies' names where the place they serve may be named
 * @example findOrganisations(t, tokenize(t)).mentions.map(m => m.text) // ["Hayat Tahrir al-Sham"]
 */
export function findOrganisations(
  text: string,
  tokens: readonly Token[],
): { mentions: OrganisationMention[]; masked: boolean[]; served: { from: number; to: number }[] } {
  const mentions: OrganisationMention[] = [];
  const served: { from: number; to: number }[] = [];
  const masked = new Array<boolean>(tokens.length).fill(false);
  function mask(i: number, end: number, organisation: Organisation | null) {
    const start = (tokens[i] as Token).start;
    const stop = (tokens[end - 1] as Token).end;
    mentions.push({ start, end: stop, text: text.slice(start, stop), organisation });
    for (let k = i; k < end; k++) masked[k] = true;
  }
  for (let i = 0; i < tokens.length; ) {
    const hit = lexiconMatch(text, tokens, i);
    if (hit) mask(i, hit.end, hit.alias.organisation);
    i = hit?.end ?? i + 1;
  }
  for (let i = 0; i < tokens.length; ) {
    const hit = masked[i] ? null : shapeMatch(text, tokens, masked, i);
    if (hit) {
      mask(i, hit.end, null);
      if (hit.served) served.push(hit.served);
    }
    i = hit?.end ?? i + 1;
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, masked, served };
}
