/** The report's title, byline and date, and the reminder that its claims are not verified. */
import type { ArticleMeta } from '@/geo/types';
import { formatDate, plural } from '../describePlace';

export interface ArticleHeaderProps {
  meta: ArticleMeta;
  /** Fallback title (the slug) when the report has none. */
  fallbackTitle: string;
  placeCount: number;
  claimCount: number;
  /** 1 on the article page, 2 where the page has its own h1. */
  level: 1 | 2;
}

export function ArticleHeader({ meta, fallbackTitle, placeCount, claimCount, level }: ArticleHeaderProps) {
  const Title = level === 1 ? 'h1' : 'h2';
  const byline = [meta.author && `By ${meta.author}`, meta.publisher].filter(Boolean).join(' · ');
  return (
    <header className="article-header">
      <Title className="article-title">{meta.title ?? fallbackTitle}</Title>
      <p className="byline">
        {byline}
        {byline && meta.published && ' · '}
        {meta.published && <time dateTime={meta.published}>{formatDate(meta.published)}</time>}
      </p>
      <p className="not-verified" role="note">
        Claims are shown as reported by the source, not verified.
      </p>
      <p className="article-counts">
        {plural(placeCount, 'place')} named, {plural(claimCount, 'claim')} about them. Highlighted names in the text show
        their place on the map.
      </p>
    </header>
  );
}
