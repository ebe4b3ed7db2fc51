/**
 * How the atlas draws ACLED's event types: a letter and a colour each, so the type
 * reads without colour too. Each colour carries white text at 4.5:1 or more (WCAG AA;
 * tests/components/atlas/eventTypes.test.ts checks it).
 */
import type { EventType } from '@/geo/types';
import type { MarkerDecoration } from '../map/markerIcons';

export interface EventStyle {
  letter: string;
  /** CSS class of the marker (`.tone-…` in atlas.css uses `color`). */
  tone: string;
  color: string;
}

export const EVENT_STYLES: Record<EventType, EventStyle> = {
  Battles: { letter: 'B', tone: 'tone-battles', color: '#b91c1c' },
  'Explosions/Remote violence': { letter: 'E', tone: 'tone-explosions', color: '#b45309' },
  'Violence against civilians': { letter: 'V', tone: 'tone-civilians', color: '#7e22ce' },
  Protests: { letter: 'P', tone: 'tone-protests', color: '#1d4ed8' },
  Riots: { letter: 'R', tone: 'tone-riots', color: '#9d174d' },
  'Strategic developments': { letter: 'S', tone: 'tone-strategic', color: '#047857' },
  Other: { letter: 'O', tone: 'tone-other', color: '#4b5563' },
};

/** The marker decoration for a place or group of that type. */
export function eventDecoration(eventType: EventType, disputed: boolean): MarkerDecoration {
  const style = EVENT_STYLES[eventType] ?? EVENT_STYLES.Other;
  return { letter: style.letter, tone: style.tone, disputed };
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
