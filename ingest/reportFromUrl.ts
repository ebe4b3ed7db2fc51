/**
 * A URL as a report: the page fetched under fetchPage's rules, its article extracted
 * with Readability on linkedom (the same extraction `/read` runs in the browser), and
 * its title, byline, site name and date kept.
 */
import { parseHTML } from 'linkedom';
import { extractArticle, reportText } from '@/components/read/extractArticle';
import type { ReportMeta } from '@/store/reports';
import { fetchPage, FetchRefused } from './fetchPage';

/**
 * @throws FetchRefused when the URL or the page is refused, or holds no text
 * @example const { text, meta } = await reportFromUrl('https://example.org/report')
 */
export async function reportFromUrl(url: string): Promise<{ text: string; meta: ReportMeta }> {
  const page = await fetchPage(url);
  if (page.contentType === 'text/plain') return { text: page.body, meta: { url: page.url } };
  const { document } = parseHTML(page.body);
  const article = extractArticle(document as unknown as Document);
  if (!article.body.trim()) throw new FetchRefused('the page holds no article text');
  return {
    text: reportText(article),
    meta: { url: page.url, title: article.title, author: article.byline, publisher: article.siteName, published: article.published, siteName: article.siteName },
  };
}
