/**
 * Chooses one place per mention from evidence in the report: how well the spelling
 * fits, the kind and size of place, the countries the report is about, the qualifiers
 * around the mention ("refugee camp", "province of", "east of Damascus"), and how near
 * each candidate lies to the other places the report names. Two passes: the second
 * measures nearness against the first pass's choices.
 */
import type { Candidate, CandidatePlace, GazetteerFeature, Mention, PlaceType, Resolution } from '../types';
import { distanceKm, forgetDistances, liesTowards } from './geometry';
import { readQualifiers, type Qualifiers } from './qualifiers';

export interface ResolveOptions {
  /** Mentions whose best candidate has less of the evidence than this are dropped (0–1). */
  minScore: number;
}

/** How likely a report means this kind of place, all else equal. */
const TYPE_PRIOR: Record<PlaceType, number> = {
  country: 1, governorate: 0.6, city: 0.8, region: 0.7, town: 0.55, camp: 0.5, airbase: 0.5,
  district: 0.45, village: 0.3, landmark: 0.3,
};

/** Kinds of place that a qualifier accepts, with how well. */
const QUALIFIER_FIT: Partial<Record<PlaceType, Partial<Record<PlaceType, number>>>> = {
  governorate: { governorate: 1, city: 0.3, region: 0.5 },
  camp: { camp: 1, district: 0.4 },
  airbase: { airbase: 1 },
  district: { district: 1, town: 0.5, village: 0.5, camp: 0.4 },
  city: { city: 1, town: 0.6 },
  town: { town: 1, village: 0.8, city: 0.6, district: 0.5 },
  village: { village: 1, town: 0.8, district: 0.4 },
  country: { country: 1 },
};

const W = { name: 3, type: 1, population: 1.5, focus: 2, division: 1.5, qualifier: 2.5, anchor: 3, nearby: 1.5, overshadowed: 2.5 };

/** Size, for places whose population is unknown. */
const UNKNOWN_POPULATION: Partial<Record<PlaceType, number>> = { country: 1, governorate: 0.6, region: 0.5 };

function populationScore(feature: GazetteerFeature): number {
  const p = feature.properties.population;
  if (p === null || p <= 0) return UNKNOWN_POPULATION[feature.properties.placeType] ?? 0.2;
  return Math.min(1, Math.log10(p + 1) / 7);
}

/**
 * The share of the report's evidence that points at each country: the mentions whose
 * places (spelled as written) all lie in one country, and the demonyms. A name with
 * namesakes in several countries says nothing: with the whole world in the gazetteer,
 * nearly every name has one in the United States.
 */
function countryFocus(candidates: readonly Candidate[], demonymCountries: readonly string[]): Map<string, number> {
  const votes = new Map<string, number>();
  const vote = (country: string, weight: number) => votes.set(country, (votes.get(country) ?? 0) + weight);
  for (const c of candidates) {
    const spelled = c.places.filter((p) => p.exactSpelling);
    // A country named as written ("Iraq") is a vote for it, whatever towns share its name.
    const named = spelled.find((p) => p.feature.properties.placeType === 'country');
    const countries = new Set((spelled.length > 0 ? spelled : c.places).map((p) => p.feature.properties.country));
    if (named) vote(named.feature.properties.country, 1);
    else if (countries.size === 1) vote([...countries][0] as string, 1);
  }
  for (const id of demonymCountries) vote(id.replace(/^country:/, ''), 0.5);
  if (votes.size === 0) {
    for (const c of candidates) {
      const countries = new Set(c.places.map((p) => p.feature.properties.country));
      for (const country of countries) vote(country, 1 / countries.size);
    }
  }
  const top = Math.max(0, ...votes.values());
  return new Map([...votes].map(([k, v]) => [k, top > 0 ? v / top : 0]));
}

/** The first-level division a place lies in (itself, for a division), if the gazetteer says. */
function divisionOf(feature: GazetteerFeature): string | null {
  const p = feature.properties;
  if (p.placeType === 'governorate') return feature.id;
  return p.parent && !p.parent.startsWith('country:') ? p.parent : null;
}

/**
 * The share of the report's evidence that points at each first-level division: the
 * mentions whose places (spelled as written) all lie in one ("Laurel County", "Texas",
 * a town with no namesake). "Paris" in a report about Texas is Paris, Texas.
 */
