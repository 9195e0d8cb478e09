// The change log's filters (audit.forClinic: kind of thing, who, Oslo dates) and its «who» choices
// (audit.actorsForClinic), applied in the query; another clinic's entries never appear, whatever the filter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '@bn/db';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { SYSTEM_ACTOR } from '@bn/domain';
import { callerAs, failureOf, issueTexts, type Caller } from '../../testing/index.js';

describe('the change log’s filters', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let admin: Caller;
  let support: Caller;

  /** One entry as a configuration write would leave it, at a chosen instant. */
  const entry = (o: {
    id: string;
    at: string;
    clinicId: string;
    entity: string;
    actor: 'admin' | 'support' | null;
  }) => {
    const actor = o.actor === null ? null : n.users[o.actor === 'admin' ? 'clinic_admin' : 'support'].user;
    return {
      id: o.id,
      createdAt: new Date(o.at),
      actorId: actor?.id ?? null,
      actorName: actor?.name ?? 'system',
      clinicId: o.clinicId,
      entity: o.entity,
      entityId: `${o.entity}-1`,
      action: 'update' as const,
      before: { name: 'før' },
      after: { name: 'etter' },
    };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    admin = await callerAs(db.orm, n.users.clinic_admin.user);
    support = await callerAs(db.orm, n.users.support.user);
    const em = db.orm.em.fork();
    const a = n.clinicA.id;
    const b = n.clinicB.id;
    for (const e of [
      // 30.06 23:59 and 01.07 00:00 in Oslo (summer time, UTC+2), 31.07 23:59 and 01.08 00:00.
      entry({ id: 'a1', at: '2026-06-30T21:59:00Z', clinicId: a, entity: 'practitioner', actor: 'admin' }),
      entry({ id: 'a2', at: '2026-06-30T22:00:00Z', clinicId: a, entity: 'book', actor: 'admin' }),
      entry({ id: 'a3', at: '2026-07-15T10:00:00Z', clinicId: a, entity: 'practitioner', actor: 'support' }),
      entry({ id: 'a4', at: '2026-07-20T10:00:00Z', clinicId: a, entity: 'practitioner', actor: null }),
      entry({ id: 'a5', at: '2026-07-31T21:59:00Z', clinicId: a, entity: 'claim', actor: 'admin' }),
      entry({ id: 'a6', at: '2026-07-31T22:00:00Z', clinicId: a, entity: 'practitioner', actor: 'admin' }),
      // Clinic B's, by the same users, of the same kinds, in the same days.
      entry({ id: 'b1', at: '2026-07-15T10:00:00Z', clinicId: b, entity: 'practitioner', actor: 'admin' }),
      entry({ id: 'b2', at: '2026-07-16T10:00:00Z', clinicId: b, entity: 'practitioner', actor: 'support' }),
    ])
      em.create(AuditEntry, e);
    await em.flush();
  });
  afterAll(() => db?.drop());

  const ids = async (c: Caller, filters: Record<string, unknown>) =>
    (await c.audit.forClinic({ clinicId: n.clinicA.id, ...filters })).map((e) => e.id);

  it('filters by the kind of thing, newest first', async () => {
    expect(await ids(admin, { entity: 'practitioner' })).toEqual(['a6', 'a4', 'a3', 'a1']);
    expect(await ids(admin, { entity: 'book' })).toEqual(['a2']);
    expect(await ids(admin, { entity: 'template' })).toEqual([]);
  });

  it('filters by who changed it, and by nobody signed in', async () => {
    expect(await ids(admin, { actorId: n.users.clinic_admin.user.id })).toEqual(['a6', 'a5', 'a2', 'a1']);
    expect(await ids(admin, { actorId: n.users.support.user.id })).toEqual(['a3']);
    expect(await ids(admin, { actorId: SYSTEM_ACTOR })).toEqual(['a4']);
  });

  it('filters by Oslo calendar dates, both days included', async () => {
    expect(await ids(admin, { from: '2026-07-01', to: '2026-07-31' })).toEqual(['a5', 'a4', 'a3', 'a2']);
    expect(await ids(admin, { from: '2026-07-31' })).toEqual(['a6', 'a5']);
    expect(await ids(admin, { to: '2026-06-30' })).toEqual(['a1']);
    expect(await ids(admin, { from: '2026-07-16', to: '2026-07-16' })).toEqual([]);
  });

  it('combines the filters, and pages within them', async () => {
    const filters = { entity: 'practitioner', actorId: n.users.clinic_admin.user.id, from: '2026-06-30' };
    expect(await ids(admin, filters)).toEqual(['a6', 'a1']);
    const first = await ids(admin, { entity: 'practitioner', limit: 2 });
    expect(first).toEqual(['a6', 'a4']);
    expect(await ids(admin, { entity: 'practitioner', limit: 2, before: first[1] })).toEqual(['a3', 'a1']);
  });

  it('never shows another clinic’s entries, whatever the filter', async () => {
    const all = await ids(admin, {});
    expect(all).toEqual(['a6', 'a5', 'a4', 'a3', 'a2', 'a1']);
    expect(await ids(support, { actorId: n.users.support.user.id })).toEqual(['a3']);
    expect(await ids(support, { from: '2026-07-15', to: '2026-07-16' })).toEqual(['a3']);
    // Clinic B's own entry as the cursor is not an entry of clinic A.
    expect(await failureOf(admin.audit.forClinic({ clinicId: n.clinicA.id, before: 'b1' }))).toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    expect(await failureOf(admin.audit.forClinic({ clinicId: n.clinicB.id, entity: 'practitioner' }))).toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
    expect(await failureOf(admin.audit.actorsForClinic({ clinicId: n.clinicB.id }))).toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
  });

  it('keeps a patient’s record out of support’s view, also when asked for by kind', async () => {
    expect(await ids(admin, { entity: 'claim' })).toEqual(['a5']);
    expect(await ids(support, { entity: 'claim' })).toEqual([]);
    expect(await ids(support, {})).toEqual(['a6', 'a4', 'a3', 'a2', 'a1']);
  });

  it('offers as «who» everyone who wrote the clinic’s entries, by name, and nobody from elsewhere', async () => {
    const actors = await admin.audit.actorsForClinic({ clinicId: n.clinicA.id });
    const expected = [
      { id: n.users.clinic_admin.user.id, name: n.users.clinic_admin.user.name },
      { id: n.users.support.user.id, name: n.users.support.user.name },
      { id: SYSTEM_ACTOR, name: 'system' },
    ].sort((x, y) => x.name.localeCompare(y.name, 'nb'));
    expect(actors).toEqual(expected);
    expect(await support.audit.actorsForClinic({ clinicId: n.clinicA.id })).toEqual(expected);
  });

  it('refuses a range that ends before it starts, an unknown kind and a malformed date, with codes', async () => {
    const backwards = await failureOf(
      admin.audit.forClinic({ clinicId: n.clinicA.id, from: '2026-07-02', to: '2026-07-01' }),
    );
    expect(backwards.data).toMatchObject({ code: 'BAD_REQUEST', appCode: 'BAD_INPUT' });
    expect(Object.keys(issueTexts(backwards))).toEqual(['to']);
    const kind = await failureOf(admin.audit.forClinic({ clinicId: n.clinicA.id, entity: 'patient' as 'book' }));
    expect(Object.keys(issueTexts(kind))).toEqual(['entity']);
    const date = await failureOf(admin.audit.forClinic({ clinicId: n.clinicA.id, from: '01.07.2026' }));
    expect(Object.keys(issueTexts(date))).toEqual(['from']);
  });
});
