/**
 * Who acts in a sentence, named as ACLED names actors: state forces by country for any
 * country ("Ukrainian strike", "the Sudanese army", "Israel's military" → "Military
 * Forces of Ukraine/Sudan/Israel"), derived from the gazetteer's countries and
 * demonyms; armed groups by the organisation lexicon's canonical name; the army of the
 * country the sentence is about for "the army", "government forces"; and the civilians
 * a sentence says were hit. "Russian-controlled village" names no actor.
 */
import FORCES from '../lexicon/forces.json';
import type { OrganisationMention, Span } from '../types';
import { wholeWords } from './wholeWords';

/** An actor named in a sentence, with its ACLED name. */
export interface ActorMention extends Span {
  actor: string;
  /** State forces (ACLED: "Military Forces of …"). */
  state: boolean;
  /** State forces: their country (ISO code), when known. */
  country?: string;
  /** Civilians, which are only ever acted upon. */
  civilians: boolean;
}

/** What the actor reader knows of countries, from the gazetteer. */
export interface ActorContext {
  /** The country a word names as an adjective ("Ukrainian") or by name ("Israel"): its code and name. */
  country(word: string): { code: string; name: string } | undefined;
  /** A country's name from its ISO 3166-1 alpha-2 code. */
  countryName(code: string): string | undefined;
}

/** ACLED's name for a country's state forces. */
export const stateForces = (country: string) => `Military Forces of ${country}`;
/** ACLED's name for a country's civilians. */
export const civiliansOf = (country: string) => `Civilians (${country})`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const FORCE_OR_ATTACK = alternatives([...FORCES.forceNouns, ...FORCES.attackNouns]);
/**
 * "Ukrainian strike", "Russia's army", "Israeli air force": a country's word, then a force or attack noun.
 * (Here and below, the capital is looked for before the look-behind: both only test the
 * same position, and most positions fail the cheaper test first.)
 */
const COUNTRY_FORCE = new RegExp(`(?=\\p{Lu})(?<![\\p{L}-])(\\p{Lu}[\\p{L}]+)(?:['’]s)?\\s+(?:(?:own|new|heavy|massive|overnight|fresh|latest|special|regular|elite|ground|air|naval|security|armed|military)\\s+)?(?:${FORCE_OR_ATTACK})(?![\\p{L}-])`, 'gu');
/** "Russia launched 80 drones", "Israel struck": a country's name as the subject of an attack. */
const COUNTRY_ACTS = new RegExp(`(?=\\p{Lu})(?<![\\p{L}-])(\\p{Lu}[\\p{L}]+)\\s+(?:(?:has|have|had|also|again|then|reportedly)\\s+)?(?:${FORCES.countryActs})(?![\\p{L}-])`, 'gu');
const WORD_END = '(?![\\p{L}-])';
const GENERIC = wholeWords(alternatives(FORCES.genericForces), WORD_END, 'iu');
export const CIVILIANS = wholeWords(alternatives(FORCES.civilians), WORD_END, 'iu');
export const FIGHTERS = wholeWords(alternatives(FORCES.fighters), WORD_END, 'iu');
export const HARM = new RegExp(`\\b(?:${FORCES.harm})\\b`, 'iu');

const COUNTRY_PATTERNS = [COUNTRY_FORCE, COUNTRY_ACTS] as const;

/**
 * Every match of a global regex, as matchAll gives them, but with the regex itself:
 * matchAll clones it on every call, and this runs for every claim sentence. None of
 * these patterns matches the empty string.
 */
function matches(re: RegExp, s: string): RegExpExecArray[] {
  const all: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) all.push(m);
  return all;
}

/** The ACLED name of an organisation the lexicon lists as an actor, or null for media, monitors, people. */
export function organisationActor(o: OrganisationMention, context: ActorContext): { actor: string; state: boolean; country?: string } | null {
  const org = o.organisation;
  if (!org || (org.kind !== 'armed' && org.kind !== 'state')) return null;
  const country = org.country ? context.countryName(org.country) : undefined;
  return country && org.country ? { actor: stateForces(country), state: true, country: org.country } : { actor: org.name, state: org.kind === 'state' };
}

/**
 * The actors a sentence names, in text order.
 * @param text the masked report text (offsets as the input)
 * @param sentence the sentence
 * @param organisations the organisation mentions inside it
 * @param focus the country (ISO code) the sentence is about, for "the army" and civilians; null if unknown
 * @param context country names and demonyms
 * @example findActors(t, s, orgs, "UA", ctx).map(a => a.actor) // ["Military Forces of Ukraine"] for "A Ukrainian strike on a Russian-controlled village"
 */
export function findActors(text: string, sentence: Span, organisations: readonly OrganisationMention[], focus: string | null, context: ActorContext): ActorMention[] {
  const found: ActorMention[] = [];
  const s = sentence.text;
  const taken = (start: number, end: number) => found.some((a) => a.start < end && start < a.end);
  const add = (start: number, end: number, actor: string, state: boolean, civilians = false, country?: string) => {
    if (taken(start, end)) return;
    const a: ActorMention = { start, end, text: text.slice(start, end), actor, state, civilians };
    if (country) a.country = country;
    found.push(a);
  };
  for (const o of organisations) {
    const a = organisationActor(o, context);
    if (a) add(o.start, o.end, a.actor, a.state, false, a.country);
  }
  for (const re of COUNTRY_PATTERNS) {
    for (const m of matches(re, s)) {
      const country = context.country(m[1] as string);
      const start = sentence.start + m.index;
      if (country) add(start, start + (re === COUNTRY_ACTS ? (m[1] as string).length : m[0].length), stateForces(country.name), true, false, country.code);
    }
  }
  const focusName = focus ? context.countryName(focus) : undefined;
  if (focus && focusName) {
    for (const m of GENERIC.all(s)) add(sentence.start + m.index, sentence.start + m.index + m[0].length, stateForces(focusName), true, false, focus);
    if (HARM.test(s)) {
      for (const m of CIVILIANS.all(s)) add(sentence.start + m.index, sentence.start + m.index + m[0].length, civiliansOf(focusName), false, true);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
