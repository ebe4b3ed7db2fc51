import { describe, expect, test } from 'vitest';
import { GROUPING_MAX_ZOOM, groupPlaces, placeLabels, separationZoom, type ProjectedPlace } from '@/components/map/clusterPlaces';

// Zoom-0 pixels: at zoom z, distances grow by 2^z.
const places: ProjectedPlace[] = [
  { id: 'damascus', x: 100, y: 100, weight: 30 },
  { id: 'qaboun', x: 100.02, y: 99.99, weight: 10 },
  { id: 'aleppo', x: 101, y: 97, weight: 10 },
];

describe('groupPlaces', () => {
  test('groups places closer than the radius under the heaviest one', () => {
    const groups = groupPlaces(places, 6, 24);
    expect(groups.map((g) => g.members.map((m) => m.id))).toEqual([['damascus', 'qaboun'], ['aleppo']]);
  });

  test('draws every place alone above the grouping zoom', () => {
    expect(groupPlaces(places, GROUPING_MAX_ZOOM + 1, 24)).toHaveLength(3);
  });
});

describe('separationZoom', () => {
  test('is the first zoom at which a place is drawn alone', () => {
    const zoom = separationZoom(places, 'qaboun', 24);
    expect(groupPlaces(places, zoom, 24).find((g) => g.leader.id === 'qaboun')?.members).toHaveLength(1);
    expect(groupPlaces(places, zoom - 1, 24).find((g) => g.members.some((m) => m.id === 'qaboun'))?.members).toHaveLength(2);
  });

  test('places on the same spot separate only past the grouping zoom', () => {
    const same = [...places, { id: 'twin', x: 100, y: 100, weight: 1 }];
    expect(separationZoom(same, 'twin', 24)).toBe(GROUPING_MAX_ZOOM + 1);
  });
});

describe('placeLabels', () => {
  const box = (id: string, x: number, y = 0, width = 50, height = 20) => ({ id, x, y, width, height });

  test('takes the first free side, else hides', () => {
    const placement = placeLabels(
      [
        { id: 'a', boxes: [box('a', 0), box('a', -60)] },
        { id: 'b', boxes: [box('b', 10), box('b', -45)] },
        { id: 'c', boxes: [box('c', 20), box('c', -40)] },
      ],
      [],
    );
    expect([...placement]).toEqual([
      ['a', 0],
      ['b', -1],
      ['c', -1],
    ]);
  });

  test('prefers a side inside the view', () => {
    const view = box('view', -100, -100, 150, 200);
    expect(placeLabels([{ id: 'a', boxes: [box('a', 20), box('a', -60)] }], [], view).get('a')).toBe(1);
  });
});
