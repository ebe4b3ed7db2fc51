import { describe, expect, it } from 'vitest';
import { contrastRatio, EVENT_STYLES } from '@/components/atlas/eventTypes';

describe('EVENT_STYLES', () => {
  it('gives each event type its own letter and a colour white text reads on at 4.5:1', () => {
    const styles = Object.values(EVENT_STYLES);
    expect(new Set(styles.map((s) => s.letter)).size).toBe(styles.length);
    for (const style of styles) expect(contrastRatio(style.color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
