import { z } from 'zod';
import { idSchema, tariffSchema } from '@bn/domain';
import { adminAppProcedure, operatorProcedure, router } from '../trpc.js';
import { listTariffs } from '../use-cases/tariffs/list-tariffs.js';
import { upsertTariff } from '../use-cases/tariffs/upsert-tariff.js';
import { deleteTariff } from '../use-cases/tariffs/delete-tariff.js';

export const tariffsRouter = router({
  list: adminAppProcedure.query(({ ctx }) => listTariffs({ em: ctx.em })),
  upsert: operatorProcedure
    .input(tariffSchema)
    .mutation(({ ctx, input }) => upsertTariff({ em: ctx.em, user: ctx.user, input })),
  delete: operatorProcedure
    .input(z.object({ id: idSchema }))
    .mutation(({ ctx, input }) => deleteTariff({ em: ctx.em, user: ctx.user, id: input.id })),
});
