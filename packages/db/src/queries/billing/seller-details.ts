// The seller and buyer details EHF documents need beyond what the network configuration holds (docs/billing.md).
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

export interface SellerDetails {
  legalName: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  bankAccount: string | null;
  inBusinessRegister: boolean;
  vatRegistered: boolean;
  chargesCancellation: boolean;
  chargesNoShow: boolean;
}

export async function sellerDetailsOf(em: EntityManager, clinicId: string): Promise<SellerDetails | null> {
  const row = await sqlOf(em)
    .selectFrom('clinic')
    .select([
      'legal_name as legalName',
      'invoice_street as street',
      'invoice_postcode as postcode',
      'invoice_city as city',
      'bank_account as bankAccount',
      'in_business_register as inBusinessRegister',
      'vat_registered as vatRegistered',
      'charges_cancellation as chargesCancellation',
      'charges_no_show as chargesNoShow',
    ])
    .where('id', '=', clinicId)
    .executeTakeFirst();
  return row ?? null;
}

export async function writeSellerDetails(tx: EntityManager, clinicId: string, d: SellerDetails): Promise<void> {
  await sqlOf(tx)
    .updateTable('clinic')
    .set({
      legal_name: d.legalName,
      invoice_street: d.street,
      invoice_postcode: d.postcode,
      invoice_city: d.city,
      bank_account: d.bankAccount,
      in_business_register: d.inBusinessRegister,
      vat_registered: d.vatRegistered,
      charges_cancellation: d.chargesCancellation,
      charges_no_show: d.chargesNoShow,
    })
    .where('id', '=', clinicId)
    .execute();
}

export interface BuyerDetails {
  legalName: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  reference: string | null;
}

export async function buyerDetailsOf(em: EntityManager, insurerId: string): Promise<BuyerDetails | null> {
  const row = await sqlOf(em)
    .selectFrom('insurer')
    .select([
      'legal_name as legalName',
      'invoice_street as street',
      'invoice_postcode as postcode',
      'invoice_city as city',
      'invoice_reference as reference',
    ])
    .where('id', '=', insurerId)
    .executeTakeFirst();
  return row ?? null;
}

export async function writeBuyerDetails(tx: EntityManager, insurerId: string, d: BuyerDetails): Promise<void> {
  await sqlOf(tx)
    .updateTable('insurer')
    .set({
      legal_name: d.legalName,
      invoice_street: d.street,
      invoice_postcode: d.postcode,
      invoice_city: d.city,
      invoice_reference: d.reference,
    })
    .where('id', '=', insurerId)
    .execute();
}
