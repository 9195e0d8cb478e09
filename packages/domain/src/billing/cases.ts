import { z } from 'zod';
import { AppError } from '../errors.js';
import { idSchema } from '../ids.js';
import { caseIdSchema, normaliseCaseId } from '../validators/case-id.js';
import { parseNationalId } from '../validators/national-id.js';
import { isoDateSchema } from '../config/network.js';
import { INSURANCE_TARIFF_CODE } from '../config/tariffs.js';
import { addDays } from '../time/oslo.js';
import { birthDateSchema, textSchema } from '../text.js';
import type { ClaimGrant } from './claims.js';
import { claimTariffKey } from './tariff-code.js';
import { customIssue, issue } from '../input-issues.js';

/**
 * P2: a claim with a case id is imported from the insurer's case. The case says whose it is (birth date), what it
 * grants and until when; it covers treatment from 14 days before the insurer created it (a patient may start
 * treatment while the insurer processes the case).
 */
export const CASE_VALID_DAYS_BEFORE_CREATION = 14;

/** The most treatments one claim may grant (per tariff for a per-type claim): generous, but stops typing errors. */
export const MAX_TREATMENTS_GRANTED = 999;

const treatments = z
  .number(issue('claim.treatments_required'))
  .int(issue('claim.treatments_integer'))
  .min(1, issue('claim.treatments_min'))
  .max(MAX_TREATMENTS_GRANTED, issue('claim.treatments_max', { maximum: MAX_TREATMENTS_GRANTED }));

/** Tariff code → treatments; the codes must be B-codes (only insurance tariffs are claimed), stored upper case. */
const perTariff = z
  .record(textSchema, treatments)
  .superRefine((r, ctx) => {
    const codes = Object.keys(r);
    if (codes.length === 0) ctx.addIssue(customIssue([], 'claim.tariff_required'));
    for (const code of codes) {
      if (!INSURANCE_TARIFF_CODE.test(claimTariffKey(code))) {
        ctx.addIssue(customIssue([code], 'claim.insurance_tariffs_only'));
      }
    }
  })
  .transform((r) => Object.fromEntries(Object.entries(r).map(([code, n]) => [claimTariffKey(code), n])));

export const claimGrantSchema: z.ZodType<ClaimGrant> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('total'), treatments }),
  z.object({ type: z.literal('per_treatment_type'), treatments: perTariff }),
]);

/** A case as a case-lookup implementation returns it (the operator's register, or the insurer's HTTP service). */
export const insurerCaseSchema = z
  .object({
    caseId: caseIdSchema,
    insurerId: idSchema,
    birthDate: birthDateSchema,
    createdOn: isoDateSchema,
    validTo: isoDateSchema.nullable(),
    grant: claimGrantSchema,
  })
  .refine((c) => c.validTo === null || c.validTo >= caseValidFrom(c.createdOn), {
    path: ['validTo'],
    ...issue('case.ends_before_start'),
  });
export type InsurerCase = z.infer<typeof insurerCaseSchema>;

/** The first day a case covers: 14 days before the insurer created it. */
export function caseValidFrom(createdOn: string): string {
  return addDays(createdOn, -CASE_VALID_DAYS_BEFORE_CREATION);
}

export interface ClaimFromCase {
  caseId: string;
  insurerId: string;
  validFrom: string;
  validTo: string | null;
  grant: ClaimGrant;
}

export interface ClaimFromCaseOptions {
  insurerCase: InsurerCase;
  /** The national id on the patient card: fødselsnummer, D-number or H-number. */
  patientNationalId: string;
  /** Today's Oslo date. */
  today: string;
}

/**
 * Imports a case as a claim, or refuses: the birth date decoded from the patient's national id (D- and H-numbers
 * decode too) must be the case's — checked first, so a case is never described to the wrong patient's card — and
 * the case must not have ended before today.
 */
export function claimFromCase({ insurerCase, patientNationalId, today }: ClaimFromCaseOptions): ClaimFromCase {
  const id = parseNationalId(patientNationalId);
  if (!id.valid) throw new AppError('INVALID_NATIONAL_ID', { reason: id.problem });
  if (id.birthDate !== insurerCase.birthDate) throw new AppError('CASE_BIRTH_DATE_MISMATCH');
  if (insurerCase.validTo !== null && insurerCase.validTo < today) {
    throw new AppError('CASE_EXPIRED', { validTo: insurerCase.validTo });
  }
  return {
    caseId: normaliseCaseId(insurerCase.caseId),
    insurerId: insurerCase.insurerId,
    validFrom: caseValidFrom(insurerCase.createdOn),
    validTo: insurerCase.validTo,
    grant: insurerCase.grant,
  };
}

/**
 * P2: a claim made by hand without a case id records a case number, the claim type, the treatments granted (in total
 * or per tariff) and a validity period.
 */
export const claimByHandSchema = z
  .object({
    insurerId: idSchema,
    caseNumber: textSchema.trim().min(1, issue('claim.case_number_required')).max(50),
    grant: claimGrantSchema,
    validFrom: isoDateSchema,
    validTo: isoDateSchema,
  })
  .refine((c) => c.validTo >= c.validFrom, { path: ['validTo'], ...issue('claim.ends_before_start') });
export type ClaimByHand = z.infer<typeof claimByHandSchema>;
