// Every configuration write leaves an audit entry with who, what, before and after, read back through audit.forClinic.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '@bn/db';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { NO_RESTRICTIONS, type BookConfig } from '@bn/domain';
import { callerAs, failureOf, issueTexts, type Caller } from '../testing/index.js';
import { refusedWithoutWrites } from '../testing/db-fingerprint.js';
import { createClinicSetup, type ClinicSetup } from '../testing/config-fixtures.js';
import { toTemplateConfig } from '../config-shape.js';

describe('the audit of configuration changes', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let a: ClinicSetup;
  let admin: Caller;

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    a = await createClinicSetup(db.orm.em.fork(), n.clinicA, n.practitionerA);
    admin = await callerAs(db.orm, n.users.clinic_admin.user);
  });
  afterAll(() => db?.drop());

  const entriesFor = (entityId: string) =>
    db.orm.em.fork().find(AuditEntry, { entityId }, { orderBy: { createdAt: 'asc', id: 'asc' } });

  it('records create, update and delete of a book with before and after in config shape', async () => {
    const book: BookConfig = {
      id: randomUUID(),
      clinicId: n.clinicA.id,
      name: 'Gruppetimer',
      ownerKind: 'group',
      ownerPractitionerId: null,
      groupName: 'Trening',
      onlineBooking: false,
      patientLists: [],
      restrictions: NO_RESTRICTIONS,
    };
    await admin.books.upsert(book);
    await admin.books.upsert({ ...book, onlineBooking: true, patientLists: ['all_patients'] });
    await admin.books.delete({ id: book.id });

    const entries = await entriesFor(book.id);
    expect(entries.map((e) => [e.action, e.entity, e.clinicId, e.actorId, e.actorName])).toEqual([
      ['create', 'book', n.clinicA.id, n.users.clinic_admin.user.id, n.users.clinic_admin.user.name],
      ['update', 'book', n.clinicA.id, n.users.clinic_admin.user.id, n.users.clinic_admin.user.name],
      ['delete', 'book', n.clinicA.id, n.users.clinic_admin.user.id, n.users.clinic_admin.user.name],
    ]);
    expect(entries[0]).toMatchObject({ before: null, after: book });
    const online = { ...book, onlineBooking: true, patientLists: ['all_patients'] };
    expect(entries[1]).toMatchObject({ before: book, after: online });
    expect(entries[2]).toMatchObject({ before: online, after: null });
  });

  it('records a rule with its tariff ids, and the rules a deleted type takes with it', async () => {
    const typeId = randomUUID();
    await admin.types.upsert({ id: typeId, clinicId: n.clinicA.id, name: 'Kort time', durationMinutes: 15 });
    const ruleId = randomUUID();
    await admin.rules.upsert({
      id: ruleId,
      typeId,
      bookId: a.book.id,
      patientList: 'all_patients',
      tariffIds: [a.insuranceTariff.id],
    });
    expect((await entriesFor(ruleId))[0]).toMatchObject({
      action: 'create',
      after: { id: ruleId, typeId, bookId: a.book.id, patientList: 'all_patients', tariffIds: [a.insuranceTariff.id] },
    });
    await admin.types.delete({ id: typeId });
    expect((await entriesFor(ruleId)).map((e) => e.action)).toEqual(['create', 'delete']);
    expect((await entriesFor(ruleId))[1]).toMatchObject({ before: { tariffIds: [a.insuranceTariff.id] }, after: null });
  });

  it('records network-wide changes without a clinic, and the operator’s and support’s changes under their names', async () => {
    const operator = await callerAs(db.orm, n.users.network_operator.user);
    const support = await callerAs(db.orm, n.users.support.user);
    const tariffId = randomUUID();
    await operator.tariffs.upsert({
      id: tariffId,
      code: 'B1999',
      name: 'Testtakst',
      kind: 'insurance',
      professions: ['chiropractor'],
    });
    expect(await entriesFor(tariffId)).toMatchObject([
      { entity: 'tariff', clinicId: null, actorName: n.users.network_operator.user.name },
    ]);
    await support.clinics.setIntegration({ clinicId: n.clinicB.id, active: false, reason: '  Klinikken ba om det  ' });
    const [entry] = await db.orm.em.fork().find(AuditEntry, { entityId: n.clinicB.id });
    expect(entry).toMatchObject({
      actorName: n.users.support.user.name,
      before: { integrationActive: true },
      after: { integrationActive: false, reason: 'Klinikken ba om det' },
    });
  });

  it('switching the integration off takes a reason of at most 500 characters, and writes nothing without one', async () => {
    const support = await callerAs(db.orm, n.users.support.user);
    for (const reason of [undefined, null, '   ']) {
      const f = await refusedWithoutWrites(db.orm, () =>
        failureOf(support.clinics.setIntegration({ clinicId: n.clinicA.id, active: false, reason })),
      );
      expect(f.data).toMatchObject({ code: 'BAD_REQUEST', appCode: 'BAD_INPUT' });
      expect(issueTexts(f)).toEqual({ reason: 'Skriv inn hvorfor integrasjonen slås av.' });
      expect(issueTexts(f, 'en')).toEqual({ reason: 'Enter why the integration is switched off.' });
    }
    const long = await refusedWithoutWrites(db.orm, () =>
      failureOf(support.clinics.setIntegration({ clinicId: n.clinicA.id, active: false, reason: 'x'.repeat(501) })),
    );
    expect(issueTexts(long)).toEqual({ reason: 'Høyst 500 tegn.' });
    const nul = await refusedWithoutWrites(db.orm, () =>
      failureOf(support.clinics.setIntegration({ clinicId: n.clinicA.id, active: false, reason: 'a\u0000b' })),
    );
    expect(Object.keys(issueTexts(nul))).toEqual(['reason']);
    // Switching on needs no reason, and its entry carries none.
    await support.clinics.setIntegration({ clinicId: n.clinicA.id, active: true });
    const entries = await entriesFor(n.clinicA.id);
    expect(entries.at(-1)!.after).not.toHaveProperty('reason');
  });

  it('audit.forClinic lists the clinic’s entries newest first, in pages', async () => {
    for (let i = 1; i <= 5; i++)
      await admin.templates.upsert({ ...toTemplateConfig(a.template), name: `Ukemal v${i}` });
    const first = await admin.audit.forClinic({ clinicId: n.clinicA.id, limit: 3 });
    expect(first.map((e) => e.after?.name)).toEqual(['Ukemal v5', 'Ukemal v4', 'Ukemal v3']);
    expect(first[0]).toMatchObject({
      actorName: n.users.clinic_admin.user.name,
      entity: 'template',
      entityId: a.template.id,
      action: 'update',
    });
    expect(first[0]!.before).toMatchObject({ name: 'Ukemal v4' });
    const next = await admin.audit.forClinic({ clinicId: n.clinicA.id, limit: 2, before: first[2]!.id });
    expect(next.map((e) => e.after?.name)).toEqual(['Ukemal v2', 'Ukemal v1']);
    const all = await admin.audit.forClinic({ clinicId: n.clinicA.id, limit: 200 });
    expect(all.every((e) => e.entity !== 'tariff')).toBe(true);
    expect([...all].sort((x, y) => y.at.getTime() - x.at.getTime()).map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(await failureOf(admin.audit.forClinic({ clinicId: n.clinicA.id, before: randomUUID() }))).toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
  });

  it('a refused write leaves no entry', async () => {
    const count = await db.orm.em.fork().count(AuditEntry, {});
    await failureOf(
      admin.books.upsert({
        ...(await admin.clinicConfig.get({ clinicId: n.clinicA.id })).books[0]!,
        ownerPractitionerId: n.practitionerB.id,
      }),
    );
    expect(await db.orm.em.fork().count(AuditEntry, {})).toBe(count);
  });
});
