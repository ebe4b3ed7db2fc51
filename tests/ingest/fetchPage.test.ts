import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressRefusal, checkUrl, fetchPage, FetchRefused } from '@/ingest/fetchPage';

describe('addressRefusal', () => {
  it('refuses private, loopback, link-local, metadata and reserved addresses', () => {
    for (const address of ['10.0.0.1', '172.16.5.4', '192.168.1.1', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::', 'fc00::1', 'fd12::1']) {
      expect(addressRefusal(address, false), address).toBe('a private or reserved address');
    }
    for (const address of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) expect(addressRefusal(address, false), address).toBe('a loopback address');
    for (const address of ['169.254.169.254', 'fe80::1', 'fd00:ec2::254']) expect(addressRefusal(address, false), address).toBe('a link-local or metadata address');
  });

  it('lets public addresses through, and loopback only when allowed for tests', () => {
    for (const address of ['93.184.215.14', '2606:4700::6810:85e5', '8.8.8.8']) expect(addressRefusal(address, false), address).toBeNull();
    expect(addressRefusal('127.0.0.1', true)).toBeNull();
    expect(addressRefusal('10.0.0.1', true)).toBe('a private or reserved address');
  });
});

describe('checkUrl', () => {
  it('refuses other schemes, credentials and literal private hosts', () => {
    expect(() => checkUrl('file:///etc/passwd')).toThrow(/only http and https/);
    expect(() => checkUrl('gopher://example.org/')).toThrow(/only http and https/);
    expect(() => checkUrl('http://user:pw@example.org/')).toThrow(/user name or password/);
    expect(() => checkUrl('not a url')).toThrow(/not a valid URL/);
    expect(() => checkUrl('http://[::1]:8080/')).toThrow(/loopback/);
    expect(() => checkUrl('http://169.254.169.254/latest/meta-data/')).toThrow(/metadata/);
  });
});

describe('fetchPage', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((request, response) => {
      const hops = /^\/hop\/(\d+)$/.exec(request.url ?? '');
      if (hops) {
        const n = Number(hops[1]);
        response.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/page' }).end();
      } else if (request.url === '/page') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>Report</p>');
      } else if (request.url === '/to-metadata') {
        response.writeHead(302, { location: 'http://169.254.169.254/' }).end();
      } else if (request.url === '/big') {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('x'.repeat(2048));
      } else response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => {
    server.close();
    delete process.env.CLAIMMAP_FETCH_ALLOW_LOOPBACK;
  });

  it('refuses loopback unless the test setting allows it', async () => {
    delete process.env.CLAIMMAP_FETCH_ALLOW_LOOPBACK;
    await expect(fetchPage(`${base}/page`)).rejects.toThrow(/loopback/);
    await expect(fetchPage(`http://localhost:${new URL(base).port}/page`)).rejects.toThrow(/resolves to .*loopback/);
  });

  it('follows at most 3 redirects, checks each, and takes HTML or text only, within the size', async () => {
    process.env.CLAIMMAP_FETCH_ALLOW_LOOPBACK = '1';
    const page = await fetchPage(`${base}/hop/2`);
    expect(page).toEqual({ url: `${base}/page`, contentType: 'text/html', body: '<p>Report</p>' });
    await expect(fetchPage(`${base}/hop/3`)).rejects.toThrow(/more than 3 redirects/);
    await expect(fetchPage(`${base}/to-metadata`)).rejects.toThrow(/metadata/);
    await expect(fetchPage(`${base}/file.pdf`)).rejects.toThrow(/application\/pdf, not HTML or text/);
    await expect(fetchPage(`${base}/big`, { maxBytes: 1024 })).rejects.toBeInstanceOf(FetchRefused);
  });
});
