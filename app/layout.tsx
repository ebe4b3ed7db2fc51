import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'claimmap', template: '%s · claimmap' },
  description: 'News reports about a war as a map of the places they name and what they claim happened there.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="site-name">
            claimmap
          </Link>
          <span className="site-tagline">places and claims in war reporting, as reported</span>
          <nav className="site-nav" aria-label="Site">
            <Link href="/">Reports</Link>
            <Link href="/atlas">Atlas</Link>
            <Link href="/read">Map your own report</Link>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>
            Place data © <a href="https://www.geonames.org/">GeoNames</a> (
            <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>),{' '}
            <a href="https://www.naturalearthdata.com/">Natural Earth</a>. Map tiles as credited on the map.
          </p>
          <p>Claims are quoted from the reports as reported, not verified. Place matching is automatic and can be wrong.</p>
        </footer>
      </body>
    </html>
  );
}
