/**
 * The CLI as a user runs it, both ways (`npm run test:unit` builds them first): bin/geoparse,
 * which starts from the V8 startup snapshot, and the prebuilt bundle it falls back to:
 * output on stdout, one clear line on stderr and a non-zero exit for bad input, never a
 * stack trace; corpus mode gives the same results in one thread and in several; the
 * snapshot prints what the bundle prints, and without a usable blob bin/geoparse still works.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ARTICLE = 'content/articles/globalresearch-2017-05-17-al-qaeda-confrontation.txt';
const dir = mkdtempSync(join(tmpdir(), 'claimmap-cli-'));

const BUNDLE = 'dist/geoparse.mjs';
const BLOB = 'dist/geoparse.blob';
/** The two ways to start the CLI, which must behave the same. */
const COMMANDS: [string, string[]][] = [
  ['the bundle', ['node', BUNDLE]],
  ['bin/geoparse (startup snapshot)', ['bin/geoparse']],
];

beforeAll(function buildTheBundle() {
  // Always rebuilt (two seconds with the snapshot), so the test never runs a bundle older than the source.
  const build = spawnSync('node', ['scripts/build-cli.mjs'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`scripts/build-cli.mjs failed: ${build.stderr}`);
});

function start(command: string[], args: string[], stdin?: string | Buffer, env?: Record<string, string>) {
  const [program, ...before] = command as [string, ...string[]];
  const r = spawnSync(program, [...before, ...args], { input: stdin, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

for (const [name, command] of COMMANDS) describe(`geoparse CLI: ${name}`, () => {
  const run = (args: string[], stdin?: string | Buffer) => start(command, args, stdin);

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
    ['--help, which is the CLI\'s and not node\'s', () => ['--help'], /usage: geoparse FILE/],
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
    const corpus = file(`corpus-mode-${command.length}.json`, JSON.stringify({ documents }, null, 1));

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

describe('the startup snapshot', () => {
  const bundled = () => start(['node', BUNDLE], [ARTICLE]).out;

  /** A copy of the CLI elsewhere: bin/, dist/ without the blob (with it and its stamp when `blob`), geo/ linked. */
  function copyOfTheCli(blob?: string, builtBy = process.execPath): string {
    const root = mkdtempSync(join(tmpdir(), 'claimmap-cli-copy-'));
    mkdirSync(join(root, 'bin'));
    mkdirSync(join(root, 'dist'));
    copyFileSync('bin/geoparse', join(root, 'bin/geoparse'));
    for (const name of readdirSync('dist')) if (name.endsWith('.mjs')) copyFileSync(join('dist', name), join(root, 'dist', name));
    if (blob) {
      copyFileSync(blob, join(root, BLOB));
      writeFileSync(join(root, `${BLOB}.node`), `${builtBy}\n`);
    }
    symlinkSync(resolve('geo'), join(root, 'geo'));
    return root;
  }

  it('is built by scripts/build-cli.mjs, and plain `node` loads it', () => {
    expect(existsSync(BLOB)).toBe(true);
    expect(readFileSync(`${BLOB}.node`, 'utf8').split('\n')[0]).toBe(process.execPath); // the node bin/geoparse checks for
    // Not through bin/geoparse, which would fall back: a blob V8 refuses (built under other
    // flags, see snapshotPrelude.ts) fails here with exit 14.
    const r = start(['node', '--snapshot-blob', BLOB, '--'], [ARTICLE]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(bundled());
  });

  it('reads the gazetteer and starts workers beside the blob, not where it was built', () => {
    const root = copyOfTheCli(BLOB);
    const r = start([join(root, 'bin/geoparse')], [ARTICLE]);
    expect(r.err).toBe('');
    expect(r.out).toBe(bundled());
    const corpus = file('snapshot-corpus.json', JSON.stringify({ documents: [{ id: 'a', text: readFileSync(ARTICLE, 'utf8') }] }));
    const pooled = start([join(root, 'bin/geoparse')], ['--corpus', corpus, '--workers', '1']);
    expect(pooled.err).toBe('');
    expect(pooled.out).toBe(start(['node', BUNDLE], ['--corpus', corpus, '--workers', '0']).out);
  });

  it('is not needed: without a blob for this Node, bin/geoparse runs the bundle', () => {
    const root = copyOfTheCli();
    const r = start([join(root, 'bin/geoparse')], [ARTICLE]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe(bundled());
  });

  it('runs through a symbolic link to bin/geoparse put elsewhere (on PATH, say)', () => {
    const link = join(mkdtempSync(join(tmpdir(), 'claimmap-cli-link-')), 'geoparse');
    symlinkSync(resolve('bin/geoparse'), link);
    const r = start([link], [resolve(ARTICLE)]);
    expect(r.err).toBe('');
    expect(r.out).toBe(bundled());
  });

  it('leaves out NODE_EXTRA_CA_CERTS, which Node would load at every start (no TLS here)', () => {
    const r = start(['bin/geoparse'], [ARTICLE], undefined, { NODE_EXTRA_CA_CERTS: join(dir, 'no-such-certs.pem') });
    expect(r.err).toBe(''); // node itself would warn that it could not load them
    expect(r.out).toBe(bundled());
  });

  it('is not tried under another node than the one that built it', () => {
    const root = copyOfTheCli(BLOB, '/nonexistent/node');
    const r = start([join(root, 'bin/geoparse')], [ARTICLE]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(''); // not Node's "Failed to load the startup snapshot"
    expect(r.out).toBe(bundled());
  });

  it('falls back to the bundle when Node refuses the blob (other V8 flags)', () => {
    const r = start(['bin/geoparse'], ['-'], readFileSync(ARTICLE), { NODE_OPTIONS: '--max-semi-space-size=32' });
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Failed to load the startup snapshot/); // Node's own line, once
    expect(r.out).toBe(bundled()); // and the input, read from stdin, was still whole
  });
});
