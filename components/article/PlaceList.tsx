/**
 * The places and their claims as a plain list: the map's content for keyboard and
 * screen-reader users, and a summary for everyone. Server Component; its "Show on map"
 * buttons are handled by `LinkedArticle`.
 */
import type { ReactNode } from 'react';
import type { Mention, PlaceFeature } from '@/geo/types';
import { describePlace, plural } from '../describePlace';
import { ClaimCard } from './ClaimCard';

export interface PlaceListProps {
  places: readonly PlaceFeature[];
  unresolved: readonly Mention[];
  publisher: string | null;
  /** Heading level of the list's own heading. */
  level: 2 | 3;
  /** Controls shown in each place's entry, after what it is (e.g. "Wrong place?"). */
  actions?: ((place: PlaceFeature) => ReactNode) | undefined;
}

export function PlaceList({ places, unresolved, publisher, level, actions }: PlaceListProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const PlaceHeading = level === 2 ? 'h3' : 'h4';
  const ordered = [...places].sort((a, b) => firstMention(a) - firstMention(b));
  const unplaced = [...new Set(unresolved.map((m) => m.text))];
  return (
    <section className="place-list" aria-labelledby="place-list-heading">
      <Heading id="place-list-heading">Places and claims</Heading>
      {ordered.length === 0 ? (
        <p>The report names no place the gazetteer knows.</p>
      ) : (
        <ol className="places">
          {ordered.map((place) => (
            <li key={place.id} className="place" data-place-card={place.id}>
              <div className="place-heading">
                <PlaceHeading>{place.properties.name}</PlaceHeading>
                <button type="button" className="show-on-map" data-place-id={place.id} data-origin="list">
                  Show on map<span className="visually-hidden">: {place.properties.name}</span>
                </button>
              </div>
              <p className="place-meta">
                {describePlace(place.properties)} · named {plural(place.properties.mentions.length, 'time')}
                {place.properties.mentions.length > 0 && (
                  <>
                    {' '}as “{[...new Set(place.properties.mentions.map((m) => m.text))].join('”, “')}”
                  </>
                )}
              </p>
              {actions?.(place)}
              {place.properties.claims.length > 0 ? (
                <ul className="claims">
                  {place.properties.claims.map((claim) => (
                    <li key={claim.start}>
                      <ClaimCard claim={claim} publisher={publisher} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="no-claims">No claim about this place.</p>
              )}
            </li>
          ))}
        </ol>
      )}
      {unplaced.length > 0 && (
        <p className="unresolved">
          <span className="label">Names not placed on the map</span> (not in the gazetteer, or too uncertain):{' '}
          {unplaced.join(', ')}
        </p>
      )}
    </section>
  );
}

function firstMention(place: PlaceFeature): number {
  return Math.min(...place.properties.mentions.map((m) => m.start), Number.MAX_SAFE_INTEGER);
}
