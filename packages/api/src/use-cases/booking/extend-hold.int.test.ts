// One extension of a hold (issue 14): five minutes more, once; every other case refused with its own code and words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestNetwork, createUser, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { HOLD_MINUTES } from '@bn/domain';
import { callerAs, failureOf, refusalText, type Caller } from '../../testing/index.js';
import { createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';

describe('booking.extendHold', () => {
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

  const hold = async (who: Caller = agent) => {
    const [free] = await freeSlotsOf(db.orm, s.book.id, s.type.id);
    return who.booking.hold({ bookId: s.book.id, typeId: s.type.id, tariffCode: s.tariffCode, startAt: free!.startAt });
  };
  const expiryOf = async (holdId: string) =>
    (
      await db.orm.em
        .fork()
        .execute<{ hold_expires_at: Date }[]>('select hold_expires_at from appointment where id = ?', [holdId])
    ).map((r) => new Date(r.hold_expires_at))[0]!;

  it('adds HOLD_MINUTES to the hold once; the second time is HOLD_ALREADY_EXTENDED and changes nothing', async () => {
    const held = await hold();
    const extended = await agent.booking.extendHold({ holdId: held.holdId });
    expect(extended.expiresAt.getTime() - new Date(held.expiresAt).getTime()).toBe(HOLD_MINUTES * 60_000);
    expect(+(await expiryOf(held.holdId))).toBe(+extended.expiresAt);

    const again = await failureOf(agent.booking.extendHold({ holdId: held.holdId }));
    expect(again).toMatchObject({ data: { appCode: 'HOLD_ALREADY_EXTENDED' } });
    expect(refusalText(again)).toBe('Reservasjonen er allerede forlenget én gang og kan ikke forlenges mer.');
    expect(+(await expiryOf(held.holdId))).toBe(+extended.expiresAt);

    // The extended hold still confirms.
    const booked = await agent.booking.confirm({
      holdId: held.holdId,
      patient: { nationalId: '02819012485', name: 'Ola Nordmann', phone: '912 34 567' },
    });
    expect(booked.appointmentId).toBe(held.holdId);
  });

  it('two extensions at once extend the hold once', async () => {
    const held = await hold();
    const results = await Promise.allSettled([
      agent.booking.extendHold({ holdId: held.holdId }),
      agent.booking.extendHold({ holdId: held.holdId }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await expiryOf(held.holdId)).getTime() - new Date(held.expiresAt).getTime()).toBe(HOLD_MINUTES * 60_000);
    await agent.booking.release({ holdId: held.holdId });
  });

  it('an expired hold is HOLD_EXPIRED and stays expired', async () => {
    const held = await hold();
    await db.orm.em
      .fork()
      .execute(`update appointment set hold_expires_at = now() - interval '1 second' where id = ?`, [held.holdId]);
    const refused = await failureOf(agent.booking.extendHold({ holdId: held.holdId }));
    expect(refused).toMatchObject({ data: { appCode: 'HOLD_EXPIRED' } });
    expect(refusalText(refused)).toBe('Reservasjonen er utløpt. Velg tiden på nytt.');
    expect(+(await expiryOf(held.holdId))).toBeLessThan(Date.now());
  });

  it('a confirmed hold is HOLD_ALREADY_CONFIRMED', async () => {
    const held = await hold();
    await agent.booking.confirm({
      holdId: held.holdId,
      patient: { nationalId: '02819012485', name: 'Ola Nordmann', phone: '912 34 567' },
    });
    const refused = await failureOf(agent.booking.extendHold({ holdId: held.holdId }));
    expect(refused).toMatchObject({ data: { appCode: 'HOLD_ALREADY_CONFIRMED' } });
    expect(refusalText(refused)).toBe('Timen er allerede bestilt; reservasjonen finnes ikke lenger.');
  });

  it('another agent’s hold (same insurer too) and a released one are HOLD_NOT_FOUND', async () => {
    const held = await hold();
    const colleague = await callerAs(
      db.orm,
      (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerX })).user,
    );
    expect(await failureOf(colleague.booking.extendHold({ holdId: held.holdId }))).toMatchObject({
      data: { appCode: 'HOLD_NOT_FOUND' },
    });
    expect(+(await expiryOf(held.holdId))).toBe(+new Date(held.expiresAt));
    await agent.booking.release({ holdId: held.holdId });
    expect(await failureOf(agent.booking.extendHold({ holdId: held.holdId }))).toMatchObject({
      data: { appCode: 'HOLD_NOT_FOUND' },
    });
  });
});
