import Link from 'next/link';
import { formatDate, plural } from '@/components/describePlace';

export interface ArticleListItem {
  slug: string;
  title: string;
  publisher: string | null;
  published: string | null;
  /** Shown when given: how many places and claims the report has. */
  placeCount?: number;
  claimCount?: number;
}

/** The bundled reports as links, with publisher, date and, when known, their counts. */
export function ArticleList({ articles }: { articles: readonly ArticleListItem[] }) {
  return (
    <ul className="article-list">
      {articles.map((article) => (
        <li key={article.slug}>
          <Link href={`/articles/${article.slug}`} className="article-link">
            {article.title}
          </Link>
          <p className="article-summary">
            {[
              article.publisher,
              article.published && formatDate(article.published),
              article.placeCount !== undefined && plural(article.placeCount, 'place'),
              article.claimCount !== undefined && plural(article.claimCount, 'claim'),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  );
}
