import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@bn/db/testing';
import { MIGRATIONS_DIR, migrate } from '../orm.js';
import { migrationsList } from './index.js';

const extensionsOf = async (db: TestDatabase) =>
  (await db.orm.em.getConnection().execute<{ extname: string }[]>('select extname from pg_extension')).map(
    (r) => r.extname,
  );

describe('migrations on an empty database', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
  });
  afterAll(() => db?.drop());

  it('apply cleanly, in the listed order, and a second run has nothing to do', async () => {
    expect(await migrate(db.orm)).toEqual(migrationsList.map((m) => m.name));
    expect(await migrate(db.orm)).toEqual([]);
  });

  it('leave no drift: the entities describe exactly the migrated schema', async () => {
    // Fails when an entity changed without a migration (run `pnpm --filter @bn/db migration:create <name>`).
    const diff = await db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });
});

describe('the first migration', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
  });
  afterAll(() => db?.drop());

  it('enables btree_gist, which the booking exclusion constraints need', async () => {
    expect(await extensionsOf(db)).not.toContain('btree_gist');
    await db.orm.getMigrator().up({ to: migrationsList[0]!.name });
    expect(await extensionsOf(db)).toContain('btree_gist');
  });
});

describe('the migration that gives each booking its own patient details and each case id one patient', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
  });
  afterAll(() => db?.drop());

  it('freezes what existing network bookings were booked with, and gives each used case id to its first patient', async () => {
    const at = migrationsList.findIndex((m) => m.name.endsWith('_patient_card_is_the_clinics'));
    await db.orm.getMigrator().up({ to: migrationsList[at - 1]!.name });
    const sql = (text: string) => db.orm.em.getConnection().execute(text);
    await sql(`insert into clinic (id, created_at, name, org_number) values ('c1', now(), 'Klinikk', '123456785')`);
    await sql(`insert into insurer (id, created_at, name, org_number) values ('i1', now(), 'Forsikring', '987654325')`);
    await sql(
      `insert into appointment_book (id, created_at, clinic_id, name, owner_kind, restrictions) values ('b1', now(), 'c1', 'Bok', 'clinic', '{}')`,
    );
    await sql(`insert into patient (id, created_at, clinic_id, national_id, name, phone, email, birth_date) values
      ('p1', now(), 'c1', '01819012365', 'Kari Nordmann', null, 'kari@example.no', '1990-01-01'),
      ('p2', now(), 'c1', '02819012485', 'Ola Nordmann', '+4790000000', null, '1990-01-02')`);
    // One case id accepted for two patients before the rule (the first, by time, keeps it), and one lower-case.
    await sql(`insert into claim (id, created_at, patient_id, insurer_id, case_id) values
      ('k2', '2026-11-02T10:00:00Z', 'p2', 'i1', 'DOBBEL'), ('k1', '2026-11-01T10:00:00Z', 'p1', 'i1', 'DOBBEL'), ('k3', now(), 'p2', 'i1', 'liten1')`);
    await sql(`insert into appointment (id, created_at, clinic_id, book_id, start_at, end_at, kind, status, source, patient_id, paid_by_patient) values
      ('a1', now(), 'c1', 'b1', '2026-12-01T08:00:00Z', '2026-12-01T08:30:00Z', 'booking', 'active', 'agent', 'p1', false),
      ('a2', now(), 'c1', 'b1', '2026-12-01T09:00:00Z', '2026-12-01T09:30:00Z', 'booking', 'active', 'clinic', 'p2', true)`);
    await migrate(db.orm);
    expect(await sql('select insurer_id, case_id, national_id from insurer_case order by case_id')).toEqual([
      { insurer_id: 'i1', case_id: 'DOBBEL', national_id: '01819012365' },
      { insurer_id: 'i1', case_id: 'LITEN1', national_id: '02819012485' },
    ]);
    expect(await sql('select id, booked_name, booked_phone, booked_email from appointment order by id')).toEqual([
      { id: 'a1', booked_name: 'Kari Nordmann', booked_phone: null, booked_email: 'kari@example.no' },
      // The clinic's own booking carries no details: its notices use the card's.
      { id: 'a2', booked_name: null, booked_phone: null, booked_email: null },
    ]);
  });
});

describe('the migration list', () => {
  it('names every migration file in the folder, so the bundled server runs them all', async () => {
    const files = (await readdir(MIGRATIONS_DIR))
      .filter((f) => /^Migration\d+.*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(migrationsList.map((m) => m.name).sort()).toEqual(files.sort());
  });
});
