import { replaceCardLines, setCardClaim, type CardRow, type EntityManager } from '@bn/db';
import type { BillingCardLines, SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { auditOf } from './card-view.js';

/** Writes a draft's lines and claim as the domain returned them, with the audit row, in the caller's transaction. */
export async function writeDraft(
  tx: EntityManager,
  o: { user: SessionUser; row: CardRow; before: BillingCardLines | null; after: BillingCardLines; now: Date },
): Promise<CardRow> {
  const { row, after } = o;
  await replaceCardLines(
    tx,
    row.id,
    after.lines.map((l) => ({ code: l.code, name: l.name, kind: l.kind, price_ore: l.priceOre, quantity: l.quantity })),
    o.now,
  );
  if (after.claimId !== row.claim_id) await setCardClaim(tx, row.id, after.claimId);
  recordChange(tx, o.user, {
    clinicId: row.clinic_id,
    entity: 'billingCard',
    entityId: row.id,
    action: o.before ? 'update' : 'create',
    before: o.before ? auditOf(row, o.before) : null,
    after: auditOf(row, after),
  });
  return { ...row, claim_id: after.claimId };
}
