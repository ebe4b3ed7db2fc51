import Link from 'next/link';
import { ArticleList } from '@/components/article/ArticleList';
import { listArticles } from './_data/articles';

export default function NotFound() {
  const articles = listArticles();
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">No such page</h1>
      <p>There is no report or page at this address. The bundled reports are:</p>
      <ArticleList articles={articles.map(({ placeCount: _p, claimCount: _c, ...rest }) => rest)} />
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
    </section>
  );
}
