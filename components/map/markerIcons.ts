/**
 * Marker icons as Leaflet div icons (no image: Leaflet's default PNG icon breaks under
 * bundlers). Built from DOM nodes with textContent, never HTML strings, because place
 * names end up in them. Browser only.
 */
import { divIcon, type DivIcon } from 'leaflet';

/** Pixel size of a place dot and of a group dot; CSS (.pin-dot) draws the same. */
export const PLACE_DOT = 24;
export const GROUP_DOT = 30;
/** Gap between a dot and its label, and the label's height; CSS (.pin-label) matches. */
export const LABEL_GAP = 4;
export const LABEL_HEIGHT = 20;

function span(className: string, text: string, hidden = false): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  if (hidden) element.setAttribute('aria-hidden', 'true');
  return element;
}

function icon(parts: HTMLElement[], className: string, size: number): DivIcon {
  const body = document.createElement('span');
  body.className = 'pin-body';
  body.append(...parts);
  return divIcon({
    html: body,
    className,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
    popupAnchor: [0, -size / 2],
  });
}

/** Where a marker's label sits; hidden labels still show on hover and focus. */
export type LabelSide = 'right' | 'left' | 'hidden';

const SIDE_CLASS: Record<LabelSide, string> = { right: '', left: 'is-label-left', hidden: 'is-label-hidden' };

/** What a marker shows beyond its count (the atlas: the event type's letter and colour, a dispute). */
export interface MarkerDecoration {
  /** One letter drawn before the count ("B" for Battles); the legend explains it. */
  letter: string;
  /** A class naming the colour (`tone-battles`…), styled in CSS. */
  tone: string;
  /** Drawn with a dashed ring and "!". */
  disputed: boolean;
}

export interface PlaceIconOptions {
  name: string;
  /** Read by screen readers after the name: "town in Syria, 1 claim". */
  description: string;
  claimCount: number;
  labelSide: LabelSide;
  selected: boolean;
  decoration?: MarkerDecoration | undefined;
}

/** A dot with the number of claims, the place name beside it. */
export function placeIcon({ name, description, claimCount, labelSide, selected, decoration }: PlaceIconOptions): DivIcon {
  const classes = ['place-pin', claimCount === 0 && 'is-quiet', SIDE_CLASS[labelSide], selected && 'is-selected', ...decorationClasses(decoration)];
  return icon(
    [span('pin-dot', dotText(String(claimCount), decoration), true), span('pin-label', name, true), span('visually-hidden', `${name}, ${description}`)],
    classes.filter(Boolean).join(' '),
    PLACE_DOT,
  );
}

function decorationClasses(decoration: MarkerDecoration | undefined): string[] {
  return decoration ? ['is-decorated', decoration.tone, decoration.disputed ? 'is-disputed' : ''] : [];
}

function dotText(count: string, decoration: MarkerDecoration | undefined): string {
  if (!decoration) return count;
  return `${decoration.disputed ? '!' : ''}${decoration.letter}${count}`;
}

export interface GroupIconOptions {
  /** The members' names, heaviest first; for a big group, only the first few. */
  names: string[];
  /** How many places the group holds. */
  count: number;
  labelSide: LabelSide;
  decoration?: MarkerDecoration | undefined;
}

const counts = new Intl.NumberFormat('en');
const shortCounts = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/**
 * What a group marker's label says: its leader's name and how many more.
 * @example groupLabel('Damascus', 5) // 'Damascus +4'
 */
export function groupLabel(leaderName: string, count: number): string {
  return `${leaderName} +${counts.format(count - 1)}`;
}

/** A double ring with the number of places, labelled with the first one's name. */
export function groupIcon({ names, count, labelSide, decoration }: GroupIconOptions): DivIcon {
  const label = groupLabel(names[0] ?? '', count);
  const members = names.length >= count ? `: ${names.join(', ')}` : `, among them ${names.join(', ')}`;
  const disputed = decoration?.disputed ? ' Some of their claims are disputed.' : '';
  const spoken = `${counts.format(count)} places close together${members}.${disputed} Press to zoom in.`;
  const classes = ['group-pin', SIDE_CLASS[labelSide], ...decorationClasses(decoration)];
  return icon(
    [span('pin-dot', dotText(shortCounts.format(count), decoration && { ...decoration, letter: '' }), true), span('pin-label', label, true), span('visually-hidden', spoken)],
    classes.filter(Boolean).join(' '),
    GROUP_DOT,
  );
}

const widths = new Map<string, number>();
let measuring: CanvasRenderingContext2D | null = null;
let labelFont = '';

/** The on-screen width of a label (.pin-label: 600 13px, 6 px padding each side). */
export function labelWidth(text: string): number {
  const known = widths.get(text);
  if (known !== undefined) return known;
  measuring ??= document.createElement('canvas').getContext('2d');
  let width = text.length * 8;
  if (measuring) {
    labelFont ||= `600 13px ${getComputedStyle(document.body).fontFamily}`;
    if (measuring.font !== labelFont) measuring.font = labelFont;
    width = measuring.measureText(text).width;
  }
  width = Math.ceil(width) + 12;
  widths.set(text, width);
  return width;
}
