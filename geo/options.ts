/**
 * `geoparse()` options with their defaults in one place, and the checks made at the
 * entry so bad input gets one clear message.
 */
import { isIsoDate } from './article/dates';

export interface GeoparseOptions {
  /** Publication date (YYYY-MM-DD) for relative dates; overrides the date the article gives. */
  date: string | null;
  /** Largest input accepted, in UTF-16 code units (about 2 MB of English text). */
  maxLength: number;
  /** Most place mentions kept; a text with more is refused rather than half-mapped. */
  maxMentions: number;
  /** Mentions whose best candidate has less of the evidence than this (0–1) are left unresolved. */
  minScore: number;
  /**
   * A reader's corrections: mention "start:end" → the id of the place it means. Such a
   * mention (resolved or not) takes that place whatever the evidence; a key that names
   * no mention the engine found is ignored.
   */
  overrides: Readonly<Record<string, string>>;
}

export const defaultOptions: Readonly<GeoparseOptions> = Object.freeze({
  date: null,
  maxLength: 2_000_000,
  maxMentions: 50_000,
  minScore: 0.5,
  overrides: Object.freeze({}),
});

/** An input or option `geoparse()` refuses; `message` is one line for a person. */
export class GeoparseError extends Error {
  override name = 'GeoparseError';
}

/**
 * Fills in defaults and checks the options.
 * @throws GeoparseError on an invalid date or bound
 * @example resolveOptions({ date: '2017-05-17' }).maxLength // 2000000
 */
export function resolveOptions(options: Partial<GeoparseOptions> = {}): GeoparseOptions {
  const o = { ...defaultOptions, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  if (o.date !== null && !isIsoDate(o.date)) throw new GeoparseError(`invalid date "${o.date}": use YYYY-MM-DD, a real calendar day`);
  for (const key of ['maxLength', 'maxMentions'] as const) {
    if (!Number.isInteger(o[key]) || o[key] <= 0) throw new GeoparseError(`${key} must be a positive whole number`);
  }
  if (!(o.minScore >= 0 && o.minScore <= 1)) throw new GeoparseError('minScore must be between 0 and 1');
  checkOverrides(o.overrides);
  return o;
}

const OVERRIDE_KEY = /^(\d+):(\d+)$/;

function checkOverrides(overrides: unknown): void {
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    throw new GeoparseError('overrides must map "start:end" to a place id');
  }
  for (const [key, id] of Object.entries(overrides)) {
    const m = OVERRIDE_KEY.exec(key);
    if (!m || Number(m[1]) >= Number(m[2])) throw new GeoparseError(`override "${key}" is not a mention's "start:end"`);
    if (typeof id !== 'string' || id === '') throw new GeoparseError(`override "${key}" names no place id`);
  }
}

/**
 * Refuses text that is not a report: not a string, empty, binary, or too long.
 * @throws GeoparseError with the reason
 */
export function checkInput(text: unknown, options: GeoparseOptions): asserts text is string {
  if (typeof text !== 'string') throw new GeoparseError('the input is not text');
  if (text.trim().length === 0) throw new GeoparseError('the input is empty');
  if (text.length > options.maxLength) {
    throw new GeoparseError(`the input is ${text.length.toLocaleString('en')} characters; the limit is ${options.maxLength.toLocaleString('en')}`);
  }
  // NUL bytes, or many control characters, mean binary data rather than a report.
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw new GeoparseError('the input looks like binary data, not text');
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  if (control > 16 && control > text.length / 100) throw new GeoparseError('the input looks like binary data, not text');
}
