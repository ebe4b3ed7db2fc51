/**
 * Where each marker's label goes: labels that would overlap a more important one, or a
 * dot, are moved to the other side or hidden. Pure functions over screen boxes, so they
 * can be tested without a map.
 */

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
