import { z } from 'zod';
import { idSchema } from '../ids.js';
import { professionSchema, PROFESSIONS } from '../professions.js';
import { textSchema } from '../text.js';
import { customIssue, issue } from '../input-issues.js';

/** insurance: B-codes offered through the network (T2); helfo: public reimbursement; own: the clinic's own price. */
export const TARIFF_KINDS = ['insurance', 'helfo', 'own'] as const;
export const tariffKindSchema = z.enum(TARIFF_KINDS);
export type TariffKind = z.infer<typeof tariffKindSchema>;

export const TARIFF_KIND_LABELS: Record<TariffKind, { nb: string; en: string }> = {
  insurance: { nb: 'Forsikringstakst', en: 'Insurance tariff' },
  helfo: { nb: 'Helfo-takst', en: 'Helfo tariff' },
  own: { nb: 'Egen takst', en: 'Own tariff' },
};

/** Only B-tariffs (B1010, B1011, B1020 …) are offered through the network (T2). */
export const INSURANCE_TARIFF_CODE = /^B\d{4}$/;

export function isInsuranceTariffCode(code: string): boolean {
  return INSURANCE_TARIFF_CODE.test(code);
}

/**
 * A tariff code as stored: «b1010» is B1010, a B-code typed in lower case is the same tariff, so it is stored (and
 * compared) in upper case. Other codes keep their case (Helfo's A3a is not A3A).
 */
export function storedTariffCode(code: string): string {
  const trimmed = code.trim();
  return /^b\d{4}$/i.test(trimmed) ? trimmed.toUpperCase() : trimmed;
}

export const tariffSchema = z
  .object({
    id: idSchema,
    code: textSchema.trim().min(1, issue('tariff.code_required')).max(20).overwrite(storedTariffCode),
    name: textSchema.trim().min(1, issue('tariff.name_required')).max(200),
    kind: tariffKindSchema,
    /** Professions the tariff is for; empty means every profession. */
    professions: z.array(professionSchema).max(PROFESSIONS.length).default([]),
  })
  .superRefine((t, ctx) => {
    if (t.kind === 'insurance' && !isInsuranceTariffCode(t.code)) {
      ctx.addIssue(customIssue(['code'], 'tariff.insurance_needs_b_code'));
    }
  });
export type TariffConfig = z.infer<typeof tariffSchema>;
