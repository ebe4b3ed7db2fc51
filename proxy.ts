/**
 * The Content-Security-Policy of every page, per request (Next's proxy, the successor
 * of middleware). Scripts need no 'unsafe-inline':
 * - a prerendered page's inline scripts are allowed by their SHA-256 hashes, computed
 *   after the build (scripts/csp-hashes.mjs → .next/csp-hashes.json);
 * - a page rendered per request gets a fresh nonce, which Next puts on its scripts when
 *   it finds it in the request's Content-Security-Policy header.
 * Styles keep 'unsafe-inline': Leaflet positions tiles and markers with inline styles.
 * The other security headers, the same for every response, are in next.config.js.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';

/** Route → the hashes of its prerendered page's inline scripts; empty in development. */
function loadHashes(): Record<string, string[]> {
  try {
    return JSON.parse(readFileSync(path.join(process.cwd(), '.next', 'csp-hashes.json'), 'utf8')) as Record<string, string[]>;
  } catch {
    return {};
  }
}

const hashes = loadHashes();
const dev = process.env.NODE_ENV !== 'production';

/** The origin of the tile URL template, "{s}" subdomains as a wildcard. */
function tileOrigin(): string {
  const template = process.env.NEXT_PUBLIC_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
  try {
    return new URL(template.replace('{s}', 'subdomain').replace(/\{[^}]+\}/g, '0')).origin.replace('://subdomain.', '://*.');
  } catch {
    return '';
  }
}
const TILES = tileOrigin();

/**
 * The policy for one page.
 * @param pathname the requested path
 * @param nonce this request's nonce
 * @example contentSecurityPolicy('/read', 'abc') // "default-src 'self'; script-src 'self' 'nonce-abc' 'sha256-…' …"
 */
export function contentSecurityPolicy(pathname: string, nonce: string): string {
  const route = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  // A path no page answers is served the prerendered not-found page: allow its scripts too.
  const scripts = new Set([...(hashes[route] ?? []), ...(hashes['/_not-found'] ?? [])]);
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' ${[...scripts].join(' ')}${dev ? " 'unsafe-eval'" : ''}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${TILES}`.trim(),
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy(request.nextUrl.pathname, nonce);
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Pages only: not the static files, images or API routes.
  matcher: [{ source: '/((?!api/|_next/static|_next/image|favicon.ico|basemap/|gazetteer/).*)' }],
};
