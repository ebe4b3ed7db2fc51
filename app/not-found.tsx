import Link from 'next/link';
import { formatDate } from '@/components/describePlace';
import { listArticles } from './_data/articles';

export default function NotFound() {
  const articles = listArticles();
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">No such page</h1>
      <p>There is no report or page at this address. The bundled reports are:</p>
      <ul className="article-list">
        {articles.map((article) => (
          <li key={article.slug}>
            <Link href={`/articles/${article.slug}`} className="article-link">
              {article.title}
            </Link>
            <p className="article-summary">
              {[article.publisher, article.published && formatDate(article.published)].filter(Boolean).join(' · ')}
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
    </section>
  );
}
