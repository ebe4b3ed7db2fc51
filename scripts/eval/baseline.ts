/**
 * The baseline a JavaScript developer would reach for: compromise's `places()` to find
 * names, and the most populous gazetteer candidate for each.
 */
import nlp from 'compromise';
import type { Gazetteer } from '../../geo/gazetteer/gazetteer';
import { foldedKey } from '../../geo/gazetteer/normalize';
import type { SystemMention } from './score';

interface CompromisePlace {
  text: string;
  offset: { start: number; length: number };
}

/**
 * Places compromise finds in a text, each resolved to its largest namesake.
 * @example baselineMentions("Clashes in Aleppo.", gaz) // [{ start: 11, end: 17, geometry: Aleppo's point }]
 */
export function baselineMentions(text: string, gazetteer: Gazetteer): SystemMention[] {
  const places = nlp(text).places().json({ offset: true }) as CompromisePlace[];
  const out: SystemMention[] = [];
  for (const p of places) {
    const raw = text.slice(p.offset.start, p.offset.start + p.offset.length);
    const name = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!name) continue;
    const start = p.offset.start + raw.indexOf(name);
    const candidates = gazetteer.lookup(foldedKey(name)).map((e) => e.feature);
    const best = candidates.sort((a, b) => (b.properties.population ?? 0) - (a.properties.population ?? 0))[0];
    if (best) out.push({ start, end: start + name.length, geometry: best.geometry });
  }
  return out;
}
