// After `next build`: the SHA-256 hash of every inline <script> of every prerendered
// page, per route, into .next/csp-hashes.json. proxy.ts puts a route's hashes in its
// Content-Security-Policy, so script-src needs no 'unsafe-inline': a prerendered page
// cannot carry a per-request nonce, but its inline scripts never change after the build.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const APP = join('.next', 'server', 'app');
if (!existsSync(APP)) {
  console.error('csp-hashes: no .next/server/app; run next build first');
  process.exit(1);
}

/** Every .html file under `dir`. */
function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** The route a prerendered file answers: .next/server/app/articles/x.html → /articles/x. */
function routeOf(file) {
  const route = `/${file.slice(APP.length + 1).replace(/\.html$/, '')}`.replace(/\/index$/, '/');
  return route === '/index' ? '/' : route;
}

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const hashes = {};
let count = 0;
for (const file of htmlFiles(APP)) {
  const html = readFileSync(file, 'utf8');
  const list = [...new Set([...html.matchAll(INLINE_SCRIPT)].map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`))];
  hashes[routeOf(file)] = list;
  count += list.length;
}
writeFileSync(join('.next', 'csp-hashes.json'), `${JSON.stringify(hashes, null, 1)}\n`);
console.log(`csp-hashes: ${count} inline scripts hashed over ${Object.keys(hashes).length} prerendered pages`);
