import type { EntityManager } from '@bn/db';
import { Tariff } from '@bn/db';
import type { SessionUser, TariffConfig } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toTariffConfig } from '../../config-shape.js';
import { assertNoIssues } from '../../validation.js';

export interface UpsertTariffOptions {
  em: EntityManager;
  user: SessionUser;
  /** Already checked by the tariff schema, including T2: only B-codes can be insurance tariffs. */
  input: TariffConfig;
}

export async function upsertTariff({ em, user, input }: UpsertTariffOptions): Promise<{ id: string }> {
  return configTransaction(em, async (tx) => {
    const existing = await tx.findOne(Tariff, { id: input.id });
    const sameCode = await tx.findOne(Tariff, { code: input.code, id: { $ne: input.id } });
    assertNoIssues([
      sameCode
        ? { path: ['code'], code: 'tariff.code_taken', values: { code: input.code, name: sameCode.name } }
        : null,
    ]);
    const before = existing ? toTariffConfig(existing) : null;
    const data = { code: input.code, name: input.name, kind: input.kind, professions: input.professions };
    const tariff = existing ? tx.assign(existing, data) : tx.create(Tariff, { id: input.id, ...data });
    recordChange(tx, user, {
      clinicId: null,
      entity: 'tariff',
      entityId: tariff.id,
      action: existing ? 'update' : 'create',
      before,
      after: toTariffConfig(tariff),
    });
    return { id: tariff.id };
  });
}
