/**
 * The production server's security headers, read as a browser gets them.
 */
import { describe, expect, inject, it } from 'vitest';

const baseURL = inject('baseURL');

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name as string, values]));
}

describe('security headers', () => {
  for (const path of ['/', '/articles/globalresearch-2017-05-17-al-qaeda-confrontation']) {
    it(`are sent with ${path}`, async () => {
      const response = await fetch(`${baseURL}${path}`);
      expect(response.status).toBe(200);
      const h = response.headers;
      expect(h.get('x-content-type-options')).toBe('nosniff');
      expect(h.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(h.get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\)/);
      expect(h.get('x-powered-by')).toBeNull();
      const csp = directives(h.get('content-security-policy') ?? '');
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('connect-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
      expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
      expect(csp.get('script-src')?.some((s) => s.startsWith("'sha256-"))).toBe(true);
      expect(csp.get('script-src')?.some((s) => s.startsWith("'nonce-"))).toBe(true);
      expect(csp.get('script-src')?.filter((s) => s.startsWith('http'))).toEqual([]);
      expect(csp.get('img-src')).toContain('https://tile.openstreetmap.org');
    });
  }
});
