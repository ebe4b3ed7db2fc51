/**
 * A place's claims from every report, grouped by date; where claims disagree that day,
 * they stand side by side (stacked on a phone). Each names its report and publisher,
 * who says so and how ("SOHR said"), actor1 → actor2, fatalities, and links to its
 * sentence in the stored report. No hooks: used in map popups and in the list.
 */
import type { AtlasClaim } from '@/geo/types';
import { eventLabel, formatDate } from '../describePlace';
import { EVENT_STYLES } from './eventTypes';

/** Claims by day, undated last. */
function byDay(claims: readonly AtlasClaim[]): [string | null, AtlasClaim[]][] {
  const days = new Map<string | null, AtlasClaim[]>();
  for (const claim of claims) {
    const list = days.get(claim.day);
    if (list) list.push(claim);
    else days.set(claim.day, [claim]);
  }
  return [...days].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
}

/** "SOHR said", "according to the report (Reuters)". */
export function saidBy(claim: AtlasClaim): string {
  const who = claim.source ?? claim.attribution;
  if (who && claim.cue) return /^according/i.test(claim.cue) ? `${claim.cue} ${who}` : `${who} ${claim.cue}`;
  if (claim.attribution) return `according to ${claim.attribution}`;
  return claim.publisher ? `the report itself (${claim.publisher})` : 'the report itself';
}

export function AtlasClaims({ claims, claimCount, headingLevel }: { claims: readonly AtlasClaim[]; claimCount: number; headingLevel: 3 | 4 | 5 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="atlas-claims">
      {byDay(claims).map(([day, list]) => {
        const disputed = list.filter((c) => c.disputed);
        const others = list.filter((c) => !c.disputed);
        return (
          <section key={day ?? 'undated'} className="atlas-day">
            <Heading className="atlas-day-heading">{day ? <time dateTime={day}>{formatDate(day)}</time> : 'Date not given'}</Heading>
            {disputed.length > 0 && (
              <div className="dispute" role="group" aria-label={`Disputed: ${disputed.length} claims disagree`}>
                <p className="dispute-label">
                  <span aria-hidden="true">! </span>Disputed: these claims disagree
                </p>
                <ul className="dispute-sides">
                  {disputed.map((claim) => (
                    <li key={claim.id}>
                      <AtlasClaimCard claim={claim} />
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {others.length > 0 && (
              <ul className="atlas-claim-list">
                {others.map((claim) => (
                  <li key={claim.id}>
                    <AtlasClaimCard claim={claim} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      {claimCount > claims.length && (
        <p className="atlas-more">
          {claimCount - claims.length} more claims here are not shown: zoom in or narrow the filters.
        </p>
      )}
    </div>
  );
}

export function AtlasClaimCard({ claim }: { claim: AtlasClaim }) {
  const style = EVENT_STYLES[claim.eventType] ?? EVENT_STYLES.Other;
  return (
    <figure className="claim-card atlas-claim">
      <blockquote>
        <p>{claim.text}</p>
      </blockquote>
      <figcaption>
        <span className={`event-chip ${style.tone}`}>
          <span aria-hidden="true">{style.letter}</span> {eventLabel(claim)}
        </span>
        {claim.stance === 'denies' && <span className="claim-denies"> · denied</span>}
        <span className="claim-said"> · {saidBy(claim)}</span>
        {(claim.actor1 || claim.actor2) && (
          <span className="claim-actors">
            <span className="label">Actors:</span> {claim.actor1 ?? 'unnamed'}
            {claim.actor2 && <> → {claim.actor2}</>}
          </span>
        )}
        {claim.fatalities !== null && <span className="claim-fatalities">Reported killed: {claim.fatalities}</span>}
        <span className="claim-report">
          In{' '}
          <a href={`/reports/${claim.reportId}#claim-${claim.start}`}>
            {claim.reportTitle ?? `report ${claim.reportId}`}
          </a>
          {claim.publisher && <> ({claim.publisher})</>}
          {claim.published && !claim.dated && <>, dated by the report</>}
        </span>
      </figcaption>
    </figure>
  );
}
