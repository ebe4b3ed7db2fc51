import { ArticleView } from '@/components/article/ArticleView';
import { ArticleList } from '@/components/article/ArticleList';
import { AtlasSection } from '@/components/atlas/AtlasSection';
import { listArticles, loadArticle } from './_data/articles';

export default function HomePage() {
  const articles = listArticles();
  const newest = articles[0] ? loadArticle(articles[0].slug) : null;
  return (
    <>
      <AtlasSection level={2} />
      <section className="intro" aria-labelledby="reports-heading">
        <h1>Reports, mapped</h1>
        <p>
          Each report below is read for the places it names and what it claims happened there. Every claim is quoted
          word for word, with who it is attributed to.
        </p>
        <h2 id="reports-heading" className="visually-hidden">
          Bundled reports
        </h2>
        <ArticleList articles={articles} />
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
