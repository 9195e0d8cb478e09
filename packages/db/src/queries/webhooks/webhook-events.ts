// Webhook events: written in the booking change's own statement or transaction (the outbox), one delivery per
// subscribed endpoint of the booking's insurer; rendered, claimed, sent and recorded by the webhook worker.
import { sql, type RawBuilder } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { WebhookEventType } from '@bn/domain';
import { sqlOf } from '../../sql/kysely.js';

const subscribed = (type: WebhookEventType, insurer: RawBuilder<unknown>) =>
  sql`e.insurer_id = ${insurer} and e.deactivated_at is null and ${type}::text = any(e.events)`;

/**
 * The event's insert, as a data-modifying CTE body: one row for each appointment of `source` (a FROM item with `id`)
 * whose insurer has an active endpoint subscribed to `type`; `returning id, insurer_id`. Its payload is rendered later.
 */
export function insertWebhookEvents(o: {
  source: RawBuilder<unknown>;
  type: WebhookEventType;
  now: Date;
}): RawBuilder<unknown> {
  return sql`insert into webhook_event (id, created_at, insurer_id, appointment_id, type)
    select gen_random_uuid(), ${o.now}::timestamptz, a.insurer_id, a.id, ${o.type}::text
    from ${o.source} s join appointment a on a.id = s.id
    where a.insurer_id is not null and exists (select 1 from webhook_endpoint e where ${subscribed(o.type, sql`a.insurer_id`)})
    returning id, insurer_id`;
}

/** The deliveries of the events of `events` (a CTE name from `insertWebhookEvents`), due at once. */
export function insertWebhookDeliveries(o: {
  events: RawBuilder<unknown>;
  type: WebhookEventType;
  now: Date;
}): RawBuilder<unknown> {
  return sql`insert into webhook_delivery (id, created_at, event_id, endpoint_id, attempts, next_attempt_at)
    select gen_random_uuid()::text, ${o.now}::timestamptz, ev.id, e.id, 0, ${o.now}::timestamptz
    from ${o.events} ev join webhook_endpoint e on ${subscribed(o.type, sql`ev.insurer_id`)}`;
}

/** Writes a booking's event and its deliveries as one statement in the caller's transaction; the event ids. */
export async function insertWebhookEventFor(
  tx: EntityManager,
  o: { appointmentId: string; type: WebhookEventType; now: Date },
): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`with ev as (
      ${insertWebhookEvents({ source: sql`(select ${o.appointmentId}::text as id)`, type: o.type, now: o.now })}
    ), dl as (
      ${insertWebhookDeliveries({ events: sql`ev`, type: o.type, now: o.now })}
    ) select id from ev`.execute(sqlOf(tx));
  return rows.map((r) => r.id);
}

export interface UnrenderedWebhookEvent {
  id: string;
  insurer_id: string;
  appointment_id: string;
}

/** Events whose payload is not rendered yet (made in the confirmation's single statement), oldest first. */
export async function unrenderedWebhookEvents(
  em: EntityManager,
  q: { ids?: readonly string[]; limit: number },
): Promise<UnrenderedWebhookEvent[]> {
  let query = sqlOf(em)
    .selectFrom('webhook_event')
    .select(['id', 'insurer_id', 'appointment_id'])
    .where('payload', 'is', null);
  if (q.ids) {
    if (q.ids.length === 0) return [];
    query = query.where('id', 'in', [...q.ids]);
  }
  return query.orderBy('created_at').limit(q.limit).execute();
}

/** Freezes an event's payload: a second render (two relays at once) leaves the first. */
export async function setWebhookPayload(em: EntityManager, eventId: string, payload: unknown): Promise<void> {
  await sqlOf(em)
    .updateTable('webhook_event')
    .set({ payload: JSON.stringify(payload) })
    .where('id', '=', eventId)
    .where('payload', 'is', null)
    .execute();
}

/** Deliveries due now whose event is rendered: what the relay hands to the job queue, with their attempt number. */
export async function dueWebhookDeliveries(
  em: EntityManager,
  q: { now: Date; limit: number },
): Promise<{ id: string; attempts: number }[]> {
  return sqlOf(em)
    .selectFrom('webhook_delivery as d')
    .innerJoin('webhook_event as ev', 'ev.id', 'd.event_id')
    .select(['d.id', 'd.attempts'])
    .where('d.delivered_at', 'is', null)
    .where('d.next_attempt_at', '<=', q.now)
    .where('ev.payload', 'is not', null)
    .orderBy('d.next_attempt_at')
    .limit(q.limit)
    .execute();
}

