/**
 * When the event a sentence reports happened: chrono-node reads the dates of English
 * ("on Monday", "last week", "yesterday, September 8", "May 14", "three days ago")
 * relative to the publication date, plus day ranges ("between 12 and 14 May"). Only a
 * day counts: "last month" or "since 2014" date no event. Pure JS, so it runs in the
 * browser worker too.
 */
import type { ParsedComponents, ParsedResult, Parser } from 'chrono-node';
import { casual, Chrono } from 'chrono-node/en';
import { addDays, isoDate } from '../article/dates';

/** The event's day, and its last day when the text gives a range. */
export interface EventDate {
  date: string;
  range?: { start: string; end: string };
}

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const LINK = '\\s*(?:-|–|and|to|until|through)\\s*';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** "between 12 and 14 May", "12-14 May 2025", "from May 12 to 14": one result with a start and an end day. */
const DAY_RANGE = new RegExp(`\\b(?:between\\s+|from\\s+)?(?:${DAY}${LINK}${DAY}\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+${DAY}${LINK}${DAY})(?:,?\\s+(\\d{4}))?\\b`, 'i');
const dayRange: Parser = {
  pattern: () => DAY_RANGE, // made once: chrono asks for it at every parse (and executes it without a lastIndex)
  extract(context, match) {
    const [, d1, d2, m1, m2, d3, d4, year] = match;
    const month = monthOf(m1 ?? m2 ?? '');
    const first = Number(d1 ?? d3);
    const last = Number(d2 ?? d4);
    if (!month || first >= last || last > 31) return null;
    const start: Record<string, number> = { day: first, month };
    const end: Record<string, number> = { day: last, month };
    if (year) start.year = end.year = Number(year);
    return context.createParsingResult(match.index ?? 0, match[0], start, end);
  },
};

/** One phrase for each way English gives an event's day. */
const DAY_PHRASES = ['on Monday', 'May 14', '14 May', 'yesterday', 'last night', 'three days ago', 'last week', 'this past weekend', '2017-05-14', '5/14/2017', 'May 14, 2017'];

/**
 * Chrono's casual English, with only the parsers that find a day in one of those
 * phrases: times of day ("at 5 pm", "this morning"), spans ("within three days", "the
 * last 24 hours") and months alone never give an event's day, and their parsers took
 * half of every parse. (Parsers are told apart by what they read: a bundle renames
 * their classes.)
 */
const parser = casual.clone();
const probe = { instant: new Date(Date.UTC(2017, 4, 17, 12)), timezone: 0 };
parser.parsers = [dayRange, ...parser.parsers.filter((p) => DAY_PHRASES.some((phrase) => new Chrono({ parsers: [p], refiners: [] }).parse(phrase, probe).some((r) => namesDay(r.start))))];

/** Words before a date that make it no event date: a history or a deadline ("since May 14", "by Friday"). */
const NOT_EVENT_BEFORE = /\b(?:since|until|till|by|before|ahead of|starting|from|deadline)\s+(?:the\s+)?$/i;

function dayOf(c: ParsedComponents): string | null {
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  return year && month && day ? isoDate(year, month, day) : null;
}

/** A reading gives a day when the text names it, or names a weekday or a relative day ("yesterday", "three days ago"). */
function namesDay(c: ParsedComponents): boolean {
  return (c.isCertain('day') && c.isCertain('month')) || c.isCertain('weekday');
}

function shiftYear(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

/**
 * Words without which chrono finds no day: most sentences skip the parser (it is the
 * costly part). Whole words, as chrono reads them: "mon" in "monitor", "sun" in "Sunni"
 * or "mar" in "market" name no day.
 */
const MAY_NAME_A_DAY = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|sun(?:day)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|yesterday|today|tonight|last\s+night|ago|weeks?|weekends?|\d{4}-\d\d|\d{1,2}\/\d{1,2}\/\d{2,4})\b|\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|and|to)\s*\d/i;

/**
 * Readings that name no day of the event: "now", a span ("the past 11 days", not "this past week"), a day
 * counted from another event ("two days later", "the day before"), a fraction read as
 * a date ("a 1/4 triathlon": slashes count only with a year).
 */
function namesNoDay(r: ParsedResult): boolean {
  return /^(?:right\s+)?now$|^(?:the\s+)?past\s+(?:\S+\s+)+(?:days|weeks|months|years)$|\b(?:later|after|before|earlier)$/i.test(r.text) || (r.tags().has('parser/SlashDateFormatParser') && !/\d\/\d+\/\d/.test(r.text));
}

/**
 * The date of the event a sentence reports, when the text gives or implies a day.
 * Without a publication date only fully written dates count; a day that would fall
 * after publication is taken from the year (or week) before.
 * @param sentence the sentence text
 * @param published the article's date (YYYY-MM-DD) or null
 * @example eventDateOf("Shelling between 12 and 14 May killed 3", "2025-09-10") // { date: "2025-05-12", range: { start: "2025-05-12", end: "2025-05-14" } }
 */
export function eventDateOf(sentence: string, published: string | null): EventDate | null {
  if (!MAY_NAME_A_DAY.test(sentence)) return null;
  const reference = published ? { instant: new Date(`${published}T12:00:00Z`), timezone: 0 } : { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };
  const results = parser.parse(sentence, reference, { forwardDate: false }).filter((r) => !NOT_EVENT_BEFORE.test(sentence.slice(0, r.index)));
  // A written day ("September 8") says more than a relative one ("yesterday") beside it.
  const written = (r: ParsedResult) => Number(r.start.isCertain('month') && ![...r.start.tags()].some((t) => t.startsWith('casualReference')));
  const ordered = [...results].sort((a, b) => written(b) - written(a));
  for (const r of ordered) {
    if (!namesDay(r.start) || namesNoDay(r)) continue;
    // Chrono takes a relative day's year from the reference: without a publication date, only a year as written counts.
    if (!published && !/\b\d{4}\b/.test(r.text)) continue;
    let date = dayOf(r.start);
    if (!date) continue;
    let end = r.end ? dayOf(r.end) : null;
    if (published && date > published && !r.start.isCertain('year')) {
      const back = r.start.isCertain('month') ? (d: string) => shiftYear(d, -1) : (d: string) => addDays(d, -7);
      date = back(date);
      end = end ? back(end) : null;
    }
    if (published && date > published) continue;
    return end && end > date ? { date, range: { start: date, end } } : { date };
  }
  return null;
}
