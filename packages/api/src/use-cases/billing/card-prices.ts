import { agreementPricesFor, clinicPricesOf, type EntityManager, type TariffRow } from '@bn/db';
import { sameTariffCode, type BillingTariff, type PriceOf } from '@bn/domain';

export interface PriceContext {
  clinicId: string;
  /** The claim's insurer, whose agreement prices the B-tariffs; null without a claim. */
  insurerId: string | null;
  /** The book's practitioner, whose personal agreement comes before the clinic's. */
  practitionerId: string | null;
  /** Oslo date of the treatment: the agreement valid then prices it. */
  date: string;
}

/** P1's prices for these tariffs: the clinic's price list for Helfo and own tariffs, the agreement's for B-tariffs. */
export async function priceLookup(
  em: EntityManager,
  ctx: PriceContext,
  tariffs: readonly (TariffRow | null)[],
): Promise<PriceOf> {
  const known = tariffs.filter((t): t is TariffRow => t !== null);
  const [clinic, agreement] = await Promise.all([
    clinicPricesOf(
      em,
      ctx.clinicId,
      known.filter((t) => t.kind !== 'insurance').map((t) => t.id),
    ),
    ctx.insurerId === null
      ? new Map<string, number>()
      : agreementPricesFor(em, {
          insurerId: ctx.insurerId,
          clinicId: ctx.clinicId,
          practitionerId: ctx.practitionerId,
          date: ctx.date,
          tariffIds: known.filter((t) => t.kind === 'insurance').map((t) => t.id),
        }),
  ]);
  return (tariff: BillingTariff) => {
    const row = known.find((t) => sameTariffCode(t.code, tariff.code));
    if (!row) return null;
    return (row.kind === 'insurance' ? agreement : clinic).get(row.id) ?? null;
  };
}

export const toBillingTariff = (t: TariffRow): BillingTariff => ({ code: t.code, name: t.name, kind: t.kind });
