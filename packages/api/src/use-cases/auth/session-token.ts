import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes: the cookie value. The database only ever sees its SHA-256. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