function divisionFocus(candidates: readonly Candidate[]): Map<string, number> {
  const shares = divisionShares(candidates);
  // A country takes its most-named division's share: "Iraq" in a report about Baghdad is
  // the country, not a village called Iraq in a division of Iran the report also names.
  for (const c of candidates) {
    for (const p of c.places) {
      const d = divisionOf(p.feature);
      const country = `country:${p.feature.properties.country}`;
      const share = d ? (shares.get(d) ?? 0) : 0;
      if (share > (shares.get(country) ?? 0)) shares.set(country, share);
    }
  }
  return shares;
}

/** The division focus a place gets: its division's, or for a country its most-named division's. */
function divisionScore(f: GazetteerFeature, divisions: ReadonlyMap<string, number>): number {
  return divisions.get(f.properties.placeType === 'country' ? f.id : (divisionOf(f) ?? '')) ?? 0;
}

function divisionShares(candidates: readonly Candidate[]): Map<string, number> {
  const votes = new Map<string, number>();
  for (const c of candidates) {
    const spelled = c.places.filter((p) => p.exactSpelling);
    const divisions = new Set((spelled.length > 0 ? spelled : c.places).map((p) => divisionOf(p.feature)));
    // A name with namesakes in several divisions votes for each a share: "Paris" and "Henry
    // County" both have one in Tennessee, and that adds up.
    const countries = new Set((spelled.length > 0 ? spelled : c.places).map((p) => p.feature.properties.country));
    if (divisions.size === 1 || countries.size === 1) for (const d of divisions) if (d) votes.set(d, (votes.get(d) ?? 0) + 1 / divisions.size);
  }
  // Shares of the most-named division, which must have at least one mention's worth of votes.
  const top = Math.max(1, ...votes.values());
  return new Map([...votes].map(([k, v]) => [k, v / top]));
}

/** The big namesakes among a mention's candidates spelled as written: a country, a division, a city of a million. */
interface BigNamesakes {
  country: boolean;
  division: boolean;
  city: boolean;
}

function bigNamesakesOf(candidate: Candidate): BigNamesakes {
  const big = { country: false, division: false, city: false };
  for (const o of candidate.places) {
    if (!o.exactSpelling) continue;
    const q = o.feature.properties;
    if (q.placeType === 'country') big.country = true;
    else if (q.placeType === 'governorate') big.division = true;
    else if ((q.population ?? 0) >= 1_000_000) big.city = true;
  }
  return big;
}

/**
 * How much a candidate is overshadowed by a far bigger namesake among the same mention's
 * candidates (`big`): a country or first-level division named as written ("China", "Texas"),
 * or a city of a million, over a village or town. 1 for the small namesake, else 0.
 */
function overshadowed(place: CandidatePlace, big: BigNamesakes): number {
  const p = place.feature.properties;
  if (p.placeType === 'country' || p.placeType === 'governorate' || p.placeType === 'region') return 0;
  const own = p.population ?? 0;
  return big.country || ((big.division || big.city) && own < 100_000) ? 1 : 0;
}

function qualifierScore(q: Qualifiers, feature: GazetteerFeature): number {
  if (!q.type) return 0;
  return QUALIFIER_FIT[q.type]?.[feature.properties.placeType] ?? 0;
}

/**
 * Fit of a candidate to the place the text says it is in, near, or east of: from -1
 * (far away, or on the wrong side) to 1; 0 when the text places it nowhere.
 */
function anchorScore(q: Qualifiers, feature: GazetteerFeature, anchor: GazetteerFeature | undefined): number {
  if (!anchor || !q.relation || anchor === feature) return 0;
  const km = distanceKm(feature, anchor);
  const type = anchor.properties.placeType;
  const reach = type === 'country' ? 600 : type === 'governorate' || type === 'region' ? 150 : q.relation === 'in' || q.relation === 'near' ? 50 : 120;
  const closeness = Math.exp(-km / (q.relation === 'list' ? 400 : reach));
  if (q.relation === 'list') return closeness;
  if (q.relation === 'in' || q.relation === 'near') return 2 * closeness - 1;
  return 2 * closeness * (liesTowards(feature, anchor, q.relation) ? 1 : 0.3) - 1;
}

/** Mentions either side whose places count as the context of a mention. */
const CONTEXT_WINDOW = 15;

/**
 * Closeness to the places the report names around this mention (countries aside): for
 * each other mention, its nearest likely place. "Paris and Henry County" are the Paris
 * and the Henry County that lie together, whichever each would be alone.
 */
