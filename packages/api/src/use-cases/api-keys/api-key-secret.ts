// Making, hashing and comparing insurer apps' API keys. The key is shown once; the database holds only its SHA-256,
// which is enough for a 256-bit random secret (no one can guess it, so a slow password hash would only cost time).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { API_KEY_PREFIX } from '@bn/domain';

const KEY_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

export interface NewApiKey {
  /** The public part: finds the row, may be shown and logged. */
  keyId: string;
  /** The whole key, `bnk_<keyId>_<secret>`: shown once, never stored or logged. */
  key: string;
  secretHash: string;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function newApiKey(): NewApiKey {
  // 16 characters of 32 (80 bits): unique enough for an index, readable in a list.
  const keyId = [...randomBytes(16)].map((b) => KEY_ID_ALPHABET[b % 32]).join('');
  const key = `${API_KEY_PREFIX}${keyId}_${randomBytes(32).toString('base64url')}`;
  return { keyId, key, secretHash: hashApiKey(key) };
}

/** Whether a key hashes to the stored hash, in constant time (no timing tells how much of it matched). */
export function apiKeyMatches(key: string, secretHash: string): boolean {
  const given = Buffer.from(hashApiKey(key), 'hex');
  const stored = Buffer.from(secretHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
