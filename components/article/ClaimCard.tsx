/**
 * One claim as a quote with what the report says about it, as the text says it: who
 * says so ("Petro Marchenko said"), the event as ACLED names it, who acted on whom, how
 * many were killed, when, and a link to its sentence. Used by the list view (server)
 * and the map popups (client), so it has no hooks and no handlers: the "Go to sentence"
 * link is handled by `LinkedArticle`, and works as a plain anchor without JavaScript.
 */
import type { Claim } from '@/geo/types';
import { actorsLabel, claimSource, dateLabel, eventLabel, fatalitiesLabel } from '../describePlace';
import { quoteRuns } from './inlineMarkup';

export function ClaimCard({ claim, publisher }: { claim: Claim; publisher: string | null }) {
  const date = dateLabel(claim);
  // Only the facts the claim gives, so no separator stands alone.
  const facts = [
    <span key="source" className="claim-source">{claimSource(claim, publisher)}</span>,
    <span key="event" className="claim-event">{eventLabel(claim)}</span>,
    actorsLabel(claim) && <span key="actors" className="claim-actors">{actorsLabel(claim)}</span>,
    fatalitiesLabel(claim) && <span key="fatalities" className="claim-fatalities">{fatalitiesLabel(claim)}</span>,
    date ? <time key="date" dateTime={claim.date ?? undefined}>{date}</time> : <span key="date">date not given</span>,
  ].filter(Boolean);
  const others = claim.actors.filter((a) => a !== claim.actor1 && a !== claim.actor2);
  return (
    <figure className="claim-card">
      <blockquote>
        <p>
          {quoteRuns(claim.text).map((run, i) => (run.strong ? <strong key={i}>{run.text}</strong> : run.text))}
        </p>
      </blockquote>
      <figcaption>
        {facts.flatMap((fact, i) => (i === 0 ? [fact] : [' · ', fact]))}
        {claim.stance === 'denies' && <span className="claim-stance"> (a denial)</span>}
        {others.length > 0 && (
          <span className="claim-others">
            <span className="label">Also named:</span> {others.join(', ')}
          </span>
        )}
      </figcaption>
      <a className="claim-link" href={`#claim-${claim.start}`} data-claim-link={claim.start}>
        Go to sentence
      </a>
    </figure>
  );
}
