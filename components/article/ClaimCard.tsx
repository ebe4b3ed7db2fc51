/**
 * One claim as a quote with what the report says about it: the event, its date, who it
 * is attributed to, the actors named, and a link to its sentence. Used by the list view
 * (server) and the map popups (client), so it has no hooks and no handlers: the
 * "Go to sentence" link is handled by `LinkedArticle`, and works as a plain anchor
 * without JavaScript.
 */
import type { Claim } from '@/geo/types';
import { claimSource, eventLabel, formatDate } from '../describePlace';
import { quoteRuns } from './inlineMarkup';

export function ClaimCard({ claim, publisher }: { claim: Claim; publisher: string | null }) {
  return (
    <figure className="claim-card">
      <blockquote>
        <p>
          {quoteRuns(claim.text).map((run, i) => (run.strong ? <strong key={i}>{run.text}</strong> : run.text))}
        </p>
      </blockquote>
      <figcaption>
        <span className="claim-event">{eventLabel(claim.eventType)}</span>
        {' · '}
        {claim.date ? <time dateTime={claim.date}>{formatDate(claim.date)}</time> : <span>date not given</span>}
        {' · '}
        <span className="claim-source">{claimSource(claim, publisher)}</span>
        {claim.actors.length > 0 && (
          <span className="claim-actors">
            <span className="label">Actors named:</span> {claim.actors.join(', ')}
          </span>
        )}
      </figcaption>
      <a className="claim-link" href={`#claim-${claim.start}`} data-claim-link={claim.start}>
        Go to sentence
      </a>
    </figure>
  );
}
