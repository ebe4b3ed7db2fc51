import { describe, expect, it } from 'vitest';
import { maskMarkup, parseArticle } from '@/geo/article/parseArticle';

// A made-up report in the shape news sites give when copied: header, metadata, body, footer.
const REPORT = `Rebels Lose Ground Near the Capital

By [John Smith](#)

Example Daily, March 3, 2019

Region: [Middle East](#)

Tags: [Homs](#), [Hama](#)

Government troops advanced on the outskirts of Homs on Tuesday, a monitor said. **Fighting** continued in [Hama](https://example.org/hama) throughout the night.

Residents said the road to Aleppo was closed for the third day in a row.

John Smith is a reporter at Example Daily covering Syria.

Copyright © Example Daily, 2019
Damascus Office, Aleppo Street 1
`;

describe('parseArticle', () => {
  const article = parseArticle(REPORT);

  it('reads title, author, publisher and date from the header', () => {
    expect(article).toMatchObject({
      title: 'Rebels Lose Ground Near the Capital',
      author: 'John Smith',
      publisher: 'Example Daily',
      published: '2019-03-03',
    });
  });

  it('keeps only the paragraphs as body, with exact offsets', () => {
    expect(article.body.map((s) => s.text.slice(0, 20))).toEqual(['Government troops ad', 'Residents said the r']);
    for (const span of article.body) expect(REPORT.slice(span.start, span.end)).toBe(span.text);
  });

  it('leaves metadata, bio and everything after the copyright line out of the body', () => {
    const body = article.body.map((s) => s.text).join('\n');
    expect(body).not.toMatch(/Tags:|Region:|is a reporter|Copyright|Aleppo Street/);
  });

  it('reads front matter when there is some', () => {
    const text = '---\ntitle: "Shelling in Idlib"\nauthor: A. Writer\npublisher: Wire\ndate: 2020-02-01\n---\nShelling hit the town of Saraqib on Monday, according to local activists in the area.';
    const a = parseArticle(text);
    expect(a).toMatchObject({ title: 'Shelling in Idlib', author: 'A. Writer', publisher: 'Wire', published: '2020-02-01' });
    expect(a.body).toHaveLength(1);
    expect(a.body[0]?.text.startsWith('Shelling hit')).toBe(true);
  });

  it('treats a text with no header as all body, with no metadata', () => {
    const text = 'Clashes erupted in Daraa on Sunday between the army and local fighters, residents said.';
    expect(parseArticle(text)).toEqual({ title: null, author: null, publisher: null, published: null, body: [{ start: 0, end: text.length, text }] });
  });
});

describe('maskMarkup', () => {
  it('keeps length and offsets, blanking boilerplate, link targets and emphasis', () => {
    const { body } = parseArticle(REPORT);
    const masked = maskMarkup(REPORT, body);
    expect(masked).toHaveLength(REPORT.length);
    const at = REPORT.indexOf('Hama](https');
    expect(masked.slice(at, at + 4)).toBe('Hama');
    expect(masked).not.toContain('https://example.org');
    expect(masked).not.toContain('**');
    expect(masked).not.toContain('Copyright');
    expect(masked.indexOf('Homs on Tuesday')).toBe(REPORT.indexOf('Homs on Tuesday'));
  });
});
