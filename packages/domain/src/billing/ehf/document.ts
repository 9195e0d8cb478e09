import { normaliseCaseId } from '../../validators/case-id.js';
import { osloDate } from '../../time/oslo.js';
import { assertCreditNoteInput, assertInvoiceInput } from './check-input.js';
import { amount, CURRENCY, documentLine, ehfTotals, vatCategoryElement, type EhfTotals } from './lines.js';
import { buyerParty, paymentMeans, sellerParty } from './parties.js';
import { vatCategoryFor, type EhfVatCategory } from './vat.js';
import { el, serialise, text, type XmlElement } from './xml.js';
import type { EhfCreditNoteInput, EhfDocumentCommon, EhfInvoiceInput } from './types.js';

/**
 * The insurer's EHF documents: Peppol BIS Billing 3.0 (UBL 2.1) Invoice and CreditNote, the elements in the order
 * UBL 2.1's schemas require. The rule ids in comments are those `docs/ehf.md` lists; the project's tests assert
 * what they check, and `validate.sh` with the official rules was run on every kind of document made here.
 */

/** BT-24 and BT-23: Peppol BIS Billing 3.0 (PEPPOL-EN16931-R004, R001/R007). */
export const EHF_CUSTOMIZATION_ID = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const EHF_PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';
/** UNCL 1001: 380 commercial invoice, 381 credit note. */
export const INVOICE_TYPE_CODE = '380';
export const CREDIT_NOTE_TYPE_CODE = '381';

const NS = {
  invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  creditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

const dd_mm_yyyy = (date: string) => date.split('-').reverse().join('.');

/** BG-14: the first and last treatment date, so the insurer sees the period without reading the lines. */
function invoicePeriod(input: EhfDocumentCommon): XmlElement | null {
  const dates = input.lines.map((l) => osloDate(l.treatment.startsAt)).sort();
  return el('cac:InvoicePeriod', [text('cbc:StartDate', dates[0]), text('cbc:EndDate', dates[dates.length - 1])]);
}

function taxAndTotals(vat: EhfVatCategory, totals: EhfTotals): XmlElement[] {
  return [
    el('cac:TaxTotal', [
      amount('cbc:TaxAmount', totals.taxOre),
      // One breakdown: every line has the same category (BR-E-01 / BR-O-01, BR-O-11…14).
      el('cac:TaxSubtotal', [
        amount('cbc:TaxableAmount', totals.lineExtensionOre),
        amount('cbc:TaxAmount', totals.taxOre),
        vatCategoryElement('cac:TaxCategory', vat),
      ]),
    ])!,
    el('cac:LegalMonetaryTotal', [
      amount('cbc:LineExtensionAmount', totals.lineExtensionOre),
      amount('cbc:TaxExclusiveAmount', totals.lineExtensionOre),
      amount('cbc:TaxInclusiveAmount', totals.taxInclusiveOre),
      amount('cbc:PayableAmount', totals.payableOre),
    ])!,
  ];
}

interface DocumentParts {
  kind: 'invoice' | 'credit_note';
  /** Between the issue date and the note: due date and type code, or the credit note's type code. */
  typeAndDates: (XmlElement | null)[];
  /** After the order reference: the credit note's reference to its invoice. */
  billingReference: XmlElement | null;
  payment: (XmlElement | null)[];
}

function writeDocument(input: EhfDocumentCommon, parts: DocumentParts): string {
  const totals = ehfTotals(input.lines);
  const vat = vatCategoryFor(input.seller);
  const root = el(
    parts.kind === 'invoice' ? 'Invoice' : 'CreditNote',
    [
      text('cbc:CustomizationID', EHF_CUSTOMIZATION_ID),
      text('cbc:ProfileID', EHF_PROFILE_ID),
      text('cbc:ID', input.number.trim()),
      text('cbc:IssueDate', input.issueDate),
      ...parts.typeAndDates,
      text('cbc:Note', input.note),
      text('cbc:DocumentCurrencyCode', CURRENCY),
      text('cbc:BuyerReference', input.buyer.reference),
      invoicePeriod(input),
      // The case id: how the insurer matches the document to its cover (and PEPPOL-EN16931-R003's order reference).
      el('cac:OrderReference', [text('cbc:ID', normaliseCaseId(input.caseId))]),
      parts.billingReference,
      sellerParty(input.seller),
      buyerParty(input.buyer),
      ...parts.payment,
      ...taxAndTotals(vat, totals),
      ...input.lines.map((line, i) => documentLine(parts.kind, line, i, totals.lineAmountsOre[i]!, vat)),
    ],
    { xmlns: parts.kind === 'invoice' ? NS.invoice : NS.creditNote, 'xmlns:cac': NS.cac, 'xmlns:cbc': NS.cbc },
  );
  return serialise(root!);
}

/** An EHF invoice to the insurer. Throws INVOICE_DATA_INVALID (with every issue) rather than write a document the rules refuse. */
export function buildEhfInvoice(input: EhfInvoiceInput): string {
  assertInvoiceInput(input);
  return writeDocument(input, {
    kind: 'invoice',
    typeAndDates: [text('cbc:DueDate', input.dueDate), text('cbc:InvoiceTypeCode', INVOICE_TYPE_CODE)],
    billingReference: null,
    payment: [paymentMeans(input.payment), el('cac:PaymentTerms', [text('cbc:Note', input.paymentTerms)])],
  });
}

/**
 * The credit note that undoes a billed card: the same lines and amounts, positive (a credit note's amounts are
 * what is credited), with a reference to the invoice it credits (BG-3). BR-CO-25 asks for a due date or payment
 * terms when the amount is positive; UBL 2.1's CreditNote has no DueDate, so the terms say what happens.
 */
export function buildEhfCreditNote(input: EhfCreditNoteInput): string {
  assertCreditNoteInput(input);
  const invoiceNumber = input.invoice.number.trim();
  return writeDocument(input, {
    kind: 'credit_note',
    typeAndDates: [text('cbc:CreditNoteTypeCode', CREDIT_NOTE_TYPE_CODE)],
    billingReference: el('cac:BillingReference', [
      el('cac:InvoiceDocumentReference', [
        text('cbc:ID', invoiceNumber),
        text('cbc:IssueDate', input.invoice.issueDate),
      ]),
    ]),
    payment: [
      el('cac:PaymentTerms', [
        text('cbc:Note', `Krediterer faktura ${invoiceNumber} av ${dd_mm_yyyy(input.invoice.issueDate)}.`),
      ]),
    ],
  });
}
