// Webhook signing secrets: made here, shown once, stored encrypted (AES-256-GCM) because signing needs them back,
// and the signature header (docs/public-api.md, «Scheme»).
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

let processKey: Buffer | null = null;

/**
 * The encryption key of this process (WEBHOOK_SECRET_KEY, or the development key in the data directory; the server
 * sets it at start-up). Unset — tests in one process — a random key is made on first use: secrets written under it
 * are readable by that process only.
 */
export function useWebhookSecretKey(key: Buffer): void {
  if (key.length !== 32) throw new Error('the webhook secret key must be 32 bytes');
  processKey = key;
}

function key(): Buffer {
  return (processKey ??= randomBytes(32));
}

/** A new signing secret: `whsec_<base64url of 32 random bytes>`. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** `v1.<iv>.<tag>.<ciphertext>`, each base64url: a fresh 12-byte IV per secret. */
export function encryptWebhookSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

export function decryptWebhookSecret(stored: string): string {
  const [version, iv, tag, data] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('not an encrypted webhook secret');
  const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}

/** `t=<unix seconds>,v1=<hex>[,v1=<hex>]`: HMAC-SHA256 of `<t>.<body>` under each secret (the new one first). */
export function webhookSignatureHeader(secrets: readonly string[], t: number, body: string): string {
  const signed = `${t}.${body}`;
  return [`t=${t}`, ...secrets.map((s) => `v1=${createHmac('sha256', s).update(signed, 'utf8').digest('hex')}`)].join(
    ',',
  );
}