export interface ClaimedWebhookDelivery {
  id: string;
  attempts: number;
  event_id: string;
  type: WebhookEventType;
  event_created_at: Date;
  payload: unknown;
  url: string;
  secret_encrypted: string;
  previous_secret_encrypted: string | null;
  previous_secret_expires_at: Date | null;
}

/**
 * Claims attempt `attempt` of a delivery: only when it is still due with that many attempts behind it (a second job
 * for the same attempt finds nothing), and leases it until `leaseUntil`, so a relay does not hand it out again while it
 * is being sent; a worker that dies mid-send leaves it due again at the lease's end. A deactivated endpoint is not sent to.
 */
export async function claimWebhookDelivery(
  em: EntityManager,
  c: { deliveryId: string; attempt: number; now: Date; leaseUntil: Date },
): Promise<ClaimedWebhookDelivery | null> {
  const { rows } = await sql<ClaimedWebhookDelivery>`
    with claimed as (
      update webhook_delivery d set attempts = d.attempts + 1, last_attempt_at = ${c.now}::timestamptz,
        next_attempt_at = ${c.leaseUntil}::timestamptz
      where d.id = ${c.deliveryId}::text and d.attempts = ${c.attempt}::int and d.delivered_at is null
        and d.next_attempt_at <= ${c.now}::timestamptz
        and exists (select 1 from webhook_endpoint e where e.id = d.endpoint_id and e.deactivated_at is null)
      returning d.id, d.attempts, d.event_id, d.endpoint_id)
    select c.id, c.attempts, c.event_id, ev.type, ev.created_at as event_created_at, ev.payload, e.url,
      e.secret_encrypted, e.previous_secret_encrypted, e.previous_secret_expires_at
    from claimed c join webhook_event ev on ev.id = c.event_id join webhook_endpoint e on e.id = c.endpoint_id`.execute(
    sqlOf(em),
  );
  return rows[0] ?? null;
}

/** Records an attempt's outcome: delivered, or the next attempt's time (null: given up). */
export async function recordWebhookAttempt(
  em: EntityManager,
  r: {
    deliveryId: string;
    statusCode: number | null;
    error: string | null;
    deliveredAt: Date | null;
    nextAttemptAt: Date | null;
  },
): Promise<void> {
  await sqlOf(em)
    .updateTable('webhook_delivery')
    .set({
      last_status_code: r.statusCode,
      last_error: r.error,
      delivered_at: r.deliveredAt,
      next_attempt_at: r.deliveredAt ? null : r.nextAttemptAt,
    })
    .where('id', '=', r.deliveryId)
    .execute();
}

export interface WebhookDeliveryRow {
  id: string;
  event_id: string;
  type: WebhookEventType;
  created_at: Date;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  next_attempt_at: Date | null;
  delivered_at: Date | null;
}

/** An endpoint's deliveries, newest first. */
export async function webhookDeliveryRows(
  em: EntityManager,
  q: { endpointId: string; limit: number },
): Promise<WebhookDeliveryRow[]> {
  return sqlOf(em)
    .selectFrom('webhook_delivery as d')
    .innerJoin('webhook_event as ev', 'ev.id', 'd.event_id')
    .select([
      'd.id',
      'd.event_id',
      'ev.type',
      'd.created_at',
      'd.attempts',
      'd.last_status_code',
      'd.last_error',
      'd.next_attempt_at',
      'd.delivered_at',
    ])
    .where('d.endpoint_id', '=', q.endpointId)
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id')
    .limit(q.limit)
    .execute() as Promise<WebhookDeliveryRow[]>;
}

/** A replay: the same event (same id, same body) due again now, whatever became of it. False: no such delivery. */
export async function replayWebhookDelivery(
  em: EntityManager,
  r: { deliveryId: string; endpointId: string; now: Date },
): Promise<boolean> {
  const res = await sqlOf(em)
    .updateTable('webhook_delivery')
    .set({ delivered_at: null, next_attempt_at: r.now })
    .where('id', '=', r.deliveryId)
    .where('endpoint_id', '=', r.endpointId)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
