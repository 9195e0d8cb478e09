// Billing cards (P1) as the use cases read and write them: the appointment a card is made from, the card and its
// lines, and the per-clinic document numbers. Every write runs in the caller's transaction.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { BillingCardStatus, TariffKind } from '@bn/domain';
import { sqlOf } from '../../sql/kysely.js';

export interface TariffRow {
  id: string;
  code: string;
  name: string;
  kind: TariffKind;
}

export interface CardAppointmentRow {
  id: string;
  clinic_id: string;
  book_id: string;
  type_id: string | null;
  patient_id: string | null;
  kind: 'booking' | 'hold' | 'block';
  status: 'active' | 'cancelled' | 'no_show';
  start_at: Date;
  claim_id: string | null;
  tariff_id: string | null;
  practitioner_id: string | null;
  charges_cancellation: boolean;
  charges_no_show: boolean;
}

/**
 * The appointment a card is made from; `lock`: its row locked, so two clinic admins making its card at once are
 * decided in turn.
 */
export async function cardAppointment(
  tx: EntityManager,
  appointmentId: string,
  lock = false,
): Promise<CardAppointmentRow | null> {
  const { rows } = await sql<CardAppointmentRow>`
    select a.id, a.clinic_id, a.book_id, a.type_id, a.patient_id, a.kind, a.status, a.start_at, a.claim_id, a.tariff_id,
           b.owner_practitioner_id as practitioner_id, c.charges_cancellation, c.charges_no_show
    from appointment a join appointment_book b on b.id = a.book_id join clinic c on c.id = a.clinic_id
    where a.id = ${appointmentId} ${lock ? sql`for update of a` : sql``}`.execute(sqlOf(tx));
  return rows[0] ?? null;
}

export async function cardStatusesOfAppointment(
  tx: EntityManager,
  appointmentId: string,
): Promise<{ status: BillingCardStatus }[]> {
  return (await sqlOf(tx)
    .selectFrom('billing_card')
    .select('status')
    .where('appointment_id', '=', appointmentId)
    .execute()) as { status: BillingCardStatus }[];
}

/** T4: the tariffs of the type's rule for the appointment's book, by code (the rule keeps no order of its own). */
export async function ruleTariffsOf(em: EntityManager, typeId: string | null, bookId: string): Promise<TariffRow[]> {
  if (typeId === null) return [];
  return (await sqlOf(em)
    .selectFrom('type_rule as r')
    .innerJoin('type_rule_tariff as rt', 'rt.type_rule_id', 'r.id')
    .innerJoin('tariff as t', 't.id', 'rt.tariff_id')
    .select(['t.id', 't.code', 't.name', 't.kind'])
    .where('r.type_id', '=', typeId)
    .where('r.book_id', '=', bookId)
    .orderBy('t.code')
    .execute()) as TariffRow[];
}

export async function tariffByCode(em: EntityManager, code: string): Promise<TariffRow | null> {
  const row = await sqlOf(em)
    .selectFrom('tariff')
    .select(['id', 'code', 'name', 'kind'])
    .where(sql<string>`upper(code)`, '=', code.replace(/\s/g, '').toUpperCase())
    .executeTakeFirst();
  return (row as TariffRow | undefined) ?? null;
}

export async function tariffById(em: EntityManager, id: string | null): Promise<TariffRow | null> {
  if (id === null) return null;
  const row = await sqlOf(em)
    .selectFrom('tariff')
    .select(['id', 'code', 'name', 'kind'])
    .where('id', '=', id)
    .executeTakeFirst();
  return (row as TariffRow | undefined) ?? null;
}

export interface CardRow {
  id: string;
  clinic_id: string;
  appointment_id: string;
  patient_id: string;
  claim_id: string | null;
  status: BillingCardStatus;
  treatment_date: string;
  created_at: Date;
  billed_at: Date | null;
  invoice_date: string | null;
  invoice_number: string | null;
  credited_at: Date | null;
  credit_note_date: string | null;
  credit_note_number: string | null;
}

export interface LineRow {
  tariff_id: string | null;
  code: string;
  name: string;
  kind: TariffKind;
  price_ore: number | null;
  quantity: number;
}

