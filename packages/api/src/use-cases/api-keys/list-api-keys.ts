import type { EntityManager } from '@bn/db';
import { ApiKey } from '@bn/db';
import type { ApiKeyView } from '@bn/domain';
import { toApiKeyView } from './api-key-view.js';

export interface ListApiKeysOptions {
  em: EntityManager;
  now: Date;
  insurerId?: string;
}

/** Every insurer app's key, by insurer and newest first, with its status now (the operator's «API-nøkler»). */
export async function listApiKeys({ em, now, insurerId }: ListApiKeysOptions): Promise<ApiKeyView[]> {
  const keys = await em.find(ApiKey, insurerId ? { insurer: insurerId } : {}, {
    populate: ['insurer'],
    orderBy: { insurer: { name: 'asc' }, createdAt: 'desc', keyId: 'asc' },
  });
  const keyIdOf = new Map(keys.map((k) => [k.id, k.keyId]));
  return keys.map((k) =>
    toApiKeyView(k, {
      insurerName: k.insurer.name,
      replacedByKeyId: k.replacedBy ? (keyIdOf.get(k.replacedBy) ?? null) : null,
      now,
    }),
  );
}
