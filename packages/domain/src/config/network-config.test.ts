import { describe, expect, it } from 'vitest';
import {
  formatIssuePath,
  networkConfigSchema,
  parseNetworkConfig,
  type NetworkConfig,
  type NetworkConfigInput,
} from './network-config.js';

/** Two clinics, each with what a bookable book needs: the smallest document that exercises every reference. */
function sampleDocument(): NetworkConfigInput {
  return {
    version: 1,
    insurers: [{ id: 'insurer-a', name: 'Forsikring A', orgNumber: '958995369' }],
    tariffs: [
      { id: 'tariff-b1010', code: 'B1010', name: 'Fysioterapi konsultasjon', kind: 'insurance' },
      { id: 'tariff-a3a', code: 'A3a', name: 'Behandling hos fysioterapeut', kind: 'helfo' },
    ],
    users: [
      { id: 'user-admin', email: 'admin@a.demo', name: 'Anne', role: 'clinic_admin', clinicIds: ['clinic-a'] },
      { id: 'user-kari', email: 'kari@a.demo', name: 'Kari', role: 'practitioner', practitionerId: 'pr-kari' },
      { id: 'user-agent', email: 'agent@a.demo', name: 'Per', role: 'insurer_agent', insurerId: 'insurer-a' },
    ],
    clinics: [
      { id: 'clinic-a', name: 'Klinikk A', orgNumber: '921400012' },
      { id: 'clinic-b', name: 'Klinikk B', orgNumber: '921400020' },
    ],
    departments: [
      { id: 'dep-a', clinicId: 'clinic-a', name: 'A', street: 'Gate 1', postcode: '0366', city: 'Oslo' },
      { id: 'dep-b', clinicId: 'clinic-b', name: 'B', street: 'Gate 2', postcode: '5013', city: 'Bergen' },
    ],
    practitioners: [
      { id: 'pr-kari', clinicId: 'clinic-a', name: 'Kari', profession: 'physiotherapist', hprNumber: '9144889' },
      { id: 'pr-lars', clinicId: 'clinic-b', name: 'Lars', profession: 'osteopath' },
    ],
    memberships: [{ id: 'm-kari', practitionerId: 'pr-kari', status: 'approved' }],
    agreements: [
      { id: 'ag-a', insurerId: 'insurer-a', clinicId: 'clinic-a', status: 'approved', validFrom: '2025-01-01' },
    ],
    books: [
      {
        id: 'book-kari',
        clinicId: 'clinic-a',
        name: 'Kari',
        ownerKind: 'practitioner',
        ownerPractitionerId: 'pr-kari',
        onlineBooking: true,
      },
      {
        id: 'book-lars',
        clinicId: 'clinic-b',
        name: 'Lars',
        ownerKind: 'practitioner',
        ownerPractitionerId: 'pr-lars',
      },
    ],
    types: [
      { id: 'type-a30', clinicId: 'clinic-a', name: 'Fysio 30', durationMinutes: 30, departmentId: 'dep-a' },
      { id: 'type-b45', clinicId: 'clinic-b', name: 'Osteopati 45', durationMinutes: 45 },
    ],
    rules: [
      {
        id: 'rule-a',
        typeId: 'type-a30',
        bookId: 'book-kari',
        patientList: 'all_patients',
        tariffIds: ['tariff-b1010', 'tariff-a3a'],
      },
    ],
    weekTemplates: [
      {
        id: 'tpl-kari',
        bookId: 'book-kari',
        name: 'Standard',
        windows: [{ weekday: 1, start: '08:00', end: '11:30', typeIds: ['type-a30'] }],
      },
      {
        id: 'tpl-lars',
        bookId: 'book-lars',
        name: 'Standard',
        windows: [{ weekday: 2, start: '13:00', end: '16:00', typeIds: ['type-b45'] }],
      },
    ],
    workPlans: [
      { id: 'plan-kari', bookId: 'book-kari', weeks: [{ isoYear: 2026, isoWeek: 49, templateId: 'tpl-kari' }] },
    ],
  };
}