/** A card; `lock`: its row locked for the caller's transaction (every edit and billing locks it first). */
export async function cardRow(em: EntityManager, cardId: string, lock = false): Promise<CardRow | null> {
  let q = sqlOf(em).selectFrom('billing_card').selectAll().where('id', '=', cardId);
  if (lock) q = q.forUpdate();
  return ((await q.executeTakeFirst()) as CardRow | undefined) ?? null;
}

export async function cardLines(em: EntityManager, cardId: string): Promise<LineRow[]> {
  const rows = await sqlOf(em)
    .selectFrom('billing_line')
    .select(['tariff_id', 'code', 'name', 'kind', 'price_ore', 'quantity'])
    .where('card_id', '=', cardId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    ...r,
    kind: r.kind as TariffKind,
    price_ore: r.price_ore === null ? null : Number(r.price_ore),
  }));
}

export interface NewCard {
  clinicId: string;
  appointmentId: string;
  patientId: string;
  treatmentDate: string;
  now: Date;
}

export async function insertCard(tx: EntityManager, c: NewCard): Promise<string> {
  const id = randomUUID();
  await sqlOf(tx)
    .insertInto('billing_card')
    .values({
      id,
      created_at: c.now,
      clinic_id: c.clinicId,
      appointment_id: c.appointmentId,
      patient_id: c.patientId,
      treatment_date: c.treatmentDate,
      status: 'draft',
    })
    .execute();
  return id;
}

/**
 * The card's lines become exactly `lines`, in order (a draft's edit writes the whole list the domain returned); each
 * line links the tariff of its code while the tariff exists.
 */
export async function replaceCardLines(
  tx: EntityManager,
  cardId: string,
  lines: readonly Omit<LineRow, 'tariff_id'>[],
  now: Date,
): Promise<void> {
  const db = sqlOf(tx);
  await db.deleteFrom('billing_line').where('card_id', '=', cardId).execute();
  if (lines.length === 0) return;
  const upper = (code: string) => code.replace(/\s/g, '').toUpperCase();
  const tariffs = await db
    .selectFrom('tariff')
    .select(['id', sql<string>`upper(code)`.as('key')])
    .where(
      sql<string>`upper(code)`,
      'in',
      lines.map((l) => upper(l.code)),
    )
    .execute();
  await db
    .insertInto('billing_line')
    .values(
      lines.map((l, position) => ({
        id: randomUUID(),
        created_at: now,
        card_id: cardId,
        position,
        tariff_id: tariffs.find((t) => t.key === upper(l.code))?.id ?? null,
        code: l.code,
        name: l.name,
        kind: l.kind,
        price_ore: l.price_ore,
        quantity: l.quantity,
      })),
    )
    .execute();
}

export async function setCardClaim(tx: EntityManager, cardId: string, claimId: string | null): Promise<void> {
  await sqlOf(tx).updateTable('billing_card').set({ claim_id: claimId }).where('id', '=', cardId).execute();
}

/**
 * The clinic's next invoice or credit-note number: the clinic's counter row is locked until the transaction ends, so
 * numbers are unique per seller and have no gaps (a rolled-back billing gives its number back).
 */
export async function allocateDocumentNumber(
  tx: EntityManager,
  clinicId: string,
  kind: 'invoice' | 'credit_note',
): Promise<number> {
  const column = kind === 'invoice' ? 'last_invoice_number' : 'last_credit_note_number';
  const row = await sqlOf(tx)
    .updateTable('clinic')
    .set((eb) => ({ [column]: eb(column, '+', 1) }))
    .where('id', '=', clinicId)
    .returning(column)
    .executeTakeFirstOrThrow();
  return (row as Record<typeof column, number>)[column];
}

export async function markCardBilled(
  tx: EntityManager,
  o: { cardId: string; at: Date; date: string; number: string },
): Promise<void> {
  await sqlOf(tx)
    .updateTable('billing_card')
    .set({ status: 'billed', billed_at: o.at, invoice_date: o.date, invoice_number: o.number })
    .where('id', '=', o.cardId)
    .execute();
}

export async function markCardCredited(
  tx: EntityManager,
  o: { cardId: string; at: Date; date: string; number: string },
): Promise<void> {
  await sqlOf(tx)
    .updateTable('billing_card')
    .set({ status: 'credited', credited_at: o.at, credit_note_date: o.date, credit_note_number: o.number })
    .where('id', '=', o.cardId)
    .execute();
}
