import { AppError } from '../../errors.js';
import type { InputIssueCode } from '../../input-issues.js';
import { isValidOrgNumber } from '../../validators/org-number.js';
import { isValidHprNumber } from '../../validators/hpr-number.js';
import { isValidCaseId } from '../../validators/case-id.js';
import { isValidBankAccount } from '../../validators/bank-account.js';
import { isOre } from '../money.js';
import { calendarDateSchema } from '../../text.js';
import { MAX_LINE_QUANTITY } from '../billing-card.js';
import type { EhfAddress, EhfCreditNoteInput, EhfDocumentCommon, EhfInvoiceInput } from './types.js';

/**
 * Everything the builder needs, checked before a byte is written, so that a document either passes the Peppol rules
 * or is not made at all: INVOICE_DATA_INVALID with one `{ path, code }` per fact to fix (a clinic without a
 * postal address learns exactly that, in its reader's language: `issue.invoice.*` in i18n/refusals).
 * The path is the dotted one of the input (`seller.address.street`).
 */
export interface EhfInputIssue {
  path: string;
  code: InputIssueCode;
  values?: { maximum: number };
}
type Add = (path: string, code: InputIssueCode, values?: { maximum: number }) => void;

const isDate = (s: string) => calendarDateSchema.safeParse(s).success;
const blank = (s: string | null | undefined) => s === null || s === undefined || s.trim() === '';
/** Peppol's own limit is the schema's; ours keeps ids readable on a screen and in a file name. */
const MAX_ID_LENGTH = 50;

function checkAddress(a: EhfAddress, path: string, add: Add): void {
  if (blank(a.street)) add(`${path}.street`, 'invoice.street_missing');
  if (blank(a.city)) add(`${path}.city`, 'invoice.city_missing');
  const country = a.countryCode ?? 'NO';
  if (!/^[A-Z]{2}$/.test(country)) add(`${path}.countryCode`, 'invoice.country_code');
  if (country === 'NO' ? !/^\d{4}$/.test(a.postcode) : blank(a.postcode)) add(`${path}.postcode`, 'invoice.postcode');
}

function commonIssues(input: EhfDocumentCommon, add: Add): void {
  if (blank(input.number) || input.number.length > MAX_ID_LENGTH)
    add('number', 'invoice.number', { maximum: MAX_ID_LENGTH });
  if (!isDate(input.issueDate)) add('issueDate', 'invoice.issue_date');
  if (!isValidCaseId(input.caseId)) add('caseId', 'invoice.case_id');

  const { seller, buyer } = input;
  if (blank(seller.name)) add('seller.name', 'invoice.seller_name');
  if (!isValidOrgNumber(seller.orgNumber)) add('seller.orgNumber', 'invoice.seller_org_number');
  checkAddress(seller.address, 'seller.address', add);
  if (blank(buyer.name)) add('buyer.name', 'invoice.buyer_name');
  if (!isValidOrgNumber(buyer.orgNumber)) add('buyer.orgNumber', 'invoice.buyer_org_number');
  checkAddress(buyer.address, 'buyer.address', add);

  if (input.payment) {
    if (!isValidBankAccount(input.payment.bankAccount)) add('payment.bankAccount', 'invoice.bank_account');
    if (!blank(input.payment.kid) && !/^\d{1,24}[\d-]$/.test(input.payment.kid!.trim()))
      add('payment.kid', 'invoice.kid');
  }

  if (input.lines.length === 0) add('lines', 'invoice.no_lines');
  input.lines.forEach((line, i) => {
    const at = `lines.${i}`;
    if (blank(line.tariffCode)) add(`${at}.tariffCode`, 'invoice.tariff_code_missing');
    if (blank(line.tariffName)) add(`${at}.tariffName`, 'invoice.tariff_name_missing');
    if (!isOre(line.priceOre))
      add(`${at}.priceOre`, line.priceOre < 0 ? 'invoice.negative_price' : 'invoice.price_not_ore');
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_LINE_QUANTITY)
      add(`${at}.quantity`, 'invoice.quantity', { maximum: MAX_LINE_QUANTITY });
    const t = line.treatment;
    if (!(t.startsAt instanceof Date) || Number.isNaN(t.startsAt.getTime()))
      add(`${at}.treatment.startsAt`, 'invoice.treatment_time_missing');
    if (t.durationMinutes != null && !(Number.isInteger(t.durationMinutes) && t.durationMinutes > 0))
      add(`${at}.treatment.durationMinutes`, 'invoice.duration_minutes');
    const hpr = t.therapist?.hprNumber;
    if (!blank(hpr) && !isValidHprNumber(hpr!)) add(`${at}.treatment.therapist.hprNumber`, 'invoice.hpr_number');
  });
}

function fail(issues: EhfInputIssue[]): void {
  // On the wire a path is a list of segments, like every field issue's.
  const wire = issues.map((i) => ({ ...i, path: i.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) }));
  if (issues.length > 0) throw new AppError('INVOICE_DATA_INVALID', undefined, wire);
}

export function invoiceInputIssues(input: EhfInvoiceInput): EhfInputIssue[] {
  const issues: EhfInputIssue[] = [];
  const add: Add = (path, code, values) => issues.push({ path, code, ...(values ? { values } : {}) });
  commonIssues(input, add);
  if (!isDate(input.dueDate)) add('dueDate', 'invoice.due_date');
  else if (isDate(input.issueDate) && input.dueDate < input.issueDate) add('dueDate', 'invoice.due_before_issue');
  return issues;
}

export function creditNoteInputIssues(input: EhfCreditNoteInput): EhfInputIssue[] {
  const issues: EhfInputIssue[] = [];
  const add: Add = (path, code, values) => issues.push({ path, code, ...(values ? { values } : {}) });
  commonIssues(input, add);
  if (blank(input.invoice.number)) add('invoice.number', 'invoice.credited_number_missing');
  if (!isDate(input.invoice.issueDate)) add('invoice.issueDate', 'invoice.credited_date');
  else if (isDate(input.issueDate) && input.invoice.issueDate > input.issueDate)
    add('invoice.issueDate', 'invoice.credit_before_invoice');
  return issues;
}

export const assertInvoiceInput = (input: EhfInvoiceInput) => fail(invoiceInputIssues(input));
export const assertCreditNoteInput = (input: EhfCreditNoteInput) => fail(creditNoteInputIssues(input));
