// The notification worker when PostgreSQL goes away in the instant after the mail server took a message and before
// `sent_at` is committed: the message is not sent again, whatever the job queue retries once the database is back.
// The worker and its job queue reach PostgreSQL through a proxy the test takes down, as `pnpm test:faults outage`
// stops PostgreSQL under load.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createOrm, type MikroORM } from '@bn/db';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import type { OutgoingMessage } from '@bn/api';
import { startTcpProxy, type TcpProxy } from '../testing/tcp-proxy.js';
import { startLocalSmtpServer, type LocalSmtpServer } from './local-smtp-server.js';
import { buildTransports, messageIdFor } from './transports.js';
import { startWorker, type Worker } from './worker.js';

const logger = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a database outage right after the mail server took a message', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let proxy: TcpProxy;
  let orm: MikroORM;
  let smtp: LocalSmtpServer;
  let dir: string;
  let patientId: string;
  const workers: Worker[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    proxy = await startTcpProxy(db.url);
    orm = await createOrm({ url: proxy.url, poolMax: 5 });
    dir = await mkdtemp(path.join(os.tmpdir(), 'bn-mail-'));
    smtp = await startLocalSmtpServer({ dir });
    patientId = randomUUID();
    await db.orm.em
      .fork()
      .execute(
        `insert into patient (id, created_at, clinic_id, national_id, name, phone, email, birth_date) values (?, now(), ?, '01819012365', 'Kari Nordmann', '+4791234567', 'kari@example.no', '1990-01-01')`,
        [patientId, n.clinicA.id],
      );
  });
  afterEach(async () => {
    await proxy.up().catch(() => {});
    await Promise.all(workers.splice(0).map((w) => w.stop()));
  });
  afterAll(async () => {
    await orm?.close(true);
    await proxy?.close();
    await smtp?.close();
    await db?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  const outbox = async () => {
    const id = randomUUID();
    await db.orm.em.fork().execute(
      `insert into outbox_message (id, created_at, kind, event, channel, dedupe_key, clinic_id, appointment_id, patient_id, recipient_masked, payload, attempts)
       values (?, now(), 'confirmation', 'booked', 'email', ?, ?, null, ?, 'k***@example.no', ?::jsonb, 0)`,
      [
        id,
        `test:${id}`,
        n.clinicA.id,
        patientId,
        JSON.stringify({ subject: 'Timen din er bestilt', text: 'Du har fått time 01.12.2026 kl. 08:00.' }),
      ],
    );
    return id;
  };
  const arrivalsOf = async (id: string) =>
    (await smtp.messages()).some((m) => m.messageId === messageIdFor(id))
      ? (await import('node:fs/promises'))
          .readFile(path.join(dir, 'arrivals.log'), 'utf8')
          .then((log) => log.split('\n').filter((l) => l === messageIdFor(id)).length)
      : 0;
  /** The job queue is done with the row's job: completed, so nothing retries it any more. */
  const jobCompleted = async (id: string) => {
    const rows = await db.orm.em
      .fork()
      .execute<{ state: string }[]>(`select state from pgboss.job where id = ?::uuid`, [id]);
    return rows[0]?.state === 'completed';
  };

  /**
   * A worker whose e-mail transport takes the database away as soon as the mail server accepted `target` — the
   * moment between the receiver's 250 and the commit of `sent_at` — and brings it back after `outageMs`.
   */
  const startCutting = async (target: string, outageMs: number) => {
    const transports = buildTransports({ smtpUrl: smtp.url, mailFrom: 'test@bn.test', logger });
    const email = transports.email;
    let cut = false;
    const w = await startWorker({
      orm,
      databaseUrl: proxy.url,
      transports: {
        ...transports,
        email: {
          async send(m: OutgoingMessage) {
            const sent = await email.send(m);
            if (m.outboxId === target && !cut) {
              cut = true;
              await proxy.down();
              setTimeout(() => void proxy.up(), outageMs);
            }
            return sent;
          },
        },
      },
      logger,
      relayIntervalMs: 100,
    });
    workers.push(w);
    return { worker: w, cutDone: () => cut, close: () => transports.close() };
  };

  for (const outageMs of [3_000, 35_000]) {
    it(`sends the message once when PostgreSQL is away for ${outageMs / 1000} s after the 250`, async () => {
      const id = await outbox();
      const w = await startCutting(id, outageMs);
      for (let i = 0; i < 100 && !w.cutDone(); i++) await sleep(100);
      expect(w.cutDone()).toBe(true);
      // Until the job queue has completed the row's job nothing may retry it any more; then count what arrived.
      const deadline = Date.now() + outageMs + 90_000;
      while (Date.now() < deadline && !(await jobCompleted(id).catch(() => false))) await sleep(250);
      expect(await jobCompleted(id)).toBe(true);
      const [row] = await db.orm.em
        .fork()
        .execute<{ sent_at: unknown; delivery_id: string | null }[]>(
          'select sent_at, delivery_id from outbox_message where id = ?',
          [id],
        );
      expect(row!.sent_at).not.toBeNull();
      expect(row!.delivery_id).toBe(messageIdFor(id));
      expect(await arrivalsOf(id)).toBe(1);
      w.close();
    }, 180_000);
  }
});
