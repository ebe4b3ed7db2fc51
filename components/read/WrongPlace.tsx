'use client';
/**
 * "Wrong place?" in a place's list entry on /read: offers the engine's second choice
 * first, then a search of the gazetteer. The choice applies to every mention of the place.
 */
import { useEffect, useRef, useState } from 'react';
import type { PlaceFeature } from '@/geo/types';
import { FindPlace } from './FindPlace';
import type { PlaceMatch } from './placeSearch';

export interface WrongPlaceProps {
  place: PlaceFeature;
  search: (query: string) => Promise<PlaceMatch[]>;
  onChoose: (place: PlaceFeature, choice: { id: string; name: string }) => void;
}

export function WrongPlace({ place, search, onChoose }: WrongPlaceProps) {
  const [open, setOpen] = useState(false);
  const [searching, setSearching] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  /** Where the focus goes after the next render, so it is never lost with a button that went. */
  const focusNext = useRef<'toggle' | 'panel' | null>(null);
  const { name, runnerUp, mentions } = place.properties;
  const written = mentions[0]?.text ?? name;

  useEffect(function moveFocusAfterToggle() {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'toggle') toggle.current?.focus();
    else if (target === 'panel') panel.current?.querySelector<HTMLButtonElement>('button')?.focus();
  });

  if (!open) {
    return (
      <p className="wrong-place">
        <button
          ref={toggle}
          type="button"
          className="small-button"
          aria-expanded={false}
          onClick={() => {
            focusNext.current = 'panel';
            setOpen(true);
          }}
        >
          Wrong place?<span className="visually-hidden"> {name}</span>
        </button>
      </p>
    );
  }
  function close() {
    focusNext.current = 'toggle';
    setOpen(false);
    setSearching(false);
  }
  return (
    <div ref={panel} className="wrong-place is-open" role="group" aria-label={`Correct the place for “${written}”`}>
      {runnerUp && runnerUp.id !== place.id && (
        <p>
          The next best match for “{written}” is {runnerUp.name}.{' '}
          <button type="button" className="small-button" onClick={() => onChoose(place, runnerUp)}>
            Use {runnerUp.name}
          </button>
        </p>
      )}
      {searching ? (
        <FindPlace
          initialQuery={written}
          label={`Find the place “${written}” means`}
          search={search}
          onChoose={(match) => {
            close();
            onChoose(place, match);
          }}
          onCancel={close}
        />
      ) : (
        <p>
          <button type="button" className="small-button" onClick={() => setSearching(true)}>
            Find another place…
          </button>{' '}
          <button type="button" className="quiet-button" onClick={close}>
            Cancel
          </button>
        </p>
      )}
    </div>
  );
}
