// The key webhook secrets are encrypted with (AES-256-GCM): WEBHOOK_SECRET_KEY, or — outside production — a key made
// once into the data directory, so a development or demo server keeps reading the secrets it wrote.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** 32 bytes, as 64 hex digits or base64 (44 characters). */
export function parseWebhookSecretKey(given: string): Buffer {
  const text = given.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) throw new Error('WEBHOOK_SECRET_KEY must be 32 bytes: 64 hex digits or base64');
  return key;
}

export async function resolveWebhookSecretKey(o: {
  given: string | undefined;
  production: boolean;
  dataDir: string;
}): Promise<Buffer> {
  if (o.given) return parseWebhookSecretKey(o.given);
  if (o.production) throw new Error('WEBHOOK_SECRET_KEY must be set in production (32 bytes, hex or base64)');
  const file = path.join(o.dataDir, 'webhook-secret.key');
  try {
    return parseWebhookSecretKey(await readFile(file, 'utf8'));
  } catch (e) {
    if ((e as { code?: string }).code !== 'ENOENT') throw e;
  }
  await mkdir(o.dataDir, { recursive: true });
  const key = randomBytes(32);
  // `wx`: two processes starting at once do not overwrite each other's key; the loser reads the winner's.
  await writeFile(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' }).catch((e: unknown) => {
    if ((e as { code?: string }).code !== 'EEXIST') throw e;
  });
  return parseWebhookSecretKey(await readFile(file, 'utf8'));
}
