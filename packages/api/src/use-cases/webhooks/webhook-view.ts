// A webhook endpoint as its insurer and the operator see it (never its secret), and its audit form.
import type { WebhookEndpoint } from '@bn/db';
import type { WebhookEndpointView, WebhookEventType } from '@bn/domain';

export function toWebhookView(e: WebhookEndpoint, now: Date): WebhookEndpointView {
  const grace = e.previousSecretExpiresAt && e.previousSecretExpiresAt > now ? e.previousSecretExpiresAt : null;
  return {
    id: e.id,
    insurerId: e.insurer.id,
    url: e.url,
    events: [...e.events] as WebhookEventType[],
    active: !e.deactivatedAt,
    createdAt: e.createdAt,
    previousSecretUntil: grace,
  };
}

/** What the audit log keeps: the URL, the events and whether it is active; never a secret. */
export function auditOfWebhook(v: WebhookEndpointView): object {
  return { url: v.url, events: v.events, active: v.active, previousSecretUntil: v.previousSecretUntil };
}
