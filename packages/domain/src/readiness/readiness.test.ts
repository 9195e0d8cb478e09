import { describe, expect, it } from 'vitest';
import { evaluateReadiness } from './readiness.js';
import { BOOK_LEVEL_RULES, READINESS_RULES, type ReadinessRule, type ReadinessSubject } from './types.js';
import { isoWeek, addDays } from '../time/oslo.js';

const today = '2026-11-26';

/** A book × type that passes every check for Storebrand and Falck (not If, with which there is no agreement). */
function ready(): ReadinessSubject {
  const weeks = Array.from({ length: 8 }, (_, i) => ({ ...isoWeek(addDays(today, i * 7)), templateId: 'tpl' }));
  return {
    today,
    clinic: { id: 'c1', name: 'Klinikk', integrationActive: true, severalDepartmentsNotified: true },
    departments: [
      {
        id: 'd1',
        name: 'Majorstuen',
        street: 'Bogstadveien 1',
        postcode: '0366',
        city: 'Oslo',
        registeredWithNetwork: true,
      },
      {
        id: 'd2',
        name: 'Bislett',
        street: 'Thereses gate 1',
        postcode: '0358',
        city: 'Oslo',
        registeredWithNetwork: true,
      },
    ],
    book: { id: 'b1', name: 'Kari', ownerKind: 'practitioner', onlineBooking: true, patientLists: ['all_patients'] },
    owner: {
      id: 'p1',
      name: 'Kari Nordmann',
      profession: 'physiotherapist',
      hprNumber: '9144889',
      membership: 'approved',
    },
    type: { id: 't1', name: 'Fysioterapi 30 min', bookableOnline: true, departmentId: 'd1' },
    rule: {
      patientList: 'all_patients',
      tariffs: [
        {
          id: 'a3a',
          code: 'A3a',
          name: 'Behandling hos fysioterapeut',
          kind: 'helfo',
          professions: ['physiotherapist'],
        },
        {
          id: 'b1010',
          code: 'B1010',
          name: 'Fysioterapi konsultasjon',
          kind: 'insurance',
          professions: ['physiotherapist'],
        },
      ],
    },
    schedule: { weeks, templates: [{ id: 'tpl', windows: [{ typeIds: ['t1'] }] }] },
    agreements: [
      { insurerId: 'storebrand', status: 'approved', validFrom: '2026-01-01', validTo: null, scope: 'clinic' },
      { insurerId: 'falck', status: 'approved', validFrom: '2025-01-01', validTo: '2027-12-31', scope: 'practitioner' },
    ],
    insurers: [
      { id: 'storebrand', name: 'Storebrand', offersPsychologistBooking: false },
      { id: 'falck', name: 'Falck Helse', offersPsychologistBooking: true },
      { id: 'if', name: 'If', offersPsychologistBooking: false },
    ],
  };
}

const failing = (s: ReadinessSubject) => [
  ...new Set(
    evaluateReadiness(s)
      .checks.filter((c) => c.status === 'fail')
      .map((c) => c.rule),
  ),
];

describe('readiness: the fully configured book × type', () => {
  it('passes every check and is bookable exactly by the insurers with a valid agreement', () => {
    const r = evaluateReadiness(ready());
    expect(r.checks.filter((c) => c.status !== 'ok')).toEqual([]);
    expect(new Set(r.checks.map((c) => c.rule))).toEqual(new Set(READINESS_RULES));
    expect(r.insurers.filter((i) => i.bookable).map((i) => i.insurerId)).toEqual(['storebrand', 'falck']);
    expect(r.insurers.find((i) => i.insurerId === 'if')?.reasons.map((x) => x.rule)).toEqual(['N3']);
    expect(r.insuranceTariffs.map((t) => t.code)).toEqual(['B1010']);
    expect(r.addresses.map((a) => a.name)).toEqual(['Majorstuen']);
  });
});

