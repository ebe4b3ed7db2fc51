/**
 * The one piece of state the text pane, the list view and the map share: which place
 * was last chosen, and where. A tiny external store (read with useSyncExternalStore),
 * so the server-rendered text needs no React context around it and the map, loaded
 * later, can still pick up a choice made before it arrived.
 */
import { useSyncExternalStore } from 'react';

/** Where a place was chosen: the map reveals places chosen elsewhere. */
export type SelectionOrigin = 'text' | 'list' | 'map';

export interface PlaceSelection {
  placeId: string;
  origin: SelectionOrigin;
  /** Increases with every choice, so choosing the same place again is still news. */
  seq: number;
}

let current: PlaceSelection | null = null;
let seq = 0;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

/**
 * Chooses a place.
 * @example selectPlace('geonames:170654', 'text')
 */
export function selectPlace(placeId: string, origin: SelectionOrigin): void {
  current = { placeId, origin, seq: ++seq };
  emit();
}

/** Forgets the choice, or only if `placeId` is the one chosen. */
export function clearSelection(placeId?: string): void {
  if (current === null || (placeId !== undefined && current.placeId !== placeId)) return;
  current = null;
  emit();
}

export function getSelection(): PlaceSelection | null {
  return current;
}

/** @returns a function that stops listening */
export function subscribeToSelection(listener: () => void): () => void {
  listeners.add(listener);
  return function unsubscribe() {
    listeners.delete(listener);
  };
}

function getServerSelection(): PlaceSelection | null {
  return null;
}

/** The current choice, re-rendering when it changes. */
export function usePlaceSelection(): PlaceSelection | null {
  return useSyncExternalStore(subscribeToSelection, getSelection, getServerSelection);
}
