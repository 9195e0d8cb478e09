// What an EHF document about a billed card is made from (P1, docs/ehf.md): the clinic as seller, the claim's insurer
// as buyer, the case id, and the treatment (the appointment and its book's practitioner).
import { sql } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Profession } from '@bn/domain';
import { sqlOf } from '../../sql/kysely.js';

export interface EhfFactsRow {
  seller_name: string;
  seller_legal_name: string | null;
  seller_org_number: string;
  seller_vat_registered: boolean;
  seller_in_business_register: boolean;
  seller_street: string | null;
  seller_postcode: string | null;
  seller_city: string | null;
  seller_bank_account: string | null;
  buyer_name: string;
  buyer_legal_name: string | null;
  buyer_org_number: string;
  buyer_street: string | null;
  buyer_postcode: string | null;
  buyer_city: string | null;
  buyer_reference: string | null;
  case_id: string | null;
  case_number: string | null;
  start_at: Date;
  end_at: Date;
  practitioner_name: string | null;
  practitioner_hpr: string | null;
  practitioner_profession: Profession | null;
}

/** The facts of a card with a claim; null when the card has no claim (or does not exist). */
export async function ehfFacts(em: EntityManager, cardId: string): Promise<EhfFactsRow | null> {
  const { rows } = await sql<EhfFactsRow>`
    select k.name as seller_name, k.legal_name as seller_legal_name, k.org_number as seller_org_number,
           k.vat_registered as seller_vat_registered, k.in_business_register as seller_in_business_register,
           k.invoice_street as seller_street, k.invoice_postcode as seller_postcode, k.invoice_city as seller_city,
           k.bank_account as seller_bank_account,
           i.name as buyer_name, i.legal_name as buyer_legal_name, i.org_number as buyer_org_number,
           i.invoice_street as buyer_street, i.invoice_postcode as buyer_postcode, i.invoice_city as buyer_city,
           i.invoice_reference as buyer_reference, cl.case_id, cl.case_number, a.start_at, a.end_at,
           pr.name as practitioner_name, pr.hpr_number as practitioner_hpr, pr.profession as practitioner_profession
    from billing_card c join clinic k on k.id = c.clinic_id join claim cl on cl.id = c.claim_id
    join insurer i on i.id = cl.insurer_id join appointment a on a.id = c.appointment_id
    join appointment_book b on b.id = a.book_id left join practitioner pr on pr.id = b.owner_practitioner_id
    where c.id = ${cardId}`.execute(sqlOf(em));
  return rows[0] ?? null;
}

export interface ArchiveCardRow {
  id: string;
  /** The invoice was issued in the period. */
  invoiced: boolean;
  /** The credit note was issued in the period. */
  credited: boolean;
}

/** The clinic's cards to the insurer whose invoice or credit note was issued in `from`…`to`, by number. */
export async function archiveCards(
  em: EntityManager,
  o: { clinicId: string; insurerId: string; from: string; to: string },
): Promise<ArchiveCardRow[]> {
  const { rows } = await sql<ArchiveCardRow>`
    select c.id, (c.invoice_date between ${o.from}::date and ${o.to}::date) as invoiced,
           coalesce(c.credit_note_date between ${o.from}::date and ${o.to}::date, false) as credited
    from billing_card c join claim cl on cl.id = c.claim_id
    where c.clinic_id = ${o.clinicId} and cl.insurer_id = ${o.insurerId} and c.status <> 'draft'
      and (c.invoice_date between ${o.from}::date and ${o.to}::date or c.credit_note_date between ${o.from}::date and ${o.to}::date)
    order by c.invoice_date, c.invoice_number`.execute(sqlOf(em));
  return rows;
}
