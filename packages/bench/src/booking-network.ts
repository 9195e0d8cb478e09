// The booking bench's network: one insurer, one tariff and two clinics written with SQL, their offers and free time
// then derived by the REAL use cases (refreshOffers, refreshFreeTime).
//   contention: 10 books with 10 slots of 30 min each on one day, a week ahead = exactly 100 free slots;
//   latency:    one book per client, 07:00–19:00 every day for 8 weeks in 15-minute slots (thousands each).
import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import { createOrm } from '@bn/db';
import { FREE_TIME_HORIZON_DAYS, refreshFreeTime, refreshOffers } from '@bn/api';
import { addDays, allowedK1, expectedK2, isoWeek, NO_RESTRICTIONS } from '@bn/domain';

export const INSURER_ID = 'bench-booking-insurer';
export const TARIFF_CODE = 'B1010';

export interface BookingNetwork {
  contentionBooks: { bookId: string; typeId: string }[];
  latencyBooks: { bookId: string; typeId: string }[];
}

interface BookSpec {
  clinicId: string;
  n: number;
  durationMinutes: number;
  windows: { weekday: number; start: string; end: string }[];
  weeks: string[];
  openedHolidays: string[];
}

const json = (v: unknown) => JSON.stringify(v);

// HPR numbers are unique in the network: one counter for every book's practitioner this process inserts.
let nextHprNumber = 9_100_000;

async function insertBook(client: pg.ClientBase, s: BookSpec): Promise<{ bookId: string; typeId: string }> {
  const id = (what: string) => `bench-${what}-${s.clinicId}-${s.n}`;
  const [bookId, typeId, templateId] = [id('book'), id('type'), id('template')];
  await client.query(
    `insert into practitioner (id, created_at, clinic_id, name, profession, hpr_number) values ($1, now(), $2, $3, 'physiotherapist', $4)`,
    [id('practitioner'), s.clinicId, `Behandler ${s.clinicId.slice(-1)}${s.n}`, String(nextHprNumber++)],
  );
  await client.query(
    `insert into membership (id, created_at, practitioner_id, status, decided_at) values ($1, now(), $2, 'approved', now())`,
    [id('membership'), id('practitioner')],
  );
  await client.query(
    `insert into appointment_book (id, created_at, clinic_id, name, owner_kind, owner_practitioner_id, online_booking, patient_lists, restrictions)
     values ($1, now(), $2, $3, 'practitioner', $4, true, array['all_patients'], $5)`,
    [bookId, s.clinicId, `Timebok ${s.n}`, id('practitioner'), json(NO_RESTRICTIONS)],
  );
  await client.query(
    `insert into appointment_type (id, created_at, clinic_id, name, duration_minutes, bookable_online, notifications_on, automatic_dialog, own_limits)
     values ($1, now(), $2, 'Fysioterapi', $3, true, true, 'Velkommen til behandling.', $4)`,
    [typeId, s.clinicId, s.durationMinutes, json(NO_RESTRICTIONS)],
  );
  await client.query(
    `insert into type_rule (id, created_at, type_id, book_id, patient_list) values ($1, now(), $2, $3, 'all_patients')`,
    [id('rule'), typeId, bookId],
  );
  await client.query(`insert into type_rule_tariff (type_rule_id, tariff_id) values ($1, 'bench-tariff-b1010')`, [
    id('rule'),
  ]);
  await client.query(
    `insert into week_template (id, created_at, book_id, name, windows, breaks) values ($1, now(), $2, 'Bench', $3, '[]')`,
    [templateId, bookId, json(s.windows.map((w) => ({ ...w, typeIds: [typeId] })))],
  );
  await client.query(
    `insert into work_plan (id, created_at, book_id, weeks, closed_days, opened_holidays) values ($1, now(), $2, $3, '[]', $4)`,
    [
      id('plan'),
      bookId,
      json([...new Set(s.weeks)].map((d) => ({ ...isoWeek(d), templateId }))),
      json(s.openedHolidays),
    ],
  );
  return { bookId, typeId };
}

