// A hold that cannot be made says why, never «Timen er nettopp tatt» for a time nobody took (issue 14): a book the
// insurer is not offered (no agreement, a type not offered, a practitioner no longer a member, a book taken offline, a
// book that does not exist), a time already passed or inside the book's minimum notice, a minute off the book's grid,
// a day beyond the network's horizon or the book's days ahead.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClinic,
  createTestDatabase,
  createTestNetwork,
  createUser,
  type TestDatabase,
  type TestNetwork,
} from '@bn/db/testing';
import { AppointmentBook, Membership } from '@bn/db';
import { addDays, NO_RESTRICTIONS, osloDate, osloInstant } from '@bn/domain';
import { reindexClinics } from '../search/reindex-clinic.js';
import { callerAs, failureOf, refusalText, type Caller } from '../../testing/index.js';
import { createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';

describe('booking.hold refuses with the real reason', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let s: BookableSetup;
  let agent: Caller;

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    s = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicA,
      insurer: n.insurerX,
      practitioner: n.practitionerA,
    });
    agent = await callerAs(db.orm, n.users.insurer_agent.user);
  });
  afterAll(() => db?.drop());

  const hold = (startAt: Date, who: Caller = agent) =>
    failureOf(who.booking.hold({ bookId: s.book.id, typeId: s.type.id, tariffCode: s.tariffCode, startAt }));
  const firstFree = async () => (await freeSlotsOf(db.orm, s.book.id, s.type.id))[0]!.startAt;

  it('a book the insurer has no agreement for: NOT_BOOKABLE no_agreement, in words', async () => {
    const other = await callerAs(
      db.orm,
      (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerY })).user,
    );
    const refused = await hold(await firstFree(), other);
    expect(refused).toMatchObject({ data: { appCode: 'NOT_BOOKABLE', values: { reason: 'no_agreement' } } });
    expect(refusalText(refused)).toBe('Klinikken har ingen gyldig avtale med forsikringsselskapet ditt.');
  });

  it('a type the agreement does not offer: NOT_BOOKABLE not_offered', async () => {
    const refused = await failureOf(
      agent.booking.hold({ bookId: s.book.id, typeId: s.type.id, tariffCode: 'B9999', startAt: await firstFree() }),
    );
    expect(refused).toMatchObject({ data: { appCode: 'NOT_BOOKABLE', values: { reason: 'not_offered' } } });
  });

  it('a time someone holds: SLOT_TAKEN, and only then', async () => {
    const free = await firstFree();
    await agent.booking.hold({ bookId: s.book.id, typeId: s.type.id, tariffCode: s.tariffCode, startAt: free });
    const refused = await hold(free);
    expect(refused).toMatchObject({ data: { appCode: 'SLOT_TAKEN' } });
    expect(refusalText(refused)).toBe('Timen er nettopp tatt av noen andre. Velg en annen tid.');
  });

  it('a time already passed: TOO_SOON «Tiden er passert.»', async () => {
    const free = await firstFree();
    const refused = await hold(new Date(free.getTime() - 7 * 86_400_000 * 10));
    expect(refused).toMatchObject({ data: { appCode: 'TOO_SOON' } });
    expect(refusalText(refused)).toContain('Tiden er passert.');
  });

  it('a minute off the grid: NOT_ON_GRID', async () => {
    const refused = await hold(new Date((await firstFree()).getTime() + 7 * 60_000));
    expect(refused).toMatchObject({ data: { appCode: 'NOT_ON_GRID' } });
    expect(refusalText(refused)).toContain('Ingen time starter på dette tidspunktet.');
  });

  it('a day beyond the network’s horizon: OUTSIDE_HORIZON with the last date', async () => {
    const refused = await hold(osloInstant(addDays(osloDate(new Date()), 200), '09:00'));
    expect(refused).toMatchObject({ data: { appCode: 'OUTSIDE_HORIZON' } });
    expect(refusalText(refused)).toMatch(/Timer kan bestilles til og med \d{2}\.\d{2}\.\d{4}|for langt fram/);
  });

  it('«Hvorfor ingen ledige timer?» for a clinic without an agreement with the insurer: only that, none of its set-up', async () => {
    const other = await callerAs(
      db.orm,
      (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerY })).user,
    );
    const range = { from: osloDate(new Date()), to: addDays(osloDate(new Date()), 13) };
    const why = await other.search.whyNoTimes({ practitionerId: n.practitionerA.id, ...range });
    expect(why.items).toEqual([]);
    expect(why.general).toEqual([
      {
        code: 'N3',
        message: `Klinikken har ingen avtale med ${n.insurerY.name}.`,
        messageEn: `The clinic has no agreement with ${n.insurerY.name}.`,
      },
    ]);
    // The insurer with the agreement still reads the book's own explanation.
    const mine = await agent.search.whyNoTimes({ practitionerId: n.practitionerA.id, ...range });
    expect(mine.items.map((i) => i.typeId)).toContain(s.type.id);
  });

  describe('the book’s own limits and set-up', () => {
    const HOUR = 3_600_000;
    /** At most 14 days ahead, at least 4 hours' notice. */
    let limited: BookableSetup;
    const agentAt = (now: Date) => callerAs(db.orm, n.users.insurer_agent.user, { now: () => now });
    const holdIn = async (x: BookableSetup, who: Caller | Promise<Caller>, startAt: Date) =>
      failureOf((await who).booking.hold({ bookId: x.book.id, typeId: x.type.id, tariffCode: x.tariffCode, startAt }));
    const firstFreeOf = async (x: BookableSetup) => (await freeSlotsOf(db.orm, x.book.id, x.type.id))[0]!.startAt;

    beforeAll(async () => {
      limited = await createBookableSetup(db.orm.em.fork(), {
        clinic: await createClinic(db.orm.em.fork()),
        insurer: n.insurerX,
        book: { restrictions: { ...NO_RESTRICTIONS, minNoticeHours: 4, daysAhead: 14 } },
      });
    });

    it('a time inside the book’s minimum notice: TOO_SOON min_notice with the earliest start', async () => {
      const start = await firstFreeOf(limited);
      const now = new Date(start.getTime() - 2 * HOUR);
      const refused = await holdIn(limited, agentAt(now), start);
      expect(refused).toMatchObject({
        data: { appCode: 'TOO_SOON', values: { reason: 'min_notice', earliest: new Date(now.getTime() + 4 * HOUR) } },
      });
      expect(refusalText(refused)).toMatch(/^Timer før .+ ligger innenfor minste varsel\.$/);
    });

    it('a time past the book’s days ahead: OUTSIDE_HORIZON days_ahead with the number of days', async () => {
      const start = await firstFreeOf(limited);
      const refused = await holdIn(limited, agentAt(new Date(start.getTime() - 20 * 24 * HOUR)), start);
      expect(refused).toMatchObject({
        data: { appCode: 'OUTSIDE_HORIZON', values: { reason: 'days_ahead', daysAhead: 14 } },
      });
      expect(refusalText(refused)).toBe('Timen kan bestilles høyst 14 dager fram i tid.');
    });

    it('a book taken offline or a practitioner no longer a member: NOT_BOOKABLE not_offered, never SLOT_TAKEN', async () => {
      const offline = await createBookableSetup(db.orm.em.fork(), {
        clinic: await createClinic(db.orm.em.fork()),
        insurer: n.insurerX,
      });
      const revoked = await createBookableSetup(db.orm.em.fork(), {
        clinic: await createClinic(db.orm.em.fork()),
        insurer: n.insurerX,
      });
      const starts = [await firstFreeOf(offline), await firstFreeOf(revoked)];
      const em = db.orm.em.fork();
      (await em.findOneOrFail(AppointmentBook, { id: offline.book.id })).onlineBooking = false;
      (await em.findOneOrFail(Membership, { practitioner: revoked.practitioner.id })).status = 'revoked';
      await em.flush();
      await em.transactional((tx) =>
        reindexClinics({ em: tx, clinicIds: [offline.clinicId, revoked.clinicId], now: new Date(), freeTime: true }),
      );
      for (const [x, start] of [
        [offline, starts[0]!],
        [revoked, starts[1]!],
      ] as const) {
        const refused = await holdIn(x, agent, start);
        expect(refused).toMatchObject({ data: { appCode: 'NOT_BOOKABLE', values: { reason: 'not_offered' } } });
        expect(refusalText(refused)).toBe('Denne timen kan ikke bestilles for forsikringsselskapet.');
      }
    });

    it('a book that does not exist: NOT_BOOKABLE, not SLOT_TAKEN', async () => {
      const refused = await failureOf(
        agent.booking.hold({
          bookId: 'no-such-book',
          typeId: s.type.id,
          tariffCode: s.tariffCode,
          startAt: await firstFree(),
        }),
      );
      expect(refused).toMatchObject({ data: { appCode: 'NOT_BOOKABLE', values: { reason: 'not_offered' } } });
    });
  });
});
