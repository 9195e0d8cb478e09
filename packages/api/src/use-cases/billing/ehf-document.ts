import { archiveCards, cardLines, ehfFacts, type CardRow, type EhfFactsRow, type EntityManager } from '@bn/db';
import { AppError, addDays, type SessionUser } from '@bn/domain';
import { buildEhfCreditNote, buildEhfInvoice, type EhfDocumentCommon } from '@bn/domain/ehf';
import { strToU8, zipSync } from 'fflate';
import { assertClinicAdmin } from '../../scope.js';
import { recordAccess } from '../access-log/record-access.js';
import { ownCard } from './card-access.js';

/** The insurer pays within 14 days (BT-9, BT-20). */
export const PAYMENT_DAYS = 14;

export type EhfDocumentKind = 'invoice' | 'credit_note';

export interface EhfFile {
  fileName: string;
  /** UBL 2.1 XML, UTF-8. */
  xml: string;
}

const clean = (s: string | null) => s ?? '';

/** The facts every document about the card shares: the clinic as seller, the insurer as buyer, the lines. */
async function commonOf(
  em: EntityManager,
  row: CardRow,
  f: EhfFactsRow,
): Promise<Omit<EhfDocumentCommon, 'number' | 'issueDate'>> {
  const durationMinutes = Math.round((f.end_at.getTime() - f.start_at.getTime()) / 60_000);
  const treatment = {
    startsAt: f.start_at,
    durationMinutes,
    therapist: { name: f.practitioner_name, hprNumber: f.practitioner_hpr, profession: f.practitioner_profession },
  };
  return {
    caseId: f.case_id ?? clean(f.case_number),
    seller: {
      name: f.seller_name,
      legalName: f.seller_legal_name,
      orgNumber: f.seller_org_number,
      vatRegistered: f.seller_vat_registered,
      inBusinessRegister: f.seller_in_business_register,
      address: { street: clean(f.seller_street), postcode: clean(f.seller_postcode), city: clean(f.seller_city) },
    },
    buyer: {
      name: f.buyer_name,
      legalName: f.buyer_legal_name,
      orgNumber: f.buyer_org_number,
      address: { street: clean(f.buyer_street), postcode: clean(f.buyer_postcode), city: clean(f.buyer_city) },
      reference: f.buyer_reference,
    },
    payment: f.seller_bank_account ? { bankAccount: f.seller_bank_account } : null,
    lines: (await cardLines(em, row.id)).map((l) => ({
      tariffCode: l.code,
      tariffName: l.name,
      // A billed card has every price (checkCardForBilling); the builder refuses anything else.
      priceOre: l.price_ore ?? -1,
      quantity: l.quantity,
      treatment,
    })),
  };
}

/**
 * The card's invoice, or its credit note, as EHF (Peppol BIS Billing 3.0): only for a billed or credited card with a
 * claim. INVOICE_DATA_INVALID names each fact the clinic or the operator must fill in first.
 */
async function documentOf(em: EntityManager, row: CardRow, kind: EhfDocumentKind): Promise<EhfFile> {
  if (row.status === 'draft') throw new AppError('CARD_NOT_BILLED');
  if (kind === 'credit_note' && row.status !== 'credited') throw new AppError('CARD_NOT_CREDITED');
  const facts = row.claim_id === null ? null : await ehfFacts(em, row.id);
  if (!facts) throw new AppError('CARD_NO_CLAIM');
  const common = await commonOf(em, row, facts);
  const invoice = { number: row.invoice_number!, issueDate: row.invoice_date! };
  if (kind === 'invoice') {
    const xml = buildEhfInvoice({
      ...common,
      ...invoice,
      dueDate: addDays(invoice.issueDate, PAYMENT_DAYS),
      paymentTerms: `Betales innen ${PAYMENT_DAYS} dager.`,
    });
    return { fileName: `faktura-${invoice.number}.xml`, xml };
  }
  const number = row.credit_note_number!;
  const xml = buildEhfCreditNote({ ...common, number, issueDate: row.credit_note_date!, invoice });
  return { fileName: `kreditnota-${number}.xml`, xml };
}

/** One document for download: the invoice of a billed card, the credit note of a credited one unless asked otherwise. */
export async function ehfDocument(o: {
  em: EntityManager;
  user: SessionUser;
  cardId: string;
  document?: EhfDocumentKind;
  now: Date;
}): Promise<EhfFile> {
  const row = await ownCard(o.em, o.user, o.cardId);
  const file = await documentOf(o.em, row, o.document ?? (row.status === 'credited' ? 'credit_note' : 'invoice'));
  await recordAccess(o.em, {
    user: o.user,
    clinicId: row.clinic_id,
    patientIds: [row.patient_id],
    action: 'read_patient',
    what: `EHF ${file.fileName}`,
    now: o.now,
  });
  return file;
}

export interface EhfArchive {
  fileName: string;
  /** The zip file, base64 (tRPC answers JSON). */
  zipBase64: string;
  /** The documents in it. */
  fileNames: string[];
}

/**
 * A clinic's EHF documents to one insurer for a period, as one zip: the invoices issued in it and the credit notes
 * issued in it. One card whose facts are incomplete refuses the whole archive (INVOICE_DATA_INVALID), so an archive
 * is never silently short.
 */
export async function ehfArchive(o: {
  em: EntityManager;
  user: SessionUser;
  clinicId: string;
  insurerId: string;
  from: string;
  to: string;
  now: Date;
}): Promise<EhfArchive> {
  assertClinicAdmin(o.user, o.clinicId);
  const cards = await archiveCards(o.em, o);
  const files: Record<string, Uint8Array> = {};
  const patientIds: string[] = [];
  for (const c of cards) {
    const row = await ownCard(o.em, o.user, c.id);
    patientIds.push(row.patient_id);
    const kinds: EhfDocumentKind[] = [
      ...(c.invoiced ? ['invoice' as const] : []),
      ...(c.credited ? ['credit_note' as const] : []),
    ];
    for (const kind of kinds) {
      const file = await documentOf(o.em, row, kind);
      files[file.fileName] = strToU8(file.xml);
    }
  }
  if (patientIds.length > 0)
    await recordAccess(o.em, {
      user: o.user,
      clinicId: o.clinicId,
      patientIds,
      action: 'read_patient',
      what: `EHF-arkiv ${o.from}–${o.to}`,
      now: o.now,
    });
  const zip = zipSync(files, { level: 6, mtime: o.now });
  return {
    fileName: `ehf-${o.from}-${o.to}.zip`,
    zipBase64: Buffer.from(zip).toString('base64'),
    fileNames: Object.keys(files),
  };
}
