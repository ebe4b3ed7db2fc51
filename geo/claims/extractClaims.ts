/**
 * Sentences → claims: every body sentence that names a resolved place becomes a claim
 * of that place, quoted verbatim with its offsets, and read by one reader per question:
 * who says so (attribution), who did what to whom (actors, events), how many were
 * killed (fatalities) and when (eventDate).
 */
import type { Gazetteer } from '../gazetteer/gazetteer';
import { exactKey, foldedKey } from '../gazetteer/normalize';
import sentenceWords from '../lexicon/sentences.json';
import type { Claim, OrganisationMention, Resolution, Span } from '../types';
import { findActors, organisationActor, type ActorContext, type ActorMention } from './actors';
import { readAttributions, type Attribution, type AttributionContext } from './attribution';
import { eventDateOf } from './eventDate';
import { eventAt, eventFields, eventsOf, type EventFrame } from './events';
import { fatalitiesOf } from './fatalities';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The same string, held one byte a character when it can be. A report with a single
 * character beyond Latin-1 anywhere (one curly quote) is held two bytes a character,
 * and so is every slice of it; the readers' Unicode regexes run about four times
 * slower on those. A sentence of Latin-1 alone gets its own one-byte copy: V8's
 * JSON.parse makes one-byte strings where it can (in other engines this is only a copy,
 * the same string).
 */