function nearbyScore(feature: GazetteerFeature, context: readonly (readonly GazetteerFeature[])[]): number {
  if (feature.properties.placeType === 'country') return 0;
  let row = closeness.get(feature);
  if (!row) closeness.set(feature, (row = new Map()));
  let sum = 0;
  let n = 0;
  for (const likely of context) {
    let best = 0;
    for (const other of likely) {
      if (other === feature) continue;
      let near = row.get(other);
      if (near === undefined) row.set(other, (near = Math.exp(-distanceKm(feature, other) / 250)));
      best = Math.max(best, near);
    }
    sum += best;
    n++;
  }
  return n === 0 ? 0 : sum / n;
}

/** Closeness between two places as nearbyScore counts it, kept for one report (see forgetDistances): its passes ask for the same pairs again and again. */
let closeness = new WeakMap<GazetteerFeature, Map<GazetteerFeature, number>>();

/** The places chosen for the mentions around mention i that are not the same name (countries aside). */
function contextOf(i: number, names: readonly string[], chosen: Likely): GazetteerFeature[] {
  return likelyAround(i, names, chosen).map(([f]) => f as GazetteerFeature);
}

/** Each mention's likely places (countries aside), each place numbered, for likelyAround. */
interface Likely {
  places: readonly (readonly GazetteerFeature[])[];
  /** The numbers of `places`, list by list. */
  numbers: readonly (readonly number[])[];
  /** Per place number, the likelyAround call that last took it: a set of places seen that is never rebuilt. */
  takenBy: Int32Array;
  calls: number;
}

function likelyPlaces(places: readonly (readonly GazetteerFeature[])[]): Likely {
  const numbered = new Map<GazetteerFeature, number>();
  const numbers = places.map((list) => list.map((f) => {
    let n = numbered.get(f);
    if (n === undefined) numbered.set(f, (n = numbered.size));
    return n;
  }));
  return { places, numbers, takenBy: new Int32Array(numbered.size), calls: 0 };
}

/** The likely places of the mentions around mention i that are not the same name, each place once. */
function likelyAround(i: number, names: readonly string[], likely: Likely): (readonly GazetteerFeature[])[] {
  const out: (readonly GazetteerFeature[])[] = [];
  const call = ++likely.calls;
  const { takenBy } = likely;
  const from = Math.max(0, i - CONTEXT_WINDOW);
  const to = Math.min(names.length, i + CONTEXT_WINDOW + 1);
  for (let k = from; k < to; k++) {
    if (k === i || names[k] === names[i]) continue;
    const listed = likely.places[k] ?? [];
    const numbers = likely.numbers[k] ?? [];
    let taken = 0;
    for (const n of numbers) if (takenBy[n] === call) taken++;
    if (taken === listed.length) continue;
    // Copied only when a place is to be left out: most neighbours share none.
    out.push(taken === 0 ? listed : listed.filter((_, j) => takenBy[numbers[j] as number] !== call));
    for (const n of numbers) takenBy[n] = call;
  }
  return out;
}

/** Whether two lists hold the same places, in any order. */
function samePlaces(a: readonly GazetteerFeature[], b: readonly GazetteerFeature[]): boolean {
  return a.length === b.length && a.every((f) => b.includes(f));
}

/** A division's name as its kind of place follows the place it is named for. */
const DIVISION_NAME = /^(.+?)\s+(?:raion|district|hromada|(?:territorial\s+)?community|oblast|region|province|governorate|state|county|locality)$/;

/** How many of a mention's best candidates count as its likely places for its neighbours. */
const LIKELY = 6;

interface Scored {
  place: CandidatePlace;
  score: number;
  /** The most this candidate could have scored with the evidence the text offers. */
  possible: number;
}

