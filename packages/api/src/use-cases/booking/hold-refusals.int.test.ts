// A hold that cannot be made says why, never «Timen er nettopp tatt» for a time nobody took (issue 14): a book the
// insurer is not offered, a time already passed, a minute off the book's grid, a day beyond the network's horizon.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestNetwork, createUser, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { addDays, osloDate, osloInstant } from '@bn/domain';
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
});
