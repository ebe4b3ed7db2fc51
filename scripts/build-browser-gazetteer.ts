/**
 * Writes the gazetteer the browser downloads for /read: the bundled files in compact
 * form, under a content-hashed name so it can be cached for good
 * (public/gazetteer/gazetteer.<hash>.json, plus manifest.json naming it). Runs before
 * `next build`; the output is generated, not committed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { toCompact } from '../geo/gazetteer/compact';
import { ENGLISH_WORDS_FILE } from '../geo/gazetteer/files';
import { readGazetteerData } from './geoparse';

const OUT = fileURLToPath(new URL('../public/gazetteer/', import.meta.url));
const DATA = fileURLToPath(new URL('../geo/gazetteer/data/', import.meta.url));

function main() {
  const words = JSON.parse(readFileSync(`${DATA}${ENGLISH_WORDS_FILE}`, 'utf8')) as string[];
  const json = JSON.stringify(toCompact(readGazetteerData(), words));
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 12);
  const file = `gazetteer.${hash}.json`;
  mkdirSync(OUT, { recursive: true });
  for (const old of readdirSync(OUT)) if (old !== file) rmSync(`${OUT}${old}`);
  writeFileSync(`${OUT}${file}`, json);
  writeFileSync(`${OUT}manifest.json`, `${JSON.stringify({ gazetteer: `/gazetteer/${file}`, bytes: json.length, gzipBytes: gzipSync(json).length }, null, 2)}\n`);
  console.log(`public/gazetteer/${file}: ${(json.length / 1e6).toFixed(2)} MB, ${(gzipSync(json).length / 1e6).toFixed(2)} MB gzipped`);
}

main();
