// The insurer's EHF documents (Peppol BIS Billing 3.0, UBL 2.1). Its own entry point, `@bn/domain/ehf`: pure
// TypeScript like the rest of the domain, but only the server makes documents, so the SPAs never import it.
export type * from './types.js';
export {
  buildEhfInvoice,
  buildEhfCreditNote,
  EHF_CUSTOMIZATION_ID,
  EHF_PROFILE_ID,
  INVOICE_TYPE_CODE,
  CREDIT_NOTE_TYPE_CODE,
} from './document.js';
export { invoiceInputIssues, creditNoteInputIssues, type EhfInputIssue } from './check-input.js';
export { ehfTotals, osloDateTime, type EhfTotals } from './lines.js';
export {
  vatCategoryFor,
  HEALTH_SERVICES_EXEMPTION_REASON,
  NOT_SUBJECT_TO_VAT_REASON,
  type EhfVatCategory,
} from './vat.js';
export { escapeText, escapeAttribute } from './xml.js';
