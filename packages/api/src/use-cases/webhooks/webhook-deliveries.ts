// The delivery log of an endpoint and the replay of one delivery (the operator's, and the endpoint's insurer's).
import { replayWebhookDelivery, webhookDeliveryRows, type EntityManager } from '@bn/db';
import { AppError, type WebhookDeliveryView } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { findWebhook, type WebhookManager } from './manage-webhooks.js';

export async function listWebhookDeliveries(o: {
  em: EntityManager;
  by: WebhookManager;
  endpointId: string;
}): Promise<WebhookDeliveryView[]> {
  await findWebhook(o.em, o.by, o.endpointId);
  const rows = await webhookDeliveryRows(o.em, { endpointId: o.endpointId, limit: 200 });
  return rows.map((r) => ({
    id: r.id,
    eventId: r.event_id,
    type: r.type,
    createdAt: r.created_at,
    status: r.delivered_at ? 'delivered' : r.next_attempt_at ? 'pending' : 'failed',
    attempts: r.attempts,
    lastStatusCode: r.last_status_code,
    lastError: r.last_error,
    nextAttemptAt: r.next_attempt_at,
    deliveredAt: r.delivered_at,
  }));
}

/** Sends the delivery's event again (same event id, same body) as soon as the worker gets to it. */
export async function replayWebhook(o: {
  em: EntityManager;
  by: WebhookManager;
  endpointId: string;
  deliveryId: string;
  now: Date;
}): Promise<void> {
  await o.em.transactional(async (tx) => {
    const endpoint = await findWebhook(tx, o.by, o.endpointId);
    if (endpoint.deactivatedAt) throw new AppError('WEBHOOK_NOT_ACTIVE');
    const found = await replayWebhookDelivery(tx, { deliveryId: o.deliveryId, endpointId: o.endpointId, now: o.now });
    if (!found) throw new AppError('NOT_FOUND');
    recordChange(tx, o.by.actor, {
      clinicId: null,
      entity: 'webhook_delivery',
      entityId: o.deliveryId,
      action: 'update',
      before: null,
      after: { replayed: true },
    });
  });
}
