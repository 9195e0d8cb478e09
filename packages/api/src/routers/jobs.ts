import { listJobRuns } from '../use-cases/maintenance/list-job-runs.js';
import { operatorProcedure, router } from '../trpc.js';

/** The recurring jobs, for the network operator: last runs, duration, result, next run. */
export const jobsRouter = router({
  overview: operatorProcedure.query(({ ctx }) => listJobRuns({ em: ctx.em, now: ctx.now() })),
});
