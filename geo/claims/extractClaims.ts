/**
 * Sentences → claims: every body sentence that names a resolved place becomes a claim
 * of that place, quoted verbatim with its offsets, attribution, actors, event type and
 * date.
 */
import type { Claim, OrganisationMention, Resolution, Span } from '../types';
import { actorsOf, attributionOf, eventDateOf, eventTypeOf } from './readClaim';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Splits the body into sentences, trimmed, with offsets into the input.
 * @param text the masked report text
 * @param body the body spans
 * @example splitSentences("A b. C d.", [{ start: 0, end: 9, text }]) // [{ start: 0, end: 4 }, { start: 5, end: 9 }]
 */
export function splitSentences(text: string, body: readonly Span[]): Span[] {
  const sentences: Span[] = [];
  for (const span of body) {
    let joinNext = false;
    for (const seg of segmenter.segment(text.slice(span.start, span.end))) {
      const lead = seg.segment.length - seg.segment.trimStart().length;
      const trimmed = seg.segment.trim();
      if (!trimmed) continue;
      const start = span.start + seg.index + lead;
      const last = sentences[sentences.length - 1];
      if (joinNext && last) {
        // The segmenter ends a sentence after "Mr." or an initial: the name goes on.
        last.end = start + trimmed.length;
        last.text = text.slice(last.start, last.end);
      } else sentences.push({ start, end: start + trimmed.length, text: trimmed });
      joinNext = ENDS_WITH_TITLE.test(trimmed) && !/\n/.test(seg.segment);
    }
  }
  return sentences;
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

/**
 * Claims per place id.
 * @param input the report exactly as given (claims quote it)
 * @param text the masked report text (read for attribution, event and date)
 * @param body the body spans
 * @param resolutions the resolved mentions
 * @param organisations the organisation mentions, in text order
 * @param published the article's date, for relative dates
 * @returns a map from place id to its claims in text order
 * @example extractClaims(input, masked, body, resolutions, orgs, "2017-05-17").get("geonames:170063")
 */
export function extractClaims(
  input: string,
  text: string,
  body: readonly Span[],
  resolutions: readonly Resolution[],
  organisations: readonly OrganisationMention[],
  published: string | null,
): Map<string, Claim[]> {
  const sentences = splitSentences(text, body);
  const claimOf = new Map<number, Claim>();
  const byPlace = new Map<string, Claim[]>();

  for (const r of resolutions) {
    const i = sentenceAt(sentences, r.mention.start);
    if (i < 0) continue;
    let claim = claimOf.get(i);
    if (!claim) {
      const s = sentences[i] as Span;
      const orgs = organisationsIn(organisations, s);
      const actors = actorsOf(orgs);
      claim = {
        start: s.start,
        end: s.end,
        text: input.slice(s.start, s.end),
        attribution: attributionOf(s, orgs),
        source: null,
        cue: null,
        stance: 'asserts',
        actors,
        actor1: actors[0] ?? null,
        actor2: actors[1] ?? null,
        ...eventTypeOf(s.text),
        fatalities: null,
        date: eventDateOf(s.text, published),
      };
      claimOf.set(i, claim);
    }
    const claims = byPlace.get(r.place.id) ?? [];
    if (!claims.includes(claim)) claims.push(claim);
    byPlace.set(r.place.id, claims);
  }
  return byPlace;
}
