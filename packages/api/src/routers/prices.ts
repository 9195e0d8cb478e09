import { agreementInputSchema, agreementPriceInputSchema, clinicInputSchema, clinicPriceInputSchema } from '@bn/domain';
import { clinicAdminProcedure, clinicReaderProcedure, operatorProcedure, router } from '../trpc.js';
import {
  listAgreementPrices,
  listClinicPrices,
  upsertAgreementPrice,
  upsertClinicPrice,
} from '../use-cases/billing/prices.js';

/** P1's prices in øre: the clinic's list (Helfo and own tariffs) and the agreements' B-tariff prices (the operator's). */
export const pricesRouter = router({
  list: clinicReaderProcedure
    .input(clinicInputSchema)
    .query(({ ctx, input }) => listClinicPrices({ em: ctx.em, user: ctx.user, ...input })),
  upsert: clinicAdminProcedure
    .input(clinicPriceInputSchema)
    .mutation(({ ctx, input }) => upsertClinicPrice({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),
  forAgreement: clinicReaderProcedure
    .input(agreementInputSchema)
    .query(({ ctx, input }) => listAgreementPrices({ em: ctx.em, user: ctx.user, ...input })),
  setAgreementPrice: operatorProcedure
    .input(agreementPriceInputSchema)
    .mutation(({ ctx, input }) => upsertAgreementPrice({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),
});
