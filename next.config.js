// @ts-check

/**
 * Security headers for every response. The pages are statically generated, so the
 * Content-Security-Policy cannot carry a per-request nonce: Next's inline bootstrap
 * scripts need 'unsafe-inline' in script-src. Everything else is the app's own origin,
 * plus the configured tile host for images. Report text is never rendered as HTML
 * (React text nodes only), which is the first defence; the policy is the second.
 */

/** The origin of the tile URL template, "{s}" subdomains as a wildcard. */
function tileOrigin() {
  const template = process.env.NEXT_PUBLIC_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
  try {
    return new URL(template.replace('{s}', 'subdomain').replace(/\{[^}]+\}/g, '0')).origin.replace('://subdomain.', '://*.');
  } catch {
    return '';
  }
}

function contentSecurityPolicy() {
  const dev = process.env.NODE_ENV !== 'production';
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'", // Leaflet positions tiles and markers with inline styles
    `img-src 'self' data: blob: ${tileOrigin()}`.trim(),
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy() },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files next to its own module: keep it unbundled
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'linkedom'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // The browser gazetteer's name carries its content hash: cache it for good.
      { source: '/gazetteer/gazetteer.:hash.json', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
    ];
  },
};

module.exports = nextConfig;
