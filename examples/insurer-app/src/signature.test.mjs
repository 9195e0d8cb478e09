// @ts-check
// The receiver's verification against the scheme (README: «Integrating an insurer app»), without a server.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { signatureHeader, verifySignature } from './signature.mjs';
import { startReceiver } from './receiver.mjs';

const secret = 'whsec_3q2-7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const body = Buffer.from(JSON.stringify({ id: 'e1', type: 'booking.created', data: { booking: { id: 'b1' } } }));
const now = 1_796_000_000;

describe('verifySignature', () => {
  it('accepts the HMAC-SHA256 of "<t>.<raw body>" keyed by the whole whsec_ string', async () => {
    // Computed independently of signatureHeader, with Web Crypto, so the test does not check the code against itself.
    const key = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const mac = await crypto.subtle.sign('HMAC', key, Buffer.concat([Buffer.from(`${now}.`), body]));
    const header = `t=${now},v1=${Buffer.from(mac).toString('hex')}`;
    expect(header).toBe(signatureHeader({ secrets: [secret], rawBody: body, timestamp: now }));
    expect(verifySignature({ secret, header, rawBody: body, nowSeconds: now })).toEqual({ ok: true, timestamp: now });
  });

  it('refuses a changed body, another secret, and a secret without its whsec_ prefix', () => {
    const header = signatureHeader({ secrets: [secret], rawBody: body, timestamp: now });
    const changed = Buffer.from(body.toString().replace('b1', 'b2'));
    expect(verifySignature({ secret, header, rawBody: changed, nowSeconds: now })).toEqual({
      ok: false,
      reason: 'mismatch',
    });
    expect(verifySignature({ secret: `${secret}x`, header, rawBody: body, nowSeconds: now }).ok).toBe(false);
    expect(verifySignature({ secret: secret.slice(6), header, rawBody: body, nowSeconds: now }).ok).toBe(false);
  });

  it('accepts any of several v1 entries (a secret rotation’s grace period)', () => {
    const header = signatureHeader({ secrets: ['whsec_old', secret], rawBody: body, timestamp: now });
    expect(header.split(',').filter((p) => p.startsWith('v1='))).toHaveLength(2);
    expect(verifySignature({ secret, header, rawBody: body, nowSeconds: now }).ok).toBe(true);
    expect(verifySignature({ secret: 'whsec_old', header, rawBody: body, nowSeconds: now }).ok).toBe(true);
    expect(verifySignature({ secret: 'whsec_other', header, rawBody: body, nowSeconds: now }).ok).toBe(false);
  });

  it('refuses a timestamp more than 300 s from the clock, either way, and accepts one at 300 s', () => {
    const at = (/** @type {number} */ t) => signatureHeader({ secrets: [secret], rawBody: body, timestamp: t });
    const verdict = (/** @type {number} */ t) =>
      verifySignature({ secret, header: at(t), rawBody: body, nowSeconds: now });
    expect(verdict(now - 300).ok).toBe(true);
    expect(verdict(now + 300).ok).toBe(true);
    expect(verdict(now - 301)).toEqual({ ok: false, reason: 'timestamp' });
    expect(verdict(now + 301)).toEqual({ ok: false, reason: 'timestamp' });
  });

  it('refuses a missing or malformed header', () => {
    const v1 = signatureHeader({ secrets: [secret], rawBody: body, timestamp: now }).split(',')[1];
    for (const header of [undefined, '', `v1=${'0'.repeat(64)}`, `t=${now}`, `t=${now},v1=zz`, `t=abc,${v1}`])
      expect(verifySignature({ secret, header, rawBody: body, nowSeconds: now })).toEqual({
        ok: false,
        reason: 'malformed',
      });
  });
});

describe('the receiver', () => {
  /** @type {(() => Promise<void>) | null} */
  let close = null;
  afterEach(async () => {
    await close?.();
    close = null;
  });

  /** @returns {Promise<number>} */
  const post = (/** @type {string} */ url, /** @type {Buffer} */ raw, /** @type {Record<string, string>} */ headers) =>
    new Promise((resolve, reject) => {
      const req = request(
        url,
        { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(raw);
    });

  it('answers 2xx to a signed event once per event id, and 400 to a bad signature', async () => {
    /** @type {import('./receiver.mjs').ReceiverNotice[]} */
    const notices = [];
    const receiver = await startReceiver({ secret: () => secret, onNotice: (n) => notices.push(n) });
    close = receiver.close;
    const t = Math.floor(Date.now() / 1000);
    const signed = {
      'bn-event-id': 'e1',
      'bn-signature': signatureHeader({ secrets: [secret], rawBody: body, timestamp: t }),
    };
    expect(await post(receiver.url, body, signed)).toBe(204);
    expect(await post(receiver.url, body, signed)).toBe(204);
    const forged = {
      ...signed,
      'bn-signature': signatureHeader({ secrets: ['whsec_x'], rawBody: body, timestamp: t }),
    };
    expect(await post(receiver.url, body, forged)).toBe(400);
    const otherId = { ...signed, 'bn-event-id': 'e2' };
    expect(await post(receiver.url, body, otherId)).toBe(400);
    expect(notices.map((n) => ('rejected' in n ? n.rejected : `${n.event.id} duplicate=${n.duplicate}`))).toEqual([
      'e1 duplicate=false',
      'e1 duplicate=true',
      'signature mismatch',
      'BN-Event-Id differs from the body id',
    ]);
  });
});
