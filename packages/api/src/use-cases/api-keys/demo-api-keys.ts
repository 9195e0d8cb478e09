import type { DemoCredentials, EntityManager } from '@bn/db';
import { ApiKey, Insurer } from '@bn/db';
import { apiKeyAccepts, apiKeyIdOf, apiKeyStatus } from '@bn/domain';
import { apiKeyMatches } from './api-key-secret.js';
import { issueKey } from './create-api-key.js';

/**
 * One API key per demo insurer for `.data/demo-credentials.json`: the keys written last time while they still work,
 * a new one (labelled «Demo») for an insurer whose key was lost, revoked or has expired.
 */
export async function demoApiKeys(
  em: EntityManager,
  o: { names: readonly string[]; known: DemoCredentials['apiKeys']; now: Date },
): Promise<DemoCredentials['apiKeys']> {
  const { known, now } = o;
  const insurers = await em.find(Insurer, { name: { $in: [...o.names] } }, { orderBy: { name: 'asc' } });
  const out: DemoCredentials['apiKeys'] = [];
  for (const insurer of insurers) {
    const previous = known.find((k) => k.insurer === insurer.name)?.key;
    const keyId = previous ? apiKeyIdOf(previous) : null;
    const row = keyId ? await em.findOne(ApiKey, { keyId, insurer: insurer.id }) : null;
    const works = row && previous && apiKeyMatches(previous, row.secretHash) && apiKeyAccepts(apiKeyStatus(row, now));
    const key = works ? previous : issueKey(em, { insurer, label: 'Demo', now }).key;
    out.push({ insurer: insurer.name, key });
  }
  await em.flush();
  return out;
}
