import type { ApiKey, EntityManager } from '@bn/db';
import { Insurer } from '@bn/db';
import { apiKeyStatus, type ApiKeyView } from '@bn/domain';

/** A key as the operator sees it (and the audit records it): never its secret or its hash. */
export function toApiKeyView(
  key: ApiKey,
  o: { insurerName: string; replacedByKeyId: string | null; now: Date },
): ApiKeyView {
  return {
    id: key.id,
    keyId: key.keyId,
    insurerId: key.insurer.id,
    insurerName: o.insurerName,
    label: key.label,
    status: apiKeyStatus(key, o.now),
    createdAt: key.createdAt,
    expiresAt: key.expiresAt ?? null,
    revokedAt: key.revokedAt ?? null,
    replacedByKeyId: o.replacedByKeyId,
    lastUsedAt: key.lastUsedAt ?? null,
  };
}

/** The insurer's name for a key's view (loaded, or found). */
export async function insurerNameOf(em: EntityManager, key: ApiKey): Promise<string> {
  const insurer = await em.findOne(Insurer, { id: key.insurer.id }, { fields: ['name'] });
  return insurer?.name ?? '';
}

/** What the audit keeps of a key: its public facts. */
export function auditOfKey(view: ApiKeyView): Record<string, unknown> {
  const { id, keyId, insurerId, label, status, expiresAt, revokedAt, replacedByKeyId } = view;
  return { id, keyId, insurerId, label, status, expiresAt, revokedAt, replacedByKeyId };
}
