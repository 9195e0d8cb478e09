// P2 fixtures: patients of clinic A with each kind of national id, and the callers that register and import cases.
import { randomUUID } from 'node:crypto';
import { Patient, type MikroORM } from '@bn/db';
import { createTestNetwork, type TestNetwork } from '@bn/db/testing';
import { addDays, osloDate, parseNationalId } from '@bn/domain';
import { callerAs, type Caller, type CallerOptions } from './callers.js';

/** Valid national ids (check digits computed): a fødselsnummer, a D-number and an H-number. */
export const CLAIM_PATIENTS = {
  /** Fødselsnummer, born 1985-05-15. */
  fnr: { nationalId: '15058549905', name: 'Kari Fødselsnummer' },
  /** D-number (day + 40), born 1990-01-01. */
  dnr: { nationalId: '41019049955', name: 'Dag D-nummer' },
  /** H-number (month + 40), born 1992-03-07. */
  hnr: { nationalId: '07439249980', name: 'Hilde H-nummer' },
  /** Fødselsnummer, born 1990-01-01: the same birth date as the D-number's. */
  twin: { nationalId: '01019049961', name: 'Tor Samme Dag' },
} as const;
export type ClaimPatientKey = keyof typeof CLAIM_PATIENTS;

export interface ClaimsWorld {
  network: TestNetwork;
  /** Patient card ids in clinic A. */
  patients: Record<ClaimPatientKey, string>;
  operator: Caller;
  admin: Caller;
  today: string;
  /** The birth date a national id decodes to. */
  birthDateOf: (key: ClaimPatientKey) => string;
}

export async function createClaimsWorld(orm: MikroORM, options: CallerOptions = {}): Promise<ClaimsWorld> {
  const network = await createTestNetwork(orm.em.fork());
  const em = orm.em.fork();
  const birthDateOf = (key: ClaimPatientKey) => {
    const parsed = parseNationalId(CLAIM_PATIENTS[key].nationalId);
    if (!parsed.valid) throw new Error(`invalid test national id ${key}`);
    return parsed.birthDate;
  };
  const patients = {} as Record<ClaimPatientKey, string>;
  for (const key of Object.keys(CLAIM_PATIENTS) as ClaimPatientKey[]) {
    const id = randomUUID();
    em.create(Patient, {
      id,
      clinic: network.clinicA.id,
      nationalId: CLAIM_PATIENTS[key].nationalId,
      name: CLAIM_PATIENTS[key].name,
      email: `${key}@example.no`,
      birthDate: birthDateOf(key),
    });
    patients[key] = id;
  }
  await em.flush();
  return {
    network,
    patients,
    operator: await callerAs(orm, network.users.network_operator.user, options),
    admin: await callerAs(orm, network.users.clinic_admin.user, options),
    today: osloDate(options.now?.() ?? new Date()),
    birthDateOf,
  };
}

/** A case of insurer X for the patient, created `createdDaysAgo` days before today, valid for half a year. */
export function caseFor(
  w: ClaimsWorld,
  key: ClaimPatientKey,
  caseId: string,
  o: { createdDaysAgo?: number; validTo?: string | null; grant?: unknown; birthDate?: string } = {},
) {
  const createdOn = addDays(w.today, -(o.createdDaysAgo ?? 3));
  return {
    caseId,
    insurerId: w.network.insurerX.id,
    birthDate: o.birthDate ?? w.birthDateOf(key),
    createdOn,
    validTo: o.validTo === undefined ? addDays(createdOn, 180) : o.validTo,
    grant: o.grant ?? { type: 'total', treatments: 10 },
  };
}
