// A Timebok open while a colleague deletes one of its books (issue 15's «Noe gikk galt» on the clinic's pages): the
// next refresh asks for that book once more and gets the others' appointments and free time, not FORBIDDEN; a book
// of another clinic is still refused, with or without a deleted one beside it.
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
import { createBookableSetup, type BookableSetup } from '../../testing/booking-fixtures.js';

describe('the Timebok when a book it shows is deleted', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let kept: BookableSetup;
  let other: BookableSetup;
  let admin: Caller;
  const today = osloDate(new Date());
  const range = { from: today, to: addDays(today, 14) };

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    kept = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicA,
      insurer: n.insurerX,
      practitioner: n.practitionerA,
    });
    other = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicB,
      insurer: n.insurerX,
      practitioner: await createPractitioner(db.orm.em.fork(), { clinic: n.clinicB, name: 'Annen Klinikk' }),
    });
    admin = await callerAs(db.orm, n.users.clinic_admin.user);
  });
  afterAll(() => db?.drop());

  it('answers the books that still exist, and refuses another clinic’s book as before', async () => {
    const gone = await createPractitioner(db.orm.em.fork(), { clinic: n.clinicA, name: 'Slettet Snart' });
    const goneBook = `book-gone-${Date.now()}`;
    await admin.books.upsert({
      id: goneBook,
      clinicId: n.clinicA.id,
      name: 'Snart borte',
      ownerKind: 'practitioner',
      ownerPractitionerId: gone.id,
      onlineBooking: false,
      patientLists: ['all_patients'],
    });
    const asked = { clinicId: n.clinicA.id, bookIds: [kept.book.id, goneBook], ...range };
    const before = await admin.appointments.freeTime(asked);
    await admin.books.delete({ id: goneBook });

    const free = await admin.appointments.freeTime(asked);
    expect(free.length).toBeGreaterThan(0);
    expect(free.every((s) => s.bookId === kept.book.id)).toBe(true);
    expect(free).toEqual(before.filter((s) => s.bookId === kept.book.id));
    expect(await admin.appointments.forBooks(asked)).toEqual(
      await admin.appointments.forBooks({ ...asked, bookIds: [kept.book.id] }),
    );

    const foreign = { clinicId: n.clinicA.id, bookIds: [kept.book.id, goneBook, other.book.id], ...range };
    expect(await failureOf(admin.appointments.freeTime(foreign))).toMatchObject({ data: { appCode: 'FORBIDDEN' } });
    expect(await failureOf(admin.appointments.forBooks(foreign))).toMatchObject({ data: { appCode: 'FORBIDDEN' } });
  });
});
