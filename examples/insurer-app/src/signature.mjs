// @ts-check
// Verifies a Behandlernettverket webhook, exactly as the scheme says (README: «Integrating an insurer app»):
//   BN-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>[,v1=<…> during a secret rotation]
// The HMAC key is the whole secret string (`whsec_…`) as UTF-8; any v1 that matches is valid; a `t` more than 300
// seconds from our clock is refused (replay protection). Compare over the raw body bytes, never re-serialised JSON.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far a signature's timestamp may be from our clock, in seconds. */
export const TOLERANCE_SECONDS = 300;

/**
 * @typedef {{ ok: true, timestamp: number } | { ok: false, reason: 'malformed' | 'timestamp' | 'mismatch' }} Verdict
 */

/**
 * @param {{ secret: string, header: string | undefined, rawBody: Buffer, nowSeconds?: number }} o
 * @returns {Verdict}
 */
export function verifySignature({ secret, header, rawBody, nowSeconds = Math.floor(Date.now() / 1000) }) {
  if (!header) return { ok: false, reason: 'malformed' };
  let t = null;
  /** @type {Buffer[]} */
  const candidates = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (name === 't' && /^\d{1,12}$/.test(value)) t = value;
    else if (name === 'v1' && /^[0-9a-f]{64}$/.test(value)) candidates.push(Buffer.from(value, 'hex'));
  }
  if (t === null || candidates.length === 0) return { ok: false, reason: 'malformed' };
  const timestamp = Number(t);
  if (Math.abs(nowSeconds - timestamp) > TOLERANCE_SECONDS) return { ok: false, reason: 'timestamp' };
  const expected = createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${t}.`).update(rawBody).digest();
  // Every candidate is compared (no early return), each in constant time.
  let match = false;
  for (const candidate of candidates) if (timingSafeEqual(candidate, expected)) match = true;
  return match ? { ok: true, timestamp } : { ok: false, reason: 'mismatch' };
}

/**
 * What a sender writes: for tests, and to see the scheme in a dozen lines.
 * @param {{ secrets: string[], rawBody: Buffer | string, timestamp: number }} o
 */
export function signatureHeader({ secrets, rawBody, timestamp }) {
  const v1 = secrets.map(
    (secret) =>
      `v1=${createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${timestamp}.`).update(rawBody).digest('hex')}`,
  );
  return [`t=${timestamp}`, ...v1].join(',');
}
