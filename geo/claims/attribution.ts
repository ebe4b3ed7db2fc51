/**
 * Who says so: for every sentence, the words naming its source, the reporting words,
 * and the name they resolve to. Reads the constructions of English news ("X said",
 * "…, said X", "according to X", "citing X", "X, the head of …, said", "in a statement,
 * X …"), resolves pronouns and descriptions ("according to him", "the observatory
 * said") to the nearest earlier source that fits, and carries a quotation's source over
 * every sentence it runs through. Word lists are data (`geo/lexicon/reporting.json`).
 * Precision first: a construction it cannot read gives no source rather than a guess.
 */
import LEXICON from '../lexicon/reporting.json';
import type { Span, Stance } from '../types';

/** The source of one sentence. */
export interface Attribution {
  /** The words naming the source, where the text has them (in this sentence, or in the one a quotation started in). */
  source: Span;
  /** The reporting words as written ("said", "According to", "cited … as saying"). */
  cue: string;
  /** The source resolved: "he" → the person named before; a description → the named source it points to. */
  name: string;
  stance: Stance;
  /** True when the sentence takes the source of a quotation that runs over it from another sentence. */
  carried: boolean;
}

/** What the reader may know beyond the words: which capitalised words are demonyms ("Russian"). */
export interface AttributionContext {
  isDemonym?: (word: string) => boolean;
}

const set = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
const SPEECH = set(LEXICON.speechVerbs);
const THOUGHT = set(LEXICON.thoughtVerbs);
const ACCORDING = LEXICON.according.map((a) => a.toLowerCase().split(' '));
/** The "according to" phrases by their first word, in lexicon order: one Map lookup per token instead of a pass over them all. */
const ACCORDING_BY_FIRST = new Map<string, string[][]>();
for (const words of ACCORDING) ACCORDING_BY_FIRST.set(words[0] as string, [...(ACCORDING_BY_FIRST.get(words[0] as string) ?? []), words]);
const PASSIVE = set(LEXICON.passiveMarkers);
const SKIP_BEFORE = set(LEXICON.skipBeforeVerb);
const DETERMINERS = set(LEXICON.determiners);
const SOURCE_NOUNS = set(LEXICON.sourceNouns);
const PERSON_TITLES = set(LEXICON.personTitles);
const NAME_TITLES = set(LEXICON.nameTitles);
const NOT_NAMES = set(LEXICON.notNames);
const PERSON_PRONOUNS = set(LEXICON.pronouns.person);
const GROUP_PRONOUNS = set(LEXICON.pronouns.group);
const THING_PRONOUNS = set(LEXICON.pronouns.thing);
const PRONOUNS = new Set([...PERSON_PRONOUNS, ...GROUP_PRONOUNS, ...THING_PRONOUNS]);
const NOUN_LIKE = set(LEXICON.nounLike);
const TIME_WORDS = set(LEXICON.timeWords);
const PREPOSITIONS = set(LEXICON.prepositions);
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(LEXICON.placePrepositions);
const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'la', 'le', 'da', 'du', 'on', 'in', '&']);
/** Verbs that read as a source only with a preposition after them ("called for"), not alone ("a town called …"). */
const NEEDS_PARTICLE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['call', set(['for', 'on'])], ['calls', set(['for', 'on'])], ['called', set(['for', 'on'])], ['calling', set(['for', 'on'])],
  ['pointed', set(['out', 'to'])], ['points', set(['out', 'to'])],
  // "the minister continued:", not "fighting continued in the town"
  ['continued', set([':', ',', '“', '"'])],
]);
const CALLS = set(['call', 'calls', 'called', 'calling']);
/** Passive forms that still name their subject as the source: "officials were informed that". */
const PASSIVE_SOURCES = set(['informed', 'told', 'briefed', 'assured']);
const DENIALS = set(['deny', 'denies', 'denied', 'denying', 'rejected', 'dismissed', 'refuted']);
/** Words that end a noun phrase read backwards from a verb: what lies before them is another clause. */
const CLAUSE_WORDS = set(['that', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'because', 'if', 'as', 'than', 'but', 'and', 'or', 'so', 'after', 'before', 'since', 'until', 'although', 'though', 'to', 'not', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'do', 'does']);
const QUOTE_CHARS = '"“”‘’\'«»';
const INVERSION_BEFORE = new Set([',', '"', '“', '”', '’', "'", '—', '–', '-', ':']);

interface Token {
  start: number;
  end: number;
  raw: string;
  lower: string;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  cap: boolean;
}

const TOKEN_RE = /(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Maj|Sen|Rep|Gov|Prof|Rev|St|Jr|Sr)\.|\p{Lu}\.(?=\s+\p{Lu})|(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*(?:['’]s)?|\S/gu;

const WORD_START = /[\p{L}\p{N}]/u;
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|at|az|an|ash)-\p{Lu}/u;

/** Whether a token's first character is a letter or digit; ASCII without a regex (tokenize runs for every token of every sentence). */
function isWordStart(first: string): boolean {
  const c = first.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_START.test(first);
}

function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  // exec on the shared regex, not matchAll, which clones it on every call.
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    const code = raw.charCodeAt(0);
    const first = raw[0] as string;
    const word = isWordStart(first);
    // "al-Masdar", "el-Watan": a name behind an Arabic article is capitalised all the same.
    // (Only a hyphen third or fourth can start one: the regex is skipped for other tokens.)
    // An ASCII first letter is a capital when it is A-Z, which lower-casing it would tell too.
    const upperFirst = code < 128 ? code >= 65 && code <= 90 : first !== first.toLowerCase();
    const cap = word && (upperFirst || ((raw[2] === '-' || raw[3] === '-') && ARABIC_ARTICLE.test(raw)));
    const start = offset + m.index;
    tokens.push({ start, end: start + raw.length, raw, lower: raw.toLowerCase(), word, cap });
  }
  return tokens;
}

