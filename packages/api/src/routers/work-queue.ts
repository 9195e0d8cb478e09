import { router, staffProcedure } from '../trpc.js';
import { countWorkQueue, listWorkQueue } from '../use-cases/work-queue/list-work-queue.js';

/** What waits for the network (issue 16): the operator sees everything, support the department notices. */
export const workQueueRouter = router({
  list: staffProcedure.query(async ({ ctx }) => {
    const items = await listWorkQueue({ em: ctx.em, role: ctx.user.role });
    return { items, counts: countWorkQueue(items) };
  }),
  /** For the navigation's badge. */
  counts: staffProcedure.query(async ({ ctx }) =>
    countWorkQueue(await listWorkQueue({ em: ctx.em, role: ctx.user.role })),
  ),
});
