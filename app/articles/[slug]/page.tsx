import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { listArticleSlugs, loadArticle } from '../../_data/articles';

interface ArticlePageProps {
  params: Promise<{ slug: string }>;
}

/** Only the bundled reports exist; any other slug is a 404. */
export const dynamicParams = false;

export function generateStaticParams(): Array<{ slug: string }> {
  return listArticleSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const article = loadArticle((await params).slug);
  if (!article) return {};
  const { title, publisher, published } = article.result.article;
  return {
    title: title ?? article.slug,
    description: `The places named in ${publisher ? `a ${publisher} report` : 'a report'}${published ? ` of ${published}` : ''} and what it claims happened there, on a map.`,
  };
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const article = loadArticle((await params).slug);
  if (!article) notFound();
  return <ArticleView slug={article.slug} text={article.text} result={article.result} body={article.body} admin1={article.admin1} level={1} />;
}
