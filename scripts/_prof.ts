import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { generateCorpus, reportSentences } from './bench/corpus';
import { geoparse } from '../geo/geoparse';
import { loadGazetteer } from './geoparse';
import { parsePlaceLine } from '../geo/gazetteer/packed';
const size = Number(process.argv[2] ?? 1_000_000);
const file = `/tmp/corpus-${size}.txt`;
if (!existsSync(file)) {
  const lines = readFileSync('geo/gazetteer/data/build/places.tsv', 'utf8').split('\n');
  const features = lines.filter((l) => l.split('\t')[4] === 'SY').map(parsePlaceLine);
  writeFileSync(file, generateCorpus(size, reportSentences('content/articles'), { type: 'FeatureCollection', features }, 7));
}
const text = readFileSync(file, 'utf8');
const g = loadGazetteer();
geoparse(text, g, { maxLength: 20_000_000 });
const ts: number[] = [];
for (let i = 0; i < 5; i++) { const t0 = performance.now(); geoparse(text, g, { maxLength: 20_000_000 }); ts.push(performance.now() - t0); }
ts.sort((a, b) => a - b);
console.log(size, 'median', ts[2]!.toFixed(0), 'ms', 'min', ts[0]!.toFixed(0));
