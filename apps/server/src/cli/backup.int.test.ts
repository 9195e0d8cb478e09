import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter, createInnerContext, seedDemo, type CookieJar } from '@bn/api';
import { totpNow } from '@bn/api/testing';
import { backupDatabase, restoreDatabase, type MikroORM } from '@bn/db';
import { createTestDatabase, type TestDatabase } from '@bn/db/testing';
import { addDays, osloDate } from '@bn/domain';

/** Every row of every table of the database, as text, per table (the migrator's own table aside). */
async function everyRow(orm: MikroORM): Promise<Record<string, string[]>> {
  const em = orm.em.fork();
  const tables = (
    await em.execute<{ name: string }[]>(
      `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'mikro_orm_migrations' order by 1`,
    )
  ).map((r) => r.name);
  const out: Record<string, string[]> = {};
  for (const t of tables)
    out[t] = (await em.execute<{ r: string }[]>(`select t::text as r from "${t}" t order by 1`)).map((r) => r.r);
  return out;
}

/** The demo agent books the first free time it finds, as the agent SPA does (search, hold, confirm). */
async function bookAsDemoAgent(orm: MikroORM, user: { password: string; totpSecret?: string }): Promise<void> {
  const cookies = new Map<string, string>();
  const jar: CookieJar = {
    get: (n) => cookies.get(n),
    set: (n, v) => void cookies.set(n, v),
    clear: (n) => void cookies.delete(n),
  };
  const caller = async () => appRouter.createCaller(await createInnerContext({ em: orm.em.fork(), cookies: jar }));
  await (
    await caller()
  ).auth.signIn({
    email: 'agent@storebrand.demo',
    password: user.password,
    code: totpNow(user.totpSecret!),
  });
  const today = osloDate(new Date());
  const { hits } = await (
    await caller()
  ).search.network({ tariffCode: 'B1010', place: 'Oslo', from: addDays(today, 1), to: addDays(today, 14), limit: 5 });
  const hit = hits[0]!;
  const { holdId } = await (
    await caller()
  ).booking.hold({
    bookId: hit.bookId,
    typeId: hit.typeId,
    tariffCode: hit.tariffCode,
    startAt: hit.startAt,
    departmentId: hit.departmentId,
  });
  await (
    await caller()
  ).booking.confirm({
    holdId,
    patient: { nationalId: '05819012301', name: 'Gjenopprettet Pasient', email: 'pasient@restore.test' },
    caseId: 'RESTORE1',
  });
}

describe('pnpm db:backup / db:restore', () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    source = await createTestDatabase();
    target = await createTestDatabase({ empty: true });
    dir = await mkdtemp(path.join(os.tmpdir(), 'bn-backup-test-'));
    const { credentials } = await seedDemo({ em: source.orm.em.fork(), known: undefined });
    await bookAsDemoAgent(
      source.orm,
      credentials.users.find((u) => u.email === 'agent@storebrand.demo')!,
    );
  });
  afterAll(async () => {
    await source?.drop();
    await target?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('restores into a fresh database and finds every row of every table', async () => {
    const file = path.join(dir, 'demo.bnbackup.gz');
    const { rows } = await backupDatabase({ url: source.url, file });
    // The demo network and one booking: configuration, derived search tables, patient, claim, outbox, access log.
    for (const table of [
      'clinic',
      'appointment_book',
      'free_slot',
      'search_slot',
      'offer',
      'appointment',
      'patient',
      'outbox_message',
      'app_user',
      'session',
    ]) {
      expect(rows[table], table).toBeGreaterThan(0);
    }
    await restoreDatabase({ url: target.url, file });
    const [before, after] = [await everyRow(source.orm), await everyRow(target.orm)];
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before)) {
      // Unsent notifications are handed to the job queue again (its tables are not in the backup).
      if (table === 'outbox_message') continue;
      expect(after[table], table).toEqual(before[table]);
    }
    const outbox = (orm: MikroORM) =>
      orm.em
        .fork()
        .execute<{ id: string; sent: boolean; queued: boolean }[]>(
          'select id, sent_at is not null as sent, queued_at is not null as queued from outbox_message order by id',
        );
    const restored = await outbox(target.orm);
    expect(restored.map((r) => r.id)).toEqual((await outbox(source.orm)).map((r) => r.id));
    expect(restored.filter((r) => !r.sent && r.queued)).toEqual([]);
  });

  it('refuses a database that already holds data, and a file cut short, without changing anything', async () => {
    const file = path.join(dir, 'again.bnbackup.gz');
    await backupDatabase({ url: source.url, file });
    await expect(restoreDatabase({ url: source.url, file })).rejects.toThrow(/already holds data/);

    const fresh = await createTestDatabase({ empty: true });
    try {
      const text = gunzipSync(await readFile(file)).toString('utf8');
      const cut = path.join(dir, 'cut.bnbackup.gz');
      await writeFile(cut, gzipSync(text.slice(0, Math.floor(text.length * 0.7))));
      await expect(restoreDatabase({ url: fresh.url, file: cut })).rejects.toThrow(
        /incomplete, and nothing was restored/,
      );
      expect(Object.values(await everyRow(fresh.orm)).flat()).toEqual([]);
    } finally {
      await fresh.drop();
    }
  });
});
