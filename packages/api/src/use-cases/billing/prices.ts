import {
  agreementPriceList,
  agreementScope,
  clinicPriceList,
  setAgreementPrice,
  setClinicPrice,
  tariffByCode,
  type EntityManager,
  type PriceListRow,
} from '@bn/db';
import { AppError, assertOre, type SessionUser, type TariffKind } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { assertClinicAccess, assertClinicAdmin } from '../../scope.js';

export interface PriceListItem {
  tariffCode: string;
  tariffName: string;
  kind: TariffKind;
  /** In øre; null: no price set. */
  priceOre: number | null;
  updatedAt: Date | null;
}

const toItem = (r: PriceListRow): PriceListItem => ({
  tariffCode: r.code,
  tariffName: r.name,
  kind: r.kind,
  priceOre: r.price_ore,
  updatedAt: r.updated_at,
});

/** The clinic's price list: every Helfo and own tariff, with the clinic's price where it has set one. */
export async function listClinicPrices(o: {
  em: EntityManager;
  user: SessionUser;
  clinicId: string;
}): Promise<PriceListItem[]> {
  assertClinicAccess(o.user, o.clinicId);
  return (await clinicPriceList(o.em, o.clinicId)).map(toItem);
}

/** Sets (or, with null, removes) the clinic's price for a Helfo or own tariff. B-tariffs are priced per agreement. */
export async function upsertClinicPrice(o: {
  em: EntityManager;
  user: SessionUser;
  clinicId: string;
  tariffCode: string;
  priceOre: number | null;
  now: Date;
}): Promise<PriceListItem[]> {
  assertClinicAdmin(o.user, o.clinicId);
  if (o.priceOre !== null) assertOre(o.priceOre, 'priceOre');
  return o.em.transactional(async (tx) => {
    const tariff = await tariffByCode(tx, o.tariffCode);
    if (!tariff) throw new AppError('NOT_FOUND', { tariffCode: o.tariffCode });
    if (tariff.kind === 'insurance') throw new AppError('TARIFF_PRICED_BY_AGREEMENT', { tariffCode: tariff.code });
    const before = (await clinicPriceList(tx, o.clinicId)).find((r) => r.tariff_id === tariff.id)?.price_ore ?? null;
    await setClinicPrice(tx, { clinicId: o.clinicId, tariffId: tariff.id, priceOre: o.priceOre, now: o.now });
    recordChange(tx, o.user, {
      clinicId: o.clinicId,
      entity: 'clinicPrice',
      entityId: `${o.clinicId}:${tariff.code}`,
      action: o.priceOre === null ? 'delete' : before === null ? 'create' : 'update',
      before: before === null ? null : { tariffCode: tariff.code, priceOre: before },
      after: o.priceOre === null ? null : { tariffCode: tariff.code, priceOre: o.priceOre },
    });
    return (await clinicPriceList(tx, o.clinicId)).map(toItem);
  });
}

/** An agreement's B-tariff prices: every insurance tariff, with the agreement's price where the operator set one. */
export async function listAgreementPrices(o: {
  em: EntityManager;
  user: SessionUser;
  agreementId: string;
}): Promise<PriceListItem[]> {
  const agreement = await agreementScope(o.em, o.agreementId);
  if (!agreement) throw new AppError('NOT_FOUND');
  assertClinicAccess(o.user, agreement.clinic_id);
  return (await agreementPriceList(o.em, o.agreementId)).map(toItem);
}

/** The network operator sets (or, with null, removes) the price an agreement pays for a B-tariff. */
export async function upsertAgreementPrice(o: {
  em: EntityManager;
  user: SessionUser;
  agreementId: string;
  tariffCode: string;
  priceOre: number | null;
  now: Date;
}): Promise<PriceListItem[]> {
  if (o.priceOre !== null) assertOre(o.priceOre, 'priceOre');
  return o.em.transactional(async (tx) => {
    const agreement = await agreementScope(tx, o.agreementId);
    if (!agreement) throw new AppError('NOT_FOUND');
    const tariff = await tariffByCode(tx, o.tariffCode);
    if (!tariff) throw new AppError('NOT_FOUND', { tariffCode: o.tariffCode });
    if (tariff.kind !== 'insurance') throw new AppError('TARIFF_NOT_INSURANCE', { tariffCode: tariff.code });
    const before =
      (await agreementPriceList(tx, o.agreementId)).find((r) => r.tariff_id === tariff.id)?.price_ore ?? null;
    await setAgreementPrice(tx, { agreementId: o.agreementId, tariffId: tariff.id, priceOre: o.priceOre, now: o.now });
    recordChange(tx, o.user, {
      clinicId: agreement.clinic_id,
      entity: 'agreementPrice',
      entityId: `${o.agreementId}:${tariff.code}`,
      action: o.priceOre === null ? 'delete' : before === null ? 'create' : 'update',
      before: before === null ? null : { tariffCode: tariff.code, priceOre: before },
      after: o.priceOre === null ? null : { tariffCode: tariff.code, priceOre: o.priceOre },
    });
    return (await agreementPriceList(tx, o.agreementId)).map(toItem);
  });
}
