/**
 * Finds the place names of a report: the longest run of words whose normalised key the
 * gazetteer knows, outside organisation names, with the candidates each could mean.
 * Capitalised names that follow a place cue ("in", "town of") but that the gazetteer
 * does not know are returned as unresolved.
 */
import type { Gazetteer, NameEntry } from '../gazetteer/gazetteer';
import { ARTICLES, exactToken, INNER_WORDS, TRANSLITERATED_COUNTRIES } from '../gazetteer/normalize';
import type { Candidate, CandidatePlace, Mention, OrganisationMention } from '../types';
import { COMMON_WORDS } from './commonWords';
import { findOrganisations, ORGANISATION_WORDS } from './findOrganisations';
import { hyphenBefore, joined, tokenize, type Token } from './tokens';

export interface MentionMatches {
  candidates: Candidate[];
  organisations: OrganisationMention[];
  unresolved: Mention[];
  /** Countries the report points at by adjective ("Syrian army"): ids, once per use. */
  demonymCountries: string[];
}


/** "US-led", "Aleppo-based": a place used as an adjective is no place mention. */
const ADJECTIVAL_SUFFIX = /^[-–](?:led|backed|based|born|made|funded|supported|owned|allied|sponsored|brokered|controlled|held|run|affiliated|linked|aligned|style|era|bound|centred|centered|focused|wide)\b/i;

