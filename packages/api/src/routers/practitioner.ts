import { practitionerProcedure, router } from '../trpc.js';
import { getOwnProfile } from '../use-cases/practitioners/get-own-profile.js';

export const practitionerRouter = router({
  me: practitionerProcedure.query(({ ctx }) => getOwnProfile({ em: ctx.em, practitionerId: ctx.practitionerId })),
});
