import { notificationLogInput } from '@bn/domain';
import { clinicAdminProcedure, router } from '../trpc.js';
import { assertClinicAdmin } from '../scope.js';
import { listNotificationLog } from '../use-cases/notifications/list-notification-log.js';

/** The clinic's notification log (what was sent to patients, recipients masked). */
export const notificationsRouter = router({
  log: clinicAdminProcedure.input(notificationLogInput).query(({ ctx, input }) => {
    assertClinicAdmin(ctx.user, input.clinicId);
    return listNotificationLog({ em: ctx.em, clinicId: input.clinicId, limit: input.limit });
  }),
});