/** Each entry turns exactly one rule off; exactly that rule must fail, and no insurer may book. */
const turnOff: [ReadinessRule, string, (s: ReadinessSubject) => void][] = [
  [
    'N1',
    'an ineligible profession',
    (s) => {
      s.owner = { ...s.owner!, profession: 'other', hprNumber: null };
      s.rule!.tariffs[1]!.professions = [];
    },
  ],
  ['N2', 'membership pending', (s) => void (s.owner!.membership = 'pending')],
  ['N2', 'no HPR number for a physiotherapist', (s) => void (s.owner!.hprNumber = null)],
  ['N3', 'the agreements ended', (s) => s.agreements.forEach((a) => (a.status = 'ended'))],
  ['N3', 'the agreements not yet valid', (s) => s.agreements.forEach((a) => (a.validFrom = '2027-01-01'))],
  ['N3', 'the agreements expired yesterday', (s) => s.agreements.forEach((a) => (a.validTo = '2026-11-25'))],
  [
    'N4',
    'a psychologist whose insurers do not offer psychologist booking',
    (s) => {
      s.owner!.profession = 'psychologist';
      s.rule!.tariffs[1]!.professions = ['psychologist'];
      s.insurers.forEach((i) => (i.offersPsychologistBooking = false));
    },
  ],
  ['N5', 'the integration not activated', (s) => void (s.clinic.integrationActive = false)],
  ['B1', 'a book owned by the clinic', (s) => void (s.book.ownerKind = 'clinic')],
  ['B3', 'the book closed for online booking', (s) => void (s.book.onlineBooking = false)],
  ['B4', 'only existing patients may book', (s) => void (s.book.patientLists = ['existing_patients'])],
  ['T2', 'the type not bookable online', (s) => void (s.type.bookableOnline = false)],
  ['T2', 'no rule for this book', (s) => void (s.rule = null)],
  ['T2', 'the rule for existing patients only', (s) => void (s.rule!.patientList = 'existing_patients')],
  ['T2', 'only a Helfo tariff', (s) => void s.rule!.tariffs.splice(1, 1)],
  [
    'T2',
    'a non-B code marked as insurance',
    (s) => void (s.rule!.tariffs[1] = { ...s.rule!.tariffs[1]!, code: 'X1010' }),
  ],
  ['T5', 'a clinic without any address', (s) => void ((s.departments = []), (s.type.departmentId = null))],
  ['D2', 'the department not registered', (s) => void (s.departments[0]!.registeredWithNetwork = false)],
  ['D2', 'several departments not notified', (s) => void (s.clinic.severalDepartmentsNotified = false)],
  ['S1', 'the type in no template', (s) => void (s.schedule.templates[0]!.windows = [{ typeIds: ['other'] }])],
  [
    'S1',
    'the plan uses the template only in ten weeks',
    (s) => void (s.schedule.weeks = [{ ...isoWeek(addDays(today, 70)), templateId: 'tpl' }]),
  ],
];

describe('readiness: turning one rule off fails exactly that rule', () => {
  it.each(turnOff)('%s — %s', (rule, _what, mutate) => {
    const s = ready();
    mutate(s);
    expect(failing(s)).toEqual([rule]);
    const r = evaluateReadiness(s);
    expect(r.bookable).toBe(false);
    for (const insurer of r.insurers) expect(insurer.reasons.map((x) => x.rule)).toContain(rule);
    const check = r.checks.find((c) => c.status === 'fail')!;
    expect(check.message.length).toBeGreaterThan(10);
    expect(check.fix.clinicId).toBe('c1');
  });

  it('covers every rule the check knows except B2 (the owner always has a name)', () => {
    expect(new Set(turnOff.map(([r]) => r))).toEqual(new Set(READINESS_RULES.filter((r) => r !== 'B2')));
  });
});

describe('readiness: the checks a screen states once per book', () => {
  /** The same book with another type: its own name, no rule, not online, at another department, in no template. */
  const otherType = (s: ReadinessSubject): ReadinessSubject => ({
    ...s,
    type: { id: 't2', name: 'Annen time', bookableOnline: false, departmentId: 'd2' },
    rule: null,
  });
  const bookLevel = (s: ReadinessSubject) =>
    evaluateReadiness(s).checks.filter((c) => BOOK_LEVEL_RULES.includes(c.rule));

  it.each(turnOff)('answer the same for every type of the book — %s, %s', (_rule, _what, mutate) => {
    const s = ready();
    mutate(s);
    expect(bookLevel(otherType(s))).toEqual(bookLevel(s));
  });

  it('leave out the ones that look at the type', () => {
    const byType = (s: ReadinessSubject) =>
      evaluateReadiness(s)
        .checks.filter((c) => !BOOK_LEVEL_RULES.includes(c.rule) && c.status === 'fail')
        .map((c) => c.rule);
    expect(byType(ready())).toEqual([]);
    expect(new Set(byType(otherType(ready())))).toEqual(new Set(['T2', 'S1']));
  });
});

