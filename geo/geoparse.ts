/**
 * The orchestrator: report text → ParseResult, a GeoJSON FeatureCollection of the
 * places it names and what it claims happened at each (DESIGN.md, "The contract").
 * Each stage is its own module; this file only calls them in order.
 */
import { maskMarkup, parseArticle } from './article/parseArticle';
import { extractClaims } from './claims/extractClaims';
import { toFeatureCollection } from './features/toFeatureCollection';
import type { Gazetteer } from './gazetteer/gazetteer';
import { findMentions } from './match/findMentions';
import { checkInput, GeoparseError, resolveOptions, type GeoparseOptions } from './options';
import { applyOverrides } from './resolve/overrides';
import { resolveMentions } from './resolve/resolveMentions';
import type { ParseResult } from './types';

export { defaultOptions, GeoparseError, type GeoparseOptions } from './options';

/**
 * Geoparses one report.
 * @param input the report as text (plain or markdown)
 * @param gazetteer the name index (`buildGazetteer`)
 * @param options see `defaultOptions`; `overrides` applies a reader's corrections
 * @returns the FeatureCollection of DESIGN.md
 * @throws GeoparseError for input or options it refuses, with a one-line message
 * @example
 * const result = geoparse(text, buildGazetteer(places), { date: '2017-05-17' });
 * result.features.map((f) => f.properties.name); // ["Idlib", "Saraqib", …]
 */
export function geoparse(input: string, gazetteer: Gazetteer, options: Partial<GeoparseOptions> = {}): ParseResult {
  const o = resolveOptions(options);
  checkInput(input, o);
  const { body, ...meta } = parseArticle(input);
  const article = { ...meta, published: o.date ?? meta.published };
  const text = maskMarkup(input, body);
  const found = applyOverrides(findMentions(text, gazetteer), o.overrides, gazetteer);
  if (found.candidates.length > o.maxMentions) {
    throw new GeoparseError(`the input names ${found.candidates.length} places; the limit is ${o.maxMentions}`);
  }
  const { resolutions, dropped } = resolveMentions(text, found.candidates, found.demonymCountries, o);
  const claims = extractClaims(input, text, body, resolutions, found.organisations, article.published, gazetteer);
  return toFeatureCollection(input, article, resolutions, claims, [...found.unresolved, ...dropped]);
}
