// A billing card's claim (P2): the claim's row, locked while a card counts on it, and the cards that count.
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { BillingCardStatus, CountedCard } from '@bn/domain';
import { sqlOf } from '../../sql/kysely.js';
import type { Claim } from '../../sql/database.js';

export type ClaimRow = Selectable<Claim> & { insurer_name: string; clinic_id: string };

/**
 * A claim with its insurer's name and its patient card's clinic. `lock`: the claim's row is locked until the
 * transaction ends — billing locks it before it counts, so two cards billed on one claim at once are counted in turn.
 */
export async function claimRow(em: EntityManager, claimId: string, lock = false): Promise<ClaimRow | null> {
  let q = sqlOf(em)
    .selectFrom('claim as c')
    .innerJoin('insurer as i', 'i.id', 'c.insurer_id')
    .innerJoin('patient as p', 'p.id', 'c.patient_id')
    .selectAll('c')
    .select(['i.name as insurer_name', 'p.clinic_id'])
    .where('c.id', '=', claimId);
  if (lock) q = q.forUpdate('c');
  return (await q.executeTakeFirst()) ?? null;
}

/** Per claim, its cards as the count sees them (status and insurance tariff codes), leaving out `exceptCardId`. */
export async function countedCardsOf(
  em: EntityManager,
  claimIds: readonly string[],
  exceptCardId: string | null = null,
): Promise<Map<string, CountedCard[]>> {
  const result = new Map<string, CountedCard[]>(claimIds.map((id) => [id, []]));
  if (claimIds.length === 0) return result;
  const { rows } = await sql<{ claim_id: string; status: BillingCardStatus; codes: string[] }>`
    select c.claim_id, c.status, coalesce(array_agg(l.code order by l.position) filter (where l.kind = 'insurance'), '{}') as codes
    from billing_card c left join billing_line l on l.card_id = c.id
    where c.claim_id = any(${[...claimIds]}::text[]) and (${exceptCardId}::text is null or c.id <> ${exceptCardId}::text)
    group by c.id, c.claim_id, c.status`.execute(sqlOf(em));
  for (const r of rows) result.get(r.claim_id)?.push({ status: r.status, insuranceTariffCodes: r.codes });
  return result;
}

/** The claim's row, locked, and its cards' statuses: what deleting it decides on. */
export async function lockClaimCards(
  tx: EntityManager,
  claimId: string,
): Promise<{ claim: ClaimRow; cards: { status: BillingCardStatus }[] } | null> {
  const claim = await claimRow(tx, claimId, true);
  if (!claim) return null;
  const cards = (await sqlOf(tx)
    .selectFrom('billing_card')
    .select('status')
    .where('claim_id', '=', claimId)
    .execute()) as { status: BillingCardStatus }[];
  return { claim, cards };
}

export async function deleteClaimRow(tx: EntityManager, claimId: string): Promise<void> {
  await sqlOf(tx).deleteFrom('claim').where('id', '=', claimId).execute();
}