describe('readiness: per insurer', () => {
  it('N4: a psychologist is bookable only by the insurer that offers psychologist booking', () => {
    const s = ready();
    s.owner!.profession = 'psychologist';
    s.rule!.tariffs[1]!.professions = ['psychologist'];
    const r = evaluateReadiness(s);
    expect(r.insurers.filter((i) => i.bookable).map((i) => i.insurerName)).toEqual(['Falck Helse']);
    expect(r.insurers.find((i) => i.insurerId === 'storebrand')?.reasons.map((x) => x.rule)).toEqual(['N4']);
  });

  it('T5: a type without an address is offered at every registered department', () => {
    const s = ready();
    s.type.departmentId = null;
    s.departments[1]!.registeredWithNetwork = false;
    const r = evaluateReadiness(s);
    expect(r.bookable).toBe(true);
    expect(r.addresses.map((a) => a.name)).toEqual(['Majorstuen']);
  });

  it('a single-department clinic needs no registration', () => {
    const s = ready();
    s.departments = [{ ...s.departments[0]!, registeredWithNetwork: false }];
    s.clinic.severalDepartmentsNotified = false;
    expect(evaluateReadiness(s).bookable).toBe(true);
  });

  it('T4: a tariff for another profession does not count', () => {
    const s = ready();
    s.rule!.tariffs[1]!.professions = ['chiropractor'];
    expect(failing(s)).toEqual(['T2']);
  });
});

describe('T2: the hint when the rule has no insurance tariff for the owner', () => {
  const network = [
    { code: 'B1010', name: 'Fysioterapi konsultasjon', professions: ['physiotherapist' as const] },
    { code: 'B1011', name: 'Kiropraktikk konsultasjon', professions: ['chiropractor' as const] },
    { code: 'B1020', name: 'Fysioterapi oppfølging', professions: ['physiotherapist' as const] },
  ];
  const tariffCheck = (s: ReadinessSubject) => evaluateReadiness(s).checks.find((c) => c.key === 'T2.tariff')!;

  it('names the B-tariffs that fit a physiotherapist, never the chiropractor’s B1011', () => {
    const s = ready();
    s.rule!.tariffs = [{ ...s.rule!.tariffs[1]!, code: 'B1011', professions: ['chiropractor'] }];
    s.networkInsuranceTariffs = network;
    const check = tariffCheck(s);
    expect(check.status).toBe('fail');
    expect(check.message).toBe(
      'Regelen mangler en forsikringstakst for fysioterapeut. Legg B1010 Fysioterapi konsultasjon eller B1020 Fysioterapi oppfølging til på regelen.',
    );
    expect(check.messageEn).toBe(
      'The rule has no insurance tariff for a physiotherapist. Add B1010 Fysioterapi konsultasjon or B1020 Fysioterapi oppfølging to the rule.',
    );
  });

  it('says the network has none yet when no B-tariff fits the profession', () => {
    const s = ready();
    s.owner = { ...s.owner!, profession: 'psychologist' };
    s.networkInsuranceTariffs = network;
    expect(tariffCheck(s).message).toBe(
      'Regelen mangler en forsikringstakst for psykolog, og nettverket har ingen B-takst for psykolog ennå. Kontakt nettverket.',
    );
  });
});

describe('readiness: a rejected membership application (N2)', () => {
  it('tells the clinic the network’s reason, and that the clinic applies again', () => {
    const s = ready();
    s.owner = { ...s.owner!, membership: 'rejected', membershipRejectionReason: 'Vitnemålet mangler.' };
    const check = evaluateReadiness(s).checks.find((c) => c.rule === 'N2')!;
    expect(check.status).toBe('fail');
    expect(check.message).toBe(
      'Nettverket har avslått søknaden om medlemskap: «Vitnemålet mangler.». Rett det og søk på nytt.',
    );
    expect(check.messageEn).toBe(
      'The network rejected the membership application: «Vitnemålet mangler.». Correct it and apply again.',
    );
    expect(check.fix).toMatchObject({ screen: 'membership', by: 'clinic_admin' });
  });
});
