/**
 * The packed gazetteer cut into shards by name key, for the browser: a report needs only
 * the names made of its words, so /read fetches the shards of its capitalised words and
 * nothing else. A shard carries its keys' postings, the places they point at, the
 * English words of its words, and the names of those places' parents (for the CSV's
 * admin1 column). A key goes with its
 * rarest capitalised word (`shardWord`).
 *
 * `mergeShards(core, shards)` gives back a packed gazetteer that answers every lookup a
 * text's words can make exactly as the whole one does. No IO here.
 */
import type { GazetteerFeature, PlaceType } from '../types';
import type { PackedGazetteer, PackedMeta } from './packed';
import { ARTICLES, exactToken, foldToken, INNER_WORDS, WORD_PATTERN } from './normalize';

/** What every page needs before any shard: the longest name, the demonyms, how keys are sharded. */
export interface ShardCore {
  format: 'claimmap-shards';
  version: 1;
  count: number;
  maxWords: number;
  demonyms: Record<string, string>;
}

/** A parent's name and kind, enough to name a place's first-level division. */
export type ParentRow = [id: string, name: string, placeType: PlaceType, parent: string | null];

export interface Shard {
  places: string[];
  keys: string[];
  /** Aligned with `keys`; place numbers index `places`. */
  postings: string[];
  englishWords: string[];
  parents: ParentRow[];
}

/** FNV-1a over UTF-16 code units: small, stable, the same in Node and the browser. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The shard of a folded word. */
export function shardOfWord(foldedWord: string, count: number): number {
  return hash(foldedWord) % count;
}

/**
 * The word of a key whose shard holds it: the one fewest keys share, among those a
 * report must write with a capital (a name's words other than "of", "de", "abu"…, which
 * the mention finder lets through in lower case). "State of Qatar" goes with "qatar",
 * not with every "State of …".
 * @param frequency how many keys each folded word is in
 */
export function shardWord(key: string, frequency: ReadonlyMap<string, number>): string {
  const words = key.split(' ');
  let best = words[0] as string;
  let bestCount = Infinity;
  for (const w of words) {
    if (INNER_WORDS.has(w) || ARTICLES.has(w)) continue;
    const n = frequency.get(w) ?? 0;
    if (n < bestCount || (n === bestCount && w < best)) {
      best = w;
      bestCount = n;
    }
  }
  return best;
}

/**
 * The shards a text's lookups can reach: those of every capitalised word, every
 * article ("al", "el" …) and every word after one (names start with one of these).
 * A superset of what the mention finder looks up, so the result is the same.
 * @param all take every word, capitalised or not (for a search box)
 * @example shardsForText('Shelling hit Kurakhove.', 4096) // the shards of "shelling" and "kurakhove" (folded)
 */
export function shardsForText(text: string, count: number, all = false): number[] {
  const out = new Set<number>();
  let afterArticle = false;
  for (const m of text.matchAll(new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags))) {
    const raw = m[0];
    const exact = exactToken(raw);
    if (!exact) continue;
    const first = raw[0] as string;
    const cap = first !== first.toLowerCase() || /\p{N}/u.test(first);
    const article = ARTICLES.has(exact);
    if (all || cap || article || afterArticle) out.add(shardOfWord(foldToken(exact), count));
    afterArticle = article;
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * Cuts a packed gazetteer into `count` shards.
 * @param parentOf the parent row of a place id (admin1 and countries), for `parents`
 * @returns the core and every shard (empty ones included, so every URL exists)
 */
export function cutShards(packed: PackedGazetteer, count: number, parentOf: (id: string) => ParentRow | undefined): { core: ShardCore; shards: Shard[] } {
  const lines = packed.places.split('\n');
  const keys = packed.keys.split('\n');
  const postings = packed.postings.split('\n');
  const frequency = new Map<string, number>();
  for (const key of keys) for (const w of new Set(key.split(' '))) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const groups: number[][] = Array.from({ length: count }, () => []);
  keys.forEach((key, k) => groups[shardOfWord(shardWord(key, frequency), count)]?.push(k));
  const words: string[][] = Array.from({ length: count }, () => []);
  for (const word of packed.meta.englishWords) words[shardOfWord(foldToken(word), count)]?.push(word);

  const shards = groups.map((members, s): Shard => {
    const local = new Map<number, number>();
    const places: string[] = [];
    const shardPostings = members.map((k) =>
      (postings[k] as string)
        .split('|')
        .map((posting) => {
          const colon = posting.indexOf(':');
          const place = Number(posting.slice(0, colon));
          let i = local.get(place);
          if (i === undefined) {
            i = places.length;
            local.set(place, i);
            places.push(lines[place] as string);
          }
          return `${i}${posting.slice(colon)}`;
        })
        .join('|'),
    );
    const parents = new Map<string, ParentRow>();
    for (const line of places) {
      let parent = line.split('\t')[5] || null;
      while (parent && !parents.has(parent)) {
        const row = parentOf(parent);
        if (!row) break;
        parents.set(parent, row);
        parent = row[3];
      }
    }
    return { places, keys: members.map((k) => keys[k] as string), postings: shardPostings, englishWords: words[s] ?? [], parents: [...parents.values()] };
  });
  const { maxWords, demonyms } = packed.meta;
  return { core: { format: 'claimmap-shards', version: 1, count, maxWords, demonyms }, shards };
}

/**
 * Joins the shards fetched so far into one packed gazetteer (for `loadPacked`).
 * @throws Error when the core is not of a known version
 */
export function mergeShards(core: ShardCore, shards: readonly Shard[]): PackedGazetteer {
  if (core?.format !== 'claimmap-shards' || core.version !== 1) throw new Error('not a claimmap shard index (version 1)');
  const index = new Map<string, number>();
  const places: string[] = [];
  const entries: [string, string][] = [];
  const englishWords: string[] = [];
  for (const shard of shards) {
    const global = shard.places.map((line) => {
      const id = line.slice(0, line.indexOf('\t'));
      let i = index.get(id);
      if (i === undefined) {
        i = places.length;
        index.set(id, i);
        places.push(line);
      }
      return i;
    });
    shard.keys.forEach((key, k) => {
      const remapped = (shard.postings[k] as string)
        .split('|')
        .map((posting) => {
          const colon = posting.indexOf(':');
          return `${global[Number(posting.slice(0, colon))]}${posting.slice(colon)}`;
        })
        .join('|');
      entries.push([key, remapped]);
    });
    englishWords.push(...shard.englishWords);
  }
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const meta: PackedMeta = { format: 'claimmap-packed', version: 1, maxWords: core.maxWords, englishWords, demonyms: core.demonyms };
  return { meta, places: places.join('\n'), keys: entries.map((e) => e[0]).join('\n'), postings: entries.map((e) => e[1]).join('\n') };
}

/**
 * A feature standing for a parent the shards name but do not carry (a division or a
 * country), with only what naming it needs; its geometry is a placeholder.
 */
export function parentFeature([id, name, placeType, parent]: ParentRow): GazetteerFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: { name, alternateNames: [], placeType, country: '', parent, population: null, source: 'parent' },
  };
}
