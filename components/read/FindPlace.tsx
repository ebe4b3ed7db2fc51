'use client';
/**
 * A search box over the gazetteer (the lookup runs in the worker) and the places it
 * finds, each a button that chooses it. Used for a name not placed and for a place
 * the reader says is wrong.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { countryName, describePlace } from '../describePlace';
import type { PlaceMatch } from './placeSearch';

export interface FindPlaceProps {
  /** What the box starts with: the name as the report writes it. */
  initialQuery: string;
  /** The box's label, e.g. "Find the place “Kafr Zeitun” means". */
  label: string;
  search: (query: string) => Promise<PlaceMatch[]>;
  onChoose: (match: PlaceMatch) => void;
  onCancel: () => void;
}

/** Wait for a pause in typing before searching (ms). */
const TYPING_PAUSE = 150;

export function FindPlace({ initialQuery, label, search, onChoose, onCancel }: FindPlaceProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);
  const [found, setFound] = useState<{ query: string; matches: PlaceMatch[] } | null>(null);

  useEffect(function focusSearchBox() {
    input.current?.focus();
    input.current?.select();
  }, []);

  useEffect(
    function searchAfterPause() {
      const wanted = query.trim();
      if (!wanted) {
        setFound(null);
        return;
      }
      let current = true;
      const timer = setTimeout(function runSearch() {
        search(wanted).then(
          (matches) => {
            if (current) setFound({ query: wanted, matches });
          },
          () => {
            if (current) setFound({ query: wanted, matches: [] });
          },
        );
      }, TYPING_PAUSE);
      return function dropSearch() {
        current = false;
        clearTimeout(timer);
      };
    },
    [query, search],
  );

  function cancelOnEscape(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onCancel();
  }

  const matches = found?.matches ?? [];
  return (
    <div className="find-place" onKeyDown={cancelOnEscape}>
      <label htmlFor={`${id}-query`}>{label}</label>
      <div className="find-place-box">
        <input
          ref={input}
          id={`${id}-query`}
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-status`}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button type="button" className="quiet-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p id={`${id}-status`} className="find-place-status" aria-live="polite">
        {found === null
          ? 'Type a place name.'
          : matches.length === 0
            ? `No place in the gazetteer is called “${found.query}”. Try another spelling.`
            : `${matches.length === 10 ? 'The first 10' : matches.length} ${matches.length === 1 ? 'place' : 'places'} found: choose one.`}
      </p>
      {matches.length > 0 && (
        <ul className="find-place-results">
          {matches.map((match) => (
            <li key={match.id}>
              <button type="button" className="find-place-choice" onClick={() => onChoose(match)}>
                <span className="find-place-name">{match.name}</span>
                {match.matched && <span className="find-place-matched"> ({match.matched})</span>}
                <span className="find-place-where">{whereIs(match)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** "town in Idlib Governorate, Syria". */
function whereIs(match: PlaceMatch): string {
  const kind = describePlace({ placeType: match.placeType, country: '' });
  if (match.placeType === 'country' || !match.country) return kind;
  const country = countryName(match.country);
  const parent = match.parent && match.parent !== country ? `${match.parent}, ` : '';
  return `${kind} in ${parent}${country}`;
}
