import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session, User } from '@bn/db';
import {
  createClinic,
  createInsurer,
  createTestDatabase,
  createUser,
  TEST_PASSWORD,
  type TestDatabase,
} from '@bn/db/testing';
import { DEFAULT_SESSION_IDLE_MINUTES, SESSION_TTL_HOURS } from '@bn/domain';
import { SESSION_COOKIE } from '../context.js';
import { browserCaller, failureOf, memoryCookieJar, signedInCaller } from '../testing/index.js';

const HOUR = 3_600_000;

describe('sessions', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  const signedInUser = async (now?: () => Date) => {
    const { user, email } = await createUser(db.orm.em.fork(), { role: 'network_operator' });
    const browser = await signedInCaller(db.orm, { email, password: TEST_PASSWORD }, { now });
    return { user, email, ...browser, token: browser.jar.get(SESSION_COOKIE)! };
  };

  it('store the password as an argon2id hash and the session token only as a hash', async () => {
    const { user, token } = await signedInUser();
    const stored = await db.orm.em.fork().findOneOrFail(User, { id: user.id }, { populate: ['passwordHash'] });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(TEST_PASSWORD);

    const rows = await db.orm.em
      .getConnection()
      .execute<{ token_hash: string }[]>('select * from session where user_id = ?', [user.id]);
    expect(rows.map((r) => r.token_hash)).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('are accepted until they expire, and not a minute after, however busy', async () => {
    const start = new Date('2026-03-02T08:00:00Z');
    const { email, jar } = await signedInUser(() => start);
    const at = (ms: number) => browserCaller(db.orm, { jar, now: () => new Date(start.getTime() + ms) }).caller;

    // In use every 20 minutes, so the idle timeout never ends it; the absolute lifetime does.
    for (let ms = 20 * 60_000; ms < SESSION_TTL_HOURS * HOUR; ms += 20 * 60_000)
      expect(await at(ms).auth.me(), `${ms / 60_000} min`).toMatchObject({ email });
    expect(await at(SESSION_TTL_HOURS * HOUR - 60_000).auth.me()).toMatchObject({ email });
    const expired = at(SESSION_TTL_HOURS * HOUR + 60_000);
    expect(await expired.auth.me()).toBeNull();
    expect(await failureOf(expired.insurers.list())).toMatchObject({
      data: { code: 'UNAUTHORIZED', appCode: 'UNAUTHENTICATED' },
    });
  });

  it(`end after ${DEFAULT_SESSION_IDLE_MINUTES} minutes without a request, or as many as the server is told`, async () => {
    const start = new Date('2026-03-02T08:00:00Z');
    const { email, jar } = await signedInUser(() => start);
    const at = (minutes: number, sessionIdleMinutes?: number) =>
      browserCaller(db.orm, { jar, sessionIdleMinutes, now: () => new Date(start.getTime() + minutes * 60_000) })
        .caller;

    expect(await at(DEFAULT_SESSION_IDLE_MINUTES - 1).auth.me()).toMatchObject({ email });
    // Last seen at minute 29: still signed in at 58, not at 60.
    expect(await at(2 * DEFAULT_SESSION_IDLE_MINUTES - 2).auth.me()).toMatchObject({ email });
    const idle = at(3 * DEFAULT_SESSION_IDLE_MINUTES - 1);
    expect(await idle.auth.me()).toBeNull();
    expect(await failureOf(idle.insurers.list())).toMatchObject({
      data: { code: 'UNAUTHORIZED', appCode: 'UNAUTHENTICATED' },
    });
    // Coming back does not revive it: a refused look-up does not touch the session.
    expect(await at(3 * DEFAULT_SESSION_IDLE_MINUTES).auth.me()).toBeNull();

    const other = await signedInUser(() => start);
    const short = (minutes: number) =>
      browserCaller(db.orm, {
        jar: other.jar,
        sessionIdleMinutes: 5,
        now: () => new Date(start.getTime() + minutes * 60_000),
      }).caller;
    expect(await short(4).auth.me()).toMatchObject({ email: other.email });
    expect(await short(10).auth.me()).toBeNull();
  });

  it("record activity at most once a minute, and carry the clinic admin's clinics and the agent's insurer", async () => {
    const start = new Date('2026-03-02T08:00:00Z');
    const { jar, user } = await signedInUser(() => start);
    const lastSeen = async () =>
      (
        await db.orm.em
          .getConnection()
          .execute<{ last_seen_at: string | Date }[]>('select last_seen_at from session where user_id = ?', [user.id])
      )[0]!.last_seen_at;
    const lastSeenMs = async () => new Date(await lastSeen()).getTime();
    const at = (ms: number) => browserCaller(db.orm, { jar, now: () => new Date(start.getTime() + ms) }).caller;

    await at(30_000).auth.me();
    expect(await lastSeenMs()).toBe(start.getTime());
    await at(90_000).auth.me();
    expect(await lastSeenMs()).toBe(start.getTime() + 90_000);
    await at(100_000).auth.me();
    expect(await lastSeenMs()).toBe(start.getTime() + 90_000);

    const em = db.orm.em.fork();
    const [a, b] = [await createClinic(em), await createClinic(em)];
    const admin = await createUser(em, { role: 'clinic_admin', clinics: [b, a] });
    const adminMe = await (
      await signedInCaller(db.orm, { email: admin.email, password: TEST_PASSWORD })
    ).caller.auth.me();
    expect(adminMe).toMatchObject({ email: admin.email, role: 'clinic_admin', insurerId: null, practitionerId: null });
    expect(adminMe?.clinicIds).toEqual([a.id, b.id].sort());

    const insurer = await createInsurer(em);
    const agent = await createUser(em, { role: 'insurer_agent', insurer });
    const agentMe = await (
      await signedInCaller(db.orm, { email: agent.email, password: TEST_PASSWORD })
    ).caller.auth.me();
    expect(agentMe).toMatchObject({
      role: 'insurer_agent',
      insurerId: insurer.id,
      insurerName: insurer.name,
      clinicIds: [],
    });
  });

  it('end at sign-out: the row is deleted, the cookie cleared and a copy of the old cookie no longer works', async () => {
    const { caller, jar, token, user } = await signedInUser();
    expect(await caller.auth.signOut()).toEqual({ ok: true });
    expect(jar.get(SESSION_COOKIE)).toBeUndefined();
    expect(await db.orm.em.fork().count(Session, { user: user.id })).toBe(0);

    const copied = browserCaller(db.orm, { jar: memoryCookieJar({ [SESSION_COOKIE]: token }) }).caller;
    expect(await copied.auth.me()).toBeNull();
    expect(await failureOf(copied.insurers.list())).toMatchObject({ data: { code: 'UNAUTHORIZED' } });
  });

  it('ignore a made-up or oversized cookie without an error', async () => {
    for (const value of ['not-a-session', 'x'.repeat(10_000)]) {
      const { caller } = browserCaller(db.orm, { jar: memoryCookieJar({ [SESSION_COOKIE]: value }) });
      expect(await caller.auth.me()).toBeNull();
    }
  });

  it('are independent per browser: signing out one leaves the other signed in', async () => {
    const { email, caller } = await signedInUser();
    const second = await signedInCaller(db.orm, { email, password: TEST_PASSWORD });
    await caller.auth.signOut();
    expect(await second.caller.auth.me()).toMatchObject({ email });
  });
});