/** "US$5 million", "Marburg virus", "West Nile fever": a currency or a disease named for a place is no mention of it. */
const NOT_A_PLACE_AFTER = /^(?:\$|\s+\[?(?:virus|ebolavirus|fever|haemorrhagic|hemorrhagic|flu|disease)\b)/i;

/** Generic words that may follow a place name without making it part of a longer name. */
const TYPE_WORDS = new Set(['province', 'governorate', 'oblast', 'state', 'raion', 'locality', 'city', 'town', 'village', 'camp', 'district', 'region', 'countryside', 'airbase', 'airport', 'area', 'suburb', 'suburbs', 'refugee', 'border', 'crossing', 'valley', 'plain', 'desert', 'front', 'frontline', 'offensive', 'pocket', 'enclave', 'sector', 'axis', 'highway', 'road', 'river', 'dam', 'strip', 'bank']);

/**
 * A capitalised word joined to a match makes it part of a longer name that the
 * gazetteer does not know: a person ("Bashar Assad"), a group, a building. Common
 * words ("Northern Syria", "In Aleppo"), demonyms and type words ("Idlib Province") do not.
 */
function partOfLongerName(text: string, tokens: readonly Token[], masked: readonly boolean[], i: number, end: number, gazetteer: Gazetteer): boolean {
  const counts = (t: Token | undefined) =>
    t !== undefined && t.cap && !t.article && !COMMON_WORDS.has(t.exact) && !TYPE_WORDS.has(t.exact) && gazetteer.demonym(t.exact) === undefined;
  const before = tokens[i - 1];
  const after = tokens[end];
  const next = tokens[end + 1];
  // A capital opening a sentence says nothing: "Retaking Tal Abyad…".
  // A number before says nothing either: "55 Gainesville residents".
  // Joined by a hyphen to a party's initial ("D-Charleston") or to another place
  // ("Logan-Rogersville", "Paris-Henry County"), a place stays one.
  // Two one-word names followed by a capitalised word are a person's: "Jean-Pierre Bemba".
  const person = (last: number) => end - i === 1 && counts(tokens[last + 1]) && joined(text, tokens[last] as Token, tokens[last + 1] as Token);
  const hyphenated = (k: number) => {
    const t = tokens[k] as Token;
    if (!hyphenBefore(text, k < i ? (tokens[k + 1] as Token) : t)) return false;
    return /^[DRI]$/.test(t.raw) || (!person(k < i ? end - 1 : k) && lookupRun(text, gazetteer, tokens, k, k + 1).length > 0);
  };
  const nameBefore = counts(before) && !/^\p{N}/u.test((before as Token).raw) && !masked[i - 1] && !sentenceInitial(text, tokens, i - 1) && joined(text, before as Token, tokens[i] as Token) && !hyphenated(i - 1);
  const nameAfter = counts(after) && !masked[end] && joined(text, tokens[end - 1] as Token, after as Token) && !hyphenated(end);
  // "Nuri al-Maliki": a name goes on through an article.
  const articleAfter = after?.article === true && next !== undefined && next.cap && hyphenBefore(text, next) && joined(text, tokens[end - 1] as Token, after);
  return nameBefore || nameAfter || articleAfter;
}

/** Words after a name that say it is a place's: "Gainesville residents", "a Paris man". */
const PLACE_NOUN_AFTER = /^\s+(?:residents?|natives?|man|woman|men|women|couple|family|families|officials|police|homes?|area|streets?|neighbou?rhoods?|county|city|town|village)\b/;

/** Whether the words either side say the mention is a place: "in Hopkinton", "four Hopkinton homes". */
function placedByText(text: string, mention: Mention): boolean {
  const before = /(\w+)\s+$/.exec(text.slice(Math.max(0, mention.start - 16), mention.start))?.[1]?.toLowerCase() ?? '';
  return PLACE_CUES.has(before) || PLACE_NOUN_AFTER.test(text.slice(mention.end, mention.end + 16));
}

/** Words after a one-word name that make it a speaker, a person: "Jones said", "Farrin, who…". */
const REPORTING_AFTER = /^(?:['’]s)?,?\s+(?:said|says|told|added|wrote|argued|explained|noted|asked|replied|testified|declined|who)\b/;

/** Whether the capitalised word before token i makes it a surname ("Tom Jones"): not a place, a common word or a demonym. */
function personBefore(text: string, tokens: readonly Token[], masked: readonly boolean[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && before.cap && !before.upper && !masked[i - 1] && !COMMON_WORDS.has(before.exact) && joined(text, before, tokens[i] as Token) && /^\s$/.test(text.slice(before.end, (tokens[i] as Token).start));
}

/** Titles before a name make it a person's: "Mr. Kiir", "President Assad". */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'president', 'minister', 'premier', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'shaykh', 'imam', 'general', 'gen', 'colonel', 'col', 'major', 'maj', 'lieutenant', 'lt', 'captain', 'capt', 'commander', 'sergeant', 'sgt', 'spokesman', 'spokeswoman', 'leader', 'chief', 'senator', 'sen', 'sens', 'rep', 'reps', 'ambassador', 'envoy', 'governor', 'mayor', 'judge', 'pope', 'saint', 'st', 'brother', 'sister', 'father', 'abu', 'umm']);

function afterTitle(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && TITLES.has(prev.exact) && /^\.?\s{1,2}$/.test(text.slice(prev.end, (tokens[i] as Token).start));
}

/** The longest unknown name reported, in words (keeps the scan linear). */
const MAX_UNKNOWN_WORDS = 5;

/** Words after which a capitalised name is probably a place. */
const PLACE_CUES = new Set(['in', 'near', 'outside', 'around', 'into', 'towards', 'toward', 'at', 'from']);

/** Verbs of war whose object, capitalised, is usually a place: "shelling hit Kurakhove". */
const ATTACK_VERBS = new Set(['hit', 'struck', 'shelled', 'bombed', 'bombarded', 'attacked', 'captured', 'recaptured', 'seized', 'liberated', 'entered', 'targeted', 'stormed', 'besieged', 'encircled']);
const PLACE_NOUNS_BEFORE_OF = new Set(['town', 'village', 'city', 'province', 'governorate', 'district', 'suburb', 'neighbourhood', 'neighborhood', 'outskirts', 'countryside', 'camp', 'region', 'area', 'territory']);

function canStart(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!t.article) return t.cap;
  const next = tokens[i + 1];
  if (!next || !joined(text, t, next)) return false;
  // "al-Bab", "Al Bab", "as-Suwayda"; never the English "at", "as", "an".
  return hyphenBefore(text, next) || ((t.exact === 'al' || t.exact === 'el') && t.cap);
}

function canContinue(t: Token): boolean {
  return t.cap || t.article || INNER_WORDS.has(t.exact);
}

/** Whether token i starts a sentence, a line or a quotation. */
function sentenceInitial(text: string, tokens: readonly Token[], i: number): boolean {
  // Read the text itself, not the previous token: lower-case words may not be tokens.
  let k = (tokens[i] as Token).start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k--;
  if (k < 0) return true;
  // A hyphen opens a list item ("- Kherson"), not a name's second half ("Jean-Pierre").
  if (text[k] === '-') return k === 0 || /\s/.test(text[k - 1] as string);
  return /[.!?:;\n"“‘(•*]/.test(text[k] as string);
}

const CONTRACTION = /['’](?:ve|re|ll|d|m|t)$/i;

/** A place big enough that a report naming it by a common word probably means it. */
function major(p: CandidatePlace): boolean {
  const { placeType, population } = p.feature.properties;
  return placeType === 'country' || placeType === 'governorate' || placeType === 'region' || (population ?? 0) >= 1_000_000;
}

/**
 * The entries of a lookup spelled as `exact`, kept per entry list (the gazetteer returns
 * the same list for the same key): a name recurs, and a common one ("Washington") has
 * hundreds of entries to go through.
 */
function spelledAs(all: readonly NameEntry[], exact: string): readonly NameEntry[] {
  let byExact = spelled.get(all);
  if (!byExact) spelled.set(all, (byExact = new Map()));
  let entries = byExact.get(exact);
  if (!entries) byExact.set(exact, (entries = all.filter((e) => e.exact === exact)));
  return entries;
}

const spelled = new WeakMap<readonly NameEntry[], Map<string, readonly NameEntry[]>>();

/** Gazetteer entries for the words tokens[i, end), filtered for short and capitalised words. */
function lookupRun(text: string, gazetteer: Gazetteer, tokens: readonly Token[], i: number, end: number): CandidatePlace[] {
  // The run's keys: its words without articles (with them when it is nothing else).
  let articlesOnly = true;
  for (let k = i; k < end && articlesOnly; k++) articlesOnly = (tokens[k] as Token).article;
  let key = '';
  let exact = '';
  let words = 0;
  let first: Token | undefined;
  for (let k = i; k < end; k++) {
    const t = tokens[k] as Token;
    // "I've", "They're": a contraction is no name.
    if (CONTRACTION.test(t.raw)) return [];
    if (t.article && !articlesOnly) continue;
    key = words === 0 ? t.fold : `${key} ${t.fold}`;
    exact = words === 0 ? t.exact : `${exact} ${t.exact}`;
    first ??= t;
    words++;
  }
  // Most runs tried name no place: nothing more to do for them.
  const all = gazetteer.lookup(key);
  if (all.length === 0) return [];
  // An exact spelling wins; failing that, transliteration variants where they apply.
  const exactOnes = spelledAs(all, exact);
  const english = words === 1 && gazetteer.isEnglishWord(exact);
  // A run opening with a common word ("In Deir…", "New York") must be spelled exactly.
  if (exactOnes.length === 0 && COMMON_WORDS.has((tokens[i] as Token).exact)) return [];
  // Transliteration variants, where they apply; never for an English word ("Bureau").
  let entries: readonly NameEntry[] =
    exactOnes.length > 0 || english ? exactOnes : all.filter((e) => TRANSLITERATED_COUNTRIES.has(e.feature.properties.country));
  if (entries.length === 0) return [];
  if (words === 1) {
    const word = first as Token;
    if (!word.upper && COMMON_WORDS.has(word.exact)) return [];
    // Acronyms and very short words: only an exact spelling, and for acronyms a country ("UK").
    // Dotted initials may also be a division: "S.C.", "D.C.".
    if (word.upper && word.raw.length <= 4) entries = entries.filter((e) => e.exact === exact && (e.feature.properties.placeType === 'country' || (word.raw.includes('.') && e.feature.properties.placeType === 'governorate')));
    else if (key.length < 3 || exact.length <= 3) entries = entries.filter((e) => e.exact === exact);
  }
  const best = new Map<string, CandidatePlace>();
  for (const e of entries) {
    const nameScore = e.weight * (e.exact === exact ? 1 : 0.8);
    const seen = best.get(e.feature.id);
    // A name the gazetteer lists as such (not a stem without its type word) spelled as the report does.
    const listed = e.exact === exact && e.weight >= 0.9;
    if (!seen || seen.nameScore < nameScore) best.set(e.feature.id, { feature: e.feature, nameScore, exactSpelling: listed || seen?.exactSpelling === true });
    else if (listed) seen.exactSpelling = true;
  }
  const places = [...best.values()];
  // "Five cases…", "Mobile clinics…": an English word opening a sentence names a place only if a major one;
  // elsewhere ("the Court", "Street") only a city, not one of the world's villages that share the word.
  if (english && !places.some(major)) {
    if (sentenceInitial(text, tokens, i)) return [];
    return places.filter((p) => (p.feature.properties.population ?? 0) >= 100_000);
  }
  return places;
}

/** The capitalised run at i, if it follows a place cue: an unknown place name. */
function unknownPlace(text: string, tokens: readonly Token[], masked: readonly boolean[], i: number): number | null {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (!t.cap || t.upper || !prev || COMMON_WORDS.has(t.exact) || /^\p{N}/u.test(t.raw)) return null;
  const cue =
    PLACE_CUES.has(prev.exact) ||
    ATTACK_VERBS.has(prev.exact) ||
    (prev.exact === 'of' && PLACE_NOUNS_BEFORE_OF.has(tokens[i - 2]?.exact ?? ''));
  if (!cue || !/^ $/.test(text.slice(prev.end, t.start))) return null;
  let end = i + 1;
  while (end < tokens.length && end - i < MAX_UNKNOWN_WORDS && !masked[end] && joined(text, tokens[end - 1] as Token, tokens[end] as Token) && canContinue(tokens[end] as Token)) end++;
  while (end > i + 1 && !(tokens[end - 1] as Token).cap) end--;
  return end;
}

/**
 * The capitalised run at i, if it stands in a list right after a place the gazetteer
 * knows ("Kurakhove and Kleban-Byk", "Hirnyk, Toretsk"): an unknown place name.
 */
function listedPlace(text: string, tokens: readonly Token[], masked: readonly boolean[], i: number, candidates: readonly Candidate[]): number | null {
  const t = tokens[i] as Token;
  const last = candidates[candidates.length - 1];
  if (!t.cap || t.upper || !last || COMMON_WORDS.has(t.exact) || /^\p{N}/u.test(t.raw) || sentenceInitial(text, tokens, i)) return null;
  if (!/^(?:,\s*|,?\s+(?:and|or)\s+)$/.test(text.slice(last.mention.end, t.start))) return null;
  let end = i + 1;
  while (end < tokens.length && end - i < MAX_UNKNOWN_WORDS && !masked[end] && joined(text, tokens[end - 1] as Token, tokens[end] as Token) && canContinue(tokens[end] as Token)) end++;
  while (end > i + 1 && !(tokens[end - 1] as Token).cap) end--;
  return end;
}

/** A kind of place written after a name: "the Qorwaldi camp", "Kleban-Byk village". */
const TYPE_AFTER_NAME = /^\s+(?:(?:refugee|displacement|idp|displaced)\s+)?(?:camps?|village|town|district|province|oblast|governorate|raion|hromada|locality)\b/i;

/** The capitalised run at i, if a kind of place follows it ("the Qorwaldi camp"): an unknown place name. */
function typedPlace(text: string, tokens: readonly Token[], masked: readonly boolean[], i: number): number | null {
  const t = tokens[i] as Token;
  if (!t.cap || t.upper || COMMON_WORDS.has(t.exact) || /^\p{N}/u.test(t.raw) || sentenceInitial(text, tokens, i)) return null;
  let end = i + 1;
  while (end < tokens.length && end - i < MAX_UNKNOWN_WORDS && !masked[end] && joined(text, tokens[end - 1] as Token, tokens[end] as Token) && canContinue(tokens[end] as Token)) end++;
  while (end > i + 1 && !(tokens[end - 1] as Token).cap) end--;
  return TYPE_AFTER_NAME.test(text.slice((tokens[end - 1] as Token).end, (tokens[end - 1] as Token).end + 30)) ? end : null;
}

/**
 * The places public bodies are named for: "Ohio" in "the Ohio Supreme Court", "Kharkiv" in
 * "the Kharkiv Regional Military Administration", "Georgia" in "the University of Georgia".
 * The report names the place; the candidates say so (`affiliation`), so that a claim goes
 * to the places where things happened rather than to the speaker's seat.
 */
function servedPlaces(text: string, gazetteer: Gazetteer, tokens: readonly Token[], ranges: readonly { from: number; to: number }[]): Candidate[] {
  const found: Candidate[] = [];
  // The place opens the name ("Ohio Supreme Court"), after at most a common word or two
  // ("Acting U.S. Attorney", "Northeast Georgia Medical Center"), never a word inside it
  // ("Food and Drug Administration").
  const placeAt = (i: number, to: number): Candidate | null => {
    if (!canStart(text, tokens, i) || gazetteer.demonym((tokens[i] as Token).exact) !== undefined) return null;
    for (let end = Math.min(to, i + gazetteer.maxWords); end > i; end--) {
      if (!(tokens[end - 1] as Token).cap) continue;
      const places = lookupRun(text, gazetteer, tokens, i, end);
      if (places.length === 0) continue;
      const start = (tokens[i] as Token).start;
      const stop = (tokens[end - 1] as Token).end;
      return { mention: { start, end: stop, text: text.slice(start, stop) }, places, affiliation: true };
    }
    return null;
  };
  for (const { from, to } of ranges) {
    for (let i = from; i < Math.min(to, from + 3); i++) {
      const hit = placeAt(i, to);
      if (hit) found.push(hit);
      if (hit || !COMMON_WORDS.has((tokens[i] as Token).exact)) break;
    }
  }
  return found;
}

/** The lower-case words any stage reads: articles, name-inner words, cues, titles, organisation words. */
const LOWERCASE_WORDS_READ: ReadonlySet<string> = new Set([
  ...ARTICLES, ...INNER_WORDS, ...PLACE_CUES, ...ATTACK_VERBS, ...PLACE_NOUNS_BEFORE_OF, ...TITLES, ...ORGANISATION_WORDS, 'of', 'the',
]);

/**
 * Finds place mentions and their candidates.
 * @param text the masked report (see `maskMarkup`): offsets are the input's
 * @param gazetteer the name index
 * @returns candidates in text order, organisation mentions, unresolved names, demonym hints
 * @example findMentions("Fighting in al-Bab, Aleppo.", gaz).candidates.map(c => c.mention.text) // ["al-Bab", "Aleppo"]
 */
export function findMentions(text: string, gazetteer: Gazetteer): MentionMatches {
  const tokens = tokenize(text, LOWERCASE_WORDS_READ);
  const { mentions: organisations, masked, served } = findOrganisations(text, tokens);
  const candidates: Candidate[] = [];
  const unresolved: Mention[] = [];
  const demonymCountries: string[] = [];
  /** Names the report uses for a person, with how many times. */
  const people = new Map<string, number>();

  for (let i = 0; i < tokens.length; ) {
    if (masked[i] || !canStart(text, tokens, i)) {
      i++;
      continue;
    }
    let found: { end: number; places: CandidatePlace[] } | null = null;
    let limit = i + 1;
    while (limit < tokens.length && limit - i < gazetteer.maxWords && !masked[limit] && joined(text, tokens[limit - 1] as Token, tokens[limit] as Token) && canContinue(tokens[limit] as Token)) limit++;
    for (let end = limit; end > i && !found; end--) {
      if (!(tokens[end - 1] as Token).cap) continue;
      const places = lookupRun(text, gazetteer, tokens, i, end);
      if (places.length > 0) found = { end, places };
    }
    const t = tokens[i] as Token;
    const country = gazetteer.demonym(t.exact) ?? (t.exact.endsWith('s') ? gazetteer.demonym(t.exact.slice(0, -1)) : undefined);
    if (country && (!found || found.end === i + 1)) {
      // "Iraqi", "Syrians": an adjective or a people, not a place (but a hint of the report's focus).
      demonymCountries.push(country);
      i++;
      continue;
    }
    if (found) {
      const start = (tokens[i] as Token).start;
      const stop = (tokens[found.end - 1] as Token).end;
      const adjective = ADJECTIVAL_SUFFIX.test(text.slice(stop, stop + 16)) || NOT_A_PLACE_AFTER.test(text.slice(stop, stop + 16));
      const oneWord = found.end === i + 1;
      const titled = afterTitle(text, tokens, i);
      const longer = partOfLongerName(text, tokens, masked, i, found.end, gazetteer);
      // "Jones said" is a person; "officials in Mobile said" is not.
      const speaks = oneWord && !PLACE_CUES.has(tokens[i - 1]?.exact ?? '') && REPORTING_AFTER.test(text.slice(stop, stop + 24)) && !found.places.some(major);
      if (oneWord && (titled || speaks || (longer && personBefore(text, tokens, masked, i)))) people.set(t.exact, (people.get(t.exact) ?? 0) + 1);
      if (!adjective && !titled && !longer && !speaks) {
        candidates.push({ mention: { start, end: stop, text: text.slice(start, stop) }, places: found.places });
      } else if (longer && !titled && !speaks) {
        // A known word inside a longer name the gazetteer lacks ("the village of Kafr Zeitun
        // al-Gharbi"): the whole name, where the text says it is a place, is unresolved.
        const unknownEnd = unknownPlace(text, tokens, masked, i) ?? typedPlace(text, tokens, masked, i);
        if (unknownEnd !== null && unknownEnd > found.end) {
          const last = tokens[unknownEnd - 1] as Token;
          unresolved.push({ start, end: last.end, text: text.slice(start, last.end) });
          i = unknownEnd;
          continue;
        }
      }
      i = found.end;
      continue;
    }
    const unknownEnd = unknownPlace(text, tokens, masked, i) ?? listedPlace(text, tokens, masked, i, candidates) ?? typedPlace(text, tokens, masked, i);
    if (unknownEnd !== null) {
      const start = t.start;
      const stop = (tokens[unknownEnd - 1] as Token).end;
      unresolved.push({ start, end: stop, text: text.slice(start, stop) });
      i = unknownEnd;
      continue;
    }
    i++;
  }
  const all = served.length === 0 ? candidates : [...candidates, ...servedPlaces(text, gazetteer, tokens, served)].sort((a, b) => a.mention.start - b.mention.start);
  for (const c of all) if (placedByText(text, c.mention)) c.placedByText = true;
  // One sense per report: a word the report uses as a person's name ("Tom Jones", "Jones
  // said") is no place where it stands alone either.
  // But a name the text places at least as often as it lets it speak is a place: "about 55
  // Gainesville residents… Gainesville says no".
  const placedBy = new Map<string, number>();
  for (const c of all) {
    const name = exactToken(c.mention.text);
    if (c.placedByText && people.has(name)) placedBy.set(name, (placedBy.get(name) ?? 0) + 1);
  }
  const person = (name: string) => people.has(name) && (placedBy.get(name) ?? 0) < (people.get(name) ?? 0);
  const placed = people.size === 0 ? all : all.filter((c) => !person(exactToken(c.mention.text)));
  return { candidates: placed, organisations, unresolved, demonymCountries };
}