/** Parses a changed copy of the sample and returns its issues as `path: message` lines. */
function issuesAfter(
  change: (doc: NetworkConfigInput & Record<string, unknown>) => void,
  existing?: NetworkConfig,
): string[] {
  const doc = structuredClone(sampleDocument()) as NetworkConfigInput & Record<string, unknown>;
  change(doc);
  const result = parseNetworkConfig(doc, existing ? { existing } : {});
  return result.success ? [] : result.issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`);
}

describe('the network configuration document', () => {
  it('accepts a complete document and fills in the defaults', () => {
    const result = parseNetworkConfig(sampleDocument());
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.books[1]).toMatchObject({ onlineBooking: false, patientLists: [], groupName: null });
    expect(result.data.clinics[0]).toMatchObject({ integrationActive: false, severalDepartmentsNotified: false });
  });

  it('accepts an empty document', () => {
    expect(parseNetworkConfig({ version: 1 }).success).toBe(true);
  });

  const references: [string, (d: NetworkConfigInput) => void, string][] = [
    [
      'departments[0].clinicId',
      (d) => (d.departments![0]!.clinicId = 'clinic-x'),
      'Finner ingen klinikk med id «clinic-x».',
    ],
    ['practitioners[1].clinicId', (d) => (d.practitioners![1]!.clinicId = 'clinic-x'), 'Finner ingen klinikk'],
    [
      'memberships[0].practitionerId',
      (d) => (d.memberships![0]!.practitionerId = 'pr-x'),
      'Finner ingen behandler med id «pr-x».',
    ],
    ['agreements[0].insurerId', (d) => (d.agreements![0]!.insurerId = 'insurer-x'), 'Finner ingen forsikringsselskap'],
    ['agreements[0].clinicId', (d) => (d.agreements![0]!.clinicId = 'clinic-x'), 'Finner ingen klinikk'],
    ['users[0].clinicIds[0]', (d) => (d.users![0]!.clinicIds = ['clinic-x']), 'Finner ingen klinikk'],
    ['users[1].practitionerId', (d) => (d.users![1]!.practitionerId = 'pr-x'), 'Finner ingen behandler'],
    ['users[2].insurerId', (d) => (d.users![2]!.insurerId = 'insurer-x'), 'Finner ingen forsikringsselskap'],
    ['books[0].clinicId', (d) => (d.books![0]!.clinicId = 'clinic-x'), 'Finner ingen klinikk'],
    [
      'books[0].ownerPractitionerId',
      (d) => (d.books![0]!.ownerPractitionerId = 'pr-x'),
      'Finner ingen behandler med id «pr-x».',
    ],
    [
      'books[0].ownerPractitionerId',
      (d) => (d.books![0]!.ownerPractitionerId = 'pr-lars'),
      'Behandleren «Lars» hører til en annen klinikk enn timeboken.',
    ],
    ['types[0].departmentId', (d) => (d.types![0]!.departmentId = 'dep-x'), 'Finner ingen avdeling'],
    ['types[0].departmentId', (d) => (d.types![0]!.departmentId = 'dep-b'), 'hører til en annen klinikk enn timetypen'],
    ['rules[0].typeId', (d) => (d.rules![0]!.typeId = 'type-x'), 'Finner ingen timetype med id «type-x».'],
    ['rules[0].bookId', (d) => (d.rules![0]!.bookId = 'book-x'), 'Finner ingen timebok'],
    ['rules[0].typeId', (d) => (d.rules![0]!.bookId = 'book-lars'), 'hører til forskjellige klinikker'],
    [
      'rules[0].tariffIds[1]',
      (d) => (d.rules![0]!.tariffIds = ['tariff-b1010', 'tariff-x']),
      'Finner ingen takst med id «tariff-x».',
    ],
    ['rules[0].tariffIds[1]', (d) => (d.rules![0]!.tariffIds = ['tariff-a3a', 'tariff-a3a']), 'står to ganger'],
    ['weekTemplates[0].bookId', (d) => (d.weekTemplates![0]!.bookId = 'book-x'), 'Finner ingen timebok'],
    [
      'weekTemplates[0].windows[0].typeIds[0]',
      (d) => (d.weekTemplates![0]!.windows[0]!.typeIds = ['type-x']),
      'Ukjent timetype «type-x».',
    ],
    [
      'weekTemplates[0].windows[0].typeIds[0]',
      (d) => (d.weekTemplates![0]!.windows[0]!.end = '08:20'),
      'får ikke plass i vinduet 08:00–08:20',
    ],
    [
      'weekTemplates[1].windows[0].typeIds[0]',
      (d) => (d.weekTemplates![1]!.windows[0]!.typeIds = ['type-a30']),
      'hører til en annen klinikk enn timeboken',
    ],
    ['workPlans[0].bookId', (d) => (d.workPlans![0]!.bookId = 'book-x'), 'Finner ingen timebok'],
    [
      'workPlans[0].weeks[0].templateId',
      (d) => (d.workPlans![0]!.weeks![0]!.templateId = 'tpl-x'),
      'Finner ingen ukemal',
    ],
    [
      'workPlans[0].weeks[0].templateId',
      (d) => (d.workPlans![0]!.weeks![0]!.templateId = 'tpl-lars'),
      'hører til en annen timebok enn arbeidsplanen',
    ],
  ];
  it.each(references)('names %s when it is wrong', (path, change, reason) => {
    const issues = issuesAfter(change);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain(`${path}: `);
    expect(issues[0]).toContain(reason);
  });

  it('rejects an id used twice in a section, at the second one', () => {
    expect(issuesAfter((d) => d.books!.push({ ...d.books![1]!, name: 'Kopi' }))).toEqual([
      'books[2].id: Id «book-lars» er allerede brukt av books[1].',
    ]);
  });

  it('rejects values the database keeps unique', () => {
    expect(issuesAfter((d) => (d.tariffs![1]!.code = 'B1010'))).toEqual([
      'tariffs[1].code: Takstkoden B1010 er allerede brukt av tariffs[0].',
    ]);
    expect(issuesAfter((d) => (d.users![2]!.email = 'KARI@a.demo'))).toEqual([
      'users[2].email: E-postadressen kari@a.demo er allerede brukt av users[1].',
    ]);
    expect(
      issuesAfter((d) =>
        d.rules!.push({ id: 'rule-b', typeId: 'type-a30', bookId: 'book-kari', patientList: 'all_patients' }),
      ),
    ).toEqual(['rules[1].typeId: Timetypen har allerede en regel for denne timeboken: rules[0].']);
  });

  it('checks that each role has exactly the scope it needs', () => {
    expect(issuesAfter((d) => (d.users![0]!.clinicIds = []))).toEqual([
      'users[0].clinicIds: En klinikkadministrator må ha minst én klinikk.',
    ]);
    expect(issuesAfter((d) => (d.users![2]!.clinicIds = ['clinic-a']))).toEqual([
      'users[2].clinicIds: Bare klinikkadministratorer har klinikker.',
    ]);
    expect(issuesAfter((d) => (d.users![1]!.practitionerId = null))).toEqual([
      'users[1].practitionerId: Velg behandleren brukeren er.',
    ]);
  });

  it('names the field of a malformed object in Norwegian', () => {
    expect(issuesAfter((d) => ((d.books![1] as Record<string, unknown>).ownerPractionerId = 'pr-lars'))).toEqual([
      'books[1]: Ukjent felt: «ownerPractionerId».',
    ]);
    expect(issuesAfter((d) => ((d.types![0] as Record<string, unknown>).durationMinutes = '30'))).toEqual([
      'types[0].durationMinutes: Varighet må være et tall.',
    ]);
    expect(issuesAfter((d) => delete (d.clinics![0] as Record<string, unknown>).name)).toEqual([
      'clinics[0].name: Feltet mangler.',
    ]);
    expect(issuesAfter((d) => ((d as Record<string, unknown>).version = 2))).toEqual([
      'version: Ukjent versjon; dokumentet må ha "version": 1.',
    ]);
  });

  describe('against what the database already holds', () => {
    const stored = (parseNetworkConfig(sampleDocument()) as { data: NetworkConfig }).data;

    it('lets references point at stored objects', () => {
      const part = {
        version: 1,
        books: [
          {
            id: 'book-new',
            clinicId: 'clinic-a',
            name: 'Ny',
            ownerKind: 'practitioner',
            ownerPractitionerId: 'pr-kari',
          },
        ],
      };
      expect(parseNetworkConfig(part).success).toBe(false);
      expect(parseNetworkConfig(part, { existing: stored }).success).toBe(true);
    });

    it('keeps unique values unique together with the stored ones', () => {
      const part = { version: 1, tariffs: [{ id: 'tariff-other', code: 'B1010', name: 'Annen', kind: 'insurance' }] };
      const result = parseNetworkConfig(part, { existing: stored });
      expect(result.success ? [] : result.issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`)).toEqual([
        'tariffs[0].code: Takstkoden B1010 er allerede brukt av «tariff-b1010» i databasen.',
      ]);
    });

    it('names a stored object that the document would break, by its id', () => {
      const part = {
        version: 1,
        types: [{ id: 'type-a30', clinicId: 'clinic-b', name: 'Fysio 30', durationMinutes: 30 }],
      };
      const result = parseNetworkConfig(part, { existing: stored });
      expect(result.success ? [] : result.issues.map((i) => formatIssuePath(i.path))).toEqual([
        'rules["rule-a"].typeId',
        'weekTemplates["tpl-kari"].windows[0].typeIds[0]',
      ]);
    });
  });

  it('the zod schema itself reports the cross-document issues', () => {
    const doc = sampleDocument();
    doc.books![0]!.ownerPractitionerId = 'pr-x';
    const result = networkConfigSchema.safeParse(doc);
    expect(result.error?.issues.map((i) => formatIssuePath(i.path))).toEqual(['books[0].ownerPractitionerId']);
  });
});

describe('formatIssuePath', () => {
  it.each([
    [['books', 3, 'ownerPractitionerId'], 'books[3].ownerPractitionerId'],
    [['weekTemplates', 0, 'windows', 2, 'typeIds', 1], 'weekTemplates[0].windows[2].typeIds[1]'],
    [['rules', 'rule-1', 'typeId'], 'rules["rule-1"].typeId'],
    [[], '(dokumentet)'],
  ] as const)('%j → %s', (path, text) => {
    expect(formatIssuePath(path)).toBe(text);
  });
});
