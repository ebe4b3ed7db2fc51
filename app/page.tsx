import Link from 'next/link';
import { ArticleView } from '@/components/article/ArticleView';
import { formatDate, plural } from '@/components/describePlace';
import { listArticles, loadArticle } from './_data/articles';

export default function HomePage() {
  const articles = listArticles();
  const newest = articles[0] ? loadArticle(articles[0].slug) : null;
  return (
    <>
      <section className="intro" aria-labelledby="reports-heading">
        <h1>Reports, mapped</h1>
        <p>
          Each report below is read for the places it names and what it claims happened there. Every claim is quoted
          word for word, with who it is attributed to.
        </p>
        <h2 id="reports-heading" className="visually-hidden">
          Bundled reports
        </h2>
        <ul className="article-list">
          {articles.map((article) => (
            <li key={article.slug}>
              <Link href={`/articles/${article.slug}`} className="article-link">
                {article.title}
              </Link>
              <p className="article-summary">
                {[article.publisher, article.published && formatDate(article.published)].filter(Boolean).join(' · ')}
                {' · '}
                {plural(article.placeCount, 'place')}, {plural(article.claimCount, 'claim')}
              </p>
            </li>
          ))}
        </ul>
        {articles.length === 0 && <p>No reports are bundled yet: add text files to content/articles/.</p>}
      </section>
      {newest && (
        <section className="featured" aria-label="Newest report">
          <p className="featured-label">Newest report</p>
          <ArticleView slug={newest.slug} text={newest.text} result={newest.result} body={newest.body} admin1={newest.admin1} level={2} />
        </section>
      )}
    </>
  );
}
