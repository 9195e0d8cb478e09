import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@bn/db';
import { ApiKey } from '@bn/db';
import { AppError, apiKeyStatus, type ApiKeyView, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { auditOfKey, insurerNameOf, toApiKeyView } from './api-key-view.js';

export interface RevokeApiKeyOptions {
  em: EntityManager;
  user: Pick<SessionUser, 'id' | 'name'>;
  id: string;
  now: Date;
}

/** Ends a key at once, also one in its rotation's grace period: its next call is refused (API_KEY_INVALID). */
export async function revokeApiKey({ em, user, id, now }: RevokeApiKeyOptions): Promise<ApiKeyView> {
  return em.transactional(async (tx) => {
    const key = await tx.findOne(ApiKey, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!key) throw new AppError('NOT_FOUND');
    const status = apiKeyStatus(key, now);
    if (status === 'revoked' || status === 'expired') throw new AppError('API_KEY_NOT_ACTIVE', { reason: status });
    const insurerName = await insurerNameOf(tx, key);
    const successor = key.replacedBy ? await tx.findOne(ApiKey, { id: key.replacedBy }, { fields: ['keyId'] }) : null;
    const o = { insurerName, replacedByKeyId: successor?.keyId ?? null, now };
    const before = auditOfKey(toApiKeyView(key, o));
    key.revokedAt = now;
    const view = toApiKeyView(key, o);
    recordChange(tx, user, {
      clinicId: null,
      entity: 'api_key',
      entityId: key.id,
      action: 'update',
      before,
      after: auditOfKey(view),
    });
    return view;
  });
}
