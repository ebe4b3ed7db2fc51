/**
 * The sentence-level attribution metric of ../shared/eval/README.md, and the naive
 * "said" baseline it describes. Pure: the eval script does the IO.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface AnnotatedAttribution {
  source: Span[] | null;
  cue: Span[];
  content: Span[];
}

export interface SystemSentence {
  start: number;
  end: number;
  attribution: Span | null;
}

export interface AttributionTally {
  /** Sentences where the system gives a source. */
  given: number;
  /** … and the source overlaps one the sentence expects. */
  right: number;
  /** Sentences that expect a source. */
  expecting: number;
  /** Sentences that expect a source and got a right one. */
  found: number;
}

export const emptyAttributionTally = (): AttributionTally => ({ given: 0, right: 0, expecting: 0, found: 0 });

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Scores one document's sentences against its annotated relations, into `tally`.
 * A sentence expects the sources of every relation whose content overlaps it; the
 * system's source is right when it overlaps one of them.
 * @example scoreAttributions(tally, doc.attributions, [{ start: 0, end: 40, attribution: { start: 30, end: 35, text: "sources" } }])
 */
export function scoreAttributions(tally: AttributionTally, relations: readonly AnnotatedAttribution[], sentences: readonly SystemSentence[]): void {
  for (const s of sentences) {
    const expected = relations.filter((r) => r.source && r.content.some((c) => overlaps(c, s))).flatMap((r) => r.source as Span[]);
    const right = s.attribution !== null && expected.some((e) => overlaps(e, s.attribution as Span));
    if (s.attribution) tally.given++;
    if (right) tally.right++;
    if (expected.length > 0) {
      tally.expecting++;
      if (right) tally.found++;
    }
  }
}

export function attributionScores(t: AttributionTally): { precision: number; recall: number; f1: number } {
  const precision = t.given ? t.right / t.given : 0;
  const recall = t.expecting ? t.found / t.expecting : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const BASELINE_CUE = /\b(?:said|says|say|told|tells|reported|reports|claimed|claims|announced|stated|added|according to)\b/;
const NAME_BEFORE = /((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*|\b(?:he|she|they|it|we|I)\b)\s*$/u;
const NAME_AFTER = /^\s*((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*)*|(?:he|she|they|it|we|him|her|them)\b)/u;

/**
 * The naive baseline: a reporting verb and the capitalised words or pronoun just before
 * it, or after it when inverted ("…, said Smith") or after "according to".
 * @example baselineSource("Fighting resumed, Smith said.", 0) // { start: 18, end: 23, text: "Smith" }
 */
export function baselineSource(sentence: string, offset: number): Span | null {
  const cue = BASELINE_CUE.exec(sentence);
  if (!cue) return null;
  const before = sentence.slice(0, cue.index);
  const after = sentence.slice(cue.index + cue[0].length);
  const back = cue[0] === 'according to' ? null : NAME_BEFORE.exec(before);
  if (back?.[1]) {
    const start = offset + before.length - back[0].length;
    return { start, end: start + back[1].length, text: back[1] };
  }
  if (cue[0] === 'according to' || /[,"”’]\s*$/.test(before)) {
    const forward = NAME_AFTER.exec(after);
    if (forward?.[1]) {
      const start = offset + cue.index + cue[0].length + forward[0].length - forward[1].length;
      const name = forward[1].replace(/\.$/, ''); // the sentence's full stop is not the name's
      return { start, end: start + name.length, text: name };
    }
  }
  return null;
}
