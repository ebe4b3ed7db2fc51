/**
 * The CLI as a user runs it, the prebuilt bundle (`npm run test:unit` builds it first):
 * output on stdout, one clear line on stderr and a non-zero exit for bad input, never a
 * stack trace; corpus mode gives the same results in one thread and in several.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ARTICLE = 'content/articles/globalresearch-2017-05-17-al-qaeda-confrontation.txt';
const dir = mkdtempSync(join(tmpdir(), 'claimmap-cli-'));

const BUNDLE = 'dist/geoparse.mjs';

beforeAll(function buildTheBundle() {
  // Always rebuilt (half a second), so the test never runs a bundle older than the source.
  const build = spawnSync('node', ['scripts/build-cli.mjs'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`scripts/build-cli.mjs failed: ${build.stderr}`);
});

function run(args: string[], stdin?: string | Buffer) {
  const r = spawnSync('node', [BUNDLE, ...args], { input: stdin, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('geoparse CLI', () => {
  it('prints the FeatureCollection of a report', () => {
    const r = run([ARTICLE]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const json = JSON.parse(r.out);
    expect(json.type).toBe('FeatureCollection');
    expect(json.features.length).toBeGreaterThan(5);
  });

  it('reads standard input with "-" and takes --date', () => {
    const r = run(['-', '--date', '2019-06-02'], 'Clashes broke out in Idlib on Saturday between rebels and the army.');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.article.published).toBe('2019-06-02');
    expect(json.features[0].properties.name).toBe('Idlib');
    expect(json.features[0].properties.claims[0].date).toBe('2019-06-01');
  });

  it('prints every body sentence with its source in corpus mode with --sentences', () => {
    const text = 'Shells hit the market, the mayor said. Rain fell.\n\nAccording to him, two died.';
    const corpus = file('corpus.json', JSON.stringify({ documents: [{ id: 'a', text }, { id: 'b', text: ' ' }] }));
    const r = run(['--corpus', corpus, '--sentences']);
    expect(r.code).toBe(0);
    const { results } = JSON.parse(r.out);
    expect(results[0].id).toBe('a');
    expect(results[0].sentences.map((s: { start: number; end: number }) => text.slice(s.start, s.end))).toEqual(['Shells hit the market, the mayor said.', 'Rain fell.', 'According to him, two died.']);
    expect(results[0].sentences.map((s: { attribution: { text: string } | null }) => s.attribution?.text ?? null)).toEqual(['the mayor', null, 'him']);
    for (const s of results[0].sentences) if (s.attribution) expect(text.slice(s.attribution.start, s.attribution.end)).toBe(s.attribution.text);
    expect(results[1]).toEqual({ id: 'b', error: 'the input is empty' });
  });

  const bad: [string, () => string[], RegExp][] = [
    ['a missing file', () => [join(dir, 'nope.txt')], /no such file/],
    ['an empty file', () => [file('empty.txt', '')], /empty/],
    ['a blank file', () => [file('blank.txt', '  \n\n\t')], /empty/],
    ['binary data', () => [file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]))], /binary/],
    ['invalid UTF-8', () => [file('latin1.txt', Buffer.from([0x41, 0x6c, 0xe9, 0x70]))], /UTF-8/],
    ['a text over the size limit', () => [file('big.txt', 'Aleppo is shelled. '.repeat(120_000))], /limit is 2,000,000/],
    ['an invalid date', () => [ARTICLE, '--date', '2017-13-01'], /invalid date/],
    ['a missing date value', () => [ARTICLE, '--date'], /--date needs a value/],
    ['an unknown option', () => [ARTICLE, '--fast'], /unknown option --fast/],
    ['no file at all', () => [], /usage: geoparse FILE/],
    ['a directory', () => [dir], /is a directory/],
    ['a corpus that is not JSON', () => ['--corpus', file('notjson.json', 'Aleppo was shelled.')], /not a JSON object/],
    ['a corpus without documents', () => ['--corpus', file('nodocs.json', '{"docs": []}')], /no "documents" array/],
    ['a cut-off corpus', () => ['--corpus', file('cut.json', '{"documents": [{"id": 1, "text": "Idlib')], /ends before its brackets close/],
    ['a missing corpus', () => ['--corpus', join(dir, 'nope.json')], /no such file/],
    ['a bad worker count', () => ['--corpus', join(dir, 'nope.json'), '--workers', 'many'], /--workers needs a whole number/],
    ['--check on a corpus', () => ['--corpus', join(dir, 'nope.json'), '--check'], /--check takes one report/],
    ['--sentences without --corpus', () => [ARTICLE, '--sentences'], /--sentences goes with --corpus/],
  ];
  for (const [what, args, message] of bad) {
    it(`refuses ${what} with one line and exit 1`, () => {
      const r = run(args());
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toMatch(message);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(/\n\s+at /);
    });
  }

  it('--check checks the result against the contract', () => {
    const r = run([ARTICLE, '--check']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
  });

  describe('corpus mode', () => {
    const report = readFileSync(ARTICLE, 'utf8');
    const documents = [
      { id: 'first', text: report },
      { id: 2, text: 'Clashes broke out in Idlib on Saturday between rebels and the army.' },
      { id: 'blank', text: '   ' },
      { text: 'Shelling hit Aleppo.' },
      { id: 'no text' },
      ...Array.from({ length: 12 }, (_, i) => ({ id: `copy-${i}`, text: report })),
    ];
    const corpus = file('corpus-mode.json', JSON.stringify({ documents }, null, 1));

    it('gives one result per document, in order, with errors in place', () => {
      const r = run(['--corpus', corpus, '--workers', '0', '--date', '2019-06-02']);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      const { results } = JSON.parse(r.out);
      expect(results.map((x: { id: string }) => x.id)).toEqual(['first', '2', 'blank', '#3', 'no text', ...documents.slice(5).map((d) => d.id)]);
      expect(results[1].features[0].properties.claims[0].date).toBe('2019-06-01');
      expect(results[2].error).toMatch(/empty/);
      expect(results[4].error).toMatch(/no "text" string/);
      expect(results[0].type).toBe('FeatureCollection');
    });

    it('gives the same output from worker threads as from one thread', () => {
      const one = run(['--corpus', corpus, '--workers', '0']);
      const three = run(['--corpus', corpus, '--workers', '3', '--progress']);
      expect(three.code).toBe(0);
      expect(three.out).toBe(one.out);
      expect(three.err).toMatch(/17 documents, done/);
    });

    it('reads a corpus from standard input', () => {
      const r = run(['--corpus', '-'], JSON.stringify({ documents: documents.slice(1, 2) }));
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).results[0].features[0].properties.name).toBe('Idlib');
    });
  });
});