function scoreCandidates(
  candidate: Candidate,
  q: Qualifiers,
  focus: ReadonlyMap<string, number>,
  divisions: ReadonlyMap<string, number>,
  anchor: GazetteerFeature | undefined,
  context: readonly (readonly GazetteerFeature[])[],
): Scored[] {
  const possible =
    // The division focus is a bonus, not evidence every mention is expected to have.
    W.name + W.type + W.population + W.focus +
    (q.type ? W.qualifier : 0) +
    (anchor && q.relation ? W.anchor : 0) +
    (context.length > 0 ? W.nearby : 0);
  const big = bigNamesakesOf(candidate);
  return candidate.places
    .map((place) => {
      const f = place.feature;
      // "the Bakhmut raion": the name and the kind of place after it are a division's own name ("Bakhmut Raion").
      const completed = q.typedName !== null && q.type === f.properties.placeType && DIVISION_NAME.exec(f.properties.name.toLowerCase())?.[1] === q.typedName;
      const division = divisionScore(f, divisions);
      const score =
        W.name * (completed ? 1 : place.nameScore) +
        W.type * TYPE_PRIOR[f.properties.placeType] +
        W.population * populationScore(f) +
        W.focus * (focus.get(f.properties.country) ?? 0) +
        W.division * division +
        W.qualifier * qualifierScore(q, f) +
        W.anchor * anchorScore(q, f, anchor) +
        W.nearby * nearbyScore(f, context) -
        // A big namesake overshadows less where the report is about the small one's division.
        W.overshadowed * overshadowed(place, big) * (1 - division);
      return { place, score, possible };
    })
    .sort((a, b) => b.score - a.score || a.place.feature.id.localeCompare(b.place.feature.id));
}

/** How much of the evidence the text offers supports this candidate, in [0, 1]. */
function plausibility(s: Scored): number {
  return Math.min(1, s.score / (0.85 * s.possible));
}

/** Confidence in [0, 1]: plausibility times the share of belief against the other candidate. */
function confidence(best: Scored, other: Scored | undefined): number {
  const share = other ? 1 / (1 + Math.exp(-(best.score - other.score) * 2)) : 1;
  return Math.round(plausibility(best) * share * 1000) / 1000;
}

/**
 * A mention a reader placed: their place, fully sure; the runner-up is what the
 * evidence preferred instead, so the choice can be undone.
 */
function readerResolution(mention: Mention, place: GazetteerFeature, scored: readonly Scored[]): Resolution {
  const others = scored.filter((s) => s.place.feature !== place);
  const [alternative, next] = others;
  return {
    mention,
    place,
    score: 1,
    runnerUp: alternative
      ? { id: alternative.place.feature.id, name: alternative.place.feature.properties.name, score: confidence(alternative, next) }
      : null,
  };
}

/**
 * One sense per report: mentions of the same name that no qualifier of their own sets
 * apart mean the same place, the one with the most evidence over all of them. Reorders
 * each mention's scored candidates in place.
 */
function oneSensePerReport(candidates: readonly Candidate[], qualifiers: readonly Qualifiers[], scored: Scored[][]): void {
  const groups = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    if (qualifiers[i]?.type) return;
    const key = c.mention.text.toLowerCase();
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const total = new Map<string, number>();
    for (const i of members) for (const s of scored[i] ?? []) total.set(s.place.feature.id, (total.get(s.place.feature.id) ?? 0) + s.score);
    const [bestId] = [...total].reduce((a, b) => (b[1] > a[1] ? b : a));
    for (const i of members) {
      const list = scored[i] ?? [];
      const k = list.findIndex((s) => s.place.feature.id === bestId);
      if (k > 0) list.unshift(...list.splice(k, 1));
    }
  }
}

/**
 * A small place the text gives no reason for: a village or small town, named in one word
 * without a qualifier, with no other place of the report within `ISOLATED_KM`. With every
 * village of the world in the gazetteer, that is most often a surname or a word.
 */
function isolatedHamlet(feature: GazetteerFeature, q: Qualifiers, context: () => readonly GazetteerFeature[], c: Candidate, placedTimes: number): boolean {
  const { placeType, population } = feature.properties;
  if ((placeType !== 'village' && placeType !== 'town') || (population ?? 0) >= SMALL_PLACE || q.type || /\s/.test(c.mention.text)) return false;
  // The report says twice that it is a place: "four Hopkinton homes… Hopkinton police".
  if (placedTimes >= 2) return false;
  // The context is listed only now: most mentions are settled before.
  return !context().some((other) => other !== feature && distanceKm(feature, other) <= ISOLATED_KM);
}

/** Below this population a town needs a neighbour in the text (see isolatedHamlet). */
const SMALL_PLACE = 10_000;
const ISOLATED_KM = 150;

