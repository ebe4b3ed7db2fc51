/**
 * Cuts a report into what the text pane renders: paragraphs, the claim sentences
 * inside them, and the place mentions inside those, each knowing its offsets in the
 * original text. Pure data (no React), so a Server Component renders it and a unit
 * test can check it.
 */
import type { ParseResult, Span } from '@/geo/types';
import { findInlineMarkup, textRuns, type InlineMarkup, type TextRun } from './inlineMarkup';

/** Visible text. */
export interface RunNode extends TextRun {
  type: 'run';
}

/** (Part of) a claim sentence: `claimStart` names it; `anchor` is true on its first part. */
export interface ClaimNode {
  type: 'claim';
  claimStart: number;
  anchor: boolean;
  children: SegmentNode[];
}

/** A resolved place mention. */
export interface MentionNode {
  type: 'mention';
  start: number;
  placeId: string;
  placeName: string;
  children: SegmentNode[];
}

export type SegmentNode = RunNode | ClaimNode | MentionNode;

export interface Paragraph {
  start: number;
  end: number;
  /** Metadata lines, author bio, copyright: shown muted. */
  boilerplate: boolean;
  children: SegmentNode[];
}

type Mark =
  | { kind: 'claim'; start: number; end: number; claimStart: number; continued: boolean }
  | { kind: 'mention'; start: number; end: number; mentionStart: number; placeId: string; placeName: string; continued: boolean };

const PARAGRAPH_BREAK = /\n[ \t]*\r?\n/g;

/**
 * Splits the report into paragraphs (blank lines) and nests its claims and resolved
 * mentions inside them. Boilerplate before the body is left out (the page header shows
 * the title, author and date) unless a claim or mention falls in it.
 * @param text the exact input the result was computed from
 * @param result its ParseResult
 * @param body the body spans (`parseArticle(text).body`); empty means "all body"
 * @example segmentArticle(text, result, body)[0]?.children[0] // { type: 'claim', claimStart: 278, … }
 */
export function segmentArticle(text: string, result: ParseResult, body: readonly Span[]): Paragraph[] {
  const marks = collectMarks(result);
  const firstBody = body.length > 0 ? Math.min(...body.map((s) => s.start)) : 0;
  const paragraphs: Paragraph[] = [];
  for (const [start, end] of splitAt(paragraphRanges(text), firstBody)) {
    const inside = marks
      .filter((m) => m.start < end && m.end > start)
      .map((m) => ({ ...m, start: Math.max(m.start, start), end: Math.min(m.end, end), continued: m.continued || m.start < start }));
    const boilerplate = body.length > 0 && !body.some((s) => s.start < end && s.end > start);
    if (boilerplate && end <= firstBody && inside.length === 0) continue;
    const markup = findInlineMarkup(text, start, end);
    paragraphs.push({ start, end, boilerplate, children: nest(text, start, end, inside, markup) });
  }
  return paragraphs;
}

/**
 * The ranges, with the one that runs across `offset` cut there: a front matter followed
 * by the body's first line, with no blank line between, is two paragraphs, not one.
 */
function splitAt(ranges: Array<[number, number]>, offset: number): Array<[number, number]> {
  return ranges.flatMap(([start, end]): Array<[number, number]> => (start < offset && offset < end ? [[start, offset], [offset, end]] : [[start, end]]));
}

/** [start, end) of every non-blank paragraph, trimmed of surrounding whitespace. */
function paragraphRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) ranges.push([a, b]);
  };
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return ranges;
}

function collectMarks(result: ParseResult): Mark[] {
  const claims = new Map<number, Mark>();
  const mentions: Mark[] = [];
  for (const feature of result.features) {
    for (const claim of feature.properties.claims) {
      const known = claims.get(claim.start);
      if (!known || known.end < claim.end) {
        claims.set(claim.start, { kind: 'claim', start: claim.start, end: claim.end, claimStart: claim.start, continued: false });
      }
    }
    for (const mention of feature.properties.mentions) {
      mentions.push({
        kind: 'mention',
        start: mention.start,
        end: mention.end,
        mentionStart: mention.start,
        placeId: feature.id,
        placeName: feature.properties.name,
        continued: false,
      });
    }
  }
  return [...claims.values(), ...mentions].filter((m) => m.end > m.start);
}

/** Claims wrap mentions when both cover the same text. */
function byPosition(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end || (a.kind === 'claim' ? 0 : 1) - (b.kind === 'claim' ? 0 : 1);
}

/**
 * Nests marks that lie in [start, end). A mark that crosses the end of the one it
 * starts in is split: its second part follows as a continuation (same claim, no id).
 */
function nest(text: string, start: number, end: number, marks: Mark[], markup: InlineMarkup): SegmentNode[] {
  const queue = [...marks].sort(byPosition);
  const nodes: SegmentNode[] = [];
  let cursor = start;
  const pushText = (a: number, b: number) => {
    if (b > a) nodes.push(...textRuns(text, a, b, markup).map((run) => ({ type: 'run' as const, ...run })));
  };
  while (queue.length > 0) {
    let outer = queue.shift()!;
    if (outer.end <= cursor) continue;
    if (outer.start < cursor) outer = { ...outer, start: cursor, continued: true };
    pushText(cursor, outer.start);
    const inner: Mark[] = [];
    const rest: Mark[] = [];
    while (queue.length > 0 && queue[0]!.start < outer.end) {
      const m = queue.shift()!;
      if (m.end <= outer.end) {
        inner.push(m);
      } else {
        inner.push({ ...m, end: outer.end });
        rest.push({ ...m, start: outer.end, continued: true });
      }
    }
    queue.push(...rest);
    queue.sort(byPosition);
    const children = nest(text, outer.start, outer.end, inner, markup);
    nodes.push(
      outer.kind === 'claim'
        ? { type: 'claim', claimStart: outer.claimStart, anchor: !outer.continued, children }
        : { type: 'mention', start: outer.mentionStart, placeId: outer.placeId, placeName: outer.placeName, children },
    );
    cursor = outer.end;
  }
  pushText(cursor, end);
  return nodes;
}
