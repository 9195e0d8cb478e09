// The clinic's patient list: a search by name, phone or national id that logs every patient it shows, and a card the
// clinic makes itself, once per national id. Scope: the clinic's admins; its practitioners among their own patients.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { callerAs, failureOf, type Caller } from '../../testing/index.js';

// Synthetic national ids (month + 80): 06.01.1990 and 07.01.1990 as D-number (day + 40).
const KARI = '06819010178';
const OLA = '06819010259';
const D_NUMBER = '47819000057';

describe('the clinic’s patient list', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let admin: Caller;
  let practitioner: Caller;
  let support: Caller;
  const logRows = (patientId: string) =>
    db.orm.em
      .fork()
      .execute<{ action: string; role: string; what: string }[]>(
        'select action, role, what from access_log_entry where patient_id = ? order by created_at',
        [patientId],
      );
  const count = async (table: string) =>
    Number((await db.orm.em.fork().execute<{ n: string }[]>(`select count(*) as n from ${table}`))[0]!.n);

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    admin = await callerAs(db.orm, n.users.clinic_admin.user);
    practitioner = await callerAs(db.orm, n.users.practitioner.user);
    support = await callerAs(db.orm, n.users.support.user);
  });
  afterAll(() => db?.drop());

  it('makes a card with the birth date of the national id, and refuses a second card for the same national id', async () => {
    const { patientId } = await admin.patients.create({
      clinicId: n.clinicA.id,
      nationalId: '068190 10178',
      name: ' Kari Nordmann ',
      phone: '912 34 567',
      email: null,
    });
    const card = await admin.patients.get({ patientId });
    expect(card).toMatchObject({
      nationalId: KARI,
      name: 'Kari Nordmann',
      birthDate: '1990-01-06',
      phone: '+4791234567',
      email: null,
      bookings: [],
      claims: [],
    });
    expect((await logRows(patientId)).map((r) => r.action)).toEqual(['update_patient', 'read_patient']);

    const patients = await count('patient');
    const again = await failureOf(
      admin.patients.create({ clinicId: n.clinicA.id, nationalId: KARI, name: 'Kari Annen', phone: null, email: null }),
    );
    expect(again.data).toMatchObject({ appCode: 'PATIENT_EXISTS', httpStatus: 409, values: { patientId } });
    expect(await count('patient')).toBe(patients);
    expect((await admin.patients.get({ patientId })).name).toBe('Kari Nordmann');
  });

  it('takes a D-number, and the same national id at another clinic is another card', async () => {
    const { patientId } = await admin.patients.create({
      clinicId: n.clinicA.id,
      nationalId: D_NUMBER,
      name: 'Dina Dnummer',
      phone: null,
      email: 'dina@example.no',
    });
    expect((await admin.patients.get({ patientId })).birthDate).toBe('1990-01-07');
    expect(
      (
        await failureOf(
          admin.patients.create({ clinicId: n.clinicB.id, nationalId: OLA, name: 'Ola', phone: null, email: null }),
        )
      ).data.appCode,
    ).toBe('FORBIDDEN');
  });

  it('refuses a national id that fails its check digits, and a name too short, as field issues', async () => {
    const bad = await failureOf(
      admin.patients.create({ clinicId: n.clinicA.id, nationalId: '06819010170', name: 'K', phone: null, email: null }),
    );
    expect(bad.data.appCode).toBe('BAD_INPUT');
    expect(bad.data.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['nationalId'], code: 'national_id.check_digits' }),
        expect.objectContaining({ path: ['name'], code: 'patient.name_required' }),
      ]),
    );
  });

  it('finds by any word of the name, by phone and by the first digits of the national id, and logs each hit', async () => {
    await admin.patients.create({
      clinicId: n.clinicA.id,
      nationalId: OLA,
      name: 'Ola Nordmann',
      phone: '+4798765432',
      email: null,
    });
    const names = async (query: string) =>
      (await admin.patients.search({ clinicId: n.clinicA.id, query })).map((p) => p.name);
    expect(await names('nordmann')).toEqual(['Kari Nordmann', 'Ola Nordmann']);
    expect(await names('NORD kari')).toEqual(['Kari Nordmann']);
    expect(await names('987 65 432')).toEqual(['Ola Nordmann']);
    expect(await names('+47 91234567')).toEqual(['Kari Nordmann']);
    expect(await names('068190')).toEqual(['Kari Nordmann', 'Ola Nordmann']);
    expect(await names('%_')).toEqual([]);
    expect(await names('zz')).toEqual([]);
    const [ola] = await admin.patients.search({ clinicId: n.clinicA.id, query: OLA });
    expect(ola).toMatchObject({ nationalId: OLA, birthDate: '1990-01-06', phone: '+4798765432' });
    const log = await logRows(ola!.id);
    expect(log.filter((r) => r.action === 'find_patient')).toHaveLength(4);
    expect(log.at(-1)).toMatchObject({ role: 'clinic_admin', what: expect.stringContaining('søk i pasientlisten') });
  });

  it('shows a practitioner only the patients of its own books, another clinic and other roles nothing', async () => {
    expect(await practitioner.patients.search({ clinicId: n.clinicA.id, query: 'Nordmann' })).toEqual([]);
    expect(
      (await failureOf(practitioner.patients.search({ clinicId: n.clinicB.id, query: 'Nordmann' }))).data.appCode,
    ).toBe('FORBIDDEN');
    expect((await failureOf(admin.patients.search({ clinicId: n.clinicB.id, query: 'Nordmann' }))).data.appCode).toBe(
      'FORBIDDEN',
    );
    expect((await failureOf(support.patients.search({ clinicId: n.clinicA.id, query: 'Nordmann' }))).data.appCode).toBe(
      'FORBIDDEN',
    );
    expect((await failureOf(admin.patients.search({ clinicId: n.clinicA.id, query: 'x' }))).data.appCode).toBe(
      'BAD_INPUT',
    );
  });
});
