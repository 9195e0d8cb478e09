import {
  webhookAdminCreateSchema,
  webhookAdminListSchema,
  webhookAdminRotateSchema,
  webhookDeliveriesSchema,
  webhookIdParam,
  webhookReplaySchema,
} from '@bn/domain';
import { operatorProcedure, router } from '../trpc.js';
import {
  createWebhook,
  deactivateWebhook,
  listWebhooks,
  rotateWebhookSecret,
} from '../use-cases/webhooks/manage-webhooks.js';
import { listWebhookDeliveries, replayWebhook } from '../use-cases/webhooks/webhook-deliveries.js';

/** Insurers' webhook endpoints (docs/public-api.md): the network operator's. Create and rotate answer the secret once. */
export const webhooksRouter = router({
  list: operatorProcedure
    .input(webhookAdminListSchema)
    .query(({ ctx, input }) => listWebhooks({ em: ctx.em, insurerId: input.insurerId, now: ctx.now() })),
  create: operatorProcedure
    .input(webhookAdminCreateSchema)
    .mutation(({ ctx, input }) => createWebhook({ em: ctx.em, by: { actor: ctx.user }, input, now: ctx.now() })),
  rotate: operatorProcedure.input(webhookAdminRotateSchema).mutation(({ ctx, input }) =>
    rotateWebhookSecret({
      em: ctx.em,
      by: { actor: ctx.user },
      id: input.id,
      graceHours: input.graceHours,
      now: ctx.now(),
    }),
  ),
  deactivate: operatorProcedure
    .input(webhookIdParam)
    .mutation(({ ctx, input }) =>
      deactivateWebhook({ em: ctx.em, by: { actor: ctx.user }, id: input.id, now: ctx.now() }),
    ),
  deliveries: operatorProcedure
    .input(webhookDeliveriesSchema)
    .query(({ ctx, input }) =>
      listWebhookDeliveries({ em: ctx.em, by: { actor: ctx.user }, endpointId: input.endpointId }),
    ),
  replay: operatorProcedure.input(webhookReplaySchema).mutation(({ ctx, input }) =>
    replayWebhook({
      em: ctx.em,
      by: { actor: ctx.user },
      endpointId: input.endpointId,
      deliveryId: input.deliveryId,
      now: ctx.now(),
    }),
  ),
});
