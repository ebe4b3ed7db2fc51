/**
 * Resolutions and claims → the result FeatureCollection of DESIGN.md: one feature per
 * place, with all its mentions and claims, in the order the report first names them.
 */
import type { ArticleMeta, Claim, Mention, ParseResult, PlaceFeature, Resolution } from '../types';

/**
 * Assembles the result.
 * @param input the report exactly as given: mention texts are sliced from it
 * @param article the article's metadata
 * @param resolutions resolved mentions in text order
 * @param claims claims per place id
 * @param unresolved names that looked like places but were not resolved
 * @example toFeatureCollection(input, meta, resolutions, claims, []).features[0].properties.name // "Aleppo"
 */
export function toFeatureCollection(
  input: string,
  article: ArticleMeta,
  resolutions: readonly Resolution[],
  claims: ReadonlyMap<string, Claim[]>,
  unresolved: readonly Mention[],
): ParseResult {
  const byPlace = new Map<string, PlaceFeature>();
  const spelledBy = new Set<string>();
  for (const r of resolutions) {
    const mention = { start: r.mention.start, end: r.mention.end, text: input.slice(r.mention.start, r.mention.end) };
    const existing = byPlace.get(r.place.id);
    if (existing) {
      existing.properties.mentions.push(mention);
      if (r.score > existing.properties.score) Object.assign(existing.properties, { score: r.score, runnerUp: r.runnerUp });
      continue;
    }
    const { name, placeType, country, gazetteerName } = r.place.properties;
    byPlace.set(r.place.id, {
      type: 'Feature',
      id: r.place.id,
      geometry: r.place.geometry,
      properties: {
        name,
        gazetteerName: gazetteerName ?? name,
        placeType,
        country,
        mentions: [mention],
        claims: claims.get(r.place.id) ?? [],
        score: r.score,
        runnerUp: r.runnerUp,
      },
    });
  }
  // The name readers know: the first spelling of the report's that the gazetteer lists.
  for (const r of resolutions) {
    const feature = byPlace.get(r.place.id);
    if (!feature || !r.exactSpelling || feature.properties.placeType === 'country') continue;
    const spelled = reportSpelling(input.slice(r.mention.start, r.mention.end));
    if (spelled && !spelledBy.has(r.place.id)) {
      spelledBy.add(r.place.id);
      feature.properties.name = spelled;
    }
  }
  const seen = new Set<string>();
  const left = [...unresolved]
    .sort((a, b) => a.start - b.start)
    .filter((m) => !seen.has(`${m.start}:${m.end}`) && seen.add(`${m.start}:${m.end}`))
    .map((m) => ({ start: m.start, end: m.end, text: input.slice(m.start, m.end) }));
  return { type: 'FeatureCollection', article, features: [...byPlace.values()], unresolved: left };
}

/** A mention as a display name: its words on one line; none when written in capitals ("ALEPPO"). */
function reportSpelling(text: string): string | null {
  const name = text.replace(/\s+/g, ' ').trim();
  return /\p{Ll}/u.test(name) ? name : null;
}
