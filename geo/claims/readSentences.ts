/**
 * Every body sentence of a report with who says so: the reader the claims use, on its
 * own, for the CLI's `--sentences` and the attribution eval.
 */
import { maskMarkup, parseArticle } from '../article/parseArticle';
import type { Gazetteer } from '../gazetteer/gazetteer';
import { checkInput, resolveOptions } from '../options';
import type { Span } from '../types';
import { readAttributions, type Attribution } from './attribution';
import { attributionContext, splitSentences } from './extractClaims';

/** One body sentence and its source. */
export interface SentenceReading {
  start: number;
  end: number;
  attribution: Attribution | null;
}

/**
 * Reads every body sentence's source.
 * @param input the report as given
 * @param gazetteer the name index (for demonyms)
 * @returns the body sentences in text order, each with its attribution or null
 * @throws GeoparseError for input geoparse() would refuse
 * @example readSentences("Fighting broke out, the army said.", gaz)[0]?.attribution?.source.text // "the army"
 */
export function readSentences(input: string, gazetteer: Gazetteer): SentenceReading[] {
  checkInput(input, resolveOptions());
  const { body } = parseArticle(input);
  const text = maskMarkup(input, body);
  const sentences: Span[] = splitSentences(text, body);
  const attributions = readAttributions(input, text, body, sentences, attributionContext(gazetteer));
  return sentences.map((s, i) => ({ start: s.start, end: s.end, attribution: attributions[i] ?? null }));
}
