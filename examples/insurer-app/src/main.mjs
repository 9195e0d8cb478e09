#!/usr/bin/env node
// @ts-check
// The example insurer app (README: «Integrating an insurer app»). Given BN_BASE_URL and BN_API_KEY it
//   1. lists the tariffs the key's insurer can book,
//   2. finds the earliest free time near a postcode (today and the next 27 days),
//   3. starts a webhook receiver and registers it (POST /api/v1/webhooks; the secret is shown once),
//   4. books the time for a patient with a case id (SakID) under an Idempotency-Key, and retries once to show the
//      retry answers the same booking,
//   5. waits for the `booking.created` webhook of that booking and verifies its signature,
// printing each step, and exits non-zero if any step fails. Only Node (>= 20): fetch, node:http, node:crypto.
import { randomBytes, randomUUID } from 'node:crypto';
import { ApiError, apiClient } from './client.mjs';
import { startReceiver } from './receiver.mjs';

const env = process.env;
const log = (/** @type {string} */ line) => process.stdout.write(`${line}\n`);

/** Today in Oslo as YYYY-MM-DD, and a date `days` later. */
function osloDate(days = 0) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** 2026-12-07T09:30:00+01:00 → 07.12.2026 09:30 (the wall-clock time in the answer's own offset). */
function readable(/** @type {string} */ rfc3339) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(rfc3339);
  return m ? `${m[3]}.${m[2]}.${m[1]} ${m[4]}:${m[5]}` : rfc3339;
}

async function main() {
  const baseUrl = env.BN_BASE_URL;
  const apiKey = env.BN_API_KEY;
  if (!baseUrl || !apiKey) throw new Error('Set BN_BASE_URL (e.g. http://localhost:3000) and BN_API_KEY (bnk_…).');
  const postcode = env.BN_POSTCODE ?? '0366';
  // A synthetic fødselsnummer (month + 80: Skatteetaten's test numbers), never a real person's.
  const nationalId = env.BN_PATIENT_NATIONAL_ID ?? '02819012485';
  const sakId = env.BN_SAK_ID ?? `EX${randomBytes(4).toString('hex').toUpperCase()}`;
  const webhookTimeoutSeconds = Number(env.BN_WEBHOOK_TIMEOUT_SECONDS ?? 60);
  const api = apiClient({ baseUrl, apiKey });

  // 1. Tariffs.
  const { tariffs } = await api.get('/api/v1/tariffs');
  log(
    `1. Tariffs this key can book: ${tariffs.map((/** @type {any} */ t) => `${t.code} ${t.name}`).join('; ') || 'none'}`,
  );
  if (tariffs.length === 0) throw new Error('The key’s insurer has no bookable tariffs.');

  // 2. The earliest free time near the postcode: /slots is ordered by start, so the first one is the earliest.
  const query = new URLSearchParams({ from: osloDate(0), to: osloDate(27), postcode, limit: '1' });
  if (env.BN_TARIFF) query.set('tariff', env.BN_TARIFF);
  const { slots } = await api.get(`/api/v1/slots?${query}`);
  const slot = slots[0];
  if (!slot) throw new Error(`2. No free time near ${postcode} in the next 28 days.`);
  log(
    `2. Earliest free time near ${postcode}: ${readable(slot.start)} with ${slot.practitioner.name}, ` +
      `${slot.clinic.name}, ${slot.address.street}, ${slot.address.postcode} ${slot.address.city} (${slot.tariff.code})`,
  );

  // 3. A receiver, registered before booking so the booking's event comes to it.
  const openapi = await api.call('GET', '/api/v1/openapi.json', { auth: false }).then((r) => r.body);
  const hasWebhooks = Boolean(openapi?.paths?.['/api/v1/webhooks']?.post);
  /** @type {string | null} */
  let secret = null;
  // What the receiver hands on, kept from the start: the webhook may come before the booking's answer does.
  /** @type {import('./receiver.mjs').ReceiverNotice[]} */
  const notices = [];
  let wake = () => {};
  /** @type {{ url: string, close: () => Promise<void> } | null} */
  let receiver = null;
  /** @type {string | null} */
  let webhookId = null;
  if (hasWebhooks) {
    receiver = await startReceiver({
      secret: () => secret,
      port: Number(env.BN_RECEIVER_PORT ?? 0),
      host: env.BN_RECEIVER_HOST ?? '127.0.0.1',
      onNotice: (n) => {
        notices.push(n);
        wake();
      },
    });
    // The URL the network posts to: the receiver's own, unless it sits behind a tunnel or proxy (https in production).
    const url = env.BN_WEBHOOK_URL ?? receiver.url;
    const registered = await api.call('POST', '/api/v1/webhooks', { body: { url, events: ['booking.created'] } });
    secret = registered.body.secret;
    webhookId = registered.body.webhook.id;
    log(
      `3. Webhook receiver on ${receiver.url}, registered as ${webhookId} (secret ${String(secret).slice(0, 10)}…, shown once: store it encrypted)`,
    );
  } else {
    log(
      '3. Webhooks: this server has no webhook API (POST /api/v1/webhooks is not in /api/v1/openapi.json); no receiver started, step 5 will not run.',
    );
  }

  /** Resolves with the verified booking.created event of `bookingId`; rejects on a refused webhook or a timeout. */
  const eventFor = (/** @type {string} */ bookingId) =>
    /** @type {Promise<import('./receiver.mjs').WebhookEvent>} */ (
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`5. No booking.created webhook for ${bookingId} within ${webhookTimeoutSeconds} s.`)),
          webhookTimeoutSeconds * 1000,
        );
        wake = () => {
          for (const n of notices) {
            if ('rejected' in n) {
              clearTimeout(timer);
              reject(new Error(`5. A webhook was refused: ${n.rejected}.`));
              return;
            }
            if (n.event.type === 'booking.created' && n.event.data.booking.id === bookingId) {
              clearTimeout(timer);
              resolve(n.event);
              return;
            }
          }
        };
        wake();
      })
    );

  try {
    // 4. Book, under an Idempotency-Key: a retry after a timeout or a lost answer must not book twice.
    const idempotencyKey = randomUUID();
    const body = { slotId: slot.slotId, patient: { nationalId, firstName: 'Kari', lastName: 'Nordmann' }, sakId };
    const booked = await api.call('POST', '/api/v1/bookings', { body, headers: { 'Idempotency-Key': idempotencyKey } });
    const booking = booked.body;
    log(
      `4. Booked ${booking.reference} (${booking.status}) for case ${booking.sakId}: ${readable(booking.start)}, ` +
        `changeable until ${booking.changeableUntil ? readable(booking.changeableUntil) : '—'}`,
    );
    const replay = await api.call('POST', '/api/v1/bookings', { body, headers: { 'Idempotency-Key': idempotencyKey } });
    if (replay.body.id !== booking.id) throw new Error('4. The retry under the same Idempotency-Key booked again.');
    log(`   The retry with the same Idempotency-Key answered the same booking (${replay.body.reference}).`);

    // 5. The webhook.
    if (hasWebhooks) {
      const event = await eventFor(booking.id);
      log(`5. Received ${event.type} ${event.id} for ${event.data.booking.reference}: signature verified.`);
    }
  } finally {
    if (webhookId) await api.call('DELETE', `/api/v1/webhooks/${webhookId}`).catch(() => undefined);
    await receiver?.close();
  }
  log('Done.');
}

main().catch((error) => {
  if (error instanceof ApiError) console.error(`Failed: ${error.message}`);
  else console.error(`Failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