export async function insertBookingNetwork(
  client: pg.ClientBase,
  url: string,
  today: string,
  latencyClients: number,
): Promise<BookingNetwork> {
  await client.query('begin');
  await client.query(
    `insert into insurer (id, created_at, name, org_number) values ($1, now(), 'Benkforsikring', '958995369')`,
    [INSURER_ID],
  );
  await client.query(
    `insert into tariff (id, created_at, code, name, kind) values ('bench-tariff-b1010', now(), $1, 'Fysioterapi konsultasjon', 'insurance')`,
    [TARIFF_CODE],
  );
  for (const [clinicId, orgNumber] of [
    ['bench-clinic-c', '974760673'],
    ['bench-clinic-l', '921400012'],
  ] as const) {
    await client.query(
      `insert into clinic (id, created_at, name, org_number, integration_active) values ($1, now(), $2, $3, true)`,
      [clinicId, `Klinikk ${clinicId}`, orgNumber],
    );
    await client.query(
      `insert into department (id, created_at, clinic_id, name, street, postcode, city) values ($1, now(), $2, 'Sentrum', 'Storgata 1', '0155', 'Oslo')`,
      [`${clinicId}-dept`, clinicId],
    );
    await client.query(
      `insert into agreement (id, created_at, insurer_id, clinic_id, status, valid_from) values ($1, now(), $2, $3, 'approved', $4)`,
      [`${clinicId}-agreement`, INSURER_ID, clinicId, addDays(today, -30)],
    );
  }
  // A week ahead, opened even if it is a public holiday: 08:00–13:00 in 30-minute slots = 10 per book.
  const day = addDays(today, 7);
  const weekday = ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
  const contentionBooks: BookingNetwork['contentionBooks'] = [];
  for (let n = 0; n < 10; n++) {
    contentionBooks.push(
      await insertBook(client, {
        clinicId: 'bench-clinic-c',
        n,
        durationMinutes: 30,
        windows: [{ weekday, start: '08:00', end: '13:00' }],
        weeks: [day],
        openedHolidays: [day],
      }),
    );
  }
  const weeks = Array.from({ length: 9 }, (_, i) => addDays(today, i * 7));
  const everyDay = [1, 2, 3, 4, 5, 6, 7].map((wd) => ({ weekday: wd, start: '07:00', end: '19:00' }));
  const latencyBooks: BookingNetwork['latencyBooks'] = [];
  for (let n = 0; n < latencyClients; n++) {
    latencyBooks.push(
      await insertBook(client, {
        clinicId: 'bench-clinic-l',
        n,
        durationMinutes: 15,
        windows: everyDay,
        weeks,
        openedHolidays: [],
      }),
    );
  }
  await client.query('commit');

  const orm = await createOrm({ url, poolMax: 2 });
  try {
    await orm.em.fork().transactional(async (tx) => {
      await refreshOffers({ em: tx, clinicIds: ['bench-clinic-c', 'bench-clinic-l'], today });
      await refreshFreeTime({
        em: tx,
        bookIds: [...contentionBooks, ...latencyBooks].map((b) => b.bookId),
        from: today,
        to: addDays(today, FREE_TIME_HORIZON_DAYS),
      });
    });
    await orm.em.fork().execute('vacuum analyze');
  } finally {
    await orm.close(true);
  }
  return { contentionBooks, latencyBooks };
}

/** Insurer agents signed in by a session row, as the server recognises them (SHA-256 of the cookie's token). */
export async function createBookingAgents(client: pg.ClientBase, count: number): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < count; i++) {
    const token = randomBytes(32).toString('base64url');
    await client.query(
      `insert into app_user (id, created_at, email, name, password_hash, role, insurer_id, locale)
       values ($1, now(), $2, $3, 'bench: signs in by session only', 'insurer_agent', $4, 'nb')`,
      [`bench-booker-${i}`, `booker-${i}@bench.test`, `Agent ${i}`, INSURER_ID],
    );
    await client.query(
      `insert into session (token_hash, user_id, created_at, expires_at, last_seen_at) values ($1, $2, now(), now() + interval '1 day', now())`,
      [createHash('sha256').update(token).digest('hex'), `bench-booker-${i}`],
    );
    cookies.push(`bn_session=${token}`);
  }
  return cookies;
}

/** Distinct synthetic national identity numbers (month + 80: never a real person), with valid check digits. */
export function syntheticNationalIds(count: number): string[] {
  const out: string[] = [];
  for (let day = 0; out.length < count && day < 20_000; day++) {
    const date = addDays('1950-01-01', day);
    const [y, m, d] = [date.slice(2, 4), Number(date.slice(5, 7)) + 80, date.slice(8, 10)];
    for (let individual = 0; individual < 500 && out.length < count; individual += 37) {
      const nine = `${d}${m}${y}${String(individual).padStart(3, '0')}`;
      const digits = [...nine].map(Number);
      const k1 = allowedK1(digits)[0]!;
      if (k1 === undefined) continue;
      const k2 = expectedK2([...digits, k1]);
      if (k2 !== null && (digits.reduce((s, x, i) => s + x * [3, 7, 6, 1, 8, 9, 4, 5, 2][i]!, 0) + k1) % 11 === 0)
        out.push(`${nine}${k1}${k2}`);
    }
  }
  return out;
}
