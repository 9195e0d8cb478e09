// The practitioner's calendar («Min side», issue 15): its own books with their bookings (time, patient, type, remark,
// note) and nothing else of the clinic — another practitioner's book in the same clinic is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPractitioner,
  createTestDatabase,
  createTestNetwork,
  type TestDatabase,
  type TestNetwork,
} from '@bn/db/testing';
import { addDays, osloDate } from '@bn/domain';
import { callerAs, failureOf, type Caller } from '../../testing/index.js';
import { countRows, createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';

describe('the practitioner’s own calendar', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let own: BookableSetup;
  let colleague: BookableSetup;
  let practitioner: Caller;
  const today = osloDate(new Date());
  const range = { from: today, to: addDays(today, 30) };

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    own = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicA,
      insurer: n.insurerX,
      practitioner: n.practitionerA,
    });
    const other = await createPractitioner(db.orm.em.fork(), { clinic: n.clinicA, name: 'Kollega K' });
    colleague = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicA,
      insurer: n.insurerX,
      practitioner: other,
    });
    const admin = await callerAs(db.orm, n.users.clinic_admin.user);
    const { patientId } = await admin.patients.create({
      clinicId: n.clinicA.id,
      nationalId: '02819012485',
      name: 'Pia Pasient',
      phone: null,
      email: 'pia@example.no',
    });
    for (const s of [own, colleague]) {
      const [slot] = await freeSlotsOf(db.orm, s.book.id, s.type.id);
      await admin.booking.bookByClinic({
        clinicId: n.clinicA.id,
        bookId: s.book.id,
        typeId: s.type.id,
        startAt: slot!.startAt,
        patientId,
        patientRemark: 'Vondt i nakken',
        note: s === own ? 'Egen notat' : 'Kollegas notat',
      });
    }
    practitioner = await callerAs(db.orm, n.users.practitioner.user);
  });
  afterAll(() => db?.drop());

  it('names only its own books', async () => {
    const me = await practitioner.practitioner.me();
    expect(me.books).toEqual([{ id: own.book.id, name: own.book.name }]);
  });

  it('shows its own bookings with patient, type, remark and note, and logs the read', async () => {
    const rows = await practitioner.appointments.forBooks({ clinicId: n.clinicA.id, bookIds: [own.book.id], ...range });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      patient: { name: 'Pia Pasient' },
      type: { id: own.type.id },
      patientRemark: 'Vondt i nakken',
      note: 'Egen notat',
    });
    expect(JSON.stringify(rows)).not.toContain('Kollegas notat');
    expect(
      await countRows(db.orm, `select 1 from access_log_entry where actor_id = ? and action = 'read_appointments'`, [
        n.users.practitioner.user.id,
      ]),
    ).toBeGreaterThan(0);
  });

  it('is refused another practitioner’s book of the same clinic, alone or beside its own', async () => {
    for (const bookIds of [[colleague.book.id], [own.book.id, colleague.book.id]]) {
      expect(
        await failureOf(practitioner.appointments.forBooks({ clinicId: n.clinicA.id, bookIds, ...range })),
      ).toMatchObject({ data: { code: 'FORBIDDEN' } });
      expect(
        await failureOf(practitioner.appointments.freeTime({ clinicId: n.clinicA.id, bookIds, ...range })),
      ).toMatchObject({ data: { code: 'FORBIDDEN' } });
    }
  });
});
