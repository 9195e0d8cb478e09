import {
  buyerDetailsOf,
  sellerDetailsOf,
  writeBuyerDetails,
  writeSellerDetails,
  type BuyerDetails,
  type EntityManager,
  type SellerDetails,
} from '@bn/db';
import { AppError, type BuyerDetailsInput, type SellerDetailsInput, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { assertClinicAccess, assertClinicAdmin } from '../../scope.js';

/** The clinic as seller on its EHF invoices, and whether it charges for late cancellations and no-shows. */
export async function getSellerDetails(o: {
  em: EntityManager;
  user: SessionUser;
  clinicId: string;
}): Promise<SellerDetails> {
  assertClinicAccess(o.user, o.clinicId);
  const details = await sellerDetailsOf(o.em, o.clinicId);
  if (!details) throw new AppError('NOT_FOUND');
  return details;
}

/** The clinic's own admins keep its seller details (audited). */
export async function setSellerDetails(o: {
  em: EntityManager;
  user: SessionUser;
  input: SellerDetailsInput;
}): Promise<SellerDetails> {
  assertClinicAdmin(o.user, o.input.clinicId);
  const { clinicId, ...details } = o.input;
  return o.em.transactional(async (tx) => {
    const before = await sellerDetailsOf(tx, clinicId);
    if (!before) throw new AppError('NOT_FOUND');
    await writeSellerDetails(tx, clinicId, details);
    recordChange(tx, o.user, {
      clinicId,
      entity: 'sellerDetails',
      entityId: clinicId,
      action: 'update',
      before,
      after: details,
    });
    return details;
  });
}

/** The insurer as buyer: what the network operator (and support) see. */
export async function getBuyerDetails(o: { em: EntityManager; insurerId: string }): Promise<BuyerDetails> {
  const details = await buyerDetailsOf(o.em, o.insurerId);
  if (!details) throw new AppError('NOT_FOUND');
  return details;
}

export async function setBuyerDetails(o: {
  em: EntityManager;
  user: SessionUser;
  input: BuyerDetailsInput;
}): Promise<BuyerDetails> {
  const { insurerId, ...details } = o.input;
  return o.em.transactional(async (tx) => {
    const before = await buyerDetailsOf(tx, insurerId);
    if (!before) throw new AppError('NOT_FOUND');
    await writeBuyerDetails(tx, insurerId, details);
    recordChange(tx, o.user, {
      clinicId: null,
      entity: 'buyerDetails',
      entityId: insurerId,
      action: 'update',
      before,
      after: details,
    });
    return details;
  });
}
