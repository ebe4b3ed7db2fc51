/**
 * The bundled reports under `content/articles/`, geoparsed at build time. Pages pass
 * the plain results down to client leaves; the engine itself stays on the server.
 */
import 'server-only';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { admin1Names } from '@/components/export/admin1Names';
import { parseArticle } from '@/geo/article/parseArticle';
import { geoparse } from '@/geo/geoparse';
import type { ParseResult, Span } from '@/geo/types';
import { loadGazetteer } from './gazetteer';

const ARTICLES_DIR = path.join(process.cwd(), 'content', 'articles');
const EXTENSION = '.txt';

/** One bundled report, its geoparse result, and where its body runs. */
export interface LoadedArticle {
  /** File name without `.txt`; the URL segment of `/articles/[slug]`. */
  slug: string;
  text: string;
  result: ParseResult;
  /** The body paragraphs' spans; everything else in `text` is boilerplate. */
  body: Span[];
  /** Place id → the name of its governorate, for the CSV download. */
  admin1: Record<string, string>;
}

/** What the index page lists for one report. */
export interface ArticleSummary {
  slug: string;
  title: string;
  author: string | null;
  publisher: string | null;
  published: string | null;
  placeCount: number;
  claimCount: number;
}

const loaded = new Map<string, LoadedArticle>();

/**
 * The slugs of the bundled reports, sorted.
 * @example listArticleSlugs() // ['globalresearch-2017-05-17-al-qaeda-confrontation']
 */
export function listArticleSlugs(): string[] {
  return readdirSync(ARTICLES_DIR)
    .filter((file) => file.endsWith(EXTENSION))
    .map((file) => file.slice(0, -EXTENSION.length))
    .sort();
}

/**
 * Reads and geoparses one bundled report (memoised per slug).
 * @param slug a name from `listArticleSlugs()`; anything else (a path, a typo) gives null
 * @returns the text, its ParseResult and body spans, or null when there is no such report
 * @throws GeoparseError when a bundled report cannot be parsed: a broken build, not a 404
 * @example loadArticle('globalresearch-2017-05-17-al-qaeda-confrontation')?.result.features.length
 */
export function loadArticle(slug: string): LoadedArticle | null {
  const cached = loaded.get(slug);
  if (cached) return cached;
  if (!listArticleSlugs().includes(slug)) return null;
  const text = readFileSync(path.join(ARTICLES_DIR, slug + EXTENSION), 'utf8');
  const gazetteer = loadGazetteer();
  const result = geoparse(text, gazetteer);
  const article: LoadedArticle = {
    slug,
    text,
    result,
    body: parseArticle(text).body,
    admin1: admin1Names(result.features, gazetteer.byId),
  };
  loaded.set(slug, article);
  return article;
}

/**
 * Every bundled report, newest first (undated ones last, then by title).
 * @example listArticles()[0]?.title
 */
export function listArticles(): ArticleSummary[] {
  return listArticleSlugs()
    .map((slug) => summarise(loadArticle(slug)!))
    .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title));
}

function summarise({ slug, result }: LoadedArticle): ArticleSummary {
  const { title, author, publisher, published } = result.article;
  return {
    slug,
    title: title ?? slug,
    author,
    publisher,
    published,
    placeCount: result.features.length,
    claimCount: new Set(result.features.flatMap((f) => f.properties.claims.map((c) => c.start))).size,
  };
}
