/**
 * A report beside its map: header, the map (client leaf), the highlighted text and the
 * list of places and claims, and the downloads. Server Component; it receives the plain
 * ParseResult the page computed at build time and passes plain GeoJSON to the map.
 * /read renders it in the browser too, with its correction controls in the optional slots.
 */
import type { ReactNode } from 'react';
import type { ParseResult, PlaceFeature, Span } from '@/geo/types';
import { plural } from '../describePlace';
import { ExportButtons } from '../export/ExportButtons';
import { ClaimMap } from '../map/ClaimMap';
import { ArticleHeader } from './ArticleHeader';
import { ArticleText } from './ArticleText';
import { LinkedArticle } from './LinkedArticle';
import { PlaceList } from './PlaceList';
import { segmentArticle } from './segmentArticle';

export interface ArticleViewProps {
  slug: string;
  text: string;
  result: ParseResult;
  /** Body spans of `text`; the rest is shown as boilerplate. */
  body: readonly Span[];
  /** 1 on the article's own page; 2 where the page has its own h1. */
  level: 1 | 2;
  /** Place id → governorate name, for the CSV download's admin1 column. */
  admin1?: Readonly<Record<string, string>>;
  /** Replaces the plain line of names not placed (the /read page's, with "Find place…"); shown above the text. */
  unplacedNames?: ReactNode;
  /** Controls added to each place in the list (the /read page's "Wrong place?"). */
  placeActions?: (place: PlaceFeature) => ReactNode;
}

export function ArticleView({ slug, text, result, body, level, admin1, unplacedNames, placeActions }: ArticleViewProps) {
  const places = result.features;
  const claimCount = new Set(places.flatMap((f) => f.properties.claims.map((c) => c.start))).size;
  const publisher = result.article.publisher;
  return (
    <LinkedArticle className="article-view">
      <ArticleHeader
        meta={result.article}
        fallbackTitle={slug}
        placeCount={places.length}
        claimCount={claimCount}
        level={level}
      />
      <ExportButtons result={result} fileName={slug} admin1={admin1} />
      <div className="article-layout">
        <div className="map-column">
          <ClaimMap
            places={places}
            label={`Map of the ${plural(places.length, 'place')} named in the report`}
            publisher={publisher}
            headingLevel={level === 1 ? 2 : 3}
          />
        </div>
        <div className="text-column">
          {unplacedNames}
          <section className="report" aria-label="The report, with place names highlighted">
            <ArticleText paragraphs={segmentArticle(text, result, body)} />
          </section>
          <PlaceList
            places={places}
            unresolved={unplacedNames ? [] : result.unresolved}
            publisher={publisher}
            level={level === 1 ? 2 : 3}
            actions={placeActions}
          />
        </div>
      </div>
    </LinkedArticle>
  );
}
