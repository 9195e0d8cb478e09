import {
  addBillingLineInputSchema,
  attachClaimInputSchema,
  billingCardInputSchema,
  billingLineInputSchema,
  buyerDetailsInputSchema,
  clinicInputSchema,
  createBillingCardInputSchema,
  ehfArchiveInputSchema,
  ehfDocumentInputSchema,
  idSchema,
  sellerDetailsInputSchema,
  setLinePriceInputSchema,
  setLineQuantityInputSchema,
} from '@bn/domain';
import { z } from 'zod';
import { clinicAdminProcedure, clinicReaderProcedure, operatorProcedure, router, staffProcedure } from '../trpc.js';
import { createCard } from '../use-cases/billing/create-card.js';
import {
  addCardLine,
  attachCardClaim,
  detachCardClaim,
  removeCardLine,
  setCardLinePrice,
  setCardLineQuantity,
} from '../use-cases/billing/edit-card.js';
import { billCard, creditCard } from '../use-cases/billing/bill-card.js';
import { getCard, listUnbilled } from '../use-cases/billing/read-cards.js';
import { ehfArchive, ehfDocument } from '../use-cases/billing/ehf-document.js';
import {
  getBuyerDetails,
  getSellerDetails,
  setBuyerDetails,
  setSellerDetails,
} from '../use-cases/billing/billing-details.js';

/** P1: billing cards, for the admins of the appointment's clinic; every mutation answers the card as it now is. */
export const billingRouter = router({
  createCard: clinicAdminProcedure
    .input(createBillingCardInputSchema)
    .mutation(({ ctx, input }) => createCard({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),
  get: clinicAdminProcedure
    .input(billingCardInputSchema)
    .query(({ ctx, input }) => getCard({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),
  attachClaim: clinicAdminProcedure
    .input(attachClaimInputSchema)
    .mutation(({ ctx, input }) => attachCardClaim({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),
  detachClaim: clinicAdminProcedure
    .input(billingCardInputSchema)
    .mutation(({ ctx, input }) => detachCardClaim({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),
  addLine: clinicAdminProcedure
    .input(addBillingLineInputSchema)
    .mutation(({ ctx, input }) => addCardLine({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),
  removeLine: clinicAdminProcedure
    .input(billingLineInputSchema)
    .mutation(({ ctx, input }) => removeCardLine({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),
  setQuantity: clinicAdminProcedure
    .input(setLineQuantityInputSchema)
    .mutation(({ ctx, input }) => setCardLineQuantity({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),
  setPrice: clinicAdminProcedure
    .input(setLinePriceInputSchema)
    .mutation(({ ctx, input }) => setCardLinePrice({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),
  bill: clinicAdminProcedure
    .input(billingCardInputSchema)
    .mutation(({ ctx, input }) => billCard({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),
  credit: clinicAdminProcedure
    .input(billingCardInputSchema)
    .mutation(({ ctx, input }) => creditCard({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),
  listUnbilled: clinicAdminProcedure
    .input(clinicInputSchema)
    .query(({ ctx, input }) => listUnbilled({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),
  ehf: clinicAdminProcedure
    .input(ehfDocumentInputSchema)
    .query(({ ctx, input }) => ehfDocument({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),
  ehfArchive: clinicAdminProcedure
    .input(ehfArchiveInputSchema)
    .query(({ ctx, input }) => ehfArchive({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),
  sellerDetails: clinicReaderProcedure
    .input(clinicInputSchema)
    .query(({ ctx, input }) => getSellerDetails({ em: ctx.em, user: ctx.user, ...input })),
  setSellerDetails: clinicAdminProcedure
    .input(sellerDetailsInputSchema)
    .mutation(({ ctx, input }) => setSellerDetails({ em: ctx.em, user: ctx.user, input })),
  buyerDetails: staffProcedure
    .input(z.object({ insurerId: idSchema }))
    .query(({ ctx, input }) => getBuyerDetails({ em: ctx.em, ...input })),
  setBuyerDetails: operatorProcedure
    .input(buyerDetailsInputSchema)
    .mutation(({ ctx, input }) => setBuyerDetails({ em: ctx.em, user: ctx.user, input })),
});
