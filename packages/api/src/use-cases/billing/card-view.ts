import { cardContext, cardLines, type CardRow, type EntityManager, type LineRow } from '@bn/db';
import {
  billingTotals,
  lineAmountOre,
  type BillingCardLines,
  type BillingCardStatus,
  type BillingLine,
  type TariffKind,
} from '@bn/domain';

/** A billing card as the clinic's admin sees it: lines with amounts, totals, who pays, and its documents. */
export interface BillingCardView {
  id: string;
  clinicId: string;
  appointmentId: string;
  patientId: string;
  patientName: string;
  status: BillingCardStatus;
  /** Oslo date of the treatment. */
  treatmentDate: string;
  startAt: Date;
  endAt: Date;
  appointmentStatus: string;
  practitionerName: string | null;
  typeName: string | null;
  claim: { id: string; insurerName: string; caseId: string | null; caseNumber: string | null } | null;
  lines: {
    code: string;
    name: string;
    kind: TariffKind;
    priceOre: number | null;
    quantity: number;
    amountOre: number | null;
  }[];
  totalOre: number;
  /** Codes of lines without a price: the card cannot be billed while any is listed. */
  unpricedCodes: string[];
  payer: 'insurer' | 'patient';
  invoiceNumber: string | null;
  invoiceDate: string | null;
  billedAt: Date | null;
  creditNoteNumber: string | null;
  creditNoteDate: string | null;
  creditedAt: Date | null;
}

export const toDomainLine = (l: LineRow): BillingLine => ({
  code: l.code,
  name: l.name,
  kind: l.kind,
  priceOre: l.price_ore,
  quantity: l.quantity,
});

export function toDomainCard(row: CardRow, lines: readonly LineRow[]): BillingCardLines {
  return { status: row.status, claimId: row.claim_id, lines: lines.map(toDomainLine) };
}

/** What the audit keeps of a card: no patient data, only what the card bills. */
export function auditOf(row: Pick<CardRow, 'status' | 'appointment_id'>, card: BillingCardLines) {
  return {
    status: card.status,
    appointmentId: row.appointment_id,
    claimId: card.claimId,
    lines: card.lines.map((l) => ({ code: l.code, priceOre: l.priceOre, quantity: l.quantity })),
  };
}

export async function cardView(em: EntityManager, row: CardRow): Promise<BillingCardView> {
  const [context, lineRows] = await Promise.all([cardContext(em, row.id), cardLines(em, row.id)]);
  const lines = lineRows.map(toDomainLine);
  const totals = billingTotals({ claimId: row.claim_id, lines });
  return {
    id: row.id,
    clinicId: row.clinic_id,
    appointmentId: row.appointment_id,
    patientId: row.patient_id,
    patientName: context!.patient_name,
    status: row.status,
    treatmentDate: row.treatment_date,
    startAt: context!.start_at,
    endAt: context!.end_at,
    appointmentStatus: context!.appointment_status,
    practitionerName: context!.practitioner_name,
    typeName: context!.type_name,
    claim:
      row.claim_id === null
        ? null
        : {
            id: row.claim_id,
            insurerName: context!.insurer_name ?? '',
            caseId: context!.case_id,
            caseNumber: context!.case_number,
          },
    lines: lines.map((l) => ({ ...l, amountOre: lineAmountOre(l) })),
    totalOre: totals.totalOre,
    unpricedCodes: totals.unpricedCodes,
    payer: totals.payer,
    invoiceNumber: row.invoice_number,
    invoiceDate: row.invoice_date,
    billedAt: row.billed_at,
    creditNoteNumber: row.credit_note_number,
    creditNoteDate: row.credit_note_date,
    creditedAt: row.credited_at,
  };
}
