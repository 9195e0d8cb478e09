// The billing procedures' inputs (P1): ids, tariff codes, amounts and the seller and buyer details of EHF documents.
// Amounts are any finite number here, so that the rule itself (assertOre) refuses a negative one as NEGATIVE_AMOUNT.
import { z } from 'zod';
import { idSchema } from '../ids.js';
import { textSchema } from '../text.js';
import { issue } from '../input-issues.js';
import { calendarDateSchema } from '../text.js';
import { checkDateRange } from '../date-range.js';
import { isValidBankAccount } from '../validators/bank-account.js';

/** An EHF archive covers at most a year of invoices. */
export const EHF_ARCHIVE_MAX_DAYS = 366;

const tariffCodeSchema = textSchema.trim().min(1).max(20);
const amountSchema = z.number();
const optionalText = (max: number) =>
  textSchema
    .trim()
    .max(max)
    .nullable()
    .default(null)
    .transform((v) => (v === '' ? null : v));

const card = { cardId: idSchema };
export const billingCardInputSchema = z.object(card);
export const createBillingCardInputSchema = z.object({ appointmentId: idSchema });
export const attachClaimInputSchema = z.object({ ...card, claimId: idSchema });
export const addBillingLineInputSchema = z.object({
  ...card,
  tariffCode: tariffCodeSchema,
  quantity: z.number().optional(),
});
export const billingLineInputSchema = z.object({ ...card, tariffCode: tariffCodeSchema });
export const setLineQuantityInputSchema = z.object({ ...card, tariffCode: tariffCodeSchema, quantity: z.number() });
export const setLinePriceInputSchema = z.object({ ...card, tariffCode: tariffCodeSchema, priceOre: amountSchema });
export const EHF_DOCUMENTS = ['invoice', 'credit_note'] as const;
export const ehfDocumentInputSchema = z.object({ ...card, document: z.enum(EHF_DOCUMENTS).optional() });
export const ehfArchiveInputSchema = z
  .object({ clinicId: idSchema, insurerId: idSchema, from: calendarDateSchema, to: calendarDateSchema })
  .superRefine((range, ctx) => checkDateRange(range, EHF_ARCHIVE_MAX_DAYS, ctx));
export const clinicInputSchema = z.object({ clinicId: idSchema });

const postcodeSchema = textSchema
  .trim()
  .regex(/^\d{4}$/, issue('invoice.postcode'))
  .nullable()
  .default(null);

/** The clinic as seller: what is given is checked; what is missing is named when a document is made (INVOICE_DATA_INVALID). */
export const sellerDetailsInputSchema = z.object({
  clinicId: idSchema,
  legalName: optionalText(200),
  street: optionalText(200),
  postcode: postcodeSchema,
  city: optionalText(100),
  bankAccount: textSchema
    .trim()
    .max(40)
    .refine(isValidBankAccount, issue('invoice.bank_account'))
    .nullable()
    .default(null),
  inBusinessRegister: z.boolean().default(false),
  vatRegistered: z.boolean().default(false),
  chargesCancellation: z.boolean().default(false),
  chargesNoShow: z.boolean().default(false),
});
export type SellerDetailsInput = z.infer<typeof sellerDetailsInputSchema>;

/** The insurer as buyer, kept by the network operator. */
export const buyerDetailsInputSchema = z.object({
  insurerId: idSchema,
  legalName: optionalText(200),
  street: optionalText(200),
  postcode: postcodeSchema,
  city: optionalText(100),
  reference: optionalText(100),
});
export type BuyerDetailsInput = z.infer<typeof buyerDetailsInputSchema>;

/** A price in øre for a tariff; null removes it. */
export const clinicPriceInputSchema = z.object({
  clinicId: idSchema,
  tariffCode: tariffCodeSchema,
  priceOre: amountSchema.nullable(),
});
export const agreementPriceInputSchema = z.object({
  agreementId: idSchema,
  tariffCode: tariffCodeSchema,
  priceOre: amountSchema.nullable(),
});
export const agreementInputSchema = z.object({ agreementId: idSchema });
