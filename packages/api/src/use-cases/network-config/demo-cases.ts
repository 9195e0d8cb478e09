// P2 demo data: patient cards at Majorstuen and Storebrand cases for them in the operator's register, so a claim
// with a case id can be tried at once (README "Trying claims"). Dates follow the day the demo is seeded.
import { Patient, RegisteredCase, type EntityManager } from '@bn/db';
import { addDays, osloDate, type ClaimGrant } from '@bn/domain';

export const DEMO_CLAIMS_CLINIC = 'clinic-majorstuen';
export const DEMO_CASES_INSURER = 'insurer-storebrand';

/** Demo patient cards: a fødselsnummer, a D-number and an H-number. */
export const DEMO_PATIENTS = [
  { id: 'demo-patient-kari', nationalId: '15058549905', name: 'Kari Demo', birthDate: '1985-05-15' },
  { id: 'demo-patient-dag', nationalId: '41019049955', name: 'Dag Demo (D-nummer)', birthDate: '1990-01-01' },
  { id: 'demo-patient-hilde', nationalId: '07439249980', name: 'Hilde Demo (H-nummer)', birthDate: '1992-03-07' },
] as const;

interface DemoCase {
  caseId: string;
  birthDate: string;
  /** Days before the seeding day the insurer created the case. */
  createdDaysAgo: number;
  /** Days after the seeding day the case ends; null: no end. */
  endsInDays: number | null;
  grant: ClaimGrant;
}

export const DEMO_CASES: readonly DemoCase[] = [
  {
    caseId: 'DEMO1',
    birthDate: '1985-05-15',
    createdDaysAgo: 7,
    endsInDays: 180,
    grant: { type: 'total', treatments: 10 },
  },
  {
    caseId: 'DEMO2',
    birthDate: '1990-01-01',
    createdDaysAgo: 3,
    endsInDays: 120,
    grant: { type: 'per_treatment_type', treatments: { B1010: 6, B1020: 4 } },
  },
  {
    caseId: 'DEMO3',
    birthDate: '1992-03-07',
    createdDaysAgo: 1,
    endsInDays: null,
    grant: { type: 'total', treatments: 6 },
  },
  // For trying the refusals: a birth date none of the demo patients has, and a case that has ended.
  {
    caseId: 'DEMOFEIL',
    birthDate: '1985-05-16',
    createdDaysAgo: 5,
    endsInDays: 180,
    grant: { type: 'total', treatments: 8 },
  },
  {
    caseId: 'DEMOUTLOPT',
    birthDate: '1985-05-15',
    createdDaysAgo: 400,
    endsInDays: -30,
    grant: { type: 'total', treatments: 8 },
  },
];

/** Writes the demo patient cards and cases into the caller's unit of work (the seed flushes it). */
export function seedDemoCases(em: EntityManager, now: Date): void {
  const today = osloDate(now);
  for (const p of DEMO_PATIENTS) em.create(Patient, { ...p, clinic: DEMO_CLAIMS_CLINIC, phone: null, email: null });
  for (const c of DEMO_CASES) {
    em.create(RegisteredCase, {
      insurer: DEMO_CASES_INSURER,
      caseId: c.caseId,
      birthDate: c.birthDate,
      createdOn: addDays(today, -c.createdDaysAgo),
      validTo: c.endsInDays === null ? null : addDays(today, c.endsInDays),
      grant: c.grant,
      registeredBy: null,
    });
  }
}
