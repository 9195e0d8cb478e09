// Prices in øre (P1): the clinic's price list for Helfo and own tariffs, and the B-tariff price per agreement that
// the network operator sets. A missing price is no row (the card shows the line without a price).
import { sql } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TariffKind } from '@bn/domain';
import { sqlOf } from '../../sql/kysely.js';

export interface PriceListRow {
  tariff_id: string;
  code: string;
  name: string;
  kind: TariffKind;
  price_ore: number | null;
  updated_at: Date | null;
}

const toNumber = <R extends { price_ore: string | number | null }>(r: R) => ({
  ...r,
  price_ore: r.price_ore === null ? null : Number(r.price_ore),
});

/** Every Helfo and own tariff of the network with the clinic's price, if it has one, by kind and code. */
export async function clinicPriceList(em: EntityManager, clinicId: string): Promise<PriceListRow[]> {
  const { rows } = await sql<PriceListRow>`
    select t.id as tariff_id, t.code, t.name, t.kind, p.price_ore, p.updated_at
    from tariff t left join clinic_price p on p.tariff_id = t.id and p.clinic_id = ${clinicId}
    where t.kind in ('helfo', 'own') order by t.kind, t.code`.execute(sqlOf(em));
  return rows.map(toNumber);
}

/** The insurance tariffs of the network with the agreement's price, if it has one, by code. */
export async function agreementPriceList(em: EntityManager, agreementId: string): Promise<PriceListRow[]> {
  const { rows } = await sql<PriceListRow>`
    select t.id as tariff_id, t.code, t.name, t.kind, p.price_ore, p.updated_at
    from tariff t left join agreement_price p on p.tariff_id = t.id and p.agreement_id = ${agreementId}
    where t.kind = 'insurance' order by t.code`.execute(sqlOf(em));
  return rows.map(toNumber);
}

export async function clinicPricesOf(
  em: EntityManager,
  clinicId: string,
  tariffIds: readonly string[],
): Promise<Map<string, number>> {
  if (tariffIds.length === 0) return new Map();
  const rows = await sqlOf(em)
    .selectFrom('clinic_price')
    .select(['tariff_id', 'price_ore'])
    .where('clinic_id', '=', clinicId)
    .where('tariff_id', 'in', [...tariffIds])
    .execute();
  return new Map(rows.map((r) => [r.tariff_id, Number(r.price_ore)]));
}

/** Writes the clinic's price for a tariff; null removes it. */
export async function setClinicPrice(
  tx: EntityManager,
  o: { clinicId: string; tariffId: string; priceOre: number | null; now: Date },
): Promise<void> {
  const db = sqlOf(tx);
  if (o.priceOre === null) {
    await db
      .deleteFrom('clinic_price')
      .where('clinic_id', '=', o.clinicId)
      .where('tariff_id', '=', o.tariffId)
      .execute();
    return;
  }
  await db
    .insertInto('clinic_price')
    .values({ clinic_id: o.clinicId, tariff_id: o.tariffId, price_ore: o.priceOre, updated_at: o.now })
    .onConflict((oc) =>
      oc.columns(['clinic_id', 'tariff_id']).doUpdateSet({ price_ore: o.priceOre!, updated_at: o.now }),
    )
    .execute();
}

export async function setAgreementPrice(
  tx: EntityManager,
  o: { agreementId: string; tariffId: string; priceOre: number | null; now: Date },
): Promise<void> {
  const db = sqlOf(tx);
  if (o.priceOre === null) {
    await db
      .deleteFrom('agreement_price')
      .where('agreement_id', '=', o.agreementId)
      .where('tariff_id', '=', o.tariffId)
      .execute();
    return;
  }
  await db
    .insertInto('agreement_price')
    .values({ agreement_id: o.agreementId, tariff_id: o.tariffId, price_ore: o.priceOre, updated_at: o.now })
    .onConflict((oc) =>
      oc.columns(['agreement_id', 'tariff_id']).doUpdateSet({ price_ore: o.priceOre!, updated_at: o.now }),
    )
    .execute();
}

/** An agreement with the clinic it belongs to (its own, or its practitioner's), for scope and audit. */
export async function agreementScope(
  em: EntityManager,
  agreementId: string,
): Promise<{ id: string; clinic_id: string; insurer_id: string } | null> {
  const { rows } = await sql<{ id: string; clinic_id: string; insurer_id: string }>`
    select a.id, coalesce(a.clinic_id, pr.clinic_id) as clinic_id, a.insurer_id
    from agreement a left join practitioner pr on pr.id = a.practitioner_id where a.id = ${agreementId}`.execute(
    sqlOf(em),
  );
  return rows[0] ?? null;
}

/**
 * The B-tariff prices that apply to a treatment: those of the insurer's approved agreement valid on the treatment
 * date with the practitioner personally, else with the clinic (the personal agreement is the more particular one).
 */
export async function agreementPricesFor(
  em: EntityManager,
  o: { insurerId: string; clinicId: string; practitionerId: string | null; date: string; tariffIds: readonly string[] },
): Promise<Map<string, number>> {
  if (o.tariffIds.length === 0) return new Map();
  const { rows } = await sql<{ tariff_id: string; price_ore: string }>`
    with chosen as (
      select a.id from agreement a
      where a.insurer_id = ${o.insurerId} and a.status = 'approved' and a.valid_from <= ${o.date}::date
        and (a.valid_to is null or a.valid_to >= ${o.date}::date)
        and (a.clinic_id = ${o.clinicId} or a.practitioner_id = ${o.practitionerId}::text)
      order by (a.practitioner_id is not null) desc, a.valid_from desc limit 1)
    select p.tariff_id, p.price_ore from agreement_price p join chosen on chosen.id = p.agreement_id
    where p.tariff_id = any(${[...o.tariffIds]}::text[])`.execute(sqlOf(em));
  return new Map(rows.map((r) => [r.tariff_id, Number(r.price_ore)]));
}
