import { describe, expect, test } from 'vitest';
import { placeLabels } from '@/components/map/placeLabels';

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

  test('never covers a dot', () => {
    const dot = box('b', 40, 0, 24, 24);
    expect(placeLabels([{ id: 'a', boxes: [box('a', 30), box('a', -60)] }], [dot]).get('a')).toBe(1);
  });
});
