// Validity to the minute: an agreement that ends at midnight stops being bookable at midnight, and one that starts
// tomorrow is bookable from its start — with no configuration change and no job run in between, in search, week view,
// hold, confirm, readiness and "why no times?" alike.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClinic,
  createInsurer,
  createTestDatabase,
  createUser,
  type TestDatabase,
  type TestUser,
} from '@bn/db/testing';
import { Agreement, Clinic, Insurer } from '@bn/db';
import { addDays, osloDate, osloInstant } from '@bn/domain';
import { callerAs, failureOf, refusalText } from '../../testing/index.js';
import { createTimedSetup, TestClock } from '../../testing/time-travel.js';
import { reindexClinics } from '../search/reindex-clinic.js';

describe('validity to the minute', () => {
  let db: TestDatabase;
  let ending: TestUser;
  let starting: TestUser;
  let operator: TestUser;
  let s: Awaited<ReturnType<typeof createTimedSetup>>;
  let falckId: string;
  let falckAgreementId: string;
  // Configured on Friday 15 January 2027; Storebrand's agreement ends on Wednesday 20 January, Falck's starts on the 21st.
  const clock = new TestClock(new Date(0)).set('2027-01-15', '10:00');
  const as = (u: TestUser) => callerAs(db.orm, u.user, { now: clock.now });
  const range = () => ({ from: clock.today(), to: addDays(clock.today(), 14) });
  const searchDays = async (u: TestUser) => [
    ...new Set((await (await as(u)).search.network({ ...range(), limit: 100 })).hits.map((h) => osloDate(h.startAt))),
  ];
  const weekDays = async (u: TestUser) => [
    ...new Set(
      (await (await as(u)).search.practitionerSlots({ practitionerId: s.practitioner.id, ...range() })).slots.map((x) =>
        osloDate(new Date(x.startMs)),
      ),
    ),
  ];
  const hold = async (u: TestUser, date: string, time = '09:00') =>
    (await as(u)).booking.hold({
      bookId: s.book.id,
      typeId: s.type.id,
      tariffCode: s.tariffCode,
      startAt: osloInstant(date, time),
    });
  // One book × type; without a valid agreement the answer has no items, only the agreement's dates.
  const why = async (u: TestUser) => {
    const r = await (await as(u)).search.whyNoTimes({ practitionerId: s.practitioner.id, ...range() });
    return r.items[0] ?? { status: 'not_offered', reasons: r.general };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const em = db.orm.em.fork();
    const storebrand = await createInsurer(em, { name: 'Storebrand' });
    const falck = await createInsurer(em, { name: 'Falck Helse' });
    ending = await createUser(em, { role: 'insurer_agent', insurer: storebrand });
    starting = await createUser(em, { role: 'insurer_agent', insurer: falck });
    operator = await createUser(em, { role: 'network_operator' });
    const clinic = await createClinic(em);
    s = await createTimedSetup(em, {
      clinic,
      insurer: storebrand,
      now: clock.now(),
      agreement: { validFrom: '2026-01-01', validTo: '2027-01-20' },
    });
    falckId = falck.id;
    falckAgreementId = randomUUID();
    em.create(Agreement, {
      id: falckAgreementId,
      insurer: em.getReference(Insurer, falck.id),
      clinic: em.getReference(Clinic, clinic.id),
      practitioner: null,
      status: 'approved',
      validFrom: '2027-01-21',
      validTo: null,
    });
    await em.flush();
    await em.transactional((tx) =>
      reindexClinics({ em: tx, clinicIds: [clinic.id], now: clock.now(), freeTime: true }),
    );
  });
  afterAll(() => db?.drop());

  it('the search table equals free time × offers with their validity: ends applied, insurers grouped by their start', async () => {
    const em = db.orm.em.fork();
    const recomputed = `select f.book_id, f.type_id, f.start_at, o.department_id, o.tariff_id, coalesce(o.bookable_from, '-infinity'::timestamptz) as bookable_from,
        f.end_at, array_agg(o.insurer_id order by o.insurer_id) as insurer_ids
      from free_slot f join offer o on o.book_id = f.book_id and o.type_id = f.type_id and (o.bookable_until is null or f.start_at < o.bookable_until)
      group by 1, 2, 3, 4, 5, 6, 7`;
    const stored =
      'select book_id, type_id, start_at, department_id, tariff_id, bookable_from, end_at, insurer_ids from search_slot';
    const [diff] = await em.execute<{ n: string }[]>(
      `select count(*) as n from ((${stored} except ${recomputed}) union all (${recomputed} except ${stored})) d`,
    );
    expect(Number(diff!.n)).toBe(0);
    const groups = await em.execute<{ from: string; last: string }[]>(
      `select case when bookable_from = '-infinity' then '-infinity' else to_char(bookable_from at time zone 'Europe/Oslo', 'YYYY-MM-DD HH24:MI') end as from,
              max(start_at at time zone 'Europe/Oslo')::date::text as last
       from search_slot group by 1 order by 1`,
    );
    // Storebrand's times end with its agreement; Falck's rows wait for its start.
    expect(groups.map((g) => g.from)).toEqual(['-infinity', '2027-01-21 00:00']);
    expect(groups[0]!.last).toBe('2027-01-20');
  });

  it('before the end: the ending agreement offers only the days it covers; the starting one nothing yet', async () => {
    clock.set('2027-01-20', '23:59');
    expect(await searchDays(ending)).toEqual([]);
    clock.set('2027-01-20', '08:00');
    expect(await searchDays(ending)).toEqual(['2027-01-20']);
    expect(await weekDays(ending)).toEqual(['2027-01-20']);
    // A treatment day the agreement does not cover is not offered, even while the agreement still runs.
    const ended = await failureOf(hold(ending, '2027-01-21'));
    expect(ended).toMatchObject({ data: { appCode: 'NOT_BOOKABLE', values: { reason: 'validity_ended' } } });
    expect(refusalText(ended)).toBe('Avtalen gjelder bare timer til og med 20.01.2027.');
    expect(refusalText(ended, 'en')).toBe('The agreement covers appointments until 20.01.2027 only.');
    expect(await searchDays(starting)).toEqual([]);
    expect(await weekDays(starting)).toEqual([]);
    const early = await failureOf(hold(starting, '2027-01-22'));
    expect(early).toMatchObject({ data: { appCode: 'NOT_BOOKABLE', values: { reason: 'not_yet_valid' } } });
    expect(refusalText(early)).toBe('Avtalen gjelder fra 21.01.2027; timen kan bestilles fra da.');
    const notYet = await why(starting);
    expect(notYet.status).toBe('not_offered');
    expect(notYet.reasons[0]!.message).toBe('Avtalen mellom Falck Helse og klinikken gjelder fra 21.01.2027.');
    // "Why no times?" over the days after the end says why, as the search does.
    const later = await (
      await as(ending)
    ).search.whyNoTimes({ practitionerId: s.practitioner.id, from: '2027-01-21', to: '2027-01-31' });
    expect(later.items[0]).toMatchObject({
      status: 'no_slots',
      reasons: [
        { code: 'offer_ends', message: 'Avtalen med forsikringsselskapet gjelder bare timer til og med 20.01.2027.' },
      ],
    });
  });

  it('one minute before midnight the hold is refused for tomorrow; one second after midnight the new agreement books, the old one nothing', async () => {
    clock.set('2027-01-20', '23:59');
    expect(await failureOf(hold(starting, '2027-01-21'))).toMatchObject({
      data: { appCode: 'NOT_BOOKABLE', values: { reason: 'not_yet_valid' } },
    });
    clock.set('2027-01-21', '00:00').advance(1000);
    // No job has run and nothing was configured since the 15th.
    const [runs] = await db.orm.em.fork().execute<{ n: string }[]>('select count(*) as n from job_run');
    expect(Number(runs!.n)).toBe(0);
    expect((await searchDays(starting))[0]).toBe('2027-01-21');
    expect((await weekDays(starting))[0]).toBe('2027-01-21');
    expect(await searchDays(ending)).toEqual([]);
    expect(await weekDays(ending)).toEqual([]);
    expect(await failureOf(hold(ending, '2027-01-21'))).toMatchObject({ data: { appCode: 'NOT_BOOKABLE' } });
    const held = await hold(starting, '2027-01-21');
    const booked = await (
      await as(starting)
    ).booking.confirm({
      holdId: held.holdId,
      patient: { nationalId: '01819012365', name: 'Kari Nordmann', email: 'kari@example.no' },
    });
    expect(booked.appointmentId).toBe(held.holdId);
    // Readiness (the clinic's screen) and "why no times?" agree.
    const readiness = await (await as(operator)).readiness.forClinic({ clinicId: s.clinicId });
    const pair = readiness.find((r) => r.type.id === s.type.id)!.result;
    expect(pair.insurers.map((i) => [i.insurerName, i.bookable])).toEqual([
      ['Falck Helse', true],
      ['Storebrand', false],
    ]);
    expect(pair.insurers.find((i) => i.insurerName === 'Storebrand')!.reasons[0]!.message).toBe(
      'Avtalen mellom Storebrand og klinikken gjaldt til og med 20.01.2027.',
    );
    expect((await why(ending)).status).toBe('not_offered');
    expect((await why(starting)).status).toBe('bookable');
  });

  it('a confirmation is refused when the offer it rests on has gone since the hold (the operator ended the agreement)', async () => {
    const held = await hold(starting, '2027-01-22');
    await (
      await as(operator)
    ).agreements.upsert({
      id: falckAgreementId,
      insurerId: falckId,
      clinicId: s.clinicId,
      practitionerId: null,
      status: 'ended',
      validFrom: '2027-01-21',
      validTo: null,
    });
    const refused = await failureOf(
      (await as(starting)).booking.confirm({
        holdId: held.holdId,
        patient: { nationalId: '01819012365', name: 'Kari Nordmann', email: 'kari@example.no' },
      }),
    );
    expect(refused).toMatchObject({ data: { appCode: 'NOT_BOOKABLE', values: { reason: 'not_offered' } } });
  });
});
