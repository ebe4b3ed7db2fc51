/**
 * A saved web page (.html) as the text of its report: parsed with `DOMParser` into an
 * inert document (no script runs, no image or link loads), the article found in it by
 * Readability as on the server (extractArticle.ts), and only text read from it. Browser only.
 */
import { extractArticle, reportText } from './extractArticle';

/**
 * @param html the file's content
 * @returns the report's text: a front matter with the page's title, byline, site and date, then the body
 * @example htmlToText('<h1>Shelling in Idlib</h1><p>Shells hit <b>Saraqib</b>.</p><script>x()</script>')
 */
export function htmlToText(html: string): string {
  return reportText(extractArticle(new DOMParser().parseFromString(html, 'text/html')));
}
