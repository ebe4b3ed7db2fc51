'use client';
/** What a marker's popup says: the place, what kind, and every claim about it. */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useMap } from 'react-leaflet';
import type { PlaceFeature } from '@/geo/types';
import { ClaimCard } from '../article/ClaimCard';
import { describePlace, plural } from '../describePlace';

export interface PlacePopupProps {
  place: PlaceFeature;
  publisher: string | null;
  /** h2 under a report's h1, h3 under its h2… */
  headingLevel: 2 | 3 | 4;
  /** Called once the content is in the page; true means "move focus here". */
  onShown: () => boolean;
  /** Replaces the claim cards (the atlas's claims from several reports). */
  body?: ReactNode;
}

export function PlacePopup({ place, publisher, headingLevel, onShown, body }: PlacePopupProps) {
  const Heading = `h${headingLevel}` as const;
  const map = useMap();
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const { name, claims, mentions } = place.properties;

  useEffect(
    function labelPopup() {
      // The whole popup (with Leaflet's close button) is a dialog named by its heading.
      const container = heading.current?.closest('.leaflet-popup');
      if (!container) return;
      container.setAttribute('role', 'dialog');
      container.setAttribute('aria-labelledby', headingId);
    },
    // after every render: new data (the atlas refetches as the map pans) may move the content to a new popup
  );

  useEffect(
    function announceShown() {
      if (onShown()) heading.current?.focus({ preventScroll: true });
    },
    [onShown],
  );

  // Leaflet closes popups on Escape only while the map container itself has the focus.
  function closeOnEscape(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    map.closePopup();
  }

  return (
    <div className="place-popup" onKeyDown={closeOnEscape}>
      <Heading ref={heading} id={headingId} className="popup-heading" tabIndex={-1}>
        {name}
      </Heading>
      <p className="place-meta">
        {describePlace(place.properties)}
        {body === undefined && ` · named ${plural(mentions.length, 'time')}`} · {plural(claims.length, 'claim')}
      </p>
      {body ?? (claims.length > 0 ? (
        <ul className="claims">
          {claims.map((claim) => (
            <li key={claim.start}>
              <ClaimCard claim={claim} publisher={publisher} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="no-claims">The report names this place but claims nothing about it.</p>
      ))}
    </div>
  );
}