function oneByte(s: string): string {
  return /[^\x00-\xff]/.test(s) ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/**
 * Splits the body into sentences, trimmed, with offsets into the input. Each sentence's
 * `text` is what the readers read (see `oneByte`).
 * @param text the masked report text
 * @param body the body spans
 * @example splitSentences("A b. C d.", [{ start: 0, end: 9, text }]) // [{ start: 0, end: 4 }, { start: 5, end: 9 }]
 */
export function splitSentences(text: string, body: readonly Span[]): Span[] {
  const sentences: Span[] = [];
  for (const span of body) {
    let joinNext = false;
    let afterAbbreviation = false;
    for (const seg of segmentsOf(text.slice(span.start, span.end))) {
      const lead = seg.segment.length - seg.segment.trimStart().length;
      const trimmed = seg.segment.trim();
      if (!trimmed) continue;
      const start = span.start + seg.index + lead;
      const last = sentences[sentences.length - 1];
      // The segmenter ends a sentence after "Mr." or an initial (the name goes on), and
      // after "U.S." or "U.N." even when a name follows ("the U.S. State Department").
      if (last && (joinNext || (afterAbbreviation && !opensSentence(trimmed)))) {
        last.end = start + trimmed.length;
        last.text = oneByte(text.slice(last.start, last.end));
      } else sentences.push({ start, end: start + trimmed.length, text: oneByte(trimmed) });
      const sameLine = !/\n/.test(seg.segment);
      joinNext = ENDS_WITH_TITLE.test(trimmed) && sameLine;
      afterAbbreviation = ENDS_WITH_ABBREVIATION.test(trimmed) && sameLine;
    }
  }
  return sentences;
}

/**
 * Where the segmenter always ends a sentence, whatever comes before or after: a full
 * stop, question or exclamation mark, closing quotes or brackets, spaces, then a capital
 * (UAX #29's rule SB11; no other rule looks across the capital).
 */
const SURE_BREAK = /[.!?]["'”’)\]]*[ \t]+(?=\p{Lu})/gu;
/** How long a piece of a paragraph the segmenter is given at most, give or take a sentence. */
const PIECE = 2_000;

/**
 * The segmenter's sentences of one paragraph, as `segmenter.segment(paragraph)` gives
 * them. Each segment it returns holds a copy of its whole input, so one paragraph of
 * megabytes took seconds to split (400 kB: 1.2 s, growing with the square of its
 * length); a long paragraph is given to it in pieces cut at sure breaks, which split
 * it exactly as the whole would be split.
 */
export function* segmentsOf(paragraph: string): Generator<{ segment: string; index: number }> {
  let from = 0;
  const breaks = new RegExp(SURE_BREAK); // its own lastIndex: the caller reads between yields
  breaks.lastIndex = PIECE;
  for (let m = breaks.exec(paragraph); m !== null; m = breaks.exec(paragraph)) {
    const cut = m.index + m[0].length;
    for (const seg of segmenter.segment(paragraph.slice(from, cut))) yield { segment: seg.segment, index: from + seg.index };
    from = cut;
    breaks.lastIndex = cut + PIECE;
  }
  for (const seg of segmenter.segment(paragraph.slice(from))) yield { segment: seg.segment, index: from + seg.index };
}

/** "U.S.", "U.N.", "U.K.": capitals each with a full stop, which a sentence may end with. */
const ENDS_WITH_ABBREVIATION = /(?:^|[\s(“"])(?:\p{Lu}\.){2,}$/u;
const OPENERS: ReadonlySet<string> = new Set(sentenceWords.openers);

/** Whether a segment reads as a new sentence: its first word opens sentences, or it opens with a quote or a digit. */
function opensSentence(segment: string): boolean {
  const first = /^[\p{L}\p{N}'’]+/u.exec(segment)?.[0];
  return first === undefined || /^\p{N}/u.test(first) || OPENERS.has(first);
}

/** A title or an initial ("Mr.", "Sen.", "J.") that no sentence ends with. */
const ENDS_WITH_TITLE = /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Messrs|Dr|Gen|Lt|Col|Capt|Cmdr|Adm|Sgt|Maj|Brig|Sen|Rep|Gov|Prof|Rev|Hon|St|Jr|Sr|Ft|Mt|No|Nos|vs|\p{Lu})\.$/u;

/** The organisation mentions inside a sentence; `organisations` is in text order. */
function organisationsIn(organisations: readonly OrganisationMention[], s: Span): OrganisationMention[] {
  let lo = 0;
  let hi = organisations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((organisations[mid] as OrganisationMention).start < s.start) lo = mid + 1;
    else hi = mid;
  }
  const inside: OrganisationMention[] = [];
  for (let k = lo; k < organisations.length && (organisations[k] as OrganisationMention).start < s.end; k++) {
    const o = organisations[k] as OrganisationMention;
    if (o.end <= s.end) inside.push(o);
  }
  return inside;
}

/** Index of the sentence containing `offset`, by binary search; -1 if none. */
function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The attribution reader's knowledge of demonyms, from the gazetteer ("Russian" is no source by itself). */
export function attributionContext(gazetteer: Gazetteer): AttributionContext {
  return { isDemonym: (word: string) => gazetteer.demonym(exactKey(word)) !== undefined };
}

/** Country names and demonyms, from the gazetteer (Intl's region names where it has no country feature). */
export function actorContext(gazetteer: Gazetteer): ActorContext {
  // Made only when a country has no feature: its ICU data costs ~3 ms to load, and the
  // world gazetteer has every country, so a CLI run usually never needs it.
  let regions: Intl.DisplayNames | undefined;
  const countryName = (code: string) => gazetteer.byId(`country:${code}`)?.properties.name ?? (regions ??= new Intl.DisplayNames('en', { type: 'region' })).of(code);
  return {
    country(word) {
      const demonymOf = gazetteer.demonym(exactKey(word));
      if (demonymOf !== undefined) {
        // The id names the country ("country:UA"); its feature may not be at hand (the
        // browser holds only the shards a text needed), and the name need not come from it.
        const code = gazetteer.byId(demonymOf)?.properties.country ?? demonymOf.replace(/^country:/, '');
        const name = countryName(code);
        return name ? { code, name } : undefined;
      }
      const feature = gazetteer.lookup(foldedKey(word)).find((e) => e.weight === 1 && e.feature.properties.placeType === 'country')?.feature;
      return feature ? { code: feature.properties.country, name: feature.properties.name } : undefined;
    },
    countryName,
  };
}

/** The country most of these resolutions are in, or null. */
function mainCountry(resolutions: readonly Resolution[]): string | null {
  const counts = new Map<string, number>();
  for (const r of resolutions) counts.set(r.place.properties.country, (counts.get(r.place.properties.country) ?? 0) + 1);
  let best: string | null = null;
  for (const [code, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = code;
  return best;
}

/** What one sentence says, read once for all the places it names. */
interface SentenceReading {
  attribution: Attribution | null;
  actors: ActorMention[];
  frames: EventFrame[];
  /** The actor the source is, when it is one ("the RSF said it captured …"). */
  sourceActor: string | null;
  fatalities: number | null;
  date: ReturnType<typeof eventDateOf>;
}

/**
 * Claims per place id.
 * @param input the report exactly as given (claims quote it)
 * @param text the masked report text (read for attribution, event and date)
 * @param body the body spans
 * @param resolutions the resolved mentions
 * @param organisations the organisation mentions, in text order
 * @param published the article's date, for relative dates
 * @param gazetteer the name index, for countries and demonyms
 * @returns a map from place id to its claims in text order
 * @example extractClaims(input, masked, body, resolutions, orgs, "2017-05-17", gaz).get("geonames:170063")
 */
export function extractClaims(
  input: string,
  text: string,
  body: readonly Span[],
  resolutions: readonly Resolution[],
  organisations: readonly OrganisationMention[],
  published: string | null,
  gazetteer: Gazetteer,
): Map<string, Claim[]> {
  const sentences = splitSentences(text, body);
  const attributions = readAttributions(input, text, body, sentences, attributionContext(gazetteer));
  const context = actorContext(gazetteer);
  const focus = mainCountry(resolutions);
  const bySentence = new Map<number, Resolution[]>();
  for (const r of resolutions) {
    const i = sentenceAt(sentences, r.mention.start);
    if (i < 0) continue;
    const here = bySentence.get(i);
    if (here) here.push(r); // in place: copying made this quadratic in a sentence's places
    else bySentence.set(i, [r]);
  }

  function read(i: number, here: readonly Resolution[]): SentenceReading {
    const s = sentences[i] as Span;
    const attribution = attributions[i] ?? null;
    const source = attribution && !attribution.carried ? attribution.source : null;
    const orgs = organisationsIn(organisations, s);
    const inSource = (a: Span) => source !== null && a.start >= source.start && a.end <= source.end;
    // Who says so is not who acted: the source's words name no actor of the event.
    const actors = findActors(text, s, orgs, mainCountry(here) ?? focus, context).filter((a) => !inSource(a));
    const sourceOrg = orgs.find((o) => inSource(o) && organisationActor(o, context));
    return {
      attribution,
      actors,
      frames: eventsOf(s, actors),
      sourceActor: sourceOrg ? (organisationActor(sourceOrg, context)?.actor ?? null) : null,
      fatalities: fatalitiesOf(s.text),
      date: eventDateOf(s.text, published),
    };
  }

  const byPlace = new Map<string, Claim[]>();
  for (const [i, here] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    const s = sentences[i] as Span;
    const reading = read(i, here);
    const { attribution: a } = reading;
    // "The Kherson regional police said shelling hit Bilozerka": the claim is Bilozerka's, not the police's seat.
    const where = here.some((r) => !r.affiliation) ? here.filter((r) => !r.affiliation) : here;
    for (const r of where) {
      const claims = byPlace.get(r.place.id) ?? [];
      // Sentences come in text order, so a claim of this sentence can only be the last one:
      // checking that alone keeps this linear in a place's claims (a long report has thousands).
      if (claims.at(-1)?.start === s.start) continue;
      const frame = eventAt(reading.frames, r.mention.start);
      const fields = eventFields(frame, r.place.properties.country);
      // "The RSF said it had captured …", "the Houthis claimed responsibility for …": the source is the actor.
      // (Its words are read only when the rest holds: the tests run for every place of every claim.)
      const claimsIt = () => /\b(?:it|they|its|their)\b/i.test(frame ? text.slice(frame.clause.start, frame.trigger.start) : '') || /\bresponsibility\b/i.test(s.text);
      if (!fields.actor1 && frame && !frame.unreal && reading.sourceActor && claimsIt()) {
        fields.actor1 = reading.sourceActor;
      }
      const claim: Claim = {
        start: s.start,
        end: s.end,
        text: input.slice(s.start, s.end),
        attribution: a?.name ?? null,
        source: a && !a.carried ? a.source : null,
        cue: a?.cue ?? null,
        stance: a?.stance === 'denies' || frame?.stance === 'denies' ? 'denies' : 'asserts',
        // Every actor named, the one who acted and the one acted upon among them.
        actors: [...new Set([...reading.actors.map((x) => x.actor), ...[fields.actor1, fields.actor2].filter((x): x is string => x !== null)])],
        ...fields,
        fatalities: frame?.unreal ? null : reading.fatalities,
        date: reading.date?.date ?? null,
      };
      if (reading.date?.range) claim.dateRange = reading.date.range;
      claims.push(claim);
      byPlace.set(r.place.id, claims);
    }
  }
  return byPlace;
}
