/**
 * Reads a report as pasted or saved from a news site: its title, author, publisher and
 * date, and which lines are the body. Metadata lines, link lists, the author's bio,
 * copyright and disclaimer are not body: places named there are not reported events.
 */
import type { Article, Span } from '../types';
import { findFullDate, isIsoDate } from './dates';

interface Line extends Span {
  /** The line without markdown decoration, for classification only. */
  plain: string;
}

/** "Region: …", "Theme: …", "Tags: …" and the like: site metadata, never body. */
const METADATA_LINE = /^(?:region|regions|theme|themes|in-depth report|tags?|topics?|filed under|categor(?:y|ies)|keywords|section|source|original source|photo|image|credit|read more|see also|related(?: articles?)?|share|follow us)\s*:/i;

/** Lines that start the footer: everything from the first of them on is boilerplate. */
const FOOTER_START = /^(?:copyright\b|©|\(c\)\s|disclaimer\s*:|all rights reserved|the original source of this article|articles? by\s*:|this article (?:was|is) (?:originally )?(?:published|first published)|for media inquiries)/i;

/** Single boilerplate lines that may stand anywhere after the body. */
const BOILERPLATE_LINE = /^(?:comment on\b|become a member\b|subscribe\b|sign up\b|follow us\b|share this\b|click here\b|support (?:us|our)\b|donate\b|advertisement$)/i;

const LINK_ONLY = /^(?:\s*!?\[[^\]]*\]\([^)]*\)[\s,|·•\-–]*)+$/;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
const BYLINE = /^by\s+(.+)$/i;

/** Removes markdown decoration so a line can be classified (not used for offsets). */
function plainOf(line: string): string {
  // Each replacement only where it has work: most lines of a report have no markup.
  let plain = line.includes('](') ? line.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') : line;
  if (/[*_#>`]/.test(plain)) plain = plain.replace(/[*_#>`]+/g, '');
  if (/[^\S ]| {2}/.test(plain)) plain = plain.replace(/\s+/g, ' ');
  return plain.trim();
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\n]*(?:\n|$)/g;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    const raw = m[0].replace(/\r?\n$/, '');
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) lines.push({ start: m.index + lead, end: m.index + lead + trimmed.length, text: trimmed, plain: plainOf(trimmed) });
  }
  return lines;
}

/** A line of running prose: enough words and a sentence ending. */
function isProse(line: Line): boolean {
  const words = line.plain.split(' ').length;
  return words >= 10 && /[.!?"”»:)]$|[.!?]["”»]?\s/.test(line.plain);
}

/** Front matter between "---" lines: `title: …`, `author: …`, `publisher: …`, `date: …`. */
function readFrontMatter(lines: Line[]): { fields: Map<string, string>; used: number } {
  const fields = new Map<string, string>();
  if (lines[0]?.text !== '---') return { fields, used: 0 };
  const close = lines.findIndex((l, i) => i > 0 && l.text === '---');
  if (close < 0) return { fields, used: 0 };
  for (const line of lines.slice(1, close)) {
    const m = /^([A-Za-z_-]+)\s*:\s*(.*)$/.exec(line.text);
    if (m?.[1]) fields.set(m[1].toLowerCase(), (m[2] ?? '').replace(/^["']|["']$/g, '').trim());
  }
  return { fields, used: close + 1 };
}

function isBoilerplate(line: Line, author: string | null): boolean {
  const p = line.plain;
  if (!p || METADATA_LINE.test(p) || BOILERPLATE_LINE.test(p) || URL_ONLY.test(p)) return true;
  if (LINK_ONLY.test(line.text)) return true;
  return author !== null && p.startsWith(`${author} is `);
}

/**
 * Parses a report into its metadata and body spans.
 * @param text the report as given
 * @returns the article; body spans are exact offsets into `text`
 * @example
 * parseArticle("Title\n\nBy Jane Doe\n\nSite, May 17, 2017\n\nThe army took the town of …")
 * // { title: "Title", author: "Jane Doe", publisher: "Site", published: "2017-05-17", body: [...] }
 */
export function parseArticle(text: string): Article {
  const all = splitLines(text);
  const { fields, used } = readFrontMatter(all);
  const lines = all.slice(used);

  const firstProse = lines.findIndex(isProse);
  // A header is the short lines above the first paragraph, when there are a few of them;
  // front matter, when given, is the header.
  const headerEnd = used === 0 && firstProse > 0 && firstProse <= 15 ? firstProse : 0;
  const header = lines.slice(0, headerEnd);

  let title: string | null = fields.get('title') ?? null;
  let author: string | null = fields.get('author') ?? null;
  let publisher: string | null = fields.get('publisher') ?? null;
  let published: string | null = fields.get('date') ?? fields.get('published') ?? null;
  if (published !== null && !isIsoDate(published)) published = findFullDate(published)?.date ?? null;

  header.forEach((line, i) => {
    const byline = BYLINE.exec(line.plain);
    const dated = findFullDate(line.plain);
    if (byline?.[1] && author === null) author = byline[1].trim();
    else if (dated && published === null) {
      published = dated.date;
      const before = line.plain.slice(0, dated.index).replace(/[\s,|·•\-–]+$/, '').trim();
      if (before && publisher === null) publisher = before;
    } else if (i === 0 && title === null && !METADATA_LINE.test(line.plain)) title = line.plain;
  });

  const body: Span[] = [];
  for (const line of lines.slice(headerEnd)) {
    if (FOOTER_START.test(line.plain)) break;
    if (!isBoilerplate(line, author)) body.push({ start: line.start, end: line.end, text: line.text });
  }
  return { title, author, publisher, published, body };
}

/** Blanks link targets, brackets and emphasis markers, keeping the length. */
function blankMarkdown(line: string): string {
  return line
    .replace(/\]\([^)]*\)/g, (m) => ' '.repeat(m.length))
    .replace(/!?\[/g, (m) => ' '.repeat(m.length))
    .replace(/\*\*|__|(?<![\p{L}\p{N}])[*_](?=\S)|(?<=\S)[*_](?![\p{L}\p{N}])/gu, (m) => ' '.repeat(m.length));
}

/**
 * The text the later stages read: same length as the input (so offsets hold), with
 * everything outside the body, markdown link targets and emphasis markers blanked.
 * @example maskMarkup("**Aleppo** [ISW](https://x)", [{ start: 0, end: 27, text }]) // "  Aleppo    ISW            "
 */
export function maskMarkup(text: string, body: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const span of body) {
    out += ' '.repeat(span.start - at);
    out += /[*_[]/.test(span.text) ? blankMarkdown(span.text) : span.text;
    at = span.end;
  }
  return out + ' '.repeat(text.length - at);
}
