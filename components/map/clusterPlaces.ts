/**
 * Which markers to draw at a zoom: places closer on screen than a marker's width are
 * drawn as one group marker, and labels that would overlap a more important one are
 * hidden. Pure functions over projected points, so they can be tested without a map.
 */

/** A place projected to pixels at zoom 0 (Web Mercator), and how much it matters. */
export interface ProjectedPlace {
  id: string;
  x: number;
  y: number;
  /** Higher wins: leads its group and keeps its label. */
  weight: number;
}

/** One marker on screen: a single place, or several close together. */
export interface PlaceGroup {
  /** The heaviest member; the group is drawn at its position. */
  leader: ProjectedPlace;
  /** All members (leader first), in order of weight. */
  members: ProjectedPlace[];
}

/** Above this zoom nothing is grouped: everything is apart by then. */
export const GROUPING_MAX_ZOOM = 13;

function byWeight(a: ProjectedPlace, b: ProjectedPlace): number {
  return b.weight - a.weight || a.id.localeCompare(b.id);
}

function distanceAt(a: ProjectedPlace, b: ProjectedPlace, zoom: number): number {
  return Math.hypot(a.x - b.x, a.y - b.y) * 2 ** zoom;
}

/**
 * Greedy grouping: the heaviest place not yet in a group leads one, and takes every
 * ungrouped place within `radius` pixels of it at `zoom`.
 * @param radius screen distance in px under which two markers would overlap
 * @example groupPlaces(points, 7, 24).map((g) => g.members.length) // [5, 1, 1, 1]
 */
export function groupPlaces(places: readonly ProjectedPlace[], zoom: number, radius: number): PlaceGroup[] {
  const sorted = [...places].sort(byWeight);
  if (zoom > GROUPING_MAX_ZOOM) return sorted.map((p) => ({ leader: p, members: [p] }));
  const grouped = new Set<string>();
  const groups: PlaceGroup[] = [];
  for (const leader of sorted) {
    if (grouped.has(leader.id)) continue;
    const members = sorted.filter((p) => !grouped.has(p.id) && (p === leader || distanceAt(leader, p, zoom) < radius));
    for (const m of members) grouped.add(m.id);
    groups.push({ leader, members });
  }
  return groups;
}

/**
 * The lowest zoom at which `id` is drawn on its own: every other place is then at least
 * `radius` px away, so no group can take it. Never more than one above GROUPING_MAX_ZOOM.
 * @example separationZoom(points, 'geonames:169304', 24) // 11
 */
export function separationZoom(places: readonly ProjectedPlace[], id: string, radius: number): number {
  const place = places.find((p) => p.id === id);
  if (!place) return 0;
  let zoom = 0;
  for (const other of places) {
    if (other === place) continue;
    const atZero = distanceAt(place, other, 0);
    if (atZero === 0) return GROUPING_MAX_ZOOM + 1;
    zoom = Math.max(zoom, Math.ceil(Math.log2(radius / atZero) + 1e-9));
  }
  return Math.min(zoom, GROUPING_MAX_ZOOM + 1);
}

/** A box on screen, in px. */
export interface LabelBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a marker's label may go, in order of preference (e.g. right of the dot, then left). */
export interface LabelCandidates {
  id: string;
  boxes: LabelBox[];
}

function overlap(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function within(box: LabelBox, view: LabelBox): boolean {
  return box.x >= view.x && box.y >= view.y && box.x + box.width <= view.x + view.width && box.y + box.height <= view.y + view.height;
}

/**
 * Places labels so that none overlaps another label or a dot: labels are taken in the
 * order given (most important first), each at its first candidate position that is
 * free, preferring positions inside `view` when given; a label with no free position
 * is hidden.
 * @param obstacles boxes no label may cover (the dots), each with its marker's id
 * @returns for each id, the index of the chosen candidate, or -1 for hidden
 * @example placeLabels([{ id: 'a', boxes: [right, left] }], dots).get('a') // 0
 */
export function placeLabels(
  labels: readonly LabelCandidates[],
  obstacles: readonly LabelBox[] = [],
  view?: LabelBox,
): Map<string, number> {
  const kept: LabelBox[] = [...obstacles];
  const placement = new Map<string, number>();
  for (const label of labels) {
    const free = (box: LabelBox) => !kept.some((k) => k.id !== label.id && overlap(box, k));
    let chosen = label.boxes.findIndex((box) => free(box) && (!view || within(box, view)));
    // Cut off by the edge of the view on every side: better cut off than hidden.
    if (chosen === -1) chosen = label.boxes.findIndex(free);
    placement.set(label.id, chosen);
    const box = label.boxes[chosen];
    if (box) kept.push(box);
  }
  return placement;
}