const possessive = (t: Token) => /['’]s$/.test(t.raw) || /s['’]$/.test(t.raw);
const bare = (t: Token) => t.lower.replace(/\.$/, '').replace(/['’]s$/, '');

/** A phrase found as a source, with how sure its shape makes it. */
interface Phrase {
  from: number; // token indices, inclusive
  to: number;
  kind: 'name' | 'pronoun' | 'relative' | 'description' | 'generic';
}

/** The sentence being read: its tokens and text. */
interface Reading {
  tokens: Token[];
  input: string;
  sentence: Span;
  isDemonym: (word: string) => boolean;
  /** Whether an offset lies inside a quotation: its words are the quoted speaker's, not a source. */
  inQuote: (offset: number) => boolean;
}

function isNameWord(r: Reading, k: number): boolean {
  const t = r.tokens[k];
  if (!t || !t.word) return false;
  if (k === 0 && /ing$/.test(t.lower)) return false; // "Fighting continued …"
  if (t.cap) return !NOT_NAMES.has(bare(t)) || (k > 0 && r.tokens[k - 1]?.cap === true && !NOT_NAMES.has(bare(r.tokens[k - 1] as Token)));
  return false;
}

/** The capitalised name ending at token j ("Mr. Smith", "The Daily Post", "party nominee Jane Roe"), or null. */
function nameEndingAt(r: Reading, j: number): Phrase | null {
  if (!isNameWord(r, j)) return null;
  let from = j;
  for (let k = j - 1; k >= 0; k--) {
    const t = r.tokens[k] as Token;
    if (isNameWord(r, k) && !possessive(t)) from = k;
    else if (t.word && NAME_CONNECTORS.has(t.lower)) {
      // "Mr. Smith of the Red Crescent": connectors between capitalised words.
      let c = k;
      while (c > 0 && NAME_CONNECTORS.has((r.tokens[c - 1] as Token).lower) && (r.tokens[c - 1] as Token).word) c--;
      if (!isNameWord(r, c - 1)) break;
      k = c;
    } else if (t.word && !t.cap && (NAME_TITLES.has(t.lower) || PERSON_TITLES.has(t.lower))) from = k; // "nominee Jane Roe", "governor Vadym …"
    else break;
  }
  // Connectors left at the front are not part of the name; "the" before it is ("the Tax Foundation").
  while (from < j && NAME_CONNECTORS.has((r.tokens[from] as Token).lower) && !(r.tokens[from] as Token).cap) from++;
  const only = r.tokens[j] as Token;
  if (from === j && r.isDemonym(only.raw.replace(/['’]s$/, ''))) return null; // "Russian plans …"
  if (r.tokens[from - 1]?.lower === 'the') from--;
  // "Ukraine's General Staff": the owner's name is part of it.
  const owner = r.tokens[from - 1];
  if (owner && possessive(owner) && owner.cap && from < j + 1) {
    const whose = nameEndingAt(r, from - 1);
    if (whose) from = whose.from;
  }
  return { from, to: j, kind: 'name' };
}

/**
 * Whether a phrase starting at token `from` can be a clause's subject, not part of a
 * longer noun phrase ("his Radio Free Hour show"); `strict` for cues that are nouns too
 * ("shows", "plans"), where only a clause boundary may come before.
 */
function standsAlone(r: Reading, from: number, strict = false): boolean {
  const before = r.tokens[from - 1];
  if (!before || !before.word) return true;
  if (possessive(before) || DETERMINERS.has(before.lower) || PREPOSITIONS.has(before.lower)) return false;
  if (!strict) return true;
  return before.cap || CLAUSE_WORDS.has(before.lower) || NOT_NAMES.has(before.lower) || TIME_WORDS.has(before.lower) || SKIP_BEFORE.has(before.lower) || /ly$/.test(before.lower);
}

/** The noun phrase ending at token j: "the source", "volunteer groups", "the head of the region", "Smith's spokesman". */
function descriptionEndingAt(r: Reading, j: number): Phrase | null {
  const head = r.tokens[j];
  if (!head || !head.word || head.cap || possessive(head) || CLAUSE_WORDS.has(head.lower) || DETERMINERS.has(head.lower) || PRONOUNS.has(head.lower) || PREPOSITIONS.has(head.lower) || SPEECH.has(head.lower) || THOUGHT.has(head.lower) || TIME_WORDS.has(head.lower)) return null;
  let from = j;
  let determined = false;
  for (let k = j - 1; k >= 0 && j - k < 12; k--) {
    const t = r.tokens[k] as Token;
    if (!t.word) break;
    if (DETERMINERS.has(t.lower) || /^\p{N}/u.test(t.raw)) {
      from = k;
      determined = true;
      // "the head of the region": go on through "of" / "for" to the phrase it belongs to.
      const link = r.tokens[k - 1];
      if (link && (link.lower === 'of' || link.lower === 'for' || link.lower === 'at' || link.lower === 'from') && k - 2 >= 0) {
        const before = descriptionEndingAt(r, k - 2) ?? nameEndingAt(r, k - 2);
        if (before) from = before.from;
      }
      break;
    }
    if (CLAUSE_WORDS.has(t.lower) || PRONOUNS.has(t.lower) || PREPOSITIONS.has(t.lower) || SPEECH.has(t.lower) || THOUGHT.has(t.lower)) break;
    if (t.cap && !possessive(t) && !r.isDemonym(t.raw) && NOT_NAMES.has(bare(t))) break;
    from = k;
    if (possessive(t)) {
      // "Smith's spokesman": the owner's name is part of the phrase.
      const owner = nameEndingAt(r, k);
      if (owner) from = owner.from;
      determined = true;
      break;
    }
  }
  if (!determined && !SOURCE_NOUNS.has(head.lower)) return null;
  if (from === j && !SOURCE_NOUNS.has(head.lower)) return null;
  return { from, to: j, kind: SOURCE_NOUNS.has(head.lower) && !determined ? 'generic' : 'description' };
}

/** The source phrase ending just before a verb at token j (backwards over "has", "also", "this week"…). */
function subjectBefore(r: Reading, verb: number, strong: boolean, nounLike: boolean): Phrase | null {
  let j = verb - 1;
  for (;;) {
    const t = r.tokens[j];
    if (!t || !t.word) break;
    if (SKIP_BEFORE.has(t.lower) || (/ly$/.test(t.lower) && !t.cap)) j--;
    else if (/^\d{4}$/.test(t.raw) && r.tokens[j - 1]?.lower === 'in') j -= 2; // "who in 2010 said"
    else if (TIME_WORDS.has(t.lower) && !PRONOUNS.has(t.lower)) {
      // "this month announced", "on Monday said"
      j--;
      const u = r.tokens[j];
      if (u && (u.lower === 'this' || u.lower === 'last' || u.lower === 'next' || u.lower === 'on' || u.lower === 'early' || u.lower === 'late')) j--;
    } else break;
  }
  j = beforeParenthesis(r, j); // "Sen. Jane Roe (D-Mo.) said"
  const t = r.tokens[j];
  if (!t) return null;
  if (t.word && PRONOUNS.has(t.lower)) return { from: j, to: j, kind: 'pronoun' };
  if (t.word && t.lower === 'who') return strong && r.tokens[j - 1]?.raw === ',' ? { from: j, to: j, kind: 'relative' } : null;
  if (t.raw === ',') return nounLike ? null : appositionBefore(r, j, strong);
  if (!t.word || possessive(t)) return null;
  const found = nameEndingAt(r, j);
  const name = found ? withOwner(r, found) : null;
  if (name) return standsAlone(r, name.from, nounLike) ? name : null;
  const description = descriptionEndingAt(r, j);
  if (!description) return null;
  if ((!strong || nounLike) && !SOURCE_NOUNS.has(t.lower)) return null;
  if (description.kind === 'description' && !SOURCE_NOUNS.has(t.lower) && !CORE.has((r.tokens[verb] as Token).lower)) return null;
  return description;
}

/** The verbs after which any noun phrase before them is the source ("the report said"). */
const CORE = set(['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'reported', 'announced', 'claimed', 'warned', 'noted', 'argued', 'insisted', 'explained', 'concluded', 'found', 'confirmed', 'denied', 'acknowledged', 'stated']);

/** A name inside a longer source phrase: "officials at X", "the head of X". */
function withOwner(r: Reading, phrase: Phrase): Phrase {
  const link = r.tokens[phrase.from - 1];
  if (!link || !/^(?:of|at|for|from|with|in)$/.test(link.lower)) return phrase;
  const owner = descriptionEndingAt(r, phrase.from - 2);
  return owner && SOURCE_NOUNS.has((r.tokens[phrase.from - 2] as Token).lower) ? { from: owner.from, to: phrase.to, kind: phrase.kind } : phrase;
}

/** Whether tokens [from, to] read as a description set off by commas: "director of the institute", "the Republican attorney general", "25", "R-Ky.". */
function appositive(r: Reading, from: number, to: number): boolean {
  const first = r.tokens[from];
  if (!first || to < from || to - from > 24) return false;
  const words = r.tokens.slice(from, to + 1);
  if (words.length <= 4 && words.every((t) => t.cap || /^\p{N}+$/u.test(t.raw) || t.raw === '.' || t.raw === '-')) return true; // "25", "R-Ky.", "Va."
  const determined = DETERMINERS.has(first.lower);
  const opens = determined || SOURCE_NOUNS.has(first.lower) || PERSON_TITLES.has(first.lower) || NAME_TITLES.has(first.lower) || (first.cap && SOURCE_NOUNS.has((r.tokens[to] as Token).lower));
  if (!opens) return false;
  return words.every((t) => {
    if (!t.word) return t.raw === '-' || t.raw === '’' || t.raw === "'" || t.raw === '(' || t.raw === ')' || t.raw === '.';
    if (t.cap) return true;
    if (SPEECH.has(t.lower) || THOUGHT.has(t.lower)) return false;
    return determined || !CLAUSE_WORDS.has(t.lower) || t.lower === 'and';
  });
}

/** The token before a parenthesis that ends at j ("Jane Roe (D-Mo.)"), or j. */
function beforeParenthesis(r: Reading, j: number): number {
  if (r.tokens[j]?.raw !== ')') return j;
  let open = j;
  while (open > 0 && j - open < 8 && (r.tokens[open] as Token).raw !== '(') open--;
  return (r.tokens[open] as Token).raw === '(' ? open - 1 : j;
}

/** "the head of the region, Ivan Petrenko, said", "Smith, who heads the group, said", "Smith, the chief, 25, said". */
function appositionBefore(r: Reading, comma: number, strong: boolean): Phrase | null {
  let close = comma;
  for (let round = 0; round < 2; round++) {
    let open = close - 1;
    while (open >= 0 && (r.tokens[open] as Token).raw !== ',' && close - open < 32) open--;
    if (open < 0 || (r.tokens[open] as Token).raw !== ',') return null;
    const inner = round === 0 ? nameEndingAt(r, beforeParenthesis(r, close - 1)) : null;
    if (inner && inner.from === open + 1) {
      // The name between commas, with the description before it when there is one.
      const title = descriptionEndingAt(r, open - 1);
      return { from: title ? title.from : inner.from, to: inner.to, kind: 'name' };
    }
    const first = r.tokens[open + 1] as Token;
    const relative = first.lower === 'who' || first.lower === 'whose' || (!first.cap && /(?:ing|ed)$/.test(first.lower) && !SOURCE_NOUNS.has(first.lower));
    if (!relative && !appositive(r, open + 1, close - 1)) return null;
    const end = beforeParenthesis(r, open - 1);
    const name = nameEndingAt(r, end);
    const outer = name ? withOwner(r, name) : strong ? descriptionEndingAt(r, end) : null;
    if (outer && standsAlone(r, outer.from)) return outer;
    // "Jane Roe, the attorney general of the state, one of those suing, said": one more back.
    close = open;
  }
  return null;
}

/** The source phrase after a cue: "according to the United Nations", "…, said Mr. Smith, the envoy". */
function phraseAfter(r: Reading, at: number, inverted: boolean): Phrase | null {
  const k = at;
  const t = r.tokens[k];
  // "…, said on Monday that", "…, said in a statement": no inversion, the source came before.
  if (inverted && t && /^(?:on|in|at|late|early|last|this)$/.test(t.lower) && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|statement|interview|night|morning|evening|afternoon|week|month|year|telegram|a|an|the)$/.test(r.tokens[k + 1]?.lower ?? '')) return null;
  if (!t || !t.word) return null;
  if (PRONOUNS.has(t.lower)) return { from: k, to: k, kind: 'pronoun' };
  // Forwards: take the longest name or description, then an apposition after a comma.
  let end = k;
  let sawHead = false;
  let determined = DETERMINERS.has(t.lower);
  for (let m = k; m < r.tokens.length && m - k < 14; m++) {
    const u = r.tokens[m] as Token;
    if (!u.word) {
      if ((u.raw === '-' || u.raw === '–') && m > k) continue;
      break;
    }
    if (m > k && (CLAUSE_WORDS.has(u.lower) || SPEECH.has(u.lower) || THOUGHT.has(u.lower))) break;
    if (m > k && DETERMINERS.has(u.lower) && !['of', 'for', 'at', 'from', 'in'].includes((r.tokens[m - 1] as Token).lower)) break;
    if (/^(?:on|in|at|during|last|this|when|after|before|over|about|said)$/.test(u.lower) && m > k && !(r.tokens[m + 1]?.cap && u.lower !== 'on')) break;
    if (DETERMINERS.has(u.lower)) determined = true;
    if (u.cap || SOURCE_NOUNS.has(u.lower) || (determined && !NAME_CONNECTORS.has(u.lower))) sawHead = sawHead || u.cap || SOURCE_NOUNS.has(u.lower) || (determined && !DETERMINERS.has(u.lower));
    end = m;
  }
  while (end > k && (NAME_CONNECTORS.has((r.tokens[end] as Token).lower) || DETERMINERS.has((r.tokens[end] as Token).lower))) end--;
  if (!sawHead) return null;
  const last = r.tokens[end] as Token;
  const capitalised = r.tokens.slice(k, end + 1).some((u) => u.cap && !NOT_NAMES.has(bare(u)));
  if (!capitalised && !SOURCE_NOUNS.has(last.lower) && !determined) return null;
  if (!capitalised && !determined && !SOURCE_NOUNS.has(last.lower)) return null;
  // An apposition: ", Ivan Petrenko," after "the head of the region".
  if (r.tokens[end + 1]?.raw === ',') {
    const after = r.tokens[end + 2];
    if (after && isNameWord(r, end + 2)) {
      let stop = end + 2;
      while (stop + 1 < r.tokens.length && (isNameWord(r, stop + 1) || (NAME_CONNECTORS.has((r.tokens[stop + 1] as Token).lower) && isNameWord(r, stop + 2)))) stop++;
      const closes = r.tokens[stop + 1];
      if (!closes || !closes.word) return { from: k, to: stop, kind: 'name' };
    }
  }
  return { from: k, to: end, kind: capitalised ? 'name' : SOURCE_NOUNS.has(last.lower) && !determined ? 'generic' : 'description' };
}

interface Found {
  phrase: Phrase;
  cue: string;
  stance: Stance;
  /** Token index of the cue, for the order of several in one sentence. */
  at: number;
  strength: number;
}

function spanOf(r: Reading, from: number, to: number): Span {
  const start = (r.tokens[from] as Token).start;
  const end = (r.tokens[to] as Token).end;
  return { start, end, text: r.input.slice(start, end) };
}

function cueText(r: Reading, from: number, to: number): string {
  return spanOf(r, from, to).text;
}

/** Whether the phrase after an inverted cue ends the clause: "…, said Smith." but not "…, said he would". */
function endsClause(r: Reading, phrase: Phrase): boolean {
  const next = r.tokens[phrase.to + 1];
  return !next || !next.word || TIME_WORDS.has(next.lower) || next.lower === 'on' || next.lower === 'in' || next.lower === 'at' || next.lower === 'that' || next.lower === 'of' || next.lower === 'to';
}

/** Whether only punctuation and time words follow token k to the end of the sentence. */
function lastClause(r: Reading, k: number): boolean {
  for (let m = k + 1; m < r.tokens.length; m++) {
    const t = r.tokens[m] as Token;
    if (t.word && !TIME_WORDS.has(t.lower) && !PREPOSITIONS.has(t.lower) && !DETERMINERS.has(t.lower) && !t.cap) return false;
    if (t.raw === ',' || t.raw === ';' || t.raw === ':') return false;
  }
  return true;
}

/** Every source construction of one sentence, best first. */
function readSentence(r: Reading): Found[] {
  const found: Found[] = [];
  const { tokens } = r;
  const add = (phrase: Phrase | null, cue: string, stance: Stance, at: number, strength: number) => {
    if (!phrase) return;
    const opening = r.tokens[Math.min(at, phrase.from) - 1];
    const trailing = opening !== undefined && INVERSION_BEFORE.has(opening.raw) && lastClause(r, Math.max(at, phrase.to));
    found.push({ phrase, cue, stance, at, strength: strength + (trailing ? 1 : 0) });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (r.inQuote(t.start)) continue;
    // "“…” ― Sonya Herridge": a quotation signed after a dash.
    // (The quotation mark is looked for only before a dash: this loop runs for every token.)
    const dash = t.raw === '―' || t.raw === '—' || t.raw === '–';
    if (dash && (i === 0 ? /["”’]\s*$/.test(r.input.slice(Math.max(0, r.sentence.start - 4), r.sentence.start)) : /["”’]/.test(tokens[i - 1]?.raw ?? ''))) {
      const name = phraseAfter(r, i + 1, false);
      if (name && name.kind === 'name' && lastClause(r, name.to)) add(name, t.raw, 'asserts', i, 2);
      continue;
    }
    if (!t.word) continue;
    // "according to X", "citing X"
    const according = ACCORDING_BY_FIRST.get(t.lower)?.find((words) => words.every((w, k) => tokens[i + k]?.lower === w));
    if (according) {
      add(phraseAfter(r, i + according.length, false), cueText(r, i, i + according.length - 1), 'asserts', i, 3);
      i += according.length - 1;
      continue;
    }
    if (t.cap) continue;
    const speech = SPEECH.has(t.lower);
    if (!speech && !THOUGHT.has(t.lower)) continue;
    const nounLike = NOUN_LIKE.has(t.lower);
    let cueEnd = i;
    const particles = NEEDS_PARTICLE.get(t.lower);
    if (particles) {
      const particle = tokens[i + 1];
      // "called for", "pointed out"; "called half of them “deplorables”" has its quotation instead.
      const quoted = CALLS.has(t.lower) && tokens.slice(i + 1).some((u) => u.raw === '“' || u.raw === '"');
      if (!quoted && (!particle || !particles.has(particle.lower))) continue;
      if (!quoted && particle?.word) cueEnd = i + 1;
    }
    const prev = tokens[i - 1];
    const next = tokens[cueEnd + 1];
    if (next && (next.lower === 'of' || next.lower === 'with') && /^(?:accused|charged|suspected|alleged)$/.test(t.lower)) continue; // "people accused of …"
    if (prev && (prev.lower === 'to' || DETERMINERS.has(prev.lower) || prev.lower === 'as' || prev.lower === 'so' || PREPOSITIONS.has(prev.lower))) {
      // "refused to say", "the said report", "as reported": not a source here, unless "as reported by X".
      if (next?.lower === 'by') add(phraseAfter(r, cueEnd + 2, false), cueText(r, i, cueEnd + 1), 'asserts', i, 3);
      continue;
    }
    const stance: Stance = DENIALS.has(t.lower) ? 'denies' : 'asserts';
    const cue = cueText(r, i, cueEnd);
    // "X cited a source as saying": the cue runs to "saying".
    if ((t.lower === 'cited' || t.lower === 'quoted') && tokens.slice(i + 1, i + 12).some((u) => u.lower === 'saying')) {
      add(subjectBefore(r, i, true, false), `${t.raw} … as saying`, stance, i, 3);
      continue;
    }
    if (/^(?:not|n't|never)$/.test(prev?.lower ?? '') || /n['’]t$/.test(prev?.lower ?? '') || (prev?.lower === 'immediately' && /^(?:not|n't)$|n['’]t$/.test(tokens[i - 2]?.lower ?? ''))) continue; // "did not respond"
    // Passive: "it was reported", unless "by X" follows or the subject was told.
    let p = i - 1;
    while (p >= 0 && SKIP_BEFORE.has((tokens[p] as Token).lower) && (tokens[p] as Token).lower !== 'told') p--;
    if (p >= 0 && PASSIVE.has((tokens[p] as Token).lower) && /ing$/.test(t.lower)) {
      // "the mayor is demanding …": a progressive, active; the subject stands before "is".
      add(subjectBefore(r, p, speech, nounLike), cueText(r, p, cueEnd), stance, i, speech ? 2 : 1);
      continue;
    }
    if (p >= 0 && PASSIVE.has((tokens[p] as Token).lower)) {
      if (next?.lower === 'by') add(phraseAfter(r, cueEnd + 2, false), cueText(r, p, cueEnd + 1), stance, i, 2);
      else if (PASSIVE_SOURCES.has(t.lower) && next?.lower === 'that') {
        const subject = subjectBefore(r, p, true, false);
        if (subject && subject.kind !== 'relative') add(subject, cueText(r, p, cueEnd), stance, i, 2);
      }
      continue;
    }
    // ", saying …", ", adding …": the subject of the clause before.
    if (/ing$/.test(t.lower) && prev?.raw === ',') {
      add(subjectAtStart(r), cue, stance, i, speech ? 1 : 0);
      continue;
    }
    const subject = subjectBefore(r, i, speech, nounLike);
    if (subject) {
      add(subject, cue, stance, i, speech ? 2 : 1);
      continue;
    }
    // Inverted: "…,” said the spokesman", "…, says Smith".
    if (speech && !nounLike && prev && INVERSION_BEFORE.has(prev.raw)) {
      const after = phraseAfter(r, cueEnd + 1, true);
      if (after && after.kind !== 'pronoun' ? endsClause(r, after) : after && endsClause(r, after)) add(after, cue, stance, i, 2);
    }
  }
  return found.sort((a, b) => b.strength - a.strength || a.at - b.at);
}

/** The sentence's subject when it opens with a name or a pronoun ("Smith tweeted …, saying"). */
function subjectAtStart(r: Reading): Phrase | null {
  let k = 0;
  while (k < r.tokens.length && !(r.tokens[k] as Token).word) k++;
  const t = r.tokens[k];
  if (!t || r.inQuote(t.start)) return null;
  if (PRONOUNS.has(t.lower)) return { from: k, to: k, kind: 'pronoun' };
  if (!isNameWord(r, k)) return null;
  let end = k;
  while (end + 1 < r.tokens.length && (isNameWord(r, end + 1) || (NAME_CONNECTORS.has((r.tokens[end + 1] as Token).lower) && isNameWord(r, end + 2)))) end++;
  return { from: k, to: end, kind: 'name' };
}

/** A quotation's extent over the text: [start, end) of each, straight or curly marks. */
function quotations(text: string, body: readonly Span[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const part of body) {
    let open = -1;
    for (let k = part.start; k < part.end; k++) {
      // Most characters are no quotation mark nor line break, and no branch below reads them:
      // skip them by their code, before making a string of each.
      const code = text.charCodeAt(k);
      if (code !== 0x201c && code !== 0x201d && code !== 0x22 && code !== 0x27 && code !== 0x0a) continue;
      const c = text[k];
      const lineStart = k === part.start || text[k - 1] === '\n';
      if (c === '“' || (c === '”' && lineStart && open < 0)) {
        if (open < 0) open = k;
      } else if (c === '”') {
        if (open >= 0) spans.push([open, k + 1]);
        open = -1;
      } else if (c === '"' || (c === "'" && text[k + 1] === "'")) {
        const at = k;
        if (c === "'") k++; // '' as a double quotation mark
        if (open < 0) open = at;
        else if (lineStart) continue; // a quotation that runs into a new paragraph reopens it
        else {
          spans.push([open, k + 1]);
          open = -1;
        }
      } else if (c === '\n' && open >= 0 && !/^\s*["“]/.test(text.slice(k + 1, k + 8))) {
        spans.push([open, k]); // a paragraph ends an unclosed quotation unless the next one reopens it
        open = -1;
      }
    }
    if (open >= 0) spans.push([open, part.end]);
  }
  return spans;
}

const LOWER_ARTICLE = /^the\s+/i;

/** What kind of source a resolved phrase is, for pronouns to find it. */
type SourceKind = 'person' | 'group' | 'unknown';

interface Named {
  name: string;
  kind: SourceKind;
  /** The source's words with the description before it ("the head of the region, Ivan Petrenko"), lower case. */
  words: string;
}

const ORG_WORD = /\b(?:network|ministry|council|committee|agency|army|forces?|media|observatory|office|department|organi[sz]ation|group|groups|party|union|coalition|government|administration|campaign|police|news|times|post|press|service|command|commission|court|nations|center|centre|institute|foundation|association|league|front|movement|brigades?|corps|authorities|officials|sources|activists|residents|doctors|volunteers|monitors|republicans|democrats)\b/i;

/** Whether a source reads as a person (for "he", "she") or a body (for "it", "they"). */
function kindOf(name: string, source: string, phrase: Phrase): SourceKind {
  if (phrase.kind === 'generic') return 'group';
  if (ORG_WORD.test(name) || (phrase.kind === 'name' && /^the\s/i.test(source) && !/,/.test(source))) return 'group';
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return phrase.kind === 'name' && words.length >= 1 && words.length <= 4 ? 'person' : 'unknown';
}

/**
 * Reads the source of every sentence.
 * @param input the report as given (spans quote it)
 * @param text the masked report text, same length (see `maskMarkup`)
 * @param body the body spans
 * @param sentences the body's sentences, in text order (`splitSentences`)
 * @param context what else the reader may know (demonyms)
 * @returns per sentence, its attribution or null
 * @example readAttributions(t, t, body, splitSentences(t, body))[0]?.name // "Ivan Petrenko"
 */
export function readAttributions(
  input: string,
  text: string,
  body: readonly Span[],
  sentences: readonly Span[],
  context: AttributionContext = {},
): (Attribution | null)[] {
  const isDemonym = context.isDemonym ?? (() => false);
  const quotes = quotations(text, body);
  const inQuote = (offset: number) => {
    // The quotations are in text order and do not overlap: the last one opening before `offset`.
    let lo = 0;
    let hi = quotes.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((quotes[mid] as [number, number])[0] < offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && offset < (quotes[found] as [number, number])[1] - 1;
  };
  const named: Named[] = [];
  const result: (Attribution | null)[] = [];
  let labelled: Attribution | null = null;

  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as Span;
    const r: Reading = { tokens: tokenize(s.text, s.start), input, sentence: s, isDemonym, inQuote };
    const paragraphStart = i === 0 || /\n/.test(text.slice((sentences[i - 1] as Span).end, s.start));
    if (paragraphStart) labelled = null;
    const label = speakerLabel(r);
    const best = label ?? readSentence(r)[0];
    if (labelled && !label) {
      // A transcript's turn: every sentence of the paragraph is the speaker's.
      result.push({ ...labelled, carried: true });
      continue;
    }
    if (!best) {
      result.push(null);
      continue;
    }
    const source = spanOf(r, best.phrase.from, best.phrase.to);
    const name = resolve(source.text, best.phrase, r, named);
    if (best.phrase.kind !== 'pronoun' && best.phrase.kind !== 'relative') {
      named.push({ name, kind: kindOf(name, source.text, best.phrase), words: spanOf(r, Math.max(0, best.phrase.from - 8), best.phrase.to).text.toLowerCase() });
    }
    const attribution: Attribution = { source, cue: best.cue, name, stance: best.stance, carried: false };
    if (label) labelled = attribution;
    result.push(attribution);
  }
  moveFragments(text, sentences, result);
  carryColon(text, sentences, result);
  carryQuotations(text, quotes, sentences, result);
  return result;
}

/** "HOST: …" at the start of a paragraph: a transcript's speaker. */
function speakerLabel(r: Reading): Found | null {
  let k = 0;
  while (k < r.tokens.length && !(r.tokens[k] as Token).word && QUOTE_CHARS.includes((r.tokens[k] as Token).raw)) k++;
  const from = k;
  while (k < r.tokens.length && k - from < 4 && (r.tokens[k] as Token).word && /^[\p{Lu}.'’-]{2,}$/u.test((r.tokens[k] as Token).raw)) k++;
  if (k === from || r.tokens[k]?.raw !== ':') return null;
  return { phrase: { from, to: k - 1, kind: 'name' }, cue: ':', stance: 'asserts', at: from, strength: 3 };
}

/** The name a source phrase stands for: pronouns and definite descriptions point back. */
function resolve(text: string, phrase: Phrase, r: Reading, named: readonly Named[]): string {
  const written = text.replace(LOWER_ARTICLE, '');
  if (phrase.kind === 'relative') {
    // "Smith, who said …": the name before the comma.
    const comma = r.tokens[phrase.from - 1]?.raw === ',' ? phrase.from - 2 : phrase.from - 1;
    const owner = nameEndingAt(r, comma) ?? descriptionEndingAt(r, comma);
    return owner ? spanOf(r, owner.from, owner.to).text.replace(LOWER_ARTICLE, '') : text;
  }
  if (phrase.kind === 'name') return properName(r, phrase) ?? written;
  const lower = text.toLowerCase();
  const recent = named.slice(-12).reverse();
  if (phrase.kind === 'pronoun') {
    const kind: SourceKind = PERSON_PRONOUNS.has(lower) ? 'person' : 'group';
    const earlier = recent.find((n) => n.kind === kind || (kind === 'group' && n.kind === 'unknown'));
    return earlier?.name ?? text;
  }
  if (phrase.kind === 'description' && /^the\s/i.test(text)) {
    const head = (r.tokens[phrase.to] as Token).lower;
    const modifiers = r.tokens.slice(phrase.from + 1, phrase.to).filter((t) => t.word);
    // "The Israeli army" names its own source; "the observatory" points back to one.
    if (modifiers.some((t) => t.cap)) return written;
    const match = recent.find((n) => n.words.includes(head) && modifiers.every((t) => n.words.includes(t.lower)) && n.name.toLowerCase() !== lower);
    if (match) return match.name;
    if (PERSON_TITLES.has(head)) {
      const person = recent.find((n) => n.kind === 'person');
      if (person && recent.indexOf(person) < 3) return person.name;
    }
  }
  return written;
}

/**
 * The person's or body's own name inside a source phrase: "Ivan Petrenko" in "the
 * Kremlin-installed head of the region, Ivan Petrenko"; "Petro Marchenko" in "regional
 * governor Petro Marchenko"; the phrase itself when it is all name ("the Darfur Medical Network").
 */
function properName(r: Reading, phrase: Phrase): string | null {
  const tokens = r.tokens.slice(phrase.from, phrase.to + 1);
  let from = 0;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.raw === ',' || (t.word && !t.cap && !NAME_CONNECTORS.has(t.lower))) {
      from = k + 1;
      break;
    }
  }
  const breakAt = from;
  while (from < tokens.length && !(tokens[from] as Token).cap) from++;
  // "activists in Syria", "officials at Kyiv's hospital": the name says where the source
  // is, not who it is; the whole description is the source.
  const skipped = tokens.slice(breakAt, from).filter((t) => t.word);
  if (breakAt > 0 && skipped.length === 1 && PLACE_PREPOSITIONS.has((skipped[0] as Token).lower)) return null;
  // "Colonel Anna Kovac" → "Anna Kovac"; "Mr. Smith" keeps its title.
  while (from + 2 < tokens.length && NAME_TITLES.has(bare(tokens[from] as Token)) && (tokens[from + 1] as Token).cap) from++;
  if (from >= tokens.length) return null;
  const first = tokens[from] as Token;
  const last = tokens[tokens.length - 1] as Token;
  return r.input.slice(first.start, last.end).replace(/^the\s+/i, '');
}

/** Whether a sentence is nothing but its attribution ("Smith said.", "he asks."). */
function onlyAttribution(text: string, s: Span, a: Attribution): boolean {
  const rest = `${text.slice(s.start, a.source.start)} ${text.slice(a.source.end, s.end)}`.replace(a.cue, ' ');
  return rest.replace(/\b(?:also|then|later|again|in|an?|the|interview|statement|on|at|last|this|\w+day|night|morning|evening|afternoon|week)\b/gi, ' ').replace(/[\s.,;:!?"“”'’—–-]+/g, '').length === 0;
}

/** "“Why?” ⏎ he asks.": the segmenter parts a quotation from its attribution; the quotation takes it back. */
function moveFragments(text: string, sentences: readonly Span[], result: (Attribution | null)[]): void {
  for (let i = 1; i < sentences.length; i++) {
    const a = result[i];
    const s = sentences[i] as Span;
    const prev = sentences[i - 1] as Span;
    // The cheap tests first: a quotation closing the sentence before is rare, a sentence of nothing but its attribution rarer.
    if (!a || a.carried || s.text.endsWith(':') || !/["”’]\s*$/.test(prev.text)) continue;
    if ((/\n/.test(text.slice(prev.end, s.start)) && !/^[―—–]/.test(a.cue)) || !onlyAttribution(text, s, a)) continue;
    if (!result[i - 1]) result[i - 1] = { ...a, carried: true };
    result[i] = null;
  }
}

/** "X said:" closing a paragraph: the next paragraph is what X said. */
function carryColon(text: string, sentences: readonly Span[], result: (Attribution | null)[]): void {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const a = result[i];
    const s = sentences[i] as Span;
    if (!a || a.carried || !s.text.endsWith(':') || !/\n/.test(text.slice(s.end, (sentences[i + 1] as Span).start))) continue;
    for (let k = i + 1; k < sentences.length && !result[k]; k++) {
      result[k] = { ...a, carried: true };
      const next = sentences[k + 1];
      if (!next || /\n/.test(text.slice((sentences[k] as Span).end, next.start))) break;
    }
    if (onlyAttribution(text, s, a)) result[i] = null; // "The minister continued:" itself says nothing
  }
}

/**
 * Sentences inside a quotation take the source given with it: in one of its sentences
 * ("“…. …,” he said"), just after it, or, for a quotation that makes a paragraph of its
 * own, the last source of the paragraph before (a speaker introduced, then quoted).
 */
function carryQuotations(text: string, quotes: readonly [number, number][], sentences: readonly Span[], result: (Attribution | null)[]): void {
  let first = 0;
  for (const [qs, qe] of quotes) {
    while (first < sentences.length && (sentences[first] as Span).end <= qs) first++;
    const inside: number[] = [];
    for (let i = first; i < sentences.length && (sentences[i] as Span).start < qe; i++) inside.push(i);
    if (inside.length === 0) continue;
    const outside = (a: Attribution | null | undefined): a is Attribution => !!a && (a.source.end <= qs || a.source.start >= qe);
    let origin = inside.length > 1 ? inside.map((i) => result[i]).find(outside) ?? [result[(inside.at(-1) as number) + 1]].find((a) => outside(a) && !a.carried) : undefined;
    const lead = sentences[inside[0] as number] as Span;
    const before = (inside[0] as number) - 1;
    const opensSentence = lead.start >= qs && inside.every((i) => !result[i]);
    if (!origin && opensSentence && before >= 0 && !/\n/.test(text.slice((sentences[before] as Span).end, lead.start))) {
      // "“…,” she said. “…”": the quotation goes on in her voice.
      origin = result[before] ?? undefined;
    } else if (!origin && opensSentence && /\n\s*$/.test(text.slice(Math.max(0, qs - 3), qs)) && /^\s*(?:\n|$)/.test(text.slice(qe, qe + 2))) {
      // A paragraph that is all quotation: the speaker is the last source of the paragraph before.
      for (let k = (inside[0] as number) - 1; k >= 0; k--) {
        const a = result[k];
        if (a && !a.carried) origin = a;
        const gap = text.slice((sentences[k] as Span).end, (sentences[k + 1] as Span).start);
        if (origin || (k < (inside[0] as number) - 1 && /\n/.test(gap))) break;
      }
    }
    if (!origin) continue;
    for (const i of inside) if (!result[i]) result[i] = { ...origin, carried: true };
  }
}
