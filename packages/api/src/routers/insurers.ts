import { authedProcedure, router } from '../trpc.js';
import { listInsurers } from '../use-cases/insurers/list-insurers.js';

export const insurersRouter = router({
  list: authedProcedure.query(({ ctx }) => listInsurers({ em: ctx.em, user: ctx.user })),
});
