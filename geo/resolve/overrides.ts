/**
 * A reader's corrections, applied to the mentions before resolution: each overridden
 * mention carries the place it means (`Candidate.chosen`), which `resolveMentions`
 * takes whatever the evidence. A name the engine left unresolved becomes a candidate,
 * so it gets its claim like any other. Overrides are keyed by the mention's offsets
 * ("start:end"), so they hold only for the text they were made on.
 */
import type { Gazetteer } from '../gazetteer/gazetteer';
import type { MentionMatches } from '../match/findMentions';
import { GeoparseError } from '../options';
import type { Candidate, GazetteerFeature, Mention } from '../types';

/** The key of a mention in `overrides`. @example overrideKey({ start: 4, end: 10, text: 'Aleppo' }) // "4:10" */
export function overrideKey(mention: Pick<Mention, 'start' | 'end'>): string {
  return `${mention.start}:${mention.end}`;
}

/**
 * Marks the overridden mentions with the place chosen for them.
 * @param found what `findMentions` found
 * @param overrides mention "start:end" → place id; keys that name no found mention are ignored
 * @param gazetteer to look the place ids up
 * @returns `found` with overridden candidates marked, and overridden unresolved names
 *   moved to the candidates (in text order); `found` itself when there are no overrides
 * @throws GeoparseError when an override names a place the gazetteer does not have
 * @example applyOverrides(found, { '120:141': 'geonames:164816' }, gaz).candidates
 */
export function applyOverrides(found: MentionMatches, overrides: Readonly<Record<string, string>>, gazetteer: Gazetteer): MentionMatches {
  const keys = Object.keys(overrides);
  if (keys.length === 0) return found;
  const places = new Map<string, GazetteerFeature>();
  for (const key of keys) {
    const id = overrides[key] as string;
    const place = gazetteer.byId(id);
    if (!place) throw new GeoparseError(`override "${key}" names "${id}", which is not in the gazetteer`);
    places.set(key, place);
  }

  const candidates: Candidate[] = found.candidates.map((c) => {
    const chosen = places.get(overrideKey(c.mention));
    return chosen ? { ...c, chosen } : c;
  });
  const unresolved: Mention[] = [];
  for (const mention of found.unresolved) {
    const chosen = places.get(overrideKey(mention));
    if (chosen) candidates.push({ mention, places: [{ feature: chosen, nameScore: 1 }], chosen });
    else unresolved.push(mention);
  }
  candidates.sort((a, b) => a.mention.start - b.mention.start);
  return { ...found, candidates, unresolved };
}
