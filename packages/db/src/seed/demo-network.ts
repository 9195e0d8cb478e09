// The demo network: a few real-looking insurers, clinics and practitioners. Organisation numbers pass the mod-11 check.
import type { Profession, Role } from '@bn/domain';

export const demoInsurers = [
  { key: 'storebrand', name: 'Storebrand', orgNumber: '958995369', offersPsychologistBooking: false, hasPatientApp: true, appName: 'Bli frisk' },
  { key: 'falck', name: 'Falck Helse', orgNumber: '912300013', offersPsychologistBooking: true, hasPatientApp: false, appName: null },
  { key: 'if', name: 'If Skadeforsikring', orgNumber: '912300021', offersPsychologistBooking: false, hasPatientApp: false, appName: null },
  { key: 'vertikal', name: 'Vertikal Helse', orgNumber: '912300048', offersPsychologistBooking: false, hasPatientApp: false, appName: null },
] as const;

export interface DemoClinic {
  key: string;
  name: string;
  orgNumber: string;
  integrationActive: boolean;
  severalDepartments: boolean;
  departments: readonly { key: string; name: string; street: string; postcode: string; city: string; registered: boolean }[];
  practitioners: readonly { key: string; name: string; profession: Profession; hprNumber: string | null }[];
}

export const demoClinics: readonly DemoClinic[] = [
  {
    key: 'majorstuen',
    name: 'Majorstuen Fysioterapi og Kiropraktikk',
    orgNumber: '921400012',
    integrationActive: true,
    severalDepartments: true,
    departments: [
      { key: 'majorstuen-hoved', name: 'Majorstuen', street: 'Bogstadveien 54', postcode: '0366', city: 'Oslo', registered: true },
      { key: 'majorstuen-bislett', name: 'Bislett', street: 'Thereses gate 12', postcode: '0358', city: 'Oslo', registered: false },
    ],
    practitioners: [
      { key: 'kari', name: 'Kari Nordmann', profession: 'physiotherapist', hprNumber: '9144889' },
      { key: 'ola', name: 'Ola Hansen', profession: 'chiropractor', hprNumber: '8823412' },
      { key: 'ingrid', name: 'Ingrid Berg', profession: 'manual_therapist', hprNumber: '7765123' },
    ],
  },
  {
    key: 'bergen',
    name: 'Bergen Helse og Bevegelse',
    orgNumber: '921400020',
    integrationActive: true,
    severalDepartments: false,
    departments: [{ key: 'bergen-sentrum', name: 'Sentrum', street: 'Strandgaten 18', postcode: '5013', city: 'Bergen', registered: true }],
    practitioners: [
      { key: 'lars', name: 'Lars Vik', profession: 'osteopath', hprNumber: null },
      { key: 'sofie', name: 'Sofie Lie', profession: 'psychomotor_physiotherapist', hprNumber: '9988771' },
    ],
  },
  {
    key: 'trondheim',
    name: 'Trondheim Psykologsenter',
    orgNumber: '921400039',
    integrationActive: false,
    severalDepartments: false,
    departments: [{ key: 'trondheim-solsiden', name: 'Solsiden', street: 'Beddingen 10', postcode: '7042', city: 'Trondheim', registered: true }],
    practitioners: [{ key: 'emma', name: 'Emma Strand', profession: 'psychologist', hprNumber: '6612345' }],
  },
];

export const demoUsers: readonly {
  email: string;
  name: string;
  role: Role;
  clinics?: readonly string[];
  practitioner?: string;
  insurer?: string;
}[] = [
  { email: 'operator@behandlernettverk.demo', name: 'Nina Operatør', role: 'network_operator' },
  { email: 'support@pasientsky.demo', name: 'Sindre Support', role: 'support' },
  { email: 'admin@majorstuen.demo', name: 'Anne Admin', role: 'clinic_admin', clinics: ['majorstuen'] },
  { email: 'kari@majorstuen.demo', name: 'Kari Nordmann', role: 'practitioner', practitioner: 'kari' },
  { email: 'agent@storebrand.demo', name: 'Per Agent', role: 'insurer_agent', insurer: 'storebrand' },
];
