import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@bn/db';
import { ApiKey, Insurer } from '@bn/db';
import { AppError, type ApiKeyCreateInput, type IssuedApiKey, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { newApiKey } from './api-key-secret.js';
import { auditOfKey, toApiKeyView } from './api-key-view.js';

export interface CreateApiKeyOptions {
  em: EntityManager;
  user: Pick<SessionUser, 'id' | 'name'>;
  input: ApiKeyCreateInput;
  now: Date;
}

/** A new key for an insurer's app; the answer holds the key itself, the only time anyone sees it. */
export async function createApiKey({ em, user, input, now }: CreateApiKeyOptions): Promise<IssuedApiKey> {
  return em.transactional(async (tx) => {
    const insurer = await tx.findOne(Insurer, { id: input.insurerId });
    if (!insurer) throw new AppError('NOT_FOUND');
    const issued = issueKey(tx, { insurer, label: input.label, now });
    const view = toApiKeyView(issued.row, { insurerName: insurer.name, replacedByKeyId: null, now });
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

/** Adds a key row; its id is made here (not at flush), so the audit entry and a rotation can name it at once. */
export function issueKey(
  tx: EntityManager,
  o: { insurer: Insurer; label: string; now: Date },
): { row: ApiKey; key: string } {
  const { keyId, key, secretHash } = newApiKey();
  const row = tx.create(ApiKey, {
    id: randomUUID(),
    createdAt: o.now,
    insurer: o.insurer,
    keyId,
    secretHash,
    label: o.label,
    expiresAt: null,
    revokedAt: null,
    replacedBy: null,
    lastUsedAt: null,
  });
  return { row, key };
}
