// Factories for integration tests: insurers, clinics, practitioners and users of every role, with a known password.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Profession, Role } from '@bn/domain';
import { Clinic, Insurer, Practitioner, User, UserClinic } from '../entities/index.js';
import { hashPassword } from '../passwords.js';
import { nextOrgNumber } from './org-number.js';

/** Every user a factory makes signs in with this password unless told otherwise. */
export const TEST_PASSWORD = 'Riktig-hest-batteri-42';

let sequence = 0;
const next = () => ++sequence;

// argon2id takes tens of milliseconds by design; a test file hashes each distinct password once.
const hashes = new Map<string, Promise<string>>();
function hashOnce(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) hashes.set(password, (hash = hashPassword(password)));
  return hash;
}

export interface InsurerOverrides {
  name?: string;
  orgNumber?: string;
  offersPsychologistBooking?: boolean;
  hasPatientApp?: boolean;
  appName?: string | null;
}

export async function createInsurer(em: EntityManager, overrides: InsurerOverrides = {}): Promise<Insurer> {
  const n = next();
  const insurer = em.create(Insurer, {
    name: `Testforsikring ${n}`,
    orgNumber: nextOrgNumber(),
    offersPsychologistBooking: false,
    hasPatientApp: false,
    appName: null,
    ...overrides,
  });
  await em.flush();
  return insurer;
}

export interface ClinicOverrides {
  name?: string;
  orgNumber?: string;
  integrationActive?: boolean;
}

export async function createClinic(em: EntityManager, overrides: ClinicOverrides = {}): Promise<Clinic> {
  const n = next();
  const clinic = em.create(Clinic, {
    name: `Testklinikk ${n}`,
    orgNumber: nextOrgNumber(),
    integrationActive: true,
    severalDepartmentsNotifiedAt: null,
    ...overrides,
  });
  await em.flush();
  return clinic;
}

export interface PractitionerOptions {
  clinic: Clinic;
  name?: string;
  profession?: Profession;
  hprNumber?: string | null;
}

export async function createPractitioner(em: EntityManager, options: PractitionerOptions): Promise<Practitioner> {
  const n = next();
  const practitioner = em.create(Practitioner, {
    clinic: options.clinic,
    name: options.name ?? `Behandler ${n}`,
    profession: options.profession ?? 'physiotherapist',
    hprNumber: options.hprNumber === undefined ? String(9_000_000 + n) : options.hprNumber,
  });
  await em.flush();
  return practitioner;
}

export interface UserOptions {
  role: Role;
  email?: string;
  name?: string;
  password?: string;
  /** clinic_admin: the clinics it administers. */
  clinics?: Clinic[];
  /** insurer_agent: its insurer. */
  insurer?: Insurer;
  /** practitioner: whose books it sees. */
  practitioner?: Practitioner;
}

export interface TestUser {
  user: User;
  email: string;
  password: string;
}

export async function createUser(em: EntityManager, options: UserOptions): Promise<TestUser> {
  const n = next();
  const email = (options.email ?? `${options.role.replace(/_/g, '-')}-${n}@bn.test`).toLowerCase();
  const password = options.password ?? TEST_PASSWORD;
  const user = em.create(User, {
    email,
    name: options.name ?? `Testbruker ${n}`,
    role: options.role,
    passwordHash: await hashOnce(password),
    insurer: options.insurer ?? null,
    practitioner: options.practitioner ?? null,
    locale: 'nb',
  });
  for (const clinic of options.clinics ?? []) em.create(UserClinic, { user, clinic });
  await em.flush();
  return { user, email, password };
}
