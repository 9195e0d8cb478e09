// Bad configuration is refused with its own sentence on the field it belongs to, and nothing is written: schema errors
// come as issues of BAD_INPUT, rules across rows as issues of VALIDATION, each a code with values that the client words
// (the Norwegian sentences are asserted here, as a person reads them; English in a few places).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  createTestNetwork,
  nextOrgNumber,
  type TestDatabase,
  type TestNetwork,
} from '@bn/db/testing';
import { callerAs, failureOf, type Caller } from '../testing/index.js';
import { issueTexts, refusalText } from '../testing/errors.js';
import { createClinicSetup, type ClinicSetup } from '../testing/config-fixtures.js';
import { fingerprint, refusedWithoutWrites } from '../testing/db-fingerprint.js';
import {
  toClinicConfig,
  toInsurerConfig,
  toPractitionerConfig,
  toRuleConfig,
  toTemplateConfig,
  toTypeConfig,
} from '../config-shape.js';

describe('configuration input that breaks a rule', () => {
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
  const badInput = { message: 'BAD_INPUT', data: { code: 'BAD_REQUEST', appCode: 'BAD_INPUT' } };

  it('an invalid organisation number', async () => {
    const f = await refused(() =>
      operator.clinics.create({ ...toClinicConfig(n.clinicA), id: randomUUID(), orgNumber: '123456789' }),
    );
    expect(f).toMatchObject(badInput);
    expect(refusalText(f)).toBe('Ugyldige data.');
    expect(issueTexts(f)).toEqual({ orgNumber: 'Ugyldig organisasjonsnummer (9 siffer med gyldig kontrollsiffer).' });
    expect(issueTexts(f, 'en')).toEqual({
      orgNumber: 'Invalid organisation number (9 digits with a valid check digit).',
    });
  });

  it('an organisation number another clinic already has', async () => {
    const f = await refused(() =>
      operator.clinics.create({ ...toClinicConfig(n.clinicA), id: randomUUID(), orgNumber: n.clinicB.orgNumber }),
    );
    expect(f).toMatchObject({
      data: {
        appCode: 'VALIDATION',
        issues: [{ path: ['orgNumber'], code: 'org_number.taken', values: { holder: 'Klinikk B' } }],
      },
    });
    expect(issueTexts(f)).toEqual({ orgNumber: 'Organisasjonsnummeret er allerede registrert på Klinikk B.' });
    expect(issueTexts(f, 'en')).toEqual({ orgNumber: 'The organisation number is already registered to Klinikk B.' });
  });

  it('an invalid HPR number', async () => {
    const f = await refused(() =>
      admin.practitioners.upsert({ ...toPractitionerConfig(n.practitionerA), hprNumber: '12ab' }),
    );
    expect(issueTexts(f)).toEqual({ hprNumber: 'Ugyldig HPR-nummer (4–9 siffer).' });
  });

  it('a physiotherapist without an HPR number, while an osteopath needs none', async () => {
    const input = {
      id: randomUUID(),
      clinicId: n.clinicA.id,
      name: 'Uten HPR',
      profession: 'physiotherapist' as const,
      hprNumber: null,
    };
    const f = await refused(() => admin.practitioners.upsert(input));
    expect(issueTexts(f)).toEqual({ hprNumber: 'HPR-nummer er påkrevd for denne yrkesgruppen.' });
    await expect(admin.practitioners.upsert({ ...input, profession: 'osteopath' })).resolves.toEqual({ id: input.id });
  });

  it('overlapping windows in a week template', async () => {
    const windows = [
      { weekday: 1, start: '08:00', end: '12:00', typeIds: [a.type.id] },
      { weekday: 1, start: '11:00', end: '14:00', typeIds: [a.type.id] },
    ];
    const f = await refused(() => admin.templates.upsert({ ...toTemplateConfig(a.template), windows }));
    expect(issueTexts(f)).toEqual({
      'windows.1.start': 'Tidsvinduet 11:00–14:00 overlapper vinduet 08:00–12:00 samme dag.',
    });
  });

  it('a type longer than its window', async () => {
    const windows = [
      { weekday: 2, start: '08:00', end: '12:00', typeIds: [a.type.id] },
      { weekday: 3, start: '08:00', end: '08:20', typeIds: [a.looseType.id, a.type.id] },
    ];
    const f = await refused(() => admin.templates.upsert({ ...toTemplateConfig(a.template), windows }));
    const message = `Timetypen «${a.type.name}» varer 30 min og får ikke plass i vinduet 08:00–08:20.`;
    expect(f).toMatchObject({ data: { code: 'BAD_REQUEST', appCode: 'VALIDATION' } });
    expect(issueTexts(f)).toEqual({
      'windows.1.typeIds.0': `Timetypen «${a.looseType.name}» varer 30 min og får ikke plass i vinduet 08:00–08:20.`,
      'windows.1.typeIds.1': message,
    });
    expect(issueTexts(f, 'en')['windows.1.typeIds.1']).toBe(
      `The appointment type “${a.type.name}” lasts 30 min and does not fit in the window 08:00–08:20.`,
    );
  });

  it('a template naming a type that does not exist', async () => {
    const windows = [{ weekday: 2, start: '08:00', end: '12:00', typeIds: ['finnes-ikke'] }];
    const f = await refused(() => admin.templates.upsert({ ...toTemplateConfig(a.template), windows }));
    expect(issueTexts(f)).toEqual({ 'windows.0.typeIds.0': 'Ukjent timetype «finnes-ikke».' });
  });

  it('a longer duration that no longer fits a window the type is placed in', async () => {
    const f = await refused(() => admin.types.upsert({ ...toTypeConfig(a.type), durationMinutes: 300 }));
    expect(issueTexts(f)).toEqual({
      durationMinutes: `Timetypen «${a.type.name}» varer 300 min og får ikke plass i vinduet 08:00–12:00 (ukemalen «${a.template.name}»).`,
    });
  });

  it('a non-B code as insurance tariff', async () => {
    const f = await refused(() =>
      operator.tariffs.upsert({
        id: randomUUID(),
        code: 'A3a',
        name: 'Behandling',
        kind: 'insurance',
        professions: [],
      }),
    );
    expect(issueTexts(f)).toEqual({
      code: 'Bare B-takster (f.eks. B1011) kan brukes som forsikringstakst i nettverket.',
    });
  });

  it('a tariff code that already exists', async () => {
    const f = await refused(() =>
      operator.tariffs.upsert({
        id: randomUUID(),
        code: a.insuranceTariff.code,
        name: 'Kopi',
        kind: 'insurance',
        professions: [],
      }),
    );
    expect(issueTexts(f).code).toContain(`Takstkoden ${a.insuranceTariff.code} finnes allerede`);
  });

  it('a rule naming a tariff that does not exist', async () => {
    const input = { ...toRuleConfig(a.rule, [a.insuranceTariff.id]), tariffIds: [a.insuranceTariff.id, 'finnes-ikke'] };
    const f = await refused(() => admin.rules.upsert(input));
    expect(issueTexts(f)).toEqual({ 'tariffIds.1': 'Fant ikke taksten «finnes-ikke».' });
  });

  it('a second rule for the same type in the same book', async () => {
    const f = await refused(() => admin.rules.upsert({ ...toRuleConfig(a.rule, []), id: randomUUID() }));
    expect(issueTexts(f)).toEqual({ typeId: `Timetypen har allerede en regel i timeboken «${a.book.name}».` });
  });

  it('an agreement ending before it starts', async () => {
    const input = {
      id: randomUUID(),
      insurerId: n.insurerX.id,
      clinicId: n.clinicA.id,
      status: 'approved' as const,
      validFrom: '2026-06-01',
      validTo: '2026-05-31',
    };
    const f = await refused(() => operator.agreements.upsert(input));
    expect(issueTexts(f)).toEqual({ validTo: 'Avtalen kan ikke slutte før den starter.' });
  });

  it('an agreement with an unknown insurer', async () => {
    const input = {
      id: randomUUID(),
      insurerId: 'finnes-ikke',
      clinicId: n.clinicA.id,
      status: 'approved' as const,
      validFrom: '2026-06-01',
    };
    const f = await refused(() => operator.agreements.upsert(input));
    expect(issueTexts(f)).toEqual({ insurerId: 'Fant ikke forsikringsselskapet.' });
  });

  it('an insurer with a name another insurer has', async () => {
    const f = await refused(() =>
      operator.insurers.upsert({
        ...toInsurerConfig(n.insurerY),
        id: randomUUID(),
        name: 'Forsikring X',
        orgNumber: nextOrgNumber(),
      }),
    );
    expect(issueTexts(f)).toEqual({ name: 'Det finnes allerede et forsikringsselskap med dette navnet.' });
  });

  it('registering a department before the clinic said it has several', async () => {
    const support = await callerAs(db.orm, n.users.support.user);
    const f = await refused(() =>
      support.departments.setRegistered({ departmentId: a.department.id, registered: true }),
    );
    expect(issueTexts(f)).toEqual({
      registered: 'Klinikken har ikke meldt fra til nettverket om at den har flere avdelinger ennå.',
    });
  });

  it('the fingerprint does see a write (the checks above are not vacuous)', async () => {
    const before = await fingerprint(db.orm);
    await admin.types.upsert({ ...toTypeConfig(a.type), name: 'Nytt navn' });
    const after = await fingerprint(db.orm);
    expect(after.appointment_type.digest).not.toBe(before.appointment_type.digest);
    expect(after.audit_entry.rows).toBe(before.audit_entry.rows + 1);
  });
});
