// What every fault run starts from: the booking bench's network (one insurer, two clinics, their books and free
// time derived by the real use cases), agents signed in by session rows, free slots and synthetic national ids.
import os from 'node:os';
import path from 'node:path';
import { chmod, mkdtemp } from 'node:fs/promises';
import pg from 'pg';
import { osloDate } from '@bn/domain';
import { createOrm, migrate } from '@bn/db';
import { createBookingAgents, insertBookingNetwork, syntheticNationalIds } from '../booking-network.js';
import { withClient } from './fault-checks.js';
import type { Slot } from './fault-load.js';

export interface FaultNetwork {
  cookies: string[];
  /** Distinct free slots spread over the latency books, interleaved so that concurrent clients use different books. */
  slots: Slot[];
  /** The 100 free slots of the contended books. */
  contended: Slot[];
  nationalIds: string[];
}

const rows = (r: pg.QueryResult<{ book_id: string; type_id: string; start_at: Date }>) =>
  r.rows.map((x) => ({ bookId: x.book_id, typeId: x.type_id, startAt: x.start_at.toISOString() }));

export async function prepareNetwork(url: string, agents = 20, books = 8): Promise<FaultNetwork> {
  return withClient(url, async (c) => {
    const net = await insertBookingNetwork(c, url, osloDate(new Date()), books);
    const cookies = await createBookingAgents(c, agents);
    const perBook: Slot[][] = [];
    for (const b of net.latencyBooks) {
      perBook.push(
        rows(
          await c.query(
            `select book_id, type_id, start_at from free_slot where book_id = $1 and start_at > now() + interval '2 hours' order by start_at`,
            [b.bookId],
          ),
        ),
      );
    }
    const slots: Slot[] = [];
    for (let i = 0; perBook.some((s) => i < s.length); i++) for (const s of perBook) if (s[i]) slots.push(s[i]!);
    const contended = rows(
      await c.query(
        'select book_id, type_id, start_at from free_slot where book_id = any($1) order by start_at, book_id',
        [net.contentionBooks.map((b) => b.bookId)],
      ),
    );
    return { cookies, slots, contended, nationalIds: syntheticNationalIds(slots.length + 5000) };
  });
}

/** A temp directory PostgreSQL (as root: the `postgres` user) may enter. */
export async function tempDir(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `bn-faults-${name}-`));
  await chmod(dir, 0o755);
  return dir;
}

export function databaseUrl(adminUrl: string, name: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A new, migrated database on the server behind `adminUrl`. */
export async function createMigratedDatabase(adminUrl: string, name: string): Promise<string> {
  await withClient(adminUrl, (c) => c.query(`create database ${pg.escapeIdentifier(name)}`));
  const url = databaseUrl(adminUrl, name);
  const orm = await createOrm({ url, poolMax: 2, silentMigrations: true });
  try {
    await migrate(orm);
  } finally {
    await orm.close(true);
  }
  return url;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
