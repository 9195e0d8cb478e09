// Registering, listing, rotating and deactivating insurers' webhook endpoints: by the operator (tRPC, any insurer)
// and by an insurer app (REST, its own insurer only: another insurer's endpoint is NOT_FOUND).
import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { Insurer, WebhookEndpoint, type EntityManager } from '@bn/db';
import {
  AppError,
  WEBHOOK_EVENT_TYPES,
  webhookUrlProblem,
  type IssuedWebhookEndpoint,
  type SessionUser,
  type WebhookEndpointView,
  type WebhookEventType,
} from '@bn/domain';
import { recordChange } from '../../audit.js';
import { encryptWebhookSecret, newWebhookSecret } from './webhook-secret.js';
import { auditOfWebhook, toWebhookView } from './webhook-view.js';

/** Who manages: the operator (any insurer), or an insurer's app (`insurerId`: only that insurer's endpoints). */
export interface WebhookManager {
  actor: Pick<SessionUser, 'id' | 'name'>;
  insurerId?: string;
}

interface Base {
  em: EntityManager;
  by: WebhookManager;
  now: Date;
}

export async function createWebhook(
  o: Base & { input: { insurerId: string; url: string; events?: readonly WebhookEventType[] } },
): Promise<IssuedWebhookEndpoint> {
  const { input, by, now } = o;
  if (by.insurerId && by.insurerId !== input.insurerId) throw new AppError('NOT_FOUND');
  const problem = webhookUrlProblem(input.url);
  // The reason for the API's clients, and the same as an issue of the field for a form to show beside it.
  if (problem) {
    throw new AppError('WEBHOOK_URL_INVALID', { reason: problem }, [{ path: ['url'], code: `webhook_url.${problem}` }]);
  }
  return o.em.transactional(async (tx) => {
    const insurer = await tx.findOne(Insurer, { id: input.insurerId });
    if (!insurer) throw new AppError('NOT_FOUND');
    const secret = newWebhookSecret();
    const events = WEBHOOK_EVENT_TYPES.filter((t) => !input.events || input.events.includes(t));
    const row = tx.create(WebhookEndpoint, {
      id: randomUUID(),
      createdAt: now,
      insurer,
      url: new URL(input.url).toString(),
      events,
      secretEncrypted: encryptWebhookSecret(secret),
      previousSecretEncrypted: null,
      previousSecretExpiresAt: null,
      deactivatedAt: null,
    });
    const endpoint = toWebhookView(row, now);
    recordChange(tx, by.actor, {
      clinicId: null,
      entity: 'webhook_endpoint',
      entityId: row.id,
      action: 'create',
      before: null,
      after: auditOfWebhook(endpoint),
    });
    return { endpoint, secret };
  });
}

export async function listWebhooks(o: {
  em: EntityManager;
  insurerId?: string;
  now: Date;
}): Promise<WebhookEndpointView[]> {
  const rows = await o.em.find(WebhookEndpoint, o.insurerId ? { insurer: o.insurerId } : {}, {
    orderBy: { createdAt: 'asc', id: 'asc' },
  });
  return rows.map((r) => toWebhookView(r, o.now));
}

/** The endpoint, locked, if the manager may see it; NOT_FOUND otherwise. */
async function lockedEndpoint(tx: EntityManager, by: WebhookManager, id: string): Promise<WebhookEndpoint> {
  const row = await tx.findOne(WebhookEndpoint, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!row || (by.insurerId && row.insurer.id !== by.insurerId)) throw new AppError('NOT_FOUND');
  return row;
}

/** The endpoint if the manager may see it (for the delivery log); NOT_FOUND otherwise. */
export async function findWebhook(em: EntityManager, by: WebhookManager, id: string): Promise<WebhookEndpoint> {
  const row = await em.findOne(WebhookEndpoint, { id });
  if (!row || (by.insurerId && row.insurer.id !== by.insurerId)) throw new AppError('NOT_FOUND');
  return row;
}

/**
 * A new secret, shown once; the current one keeps signing beside it (a second `v1=`) for `graceHours`, so a receiver
 * can switch without losing an event. A rotation inside a grace period ends the oldest secret.
 */
export async function rotateWebhookSecret(
  o: Base & { id: string; graceHours: number },
): Promise<IssuedWebhookEndpoint> {
  return o.em.transactional(async (tx) => {
    const row = await lockedEndpoint(tx, o.by, o.id);
    if (row.deactivatedAt) throw new AppError('WEBHOOK_NOT_ACTIVE');
    const before = auditOfWebhook(toWebhookView(row, o.now));
    const secret = newWebhookSecret();
    row.previousSecretEncrypted = o.graceHours > 0 ? row.secretEncrypted : null;
    row.previousSecretExpiresAt = o.graceHours > 0 ? new Date(o.now.getTime() + o.graceHours * 3_600_000) : null;
    row.secretEncrypted = encryptWebhookSecret(secret);
    const endpoint = toWebhookView(row, o.now);
    recordChange(tx, o.by.actor, {
      clinicId: null,
      entity: 'webhook_endpoint',
      entityId: row.id,
      action: 'update',
      before,
      after: { ...auditOfWebhook(endpoint), secret: 'rotated' },
    });
    return { endpoint, secret };
  });
}

/** Stops deliveries to the endpoint at once (pending ones are not sent); the delivery log stays. Idempotent. */
export async function deactivateWebhook(o: Base & { id: string }): Promise<WebhookEndpointView> {
  return o.em.transactional(async (tx) => {
    const row = await lockedEndpoint(tx, o.by, o.id);
    if (row.deactivatedAt) return toWebhookView(row, o.now);
    const before = auditOfWebhook(toWebhookView(row, o.now));
    row.deactivatedAt = o.now;
    const endpoint = toWebhookView(row, o.now);
    recordChange(tx, o.by.actor, {
      clinicId: null,
      entity: 'webhook_endpoint',
      entityId: row.id,
      action: 'update',
      before,
      after: auditOfWebhook(endpoint),
    });
    return endpoint;
  });
}
