// Issue 15, the rules the server must hold while a clinic sets up: what was accepted although wrong (a duplicate HPR
// number or department, an approval surviving a changed HPR number or profession, an empty week template, a break on a
// day without a window) is refused beside its field, and what was refused although right («b1010») is taken.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { Membership } from '@bn/db';
import { callerAs, failureOf, type Caller } from '../testing/index.js';
import { issueTexts } from '../testing/errors.js';
import { createClinicSetup, type ClinicSetup } from '../testing/config-fixtures.js';
import { refusedWithoutWrites } from '../testing/db-fingerprint.js';
import { toDepartmentConfig, toPractitionerConfig, toTemplateConfig } from '../config-shape.js';

describe('set-up rules the server holds', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let a: ClinicSetup;
  let admin: Caller;
  let operator: Caller;

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    a = await createClinicSetup(db.orm.em.fork(), n.clinicA, n.practitionerA);
    admin = await callerAs(db.orm, n.users.clinic_admin.user);
    operator = await callerAs(db.orm, n.users.network_operator.user);
  });
  afterAll(() => db?.drop());

  const refused = (call: () => Promise<unknown>) => refusedWithoutWrites(db.orm, () => failureOf(call()));
  const membershipOf = (practitionerId: string) =>
    db.orm.em.fork().findOneOrFail(Membership, { practitioner: practitionerId });

  it('an HPR number another practitioner in the network has, even at another clinic', async () => {
    const f = await refused(() =>
      admin.practitioners.upsert({
        id: randomUUID(),
        clinicId: n.clinicA.id,
        name: 'Dobbel HPR',
        profession: 'physiotherapist',
        hprNumber: n.practitionerB.hprNumber,
      }),
    );
    expect(f.data.appCode).toBe('VALIDATION');
    expect(issueTexts(f)).toEqual({
      hprNumber: 'HPR-nummeret er allerede registrert på en annen behandler i nettverket.',
    });
    expect(issueTexts(f, 'en')).toEqual({
      hprNumber: 'The HPR number is already registered to another practitioner in the network.',
    });
    // Saving the practitioner again with its own number is no duplicate.
    await expect(admin.practitioners.upsert(toPractitionerConfig(n.practitionerA))).resolves.toEqual({
      id: n.practitionerA.id,
    });
  });

  it('a second department at the same address, however it is spelt', async () => {
    const d = toDepartmentConfig(a.department);
    const f = await refused(() =>
      admin.departments.upsert({ ...d, id: randomUUID(), name: 'Kopi', street: ` ${d.street.toUpperCase()} ` }),
    );
    expect(issueTexts(f)).toEqual({ street: `Klinikken har allerede en avdeling på denne adressen (${d.name}).` });
    await expect(
      admin.departments.upsert({ ...d, id: randomUUID(), name: 'Ny', street: 'Annen gate 1' }),
    ).resolves.toBeTruthy();
  });

  it('a tariff code in lower case is the B-code it names', async () => {
    const id = randomUUID();
    const code = `b${String(5000 + Math.floor(Math.random() * 4000))}`;
    await operator.tariffs.upsert({ id, code, name: 'Liten bokstav', kind: 'insurance', professions: [] });
    const tariffs = await operator.tariffs.list();
    expect(tariffs.find((t) => t.id === id)?.code).toBe(code.toUpperCase());
    const f = await refused(() =>
      operator.tariffs.upsert({ id: randomUUID(), code, name: 'Igjen', kind: 'insurance', professions: [] }),
    );
    expect(issueTexts(f)).toEqual({ code: `Takstkoden ${code.toUpperCase()} finnes allerede (Liten bokstav).` });
  });

  it('an approved membership goes back to pending, with the reason, when the HPR number or the profession changes', async () => {
    const p = {
      id: randomUUID(),
      clinicId: n.clinicA.id,
      name: 'Endre Endresen',
      profession: 'physiotherapist' as const,
    };
    await admin.practitioners.upsert({ ...p, hprNumber: '3210001' });
    await admin.memberships.applyFor({ practitionerId: p.id });
    await operator.memberships.decide({ practitionerId: p.id, status: 'approved' });
    // A new name changes nothing the network approved.
    await admin.practitioners.upsert({ ...p, name: 'Endre E. Endresen', hprNumber: '3210001' });
    expect((await membershipOf(p.id)).status).toBe('approved');

    await admin.practitioners.upsert({ ...p, hprNumber: '3210002' });
    const afterHpr = await membershipOf(p.id);
    expect([afterHpr.status, afterHpr.resetReason]).toEqual(['pending', 'hpr_changed']);
    const row = (await admin.clinicConfig.get({ clinicId: n.clinicA.id })).practitioners.find((x) => x.id === p.id);
    expect(row).toMatchObject({ membership: 'pending', membershipResetReason: 'hpr_changed' });

    await operator.memberships.decide({ practitionerId: p.id, status: 'approved' });
    expect((await membershipOf(p.id)).resetReason).toBeNull();
    await admin.practitioners.upsert({ ...p, profession: 'psychologist', hprNumber: '3210002' });
    const afterProfession = await membershipOf(p.id);
    expect([afterProfession.status, afterProfession.resetReason]).toEqual(['pending', 'profession_changed']);
  });

  it('a week template without windows, and a break on a day without a window', async () => {
    const t = toTemplateConfig(a.template);
    const empty = await refused(() => admin.templates.upsert({ ...t, windows: [] }));
    expect(issueTexts(empty)).toEqual({ windows: 'Legg til minst ett tidsvindu i ukemalen.' });
    expect(issueTexts(empty, 'en')).toEqual({ windows: 'Add at least one time window to the week template.' });

    const days = new Set(t.windows.map((w) => w.weekday));
    const freeDay = [1, 2, 3, 4, 5, 6, 7].find((d) => !days.has(d))!;
    const f = await refused(() =>
      admin.templates.upsert({ ...t, breaks: [{ weekday: freeDay, start: '12:00', end: '12:30' }] }),
    );
    expect(issueTexts(f)).toEqual({
      'breaks.0.weekday':
        'Pausen ligger på en dag uten tidsvindu. Legg til et vindu den dagen, eller velg en annen dag.',
    });
  });

  it('a 10,000-character name: «Høyst 200 tegn.» beside the field, in both languages', async () => {
    const f = await refused(() =>
      admin.practitioners.upsert({ ...toPractitionerConfig(n.practitionerA), name: 'x'.repeat(10_000) }),
    );
    expect(issueTexts(f)).toEqual({ name: 'Høyst 200 tegn.' });
    expect(issueTexts(f, 'en')).toEqual({ name: 'At most 200 characters.' });
  });
});
