// Who may send an outbox row: the claim committed before sending decides, so a row another live sender claimed is
// never sent again, and a row whose sender died is sent by the next — on a real PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { deliverOutboxMessage, OutboxRowBusy } from './deliver-outbox-message.js';
import { createOutboxSender, SENDER_STALE_SECONDS, type OutboxSender } from './outbox-sender.js';
import type { OutgoingMessage, Transports } from './transports.js';

describe('claiming an outbox row before sending it', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let patientId: string;
  const sent: OutgoingMessage[] = [];
  const send = (m: OutgoingMessage) => (sent.push(m), Promise.resolve({ deliveryId: `<${m.outboxId}@test>` }));
  const transports: Transports = { email: { send }, sms: { send }, portal: { send } };

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    patientId = randomUUID();
    await db.orm.em
      .fork()
      .execute(
        `insert into patient (id, created_at, clinic_id, national_id, name, email, birth_date) values (?, now(), ?, '01819012365', 'Kari Nordmann', 'kari@example.no', '1990-01-01')`,
        [patientId, n.clinicA.id],
      );
  });
  afterAll(async () => {
    await db?.drop();
  });

  const outbox = async () => {
    const id = randomUUID();
    await db.orm.em.fork().execute(
      `insert into outbox_message (id, created_at, kind, event, channel, dedupe_key, clinic_id, patient_id, recipient_masked, payload, attempts)
       values (?, now(), 'confirmation', 'booked', 'email', ?, ?, ?, 'k***@example.no', ?::jsonb, 0)`,
      [id, `test:${id}`, n.clinicA.id, patientId, JSON.stringify({ subject: 'Timen din er bestilt', text: 'x' })],
    );
    return id;
  };
  const deliver = (outboxId: string, sender: OutboxSender) =>
    deliverOutboxMessage({ em: db.orm.em.fork(), outboxId, transports, sender, now: () => new Date() });
  /** A sender that took the row and then went silent `secondsAgo` (died, or lost the database). */
  const claimedBySilentSender = async (outboxId: string, secondsAgo: number) => {
    const silent = createOutboxSender();
    await silent.beat(db.orm.em.fork());
    await db.orm.em
      .fork()
      .execute(`update outbox_sender set seen_at = clock_timestamp() - make_interval(secs => ?) where id = ?`, [
        secondsAgo,
        silent.id,
      ]);
    await db.orm.em
      .fork()
      .execute(`update outbox_message set claimed_by = ?, claimed_at = clock_timestamp() where id = ?`, [
        silent.id,
        outboxId,
      ]);
  };
  /** A sender that has reached the database for longer than SENDER_STALE_SECONDS. */
  const longReachable = () => ({ ...createOutboxSender(), mayTakeOver: () => true });
  const sentOf = (outboxId: string) => sent.filter((m) => m.outboxId === outboxId).length;
  const row = async (outboxId: string) =>
    (
      await db.orm.em
        .fork()
        .execute<{ sent_at: unknown; claimed_by: string | null; attempts: number }[]>(
          'select sent_at, claimed_by, attempts from outbox_message where id = ?',
          [outboxId],
        )
    )[0]!;

  it('sends an unclaimed row once, and a second delivery finds it sent', async () => {
    const id = await outbox();
    const sender = createOutboxSender();
    expect(await deliver(id, sender)).toBe('sent');
    expect(await deliver(id, createOutboxSender())).toBe('already_sent');
    expect(sentOf(id)).toBe(1);
    expect(await row(id)).toMatchObject({ claimed_by: sender.id, attempts: 1 });
  });

  it('never sends a row a live sender has claimed, even when the claim is old', async () => {
    const id = await outbox();
    await claimedBySilentSender(id, 1);
    await expect(deliver(id, longReachable())).rejects.toBeInstanceOf(OutboxRowBusy);
    expect(sentOf(id)).toBe(0);
  });

  it('sends the row of a sender not seen for SENDER_STALE_SECONDS, but only from a sender that reached the database as long', async () => {
    const id = await outbox();
    await claimedBySilentSender(id, SENDER_STALE_SECONDS + 5);
    // Just back from an outage itself, a sender cannot tell a dead sender from one the outage held up too.
    await expect(deliver(id, createOutboxSender())).rejects.toBeInstanceOf(OutboxRowBusy);
    expect(sentOf(id)).toBe(0);
    expect(await deliver(id, longReachable())).toBe('sent');
    expect(sentOf(id)).toBe(1);
  });

  it('a message the receiver took is marked by its sender when the database takes it, and never sent again', async () => {
    const id = await outbox();
    const sender = createOutboxSender();
    // The receiver took it; `sent_at` could not be written yet (the database was away).
    sender.unmarked.set(id, { deliveryId: `<${id}@test>`, sentAt: new Date() });
    await db.orm.em
      .fork()
      .execute(`update outbox_message set claimed_by = ?, claimed_at = clock_timestamp() where id = ?`, [
        sender.id,
        id,
      ]);
    await sender.beat(db.orm.em.fork());
    expect(sender.unmarked.size).toBe(0);
    expect((await row(id)).sent_at).not.toBeNull();
    expect(await deliver(id, sender)).toBe('already_sent');
    expect(sentOf(id)).toBe(0);
  });

  it('a failed send gives the claim back with its reason, and the next delivery sends it', async () => {
    const id = await outbox();
    const failing: Transports = {
      ...transports,
      email: {
        send: () => Promise.reject(new Error('421 try again later')),
      },
    };
    const sender = createOutboxSender();
    await expect(
      deliverOutboxMessage({ em: db.orm.em.fork(), outboxId: id, transports: failing, sender, now: () => new Date() }),
    ).rejects.toThrow('421');
    const [after] = await db.orm.em
      .fork()
      .execute<{ claimed_by: string | null; last_error: string | null }[]>(
        'select claimed_by, last_error from outbox_message where id = ?',
        [id],
      );
    expect(after).toMatchObject({ claimed_by: null, last_error: '421 try again later' });
    expect(await deliver(id, createOutboxSender())).toBe('sent');
    expect(sentOf(id)).toBe(1);
    expect((await row(id)).attempts).toBe(2);
  });
});
