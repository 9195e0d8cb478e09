// Writes the synthetic network's configuration rows with bulk SQL (unnest of arrays): seconds for 10,000
// practitioners, where the configuration API would take minutes. The derived data is NOT written here: the real
// refreshOffers / refreshFreeTime build it afterwards (derive.ts).
import type pg from 'pg';
import { INSURERS, TARIFFS, type SyntheticNetwork } from './synthetic-network.js';

type Column = readonly [name: string, type: string];

/** Inserts rows column-wise: one array parameter per column, plus `constants` (column → SQL expression) for every row. */
async function bulkInsert(
  client: pg.ClientBase,
  table: string,
  columns: readonly Column[],
  rows: readonly unknown[][],
  constants: Record<string, string> = {},
): Promise<void> {
  const names = [...columns.map(([n]) => n), ...Object.keys(constants)].join(', ');
  const values = ['u.*', ...Object.values(constants)].join(', ');
  const unnest = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    const arrays = columns.map((_, c) => chunk.map((row) => row[c]));
    await client.query(`insert into ${table} (${names}) select ${values} from unnest(${unnest}) as u`, arrays);
  }
}

const json = (value: unknown) => JSON.stringify(value);

export async function insertNetwork(client: pg.ClientBase, net: SyntheticNetwork): Promise<void> {
  const now = new Date();
  await client.query('begin');
  await bulkInsert(
    client,
    'insurer',
    [
      ['id', 'text'],
      ['name', 'text'],
      ['org_number', 'text'],
      ['offers_psychologist_booking', 'boolean'],
    ],
    INSURERS.map((i) => [i.id, i.name, i.orgNumber, i.psychologists]),
    { created_at: 'now()' },
  );
  for (const t of TARIFFS) {
    await client.query(
      'insert into tariff (id, created_at, code, name, kind, professions) values ($1, now(), $2, $3, $4, $5)',
      [t.id, t.code, t.name, t.kind, t.professions],
    );
  }
  await bulkInsert(
    client,
    'clinic',
    [
      ['id', 'text'],
      ['name', 'text'],
      ['org_number', 'text'],
      ['integration_active', 'boolean'],
      ['max_self_booked', 'int'],
    ],
    net.clinics.map((c) => [c.id, c.name, c.orgNumber, c.integrationActive, c.maxSelfBooked]),
    { created_at: 'now()' },
  );
  await bulkInsert(
    client,
    'department',
    [
      ['id', 'text'],
      ['clinic_id', 'text'],
      ['name', 'text'],
      ['street', 'text'],
      ['postcode', 'text'],
      ['city', 'text'],
      ['registered_with_network_at', 'timestamptz'],
    ],
    net.departments.map((d) => [d.id, d.clinicId, d.name, d.street, d.postcode, d.city, d.registered ? now : null]),
    { created_at: 'now()' },
  );
  await bulkInsert(
    client,
    'practitioner',
    [
      ['id', 'text'],
      ['clinic_id', 'text'],
      ['name', 'text'],
      ['profession', 'text'],
      ['hpr_number', 'text'],
    ],
    net.practitioners.map((p) => [p.id, p.clinicId, p.name, p.profession, p.hprNumber]),
    { created_at: 'now()' },
  );
  await bulkInsert(
    client,
    'membership',
    [
      ['id', 'text'],
      ['practitioner_id', 'text'],
      ['status', 'text'],
    ],
    net.practitioners.map((p) => [`bench-membership-${p.id}`, p.id, p.membership]),
    { created_at: 'now()' },
  );
  await bulkInsert(
    client,
    'agreement',
    [
      ['id', 'text'],
      ['insurer_id', 'text'],
      ['clinic_id', 'text'],
    ],
    net.agreements.map((a) => [a.id, a.insurerId, a.clinicId]),
    { created_at: 'now()', status: "'approved'", valid_from: "date '2024-01-01'" },
  );
  await bulkInsert(
    client,
    'appointment_book',
    [
      ['id', 'text'],
      ['clinic_id', 'text'],
      ['name', 'text'],
      ['owner_practitioner_id', 'text'],
      ['online_booking', 'boolean'],
      ['restrictions', 'jsonb'],
    ],
    net.books.map((b) => [b.id, b.clinicId, b.name, b.practitionerId, b.onlineBooking, json(b.restrictions)]),
    { created_at: 'now()', owner_kind: "'practitioner'", patient_lists: "array['all_patients']" },
  );
  const types = net.books.flatMap((b) => b.types);
  const noLimits = json({
    daysAhead: null,
    minNoticeHours: null,
    cancellationDeadlineHours: null,
    cancellationAllowed: true,
    maxSelfBooked: null,
  });
  await bulkInsert(
    client,
    'appointment_type',
    [
      ['id', 'text'],
      ['clinic_id', 'text'],
      ['name', 'text'],
      ['duration_minutes', 'int'],
      ['bookable_online', 'boolean'],
    ],
    types.map((t) => [t.id, t.clinicId, t.name, t.durationMinutes, t.bookableOnline]),
    { created_at: 'now()', own_limits: `'${noLimits}'::jsonb` },
  );
  const rules = net.books.flatMap((b) =>
    b.types.map((t) => ({ id: `bench-rule-${t.id}`, typeId: t.id, bookId: b.id, tariffIds: b.tariffIds })),
  );
  await bulkInsert(
    client,
    'type_rule',
    [
      ['id', 'text'],
      ['type_id', 'text'],
      ['book_id', 'text'],
    ],
    rules.map((r) => [r.id, r.typeId, r.bookId]),
    { created_at: 'now()', patient_list: "'all_patients'" },
  );
  await bulkInsert(
    client,
    'type_rule_tariff',
    [
      ['type_rule_id', 'text'],
      ['tariff_id', 'text'],
    ],
    rules.flatMap((r) => r.tariffIds.map((tariffId) => [r.id, tariffId])),
  );
  await bulkInsert(
    client,
    'week_template',
    [
      ['id', 'text'],
      ['book_id', 'text'],
      ['windows', 'jsonb'],
      ['breaks', 'jsonb'],
    ],
    net.books.map((b) => [b.templateId, b.id, json(b.windows), json(b.breaks)]),
    { created_at: 'now()', name: "'Vanlig uke'" },
  );
  await bulkInsert(
    client,
    'work_plan',
    [
      ['id', 'text'],
      ['book_id', 'text'],
      ['weeks', 'jsonb'],
      ['closed_days', 'jsonb'],
    ],
    net.books.map((b) => [`bench-plan-${b.id}`, b.id, json(b.weeks), json(b.closedDays)]),
    { created_at: 'now()', opened_holidays: "'[]'::jsonb" },
  );
  await client.query('commit');
}
