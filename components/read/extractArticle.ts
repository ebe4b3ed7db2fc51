/**
 * A web page as the text of its report: Mozilla's Readability finds the article in the
 * document (title, byline, site name, date, and the body without navigation, ads and
 * comments), and its body is read as text, paragraphs on their own lines. Works on any
 * DOM `Document`: `DOMParser`'s inert document in the browser (no script runs, nothing
 * loads), linkedom's on the server. Only text is read; nothing is put back as HTML.
 */
import { Readability } from '@mozilla/readability';

export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** YYYY-MM-DD when the page gives its date. */
  published: string | null;
  /** The body: paragraphs separated by a blank line. */
  body: string;
}

/**
 * @param doc a parsed page; it is not changed (Readability works on a clone)
 * @example extractArticle(new DOMParser().parseFromString(html, 'text/html')).title
 */
export function extractArticle(doc: Document): ExtractedArticle {
  const clone = doc.cloneNode(true) as Document;
  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    article = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  } catch {
    article = null; // a page Readability cannot read falls back to its whole body
  }
  const root = (article?.content as Node | undefined) ?? doc.body;
  const parts: string[] = [];
  if (root) collect(root, parts, false);
  const body = tidy(parts.join(''));
  const clean = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() || null;
  const date = clean(article?.publishedTime);
  return {
    title: clean(article?.title) ?? clean(doc.title),
    byline: clean(article?.byline),
    siteName: clean(article?.siteName),
    published: date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null,
    body,
  };
}

/**
 * The report's text for the engine: a front matter with what the page said of itself
 * (the engine reads title, author, publisher and date from it), then the body.
 * @example reportText({ title: 'Shelling in Idlib', byline: null, siteName: 'Wire', published: null, body: '…' })
 */
export function reportText(article: ExtractedArticle): string {
  const line = (key: string, value: string | null) => (value ? `${key}: ${value.replace(/[\r\n]+/g, ' ')}\n` : '');
  const front = line('title', article.title) + line('author', article.byline) + line('publisher', article.siteName) + line('date', article.published);
  const body = article.title && !article.body.startsWith(article.title) ? `${article.title}\n\n${article.body}` : article.body;
  return front ? `---\n${front}---\n\n${body}` : body;
}

/** Elements whose content is not text a reader sees. */
const DROPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO',
  'SELECT', 'BUTTON', 'HEAD', 'MATH',
]);

/** Elements that stand as blocks of their own: a blank line around them. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'UL',
]);

/** Elements that end a line but do not make a paragraph. */
const LINES = new Set(['BR', 'LI', 'TR', 'DT', 'DD', 'CAPTION']);

const PARAGRAPH = '\u0000P';
const LINE = '\u0000L';
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function collect(node: Node, parts: string[], pre: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      const value = child.nodeValue ?? '';
      parts.push(pre ? value.replace(/\n/g, LINE) : value.replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as Element;
    const tag = element.tagName.toUpperCase();
    if (DROPPED.has(tag) || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') continue;
    if (tag === 'BR') {
      parts.push(LINE);
      continue;
    }
    if (tag === 'IMG' || tag === 'AREA' || tag === 'INPUT') continue; // alt text and controls are not the report
    const block = BLOCKS.has(tag) ? PARAGRAPH : LINES.has(tag) ? LINE : '';
    parts.push(block);
    collect(element, parts, pre || tag === 'PRE');
    parts.push(block);
    if (tag === 'TD' || tag === 'TH') parts.push(' ');
  }
}

/** Markers to newlines: one blank line between paragraphs at most, lines trimmed. */
function tidy(raw: string): string {
  return raw
    .split(PARAGRAPH)
    .map((paragraph) =>
      paragraph
        .split(LINE)
        .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}
