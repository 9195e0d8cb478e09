// The clinic's phone number (issue 14): set by the clinic's own admin through the shared schema (a Norwegian number,
// bounded), refused with an issue code in words otherwise and nothing written; agents see it with the clinic's times
// (search.network) and in «Mine bookinger» (booking.mine).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { addDays, osloDate } from '@bn/domain';
import { callerAs, failureOf, issueTexts, refusalText, type Caller } from '../../testing/index.js';
import { createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';

describe('clinics.setPhone', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let s: BookableSetup;
  let admin: Caller;
  let agent: Caller;

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    s = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicA,
      insurer: n.insurerX,
      practitioner: n.practitionerA,
    });
    admin = await callerAs(db.orm, n.users.clinic_admin.user);
    agent = await callerAs(db.orm, n.users.insurer_agent.user);
  });
  afterAll(() => db?.drop());

  const phoneOf = async () => (await admin.clinics.get({ clinicId: n.clinicA.id })).phone;

  it('takes a Norwegian number as people write it and stores it as +47…; empty clears it', async () => {
    for (const [typed, stored] of [
      ['22 12 34 56', '+4722123456'],
      ['+47 912 34 567', '+4791234567'],
      ['0047 55-55-55-55', '+4755555555'],
      ['', null],
      ['  800.12.345  ', '+4780012345'],
    ] as const) {
      expect(await admin.clinics.setPhone({ clinicId: n.clinicA.id, phone: typed })).toEqual({ phone: stored });
      expect(await phoneOf()).toBe(stored);
    }
    expect(await admin.clinics.setPhone({ clinicId: n.clinicA.id, phone: null })).toEqual({ phone: null });
  });

  it('refuses what is not a Norwegian number, too long, or not text, with a code in words, and writes nothing', async () => {
    await admin.clinics.setPhone({ clinicId: n.clinicA.id, phone: '22 12 34 56' });
    const cases = [
      [
        '12345678',
        'clinic_phone.invalid',
        'Ugyldig telefonnummer. Skriv et norsk nummer med 8 siffer, gjerne med +47 foran.',
      ],
      ['+46 8 123 456', 'clinic_phone.invalid', null],
      ['2212345', 'clinic_phone.invalid', null],
      ['221234567', 'clinic_phone.invalid', null],
      ['2 2 1 2 3 4 5 6 7 8 9 0', 'too_long', 'Høyst 20 tegn.'],
      ['2212\u00003456', 'text.control', null],
    ] as const;
    for (const [typed, code, words] of cases) {
      const f = await failureOf(admin.clinics.setPhone({ clinicId: n.clinicA.id, phone: typed }));
      expect(f, typed).toMatchObject({ data: { appCode: 'BAD_INPUT', issues: [{ path: ['phone'], code }] } });
      if (words) expect(issueTexts(f).phone).toBe(words);
      expect(issueTexts(f, 'en').phone).toBeTruthy();
    }
    expect(await phoneOf()).toBe('+4722123456');
  });

  it('only the clinic’s own admin sets it: another clinic’s is FORBIDDEN', async () => {
    const f = await failureOf(admin.clinics.setPhone({ clinicId: n.clinicB.id, phone: '22 12 34 56' }));
    expect(f).toMatchObject({ data: { appCode: 'FORBIDDEN' } });
    expect(refusalText(f)).toBeTruthy();
    expect((await db.orm.em.fork().execute('select phone from clinic where id = ?', [n.clinicB.id]))[0]).toEqual({
      phone: null,
    });
  });

  it('the agent sees it with the clinic’s times and in «Mine bookinger»; the change log has it', async () => {
    await admin.clinics.setPhone({ clinicId: n.clinicA.id, phone: '22 12 34 56' });
    const today = osloDate(new Date());
    const found = await agent.search.network({ from: today, to: addDays(today, 30), tariffCode: s.tariffCode });
    expect(found.hits.some((h) => h.clinicId === n.clinicA.id)).toBe(true);
    expect(found.clinicPhones[n.clinicA.id]).toBe('+4722123456');

    const [free] = await freeSlotsOf(db.orm, s.book.id, s.type.id);
    const hold = await agent.booking.hold({
      bookId: s.book.id,
      typeId: s.type.id,
      tariffCode: s.tariffCode,
      startAt: free!.startAt,
    });
    const booked = await agent.booking.confirm({
      holdId: hold.holdId,
      patient: { nationalId: '02819012485', name: 'Ola Nordmann', phone: '912 34 567' },
    });
    const day = osloDate(booked.startAt);
    const mine = await agent.booking.mine({ from: day, to: day });
    expect(mine.find((b) => b.id === booked.appointmentId)).toMatchObject({ clinicPhone: '+4722123456' });

    const audit = await admin.audit.forClinic({ clinicId: n.clinicA.id, limit: 50 });
    expect(JSON.stringify(audit)).toContain('clinicPhone');
  });
});
