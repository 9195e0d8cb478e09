// The seller details as the screens read them, and what an EHF invoice still needs of them (the builder's own
// checks: a postal address with a four-digit postcode, and a bank account to be paid to).
import type { AppRouter, inferRouterOutputs } from '@bn/api';
import type { AdminMessageKey } from '../../i18n/use-admin-t.js';

export type SellerDetailsView = inferRouterOutputs<AppRouter>['billing']['sellerDetails'];

const blank = (s: string | null) => s === null || s.trim() === '';

/** The labels of the facts an invoice needs that are not given yet, in the form's order. */
export function missingForEhf(d: SellerDetailsView): AdminMessageKey[] {
  const missing: AdminMessageKey[] = [];
  if (blank(d.street)) missing.push('seller.street');
  if (blank(d.postcode)) missing.push('seller.postcode');
  if (blank(d.city)) missing.push('seller.city');
  if (blank(d.bankAccount)) missing.push('seller.bankAccount');
  return missing;
}
