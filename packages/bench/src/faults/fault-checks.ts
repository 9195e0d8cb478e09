// What a fault run asserts afterwards, in SQL against the server's database and in the mail that arrived.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

export async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const n = async (c: pg.Client, sql: string, params: unknown[] = []) =>
  Number((await c.query<{ n: string }>(`select count(*) as n from (${sql}) q`, params)).rows[0]!.n);

export interface BookingCheck {
  acknowledged: number;
  /** Acknowledged bookings not in the database as active appointments. */
  lost: number;
  doubleBookings: number;
}

export async function checkBookings(url: string, acknowledged: string[]): Promise<BookingCheck> {
  return withClient(url, async (c) => ({
    acknowledged: acknowledged.length,
    lost:
      acknowledged.length -
      (await n(c, `select id from appointment where id = any($1) and status = 'active'`, [acknowledged])),
    doubleBookings: await n(
      c,
      `select a.id from appointment a join appointment b on a.book_id = b.book_id and a.id < b.id
       where a.status = 'active' and b.status = 'active' and tstzrange(a.start_at, a.end_at) && tstzrange(b.start_at, b.end_at)`,
    ),
  }));
}

/** Waits until the outbox has nothing left to send; the number still unsent when it gave up. */
export async function waitForOutbox(url: string, timeoutMs: number): Promise<{ unsent: number; seconds: number }> {
  const started = Date.now();
  for (;;) {
    const unsent = await withClient(url, (c) => n(c, 'select id from outbox_message where sent_at is null'));
    if (unsent === 0 || Date.now() - started > timeoutMs)
      return { unsent, seconds: Math.round((Date.now() - started) / 100) / 10 };
    await new Promise((r) => setTimeout(r, 500));
  }
}

export interface NotificationCheck {
  /** E-mail outbox rows (each a notification to send exactly once). */
  emails: number;
  /** Rows that never arrived at the mail server. */
  lost: number;
  /** Rows that arrived more than once. */
  doubled: number;
  /** Arrivals that match no outbox row. */
  strays: number;
}

/** Compares the e-mail outbox rows with what the mail server took, per Message-ID (`<outboxId@…>`). */
export async function checkNotifications(url: string, arrivals: Map<string, number>): Promise<NotificationCheck> {
  const rows = await withClient(url, async (c) =>
    (await c.query<{ id: string }>(`select id from outbox_message where channel = 'email'`)).rows.map((r) => r.id),
  );
  const byOutboxId = new Map<string, number>();
  for (const [messageId, times] of arrivals) {
    const id = messageId.replace(/^</, '').replace(/@.*$/, '');
    byOutboxId.set(id, (byOutboxId.get(id) ?? 0) + times);
  }
  const ids = new Set(rows);
  return {
    emails: rows.length,
    lost: rows.filter((id) => !byOutboxId.has(id)).length,
    doubled: rows.filter((id) => (byOutboxId.get(id) ?? 0) > 1).length,
    strays: [...byOutboxId.keys()].filter((id) => !ids.has(id)).length,
  };
}

/**
 * What the server's own local SMTP server (no SMTP_URL) took: `arrivals.log` has a line per delivery, repeats
 * included, and each message is one .eml file. Both must agree with the outbox.
 */
export async function localMailArrivals(mailDir: string): Promise<{ arrivals: Map<string, number>; stored: number }> {
  const log = await readFile(path.join(mailDir, 'arrivals.log'), 'utf8').catch(() => '');
  const arrivals = new Map<string, number>();
  for (const id of log.split('\n').filter(Boolean)) arrivals.set(id, (arrivals.get(id) ?? 0) + 1);
  const stored = (await readdir(mailDir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml')).length;
  return { arrivals, stored };
}
