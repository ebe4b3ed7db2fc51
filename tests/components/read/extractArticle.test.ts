import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle, reportText } from '@/components/read/extractArticle';

const page = (body: string, head = '') => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

const filler = 'The fighting went on through the afternoon and into the night, residents of the area said by telephone. ';

describe('extractArticle', () => {
  it('keeps the article and its metadata, not the navigation, scripts or comments', () => {
    const doc = page(
      `<nav><a href="/">Home</a> <a href="/world">World</a></nav>
       <article><h1>Government shells Saraqib as fighting goes on</h1><p class="byline">By Jane Roe</p>
       <p>Government forces shelled the town of Saraqib on Sunday, residents said. ${filler.repeat(3)}</p>
       <script>window.x = 1</script>
       <p>Clashes continued near Maarat al-Numan, activists said. ${filler.repeat(3)}</p></article>
       <aside class="comments"><p>First comment!</p></aside>`,
      `<title>Government shells Saraqib as fighting goes on | Example Wire</title><meta property="og:site_name" content="Example Wire">
       <meta property="article:published_time" content="2020-02-09T10:00:00Z"><meta name="author" content="Jane Roe">`,
    );
    const article = extractArticle(doc);
    expect(article.title).toBe("Government shells Saraqib as fighting goes on");
    expect(article.siteName).toBe('Example Wire');
    expect(article.byline).toBe('Jane Roe');
    expect(article.published).toBe('2020-02-09');
    expect(article.body).toContain('Government forces shelled the town of Saraqib on Sunday, residents said.');
    expect(article.body).toContain('\n\nClashes continued near Maarat al-Numan');
    expect(article.body).not.toMatch(/window\.x|First comment|World/);
  });

  it('writes the metadata as the front matter the engine reads', () => {
    const text = reportText({ title: 'Shelling', byline: 'Jane Roe', siteName: 'Example Wire', published: '2020-02-09', body: 'Shells hit the town.' });
    expect(text).toBe('---\ntitle: Shelling\nauthor: Jane Roe\npublisher: Example Wire\ndate: 2020-02-09\n---\n\nShelling\n\nShells hit the town.');
    expect(reportText({ title: null, byline: null, siteName: null, published: null, body: 'Only text.' })).toBe('Only text.');
  });
});
