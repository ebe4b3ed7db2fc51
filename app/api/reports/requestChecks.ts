/**
 * What every write to the collection goes through, in order: a token is configured
 * (403), the request carries it (401), the client is within its rate (429), the body is
 * JSON (415) of a bounded size (413) that parses (400). Each refusal is one JSON message.
 */
import { timingSafeEqual } from 'node:crypto';

/** Largest request body accepted (bytes): a 2,000,000-character report in UTF-8 and then some. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** A JSON error answer. */
export function refuse(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: message }, { status, headers });
}

export function refusalResponse(error: unknown): Response {
  if (error instanceof Refusal) return refuse(error.status, error.message, error.headers);
  throw error;
}

/** Checks the admin token. @throws Refusal 403 when none is configured, 401 when it does not match */
export function checkToken(request: Request, env: NodeJS.ProcessEnv = process.env) {
  const token = env.CLAIMMAP_ADMIN_TOKEN ?? '';
  if (token === '') throw new Refusal(403, 'this server accepts no writes: set CLAIMMAP_ADMIN_TOKEN');
  const header = request.headers.get('authorization') ?? '';
  const given = /^Bearer (.+)$/i.exec(header)?.[1] ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new Refusal(401, given ? 'wrong token' : 'a write needs Authorization: Bearer <CLAIMMAP_ADMIN_TOKEN>', { 'WWW-Authenticate': 'Bearer' });
  }
}

/** Writes per client per minute (CLAIMMAP_RATE_LIMIT, default 120). */
function ratePerMinute(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.CLAIMMAP_RATE_LIMIT ?? 120);
  return Number.isFinite(n) && n > 0 ? n : 120;
}

const buckets = new Map<string, { tokens: number; at: number }>();

/** A token bucket per client address. @throws Refusal 429 with Retry-After */
export function checkRate(request: Request, now = Date.now()) {
  const rate = ratePerMinute();
  const client = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || request.headers.get('x-real-ip') || 'local';
  const bucket = buckets.get(client) ?? { tokens: rate, at: now };
  bucket.tokens = Math.min(rate, bucket.tokens + ((now - bucket.at) / 60_000) * rate);
  bucket.at = now;
  if (bucket.tokens < 1) {
    buckets.set(client, bucket);
    const wait = Math.ceil(((1 - bucket.tokens) / rate) * 60);
    throw new Refusal(429, `too many writes: at most ${rate} a minute; try again in ${wait} s`, { 'Retry-After': String(wait) });
  }
  bucket.tokens -= 1;
  buckets.set(client, bucket);
  if (buckets.size > 10_000) buckets.clear();
}

/** Reads a JSON object body. @throws Refusal 415, 413 or 400 */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<Record<string, unknown>> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new Refusal(415, `send JSON (Content-Type: application/json), not ${type || 'no content type'}`);
  const length = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(length) && length > maxBytes) throw new Refusal(413, `the body is ${length.toLocaleString('en')} bytes; the limit is ${maxBytes.toLocaleString('en')}`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new Refusal(413, `the body is over the limit of ${maxBytes.toLocaleString('en')} bytes`);
      }
      chunks.push(value);
    }
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new Refusal(400, `malformed JSON: ${(error as Error).message}`);
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new Refusal(400, 'the body must be a JSON object');
  return body as Record<string, unknown>;
}
