// @ts-check

/**
 * Security headers for every response. The Content-Security-Policy is not here: it
 * differs per page (hashes of a prerendered page's inline scripts, or a per-request
 * nonce), so proxy.ts sets it. Report text is never rendered as HTML (React text nodes
 * only), which is the first defence; the policy is the second.
 */
const securityHeaders = [
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