/**
 * Resolves each mention to one place.
 * @param text the masked report text (for qualifiers)
 * @param candidates mentions in text order with their candidate places; one with a
 *   `chosen` place (a reader's correction) takes it, with score 1
 * @param demonymCountries country ids the report names by adjective
 * @param options minimum confidence
 * @returns resolutions, and the mentions left unresolved because no candidate was plausible
 * @example resolveMentions(text, candidates, ['country:SY'], { minScore: 0.2 }).resolutions[0].place.id
 */
export function resolveMentions(
  text: string,
  candidates: readonly Candidate[],
  demonymCountries: readonly string[],
  options: ResolveOptions,
): { resolutions: Resolution[]; dropped: Mention[] } {
  // A new report: the pairs measured for the last one are let go.
  forgetDistances();
  closeness = new WeakMap();
  const qualifiers = readQualifiers(text, candidates);
  const focus = countryFocus(candidates, demonymCountries);
  const divisions = divisionFocus(candidates);

  // A first choice on the mention alone, then two passes against the previous choices.
  // A place a reader chose for a mention is its choice throughout, and context for the others.
  let scored: Scored[][] = candidates.map((c, i) => scoreCandidates(c, qualifiers[i] as Qualifiers, focus, divisions, undefined, []));
  const pick = (s: Scored[][]) => s.map((list, i) => candidates[i]?.chosen ?? list[0]?.place.feature);
  const notCountry = (f: GazetteerFeature) => f.properties.placeType !== 'country';
  const likelyOf = (s: Scored[][]) => s.map((list, i) => {
    const reader = candidates[i]?.chosen;
    return (reader ? [reader] : list.slice(0, LIKELY).map((x) => x.place.feature)).filter(notCountry);
  });
  let chosen = pick(scored);
  const names = candidates.map((c) => c.mention.text.toLowerCase());
  let lastLikely: Likely | null = null;
  let lastAnchors: (GazetteerFeature | undefined)[] = [];
  for (let pass = 0; pass < 2; pass++) {
    const likely = likelyPlaces(likelyOf(scored));
    const anchors = qualifiers.map((q) => (q.anchor !== null ? chosen[q.anchor] : undefined));
    // changed[k]: how many of the first k mentions have other likely places than in the last pass.
    const changed = [0];
    likely.places.forEach((places, k) => changed.push((changed[k] as number) + (lastLikely && samePlaces(places, lastLikely.places[k] ?? []) ? 0 : 1)));
    const last = scored;
    // A mention's scores depend on nothing else that changes between passes: one whose anchor
    // and neighbours' likely places stayed the same keeps its scores (most do).
    scored = candidates.map((c, i) => {
      const from = Math.max(0, i - CONTEXT_WINDOW);
      const to = Math.min(candidates.length, i + CONTEXT_WINDOW + 1);
      if (anchors[i] === lastAnchors[i] && changed[to] === changed[from]) return last[i] as Scored[];
      return scoreCandidates(c, qualifiers[i] as Qualifiers, focus, divisions, anchors[i], likelyAround(i, names, likely));
    });
    chosen = pick(scored);
    lastLikely = likely;
    lastAnchors = anchors;
  }

  oneSensePerReport(candidates, qualifiers, scored);

  const placedTimes = new Map<string, number>();
  candidates.forEach((c, i) => c.placedByText && placedTimes.set(names[i] as string, (placedTimes.get(names[i] as string) ?? 0) + 1));
  const resolutions: Resolution[] = [];
  const dropped: Mention[] = [];
  const chosenAround = likelyPlaces(chosen.map((f) => (f && notCountry(f) ? [f] : [])));
  candidates.forEach((c, i) => {
    if (c.chosen) {
      resolutions.push(readerResolution(c.mention, c.chosen, scored[i] as Scored[]));
      return;
    }
    const [best, second] = scored[i] as Scored[];
    if (!best) return;
    if (plausibility(best) < options.minScore || isolatedHamlet(best.place.feature, qualifiers[i] as Qualifiers, () => contextOf(i, names, chosenAround), c, placedTimes.get(names[i] as string) ?? 0)) {
      dropped.push(c.mention);
      return;
    }
    resolutions.push({
      mention: c.mention,
      place: best.place.feature,
      score: confidence(best, second),
      runnerUp: second ? { id: second.place.feature.id, name: second.place.feature.properties.name, score: confidence(second, best) } : null,
      exactSpelling: best.place.exactSpelling === true,
      ...(c.affiliation ? { affiliation: true } : {}),
    });
  });
  return { resolutions, dropped };
}
