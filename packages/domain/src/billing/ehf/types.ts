import type { Profession } from '../../professions.js';

/**
 * What an EHF invoice or credit note to an insurer is made from: plain typed facts, no database rows. The use case
 * that bills a card gathers them (clinic, insurer, the card's lines, the appointment) and the builder turns them
 * into Peppol BIS Billing 3.0 (UBL 2.1) XML.
 */

export interface EhfAddress {
  street: string;
  additionalStreet?: string | null;
  postcode: string;
  city: string;
  /** ISO 3166-1 alpha-2; Norway when not given. */
  countryCode?: string;
}

/** The clinic, as seller (BG-4). */
export interface EhfSeller {
  /** The name people know (BT-28, trading name). */
  name: string;
  /** The registered name (BT-27); the trading name when not given. */
  legalName?: string | null;
  /** Organisation number: the Peppol endpoint (scheme 0192) and the legal registration id (BT-30). */
  orgNumber: string;
  /** Registered in Merverdiavgiftsregisteret: the VAT number NO<orgnr>MVA is stated (BT-31). */
  vatRegistered: boolean;
  /**
   * Registered in Foretaksregisteret (an AS or ASA must say so on its invoices, foretaksregisterloven § 10-2; a sole
   * proprietorship may or may not be registered). Writes "Foretaksregisteret" where the Norwegian rules look.
   */
  inBusinessRegister: boolean;
  address: EhfAddress;
  contact?: { name?: string | null; phone?: string | null; email?: string | null } | null;
}

/** The insurer, as buyer (BG-7). */
export interface EhfBuyer {
  name: string;
  legalName?: string | null;
  orgNumber: string;
  address: EhfAddress;
  /** The insurer's own reference for the clinic's invoices (BT-10), when it has given one. */
  reference?: string | null;
}

/** The treatment a line is for; each line carries it, as the insurers' specification reads it per line. */
export interface EhfTreatment {
  /** When the treatment started (the appointment's start). */
  startsAt: Date;
  durationMinutes?: number | null;
  therapist?: { name?: string | null; hprNumber?: string | null; profession?: Profession | null } | null;
}

export interface EhfLine {
  /** The tariff code: a B-code (B1010) for insurance tariffs, or the Helfo/own tariff's code. Written as TreatmentId. */
  tariffCode: string;
  tariffName: string;
  /** Unit price in øre. */
  priceOre: number;
  quantity: number;
  treatment: EhfTreatment;
}

/** Where the insurer pays: a Norwegian account number or IBAN, and the KID when the clinic uses one. */
export interface EhfPayment {
  bankAccount: string;
  kid?: string | null;
}

export interface EhfDocumentCommon {
  /** The document number (BT-1), unique per seller. */
  number: string;
  /** Oslo date, YYYY-MM-DD. */
  issueDate: string;
  /** The insurer's case id (SakID): `cac:OrderReference/cbc:ID`. */
  caseId: string;
  seller: EhfSeller;
  buyer: EhfBuyer;
  lines: readonly EhfLine[];
  payment?: EhfPayment | null;
  /** One free-text note (BT-22). */
  note?: string | null;
}

export interface EhfInvoiceInput extends EhfDocumentCommon {
  /** Payment due date, YYYY-MM-DD (BT-9); required by BR-CO-25 for an amount due. */
  dueDate: string;
  /** Payment terms as text (BT-20), e.g. "Betales innen 14 dager". */
  paymentTerms?: string | null;
}

export interface EhfCreditNoteInput extends EhfDocumentCommon {
  /** The invoice this credit note credits (BG-3). */
  invoice: { number: string; issueDate: string };
}
