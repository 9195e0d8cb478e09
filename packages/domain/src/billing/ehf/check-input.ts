import { AppError } from '../../errors.js';
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
 * or is not made at all: INVOICE_DATA_INVALID with one `{ path, message }` per fact to fix (a clinic without a
 * postal address learns exactly that, in Norwegian).
 */
export interface InputIssue {
  path: string;
  message: string;
}

const isDate = (s: string) => calendarDateSchema.safeParse(s).success;
const blank = (s: string | null | undefined) => s === null || s === undefined || s.trim() === '';
/** Peppol's own limit is the schema's; ours keeps ids readable on a screen and in a file name. */
const MAX_ID_LENGTH = 50;

function checkAddress(a: EhfAddress, path: string, add: (path: string, message: string) => void): void {
  if (blank(a.street)) add(`${path}.street`, 'Gateadressen mangler.');
  if (blank(a.city)) add(`${path}.city`, 'Poststedet mangler.');
  const country = a.countryCode ?? 'NO';
  if (!/^[A-Z]{2}$/.test(country)) add(`${path}.countryCode`, 'Landkoden må være to store bokstaver (NO).');
  if (country === 'NO' ? !/^\d{4}$/.test(a.postcode) : blank(a.postcode))
    add(`${path}.postcode`, 'Postnummeret må ha fire siffer.');
}

function commonIssues(input: EhfDocumentCommon, add: (path: string, message: string) => void): void {
  if (blank(input.number) || input.number.length > MAX_ID_LENGTH)
    add('number', `Dokumentnummeret må ha 1–${MAX_ID_LENGTH} tegn.`);
  if (!isDate(input.issueDate)) add('issueDate', 'Ugyldig fakturadato.');
  if (!isValidCaseId(input.caseId)) add('caseId', 'Ugyldig SakID.');

  const { seller, buyer } = input;
  if (blank(seller.name)) add('seller.name', 'Klinikkens navn mangler.');
  if (!isValidOrgNumber(seller.orgNumber)) add('seller.orgNumber', 'Klinikkens organisasjonsnummer er ugyldig.');
  checkAddress(seller.address, 'seller.address', add);
  if (blank(buyer.name)) add('buyer.name', 'Forsikringsselskapets navn mangler.');
  if (!isValidOrgNumber(buyer.orgNumber))
    add('buyer.orgNumber', 'Forsikringsselskapets organisasjonsnummer er ugyldig.');
  checkAddress(buyer.address, 'buyer.address', add);

  if (input.payment) {
    if (!isValidBankAccount(input.payment.bankAccount)) add('payment.bankAccount', 'Ugyldig kontonummer.');
    if (!blank(input.payment.kid) && !/^\d{1,24}[\d-]$/.test(input.payment.kid!.trim()))
      add('payment.kid', 'KID må være 2–25 siffer.');
  }

  if (input.lines.length === 0) add('lines', 'Fakturaen må ha minst én linje.');
  input.lines.forEach((line, i) => {
    const at = `lines.${i}`;
    if (blank(line.tariffCode)) add(`${at}.tariffCode`, 'Takstkoden mangler.');
    if (blank(line.tariffName)) add(`${at}.tariffName`, 'Takstnavnet mangler.');
    if (!isOre(line.priceOre))
      add(`${at}.priceOre`, line.priceOre < 0 ? 'Beløpet kan ikke være negativt.' : 'Prisen må være hele øre.');
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_LINE_QUANTITY)
      add(`${at}.quantity`, `Antallet må være 1–${MAX_LINE_QUANTITY}.`);
    const t = line.treatment;
    if (!(t.startsAt instanceof Date) || Number.isNaN(t.startsAt.getTime()))
      add(`${at}.treatment.startsAt`, 'Behandlingstidspunktet mangler.');
    if (t.durationMinutes != null && !(Number.isInteger(t.durationMinutes) && t.durationMinutes > 0))
      add(`${at}.treatment.durationMinutes`, 'Varigheten må være hele minutter.');
    const hpr = t.therapist?.hprNumber;
    if (!blank(hpr) && !isValidHprNumber(hpr!)) add(`${at}.treatment.therapist.hprNumber`, 'Ugyldig HPR-nummer.');
  });
}

function fail(issues: InputIssue[]): void {
  if (issues.length > 0) throw new AppError('INVOICE_DATA_INVALID', undefined, { issues });
}

export function invoiceInputIssues(input: EhfInvoiceInput): InputIssue[] {
  const issues: InputIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  commonIssues(input, add);
  if (!isDate(input.dueDate)) add('dueDate', 'Ugyldig forfallsdato.');
  else if (isDate(input.issueDate) && input.dueDate < input.issueDate)
    add('dueDate', 'Forfallsdatoen kan ikke være før fakturadatoen.');
  return issues;
}

export function creditNoteInputIssues(input: EhfCreditNoteInput): InputIssue[] {
  const issues: InputIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  commonIssues(input, add);
  if (blank(input.invoice.number)) add('invoice.number', 'Nummeret på fakturaen som krediteres mangler.');
  if (!isDate(input.invoice.issueDate)) add('invoice.issueDate', 'Ugyldig dato på fakturaen som krediteres.');
  else if (isDate(input.issueDate) && input.invoice.issueDate > input.issueDate)
    add('invoice.issueDate', 'Kreditnotaen kan ikke være eldre enn fakturaen.');
  return issues;
}

export const assertInvoiceInput = (input: EhfInvoiceInput) => fail(invoiceInputIssues(input));
export const assertCreditNoteInput = (input: EhfCreditNoteInput) => fail(creditNoteInputIssues(input));
