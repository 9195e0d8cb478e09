// One attempt of one webhook delivery: claimed in the database, signed (docs/public-api.md, «Scheme»), POSTed with a timeout and
// recorded; a failure is due again after an exponential backoff, until the attempts run out (docs/public-api.md).
import { claimWebhookDelivery, recordWebhookAttempt, type EntityManager } from '@bn/db';
import { decryptWebhookSecret, webhookSignatureHeader } from './webhook-secret.js';

/** Attempts before a delivery is given up (the operator can replay it): about 1.5 days with the default backoff. */
export const WEBHOOK_MAX_ATTEMPTS = 12;
/** The receiver's time to answer (docs/public-api.md: 10 s). */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** A claim's lease: longer than the timeout, so a relay never hands out an attempt still being sent. */
const LEASE_MS = 60_000;
/** The first retry's delay; it doubles with each attempt, up to six hours. */
export const WEBHOOK_BACKOFF = { firstMs: 30_000, maxMs: 6 * 3_600_000 } as const;

export interface WebhookPost {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}
/** Sends the request; the status code, or throws for a network failure or timeout. */
export type WebhookSender = (p: WebhookPost) => Promise<{ status: number; excerpt: string }>;

export interface DeliverWebhookOptions {
  em: EntityManager;
  deliveryId: string;
  /** The attempts the delivery had when it was queued: a second job for the same attempt does nothing. */
  attempt: number;
  send: WebhookSender;
  now: () => Date;
  backoff?: { firstMs: number; maxMs: number };
}

export type WebhookOutcome = 'delivered' | 'retry' | 'given_up' | 'skipped';

/** The error text kept: short, one line, never more than 200 characters of what the receiver answered. */
function shortError(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}

export async function deliverWebhook(o: DeliverWebhookOptions): Promise<WebhookOutcome> {
  const started = o.now();
  const d = await claimWebhookDelivery(o.em, {
    deliveryId: o.deliveryId,
    attempt: o.attempt,
    now: started,
    leaseUntil: new Date(started.getTime() + LEASE_MS),
  });
  if (!d) return 'skipped';
  const body = JSON.stringify({
    id: d.event_id,
    type: d.type,
    createdAt: d.event_created_at.toISOString(),
    data: d.payload,
  });
  const secrets = [decryptWebhookSecret(d.secret_encrypted)];
  if (d.previous_secret_encrypted && d.previous_secret_expires_at && d.previous_secret_expires_at > started)
    secrets.push(decryptWebhookSecret(d.previous_secret_encrypted));
  const t = Math.floor(started.getTime() / 1000);
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    const res = await o.send({
      url: d.url,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Behandlernettverket-Webhooks/1',
        'bn-event-id': d.event_id,
        'bn-signature': webhookSignatureHeader(secrets, t, body),
      },
      body,
      timeoutMs: WEBHOOK_TIMEOUT_MS,
    });
    statusCode = res.status;
    if (res.status < 200 || res.status > 299) error = shortError(`HTTP ${res.status}: ${res.excerpt}`);
  } catch (e) {
    error = shortError(e instanceof Error ? e.message : String(e));
  }
  const done = o.now();
  if (!error) {
    await recordWebhookAttempt(o.em, {
      deliveryId: d.id,
      statusCode,
      error: null,
      deliveredAt: done,
      nextAttemptAt: null,
    });
    return 'delivered';
  }
  const backoff = o.backoff ?? WEBHOOK_BACKOFF;
  const giveUp = d.attempts >= WEBHOOK_MAX_ATTEMPTS;
  const delay = Math.min(backoff.firstMs * 2 ** (d.attempts - 1), backoff.maxMs);
  await recordWebhookAttempt(o.em, {
    deliveryId: d.id,
    statusCode,
    error,
    deliveredAt: null,
    nextAttemptAt: giveUp ? null : new Date(done.getTime() + delay),
  });
  return giveUp ? 'given_up' : 'retry';
}
