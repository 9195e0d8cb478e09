import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@bn/db';
import { ApiKey } from '@bn/db';
import { AppError, apiKeyStatus, type ApiKeyRotateInput, type IssuedApiKey, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { issueKey } from './create-api-key.js';
import { auditOfKey, insurerNameOf, toApiKeyView } from './api-key-view.js';

export interface RotateApiKeyOptions {
  em: EntityManager;
  user: Pick<SessionUser, 'id' | 'name'>;
  input: ApiKeyRotateInput;
  now: Date;
}

/**
 * A new key for the same insurer and app; the old one keeps working for the grace period, so the app can switch
 * without a moment refused. Only a key in use can be rotated (a key already rotated: rotate its successor).
 */
export async function rotateApiKey({ em, user, input, now }: RotateApiKeyOptions): Promise<IssuedApiKey> {
  return em.transactional(async (tx) => {
    const old = await tx.findOne(ApiKey, { id: input.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!old) throw new AppError('NOT_FOUND');
    const status = apiKeyStatus(old, now);
    if (status !== 'active')
      throw new AppError('API_KEY_NOT_ACTIVE', { reason: status === 'grace' ? 'rotated' : status });
    const insurerName = await insurerNameOf(tx, old);
    const before = auditOfKey(toApiKeyView(old, { insurerName, replacedByKeyId: null, now }));
    const issued = issueKey(tx, { insurer: old.insurer, label: old.label, now });
    old.expiresAt = new Date(now.getTime() + input.graceHours * 3_600_000);
    old.replacedBy = issued.row.id;
    const view = toApiKeyView(issued.row, { insurerName, replacedByKeyId: null, now });
    recordChange(tx, user, {
      clinicId: null,
      entity: 'api_key',
      entityId: old.id,
      action: 'update',
      before,
      after: auditOfKey(toApiKeyView(old, { insurerName, replacedByKeyId: issued.row.keyId, now })),
    });
    recordChange(tx, user, {
      clinicId: null,
      entity: 'api_key',
      entityId: issued.row.id,
      action: 'create',
      before: null,
      after: auditOfKey(view),
    });
    return { view, key: issued.key };
  });
}
