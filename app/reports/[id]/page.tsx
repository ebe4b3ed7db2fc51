/**
 * A stored report: its text with every place highlighted and each claim sentence
 * anchored (`#claim-<start>`, where the atlas links), beside its map. 404 for an id the
 * store does not hold.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { parseArticle } from '@/geo/article/parseArticle';
import { getReport } from '@/store/reports';
import { getStore } from '../../_data/collection';

export const dynamic = 'force-dynamic';

interface ReportPageProps {
  params: Promise<{ id: string }>;
}

async function load(id: string) {
  return getReport(await getStore(), id);
}

export async function generateMetadata({ params }: ReportPageProps): Promise<Metadata> {
  const report = await load((await params).id);
  return report ? { title: report.title ?? `Report ${report.id}` } : {};
}

export default async function ReportPage({ params }: ReportPageProps) {
  const report = await load((await params).id);
  if (!report) notFound();
  const result = { ...report.result, article: { ...report.result.article, title: report.title, publisher: report.publisher, published: report.published } };
  return (
    <>
      {report.url && (
        <p className="report-origin">
          From <a href={report.url} rel="noreferrer nofollow">{report.siteName ?? new URL(report.url).hostname}</a>
        </p>
      )}
      <ArticleView slug={`report-${report.id}`} text={report.text} result={result} body={parseArticle(report.text).body} level={1} />
    </>
  );
}
