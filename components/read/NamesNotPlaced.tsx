'use client';
/**
 * Beside the map on /read: the names that looked like places but were not placed, each
 * with "Find place…" to place it by hand, and the reader's corrections so far, each of
 * which can be undone.
 */
import { useEffect, useRef, useState } from 'react';
import type { Mention } from '@/geo/types';
import { plural } from '../describePlace';
import type { Correction } from './corrections';
import { FindPlace } from './FindPlace';
import type { PlaceMatch } from './placeSearch';

export interface NamesNotPlacedProps {
  unresolved: readonly Mention[];
  corrections: readonly Correction[];
  search: (query: string) => Promise<PlaceMatch[]>;
  onPlace: (mentions: Mention[], match: PlaceMatch) => void;
  onUndo: (correction: Correction) => void;
}

export function NamesNotPlaced({ unresolved, corrections, search, onPlace, onUndo }: NamesNotPlacedProps) {
  const [open, setOpen] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  /** The name whose "Find place…" button takes the focus back after a search is cancelled. */
  const refocus = useRef<string | null>(null);

  useEffect(function returnFocusAfterCancel() {
    const name = refocus.current;
    refocus.current = null;
    if (name === null) return;
    for (const button of list.current?.querySelectorAll<HTMLButtonElement>('button[data-find]') ?? []) {
      if (button.dataset.find === name) button.focus();
    }
  });
  const names = groupByName(unresolved);
  if (names.length === 0 && corrections.length === 0) return null;
  return (
    <section className="names-not-placed" aria-labelledby="names-not-placed-heading">
      <h3 id="names-not-placed-heading">Names not placed</h3>
      {names.length === 0 ? (
        <p className="hint">Every name that looked like a place is on the map.</p>
      ) : (
        <>
          <p className="hint">
            These look like places, but the gazetteer has no such name or could not tell which place is meant. Find
            the place to put it on the map with its claims.
          </p>
          <ul ref={list} className="unplaced">
            {names.map(({ text, mentions }) => (
              <li key={text}>
                <div className="unplaced-name">
                  <span>
                    <strong>{text}</strong>
                    {mentions.length > 1 && <span className="hint"> · named {plural(mentions.length, 'time')}</span>}
                  </span>
                  {open !== text && (
                    <button type="button" className="small-button" data-find={text} aria-expanded={false} onClick={() => setOpen(text)}>
                      Find place…<span className="visually-hidden"> for {text}</span>
                    </button>
                  )}
                </div>
                {open === text && (
                  <FindPlace
                    initialQuery={text}
                    label={`Find the place “${text}” means`}
                    search={search}
                    onChoose={(match) => {
                      setOpen(null);
                      onPlace(mentions, match);
                    }}
                    onCancel={() => {
                      refocus.current = text;
                      setOpen(null);
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {corrections.length > 0 && (
        <>
          <h4>Your corrections</h4>
          <ul className="corrections">
            {corrections.map((c) => (
              <li key={c.keys.join(' ')}>
                <span>
                  “{c.names.join('”, “')}” → <strong>{c.placeName}</strong>
                </span>
                <button type="button" className="quiet-button" onClick={() => onUndo(c)}>
                  Undo<span className="visually-hidden"> “{c.names.join('”, “')}” at {c.placeName}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function groupByName(mentions: readonly Mention[]): Array<{ text: string; mentions: Mention[] }> {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) groups.set(m.text, [...(groups.get(m.text) ?? []), m]);
  return [...groups].map(([text, list]) => ({ text, mentions: list }));
}
