/**
 * The little markdown a scraped report carries (`**bold**`, `[label](url)`), found so
 * the page can show it as emphasis and plain labels instead of raw asterisks and
 * brackets. Offsets stay those of the original text; nothing here makes HTML, and link
 * targets are dropped on purpose (report text is untrusted).
 */

/** A half-open range [start, end) of the original text. */
export type Range = readonly [start: number, end: number];

export interface InlineMarkup {
  /** Markup characters not shown: the `**` pairs, a link's `[` and `](url)`. */
  hidden: Range[];
  /** What sits between `**` pairs. */
  strong: Range[];
}

/** One piece of visible text and whether it is emphasised. */
export interface TextRun {
  text: string;
  strong: boolean;
}

const BOLD = /\*\*(?=\S)([^\n]*?\S)\*\*/g;
const LINK = /\[([^[\]\n]+)\]\(([^()\s]*)\)/g;

/**
 * Finds inline markup in `text.slice(start, end)`; ranges are offsets into `text`.
 * @example findInlineMarkup('a **b** c').strong // [[4, 5]]
 */
export function findInlineMarkup(text: string, start = 0, end = text.length): InlineMarkup {
  const slice = text.slice(start, end);
  const hidden: Range[] = [];
  const strong: Range[] = [];
  for (const m of slice.matchAll(BOLD)) {
    const at = start + m.index;
    const inner = m[1] ?? '';
    hidden.push([at, at + 2], [at + 2 + inner.length, at + 4 + inner.length]);
    strong.push([at + 2, at + 2 + inner.length]);
  }
  for (const m of slice.matchAll(LINK)) {
    const at = start + m.index;
    const label = m[1] ?? '';
    hidden.push([at, at + 1], [at + 1 + label.length, at + m[0].length]);
  }
  hidden.sort((a, b) => a[0] - b[0]);
  return { hidden, strong };
}

/**
 * The visible runs of `text.slice(start, end)`: markup removed, emphasis marked.
 * @example textRuns('a **b**', 0, 7, findInlineMarkup('a **b**')) // [{ text: 'a ', strong: false }, { text: 'b', strong: true }]
 */
export function textRuns(text: string, start: number, end: number, markup: InlineMarkup): TextRun[] {
  const cuts = new Set([start, end]);
  for (const [a, b] of [...markup.hidden, ...markup.strong]) {
    if (a > start && a < end) cuts.add(a);
    if (b > start && b < end) cuts.add(b);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (markup.hidden.some(([h0, h1]) => h0 <= a && b <= h1)) continue;
    const strong = markup.strong.some(([s0, s1]) => s0 <= a && b <= s1);
    const previous = runs.at(-1);
    if (previous && previous.strong === strong) previous.text += text.slice(a, b);
    else runs.push({ text: text.slice(a, b), strong });
  }
  return runs;
}

/**
 * A claim excerpt or any short quote as visible runs.
 * @example quoteRuns('**clashes** in Deraa') // [{ text: 'clashes', strong: true }, { text: ' in Deraa', strong: false }]
 */
export function quoteRuns(quote: string): TextRun[] {
  return textRuns(quote, 0, quote.length, findInlineMarkup(quote));
}
