/**
 * A saved web page (.html) as the plain text of its report, the way a reader sees it:
 * paragraphs and headings on their own lines, scripts, styles and other non-text
 * dropped. The HTML is parsed with `DOMParser` into an inert document (no script runs,
 * no image or link loads) and only text is read from it; nothing of it is ever put
 * into the page as HTML. Browser only.
 */

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

/**
 * @param html the file's content
 * @returns the text: paragraphs separated by a blank line, the page's title first when
 *   the body has no heading of its own
 * @example htmlToText('<h1>Shelling in Idlib</h1><p>Shells hit <b>Saraqib</b>.</p><script>x()</script>')
 * // "Shelling in Idlib\n\nShells hit Saraqib."
 */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const parts: string[] = [];
  if (doc.body) collect(doc.body, parts, false);
  let text = tidy(parts.join(''));
  const title = doc.title.replace(/\s+/g, ' ').trim();
  if (title && !doc.body?.querySelector('h1') && !text.startsWith(title)) text = text ? `${title}\n\n${text}` : title;
  return text;
}

function collect(node: Node, parts: string[], pre: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) {
      const value = child.nodeValue ?? '';
      parts.push(pre ? value.replace(/\n/g, LINE) : value.replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const element = child as Element;
    const tag = element.tagName.toUpperCase();
    if (DROPPED.has(tag) || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') continue;
    if (tag === 'BR') {
      parts.push(LINE);
      continue;
    }
    if (tag === 'IMG' || tag === 'AREA' || tag === 'INPUT') {
      continue; // alt text and controls are not the report
    }
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
