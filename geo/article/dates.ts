/**
 * Calendar dates as written in English reports. Pure; no time zones (dates are days).
 */

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

const MONTH_PATTERN = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** "May 17, 2017", "May 17 2017", "17 May 2017", "2017-05-17". */
export const FULL_DATE_RE = new RegExp(
  `\\b(?:${MONTH_PATTERN}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_PATTERN},?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b`,
  'i',
);

/** Month number (1–12) of an English month name or abbreviation, or 0. */
export function monthNumber(name: string): number {
  const m = name.toLowerCase().replace('.', '');
  const i = MONTHS.findIndex((full) => full.startsWith(m.slice(0, 3)));
  return i + 1;
}

/** Formats a valid calendar date as YYYY-MM-DD, or null when it does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === s;
}

/**
 * The first full date written in a line of text.
 * @example findFullDate("Global Research, May 17, 2017") // { date: "2017-05-17", index: 17 }
 */
export function findFullDate(text: string): { date: string; index: number } | null {
  const m = FULL_DATE_RE.exec(text);
  if (!m) return null;
  let date: string | null;
  if (m[1]) date = isoDate(Number(m[3]), monthNumber(m[1]), Number(m[2]));
  else if (m[5]) date = isoDate(Number(m[6]), monthNumber(m[5]), Number(m[4]));
  else date = isoDate(Number(m[7]), Number(m[8]), Number(m[9]));
  return date ? { date, index: m.index } : null;
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
