import type { EntityManager } from '@bn/db';
import { ApiKey, touchApiKey } from '@bn/db';
import { AppError, apiKeyIdOf, apiKeyStatus, insurerAppBooker, type InsurerAppBooker } from '@bn/domain';
import { apiKeyMatches } from './api-key-secret.js';

/** The insurer app a call comes from: its booker (the key's row id and insurer) and the key's public id. */
export interface ApiKeyCaller {
  booker: InsurerAppBooker;
  /** The public key id (`bnk_<keyId>_…`): safe in logs. */
  keyId: string;
}

export interface AuthenticateApiKeyOptions {
  em: EntityManager;
  /** The request's `Authorization` header, as sent. */
  authorization: string | undefined;
  now: Date;
}

/**
 * Who is calling the public API: `Authorization: Bearer bnk_…` with a key that is active or in its rotation's grace
 * period. A key that is not found or whose secret does not match is `unknown` (the same answer, so ids cannot be
 * probed); only the holder of the right secret learns that its key was revoked or has expired.
 */
export async function authenticateApiKey({ em, authorization, now }: AuthenticateApiKeyOptions): Promise<ApiKeyCaller> {
  if (!authorization?.trim()) throw new AppError('API_KEY_INVALID', { reason: 'missing' });
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization.trim());
  const key = match?.[1] ?? '';
  const keyId = apiKeyIdOf(key);
  const row = keyId ? await em.findOne(ApiKey, { keyId }) : null;
  if (!row || !apiKeyMatches(key, row.secretHash)) throw new AppError('API_KEY_INVALID', { reason: 'unknown' });
  const status = apiKeyStatus(row, now);
  if (status === 'revoked' || status === 'expired') throw new AppError('API_KEY_INVALID', { reason: status });
  await touchApiKey(em, row.id, now);
  return { booker: insurerAppBooker(row.id, row.insurer.id), keyId: row.keyId };
}
