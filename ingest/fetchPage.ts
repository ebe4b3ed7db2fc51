/**
 * Fetches a report's page for `POST /api/reports { url }`, refusing what could reach
 * inside the server's network: http and https only; the host resolved first and every
 * private, loopback, link-local, shared, multicast and cloud-metadata address refused
 * (the connection goes to the address that was checked, so DNS cannot change its
 * answer in between); each redirect checked again, at most 3; 10 s and 5 MB at most;
 * HTML or plain text only. `CLAIMMAP_FETCH_ALLOW_LOOPBACK=1` (tests only) lets
 * loopback addresses through, nothing else.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

export const fetchDefaults = {
  maxRedirects: 3,
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
};

/** A URL or page refused, with the reason (the API answers 400 with it). */
export class FetchRefused extends Error {}

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // shared (carrier-grade NAT)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local (fd00:ec2::254, a metadata address, among them)
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
  ['64:ff9b::', 96], // NAT64 of IPv4 addresses
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}
const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/**
 * Why an address may not be fetched, or null when it may.
 * @example addressRefusal('169.254.169.254') // 'a link-local or metadata address'
 */
export function addressRefusal(address: string, allowLoopback = process.env.CLAIMMAP_FETCH_ALLOW_LOOPBACK === '1'): string | null {
  const family = isIP(address);
  if (family === 0) return 'not an IP address';
  let type: 'ipv4' | 'ipv6' = family === 4 ? 'ipv4' : 'ipv6';
  let checked = address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) [checked, type] = [mapped[1]!, 'ipv4'];
  if (allowLoopback && loopback.check(checked, type)) return null;
  if (!blocked.check(checked, type)) return null;
  if (loopback.check(checked, type)) return 'a loopback address';
  if (checked.startsWith('169.254.') || /^fe[89ab]/i.test(checked) || /^fd00:ec2:/i.test(checked)) return 'a link-local or metadata address';
  return 'a private or reserved address';
}

/** Checks a URL before any request. @throws FetchRefused */
export function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRefused('not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused(`only http and https URLs are fetched, not ${url.protocol.replace(':', '')}`);
  if (url.username || url.password) throw new FetchRefused('URLs with a user name or password are not fetched');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    const why = addressRefusal(host);
    if (why) throw new FetchRefused(`${host} is ${why}`);
  }
  return url;
}

/** Resolves the host and refuses it unless every address is public; the socket connects to the first. */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { all: true, verbatim: true })
    .then((addresses) => {
      if (addresses.length === 0) throw new FetchRefused(`${hostname} does not resolve`);
      for (const { address } of addresses) {
        const why = addressRefusal(address);
        if (why) throw new FetchRefused(`${hostname} resolves to ${address}, ${why}`);
      }
      const chosen = addresses.filter((a) => !options.family || a.family === options.family);
      if (chosen.length === 0) throw new FetchRefused(`${hostname} has no address of the family asked for`);
      if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: typeof chosen) => void)(null, chosen);
      else callback(null, chosen[0]!.address, chosen[0]!.family);
    })
    .catch((error: NodeJS.ErrnoException) => {
      callback(error instanceof FetchRefused ? error : new FetchRefused(`${hostname} does not resolve (${error.code ?? error.message})`), '', 0);
    });
};

export interface FetchedPage {
  /** The URL after redirects. */
  url: string;
  contentType: 'text/html' | 'text/plain';
  body: string;
}

/**
 * Fetches a page under the rules above.
 * @throws FetchRefused with the reason
 * @example const page = await fetchPage('https://example.org/report')
 */
export async function fetchPage(raw: string, options: Partial<typeof fetchDefaults> = {}): Promise<FetchedPage> {
  const o = { ...fetchDefaults, ...options };
  const deadline = Date.now() + o.timeoutMs;
  let url = checkUrl(raw);
  for (let redirects = 0; ; redirects++) {
    const answer = await requestOnce(url, deadline, o.maxBytes);
    if ('location' in answer) {
      if (redirects >= o.maxRedirects) throw new FetchRefused(`more than ${o.maxRedirects} redirects`);
      url = checkUrl(new URL(answer.location, url).toString());
      continue;
    }
    return { url: url.toString(), ...answer };
  }
}

function requestOnce(url: URL, deadline: number, maxBytes: number): Promise<{ location: string } | Omit<FetchedPage, 'url'>> {
  return new Promise((resolve, reject) => {
    const left = deadline - Date.now();
    if (left <= 0) return reject(new FetchRefused('the page took more than 10 s'));
    const client = url.protocol === 'https:' ? https : http;
    const request = client.get(
      url,
      { lookup: guardedLookup, headers: { 'user-agent': 'claimmap (report fetcher)', accept: 'text/html, text/plain;q=0.9' } },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400 && response.headers.location) {
          response.resume();
          return resolve({ location: response.headers.location });
        }
        if (status < 200 || status >= 300) {
          response.resume();
          return reject(new FetchRefused(`the page answered HTTP ${status}`));
        }
        const type = (response.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        const contentType = type === 'text/html' || type === 'application/xhtml+xml' ? 'text/html' : type === 'text/plain' ? 'text/plain' : null;
        if (!contentType) {
          response.resume();
          return reject(new FetchRefused(`the page is ${type || 'of no stated type'}, not HTML or text`));
        }
        const declared = Number(response.headers['content-length'] ?? NaN);
        if (declared > maxBytes) {
          response.destroy();
          return reject(new FetchRefused(`the page is over ${maxBytes / 1024 / 1024} MB`));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            response.destroy();
            reject(new FetchRefused(`the page is over ${maxBytes / 1024 / 1024} MB`));
          } else chunks.push(chunk);
        });
        response.on('end', () => {
          const charset = /charset=([\w-]+)/i.exec(response.headers['content-type'] ?? '')?.[1] ?? 'utf-8';
          let decoder: TextDecoder;
          try {
            decoder = new TextDecoder(charset);
          } catch {
            decoder = new TextDecoder('utf-8');
          }
          resolve({ contentType, body: decoder.decode(Buffer.concat(chunks)) });
        });
        response.on('error', (error) => reject(new FetchRefused(`the page could not be read: ${error.message}`)));
      },
    );
    const timer = setTimeout(() => request.destroy(new FetchRefused('the page took more than 10 s')), left);
    request.on('close', () => clearTimeout(timer));
    request.on('error', (error) => reject(error instanceof FetchRefused ? error : new FetchRefused(`the page could not be fetched: ${error.message}`)));
  });
}
