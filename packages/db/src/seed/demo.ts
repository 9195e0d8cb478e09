// Seeds the demo network on an empty database; run again, it changes nothing (or only re-issues lost demo passwords).
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { Clinic, Department, Insurer, Practitioner, User, UserClinic } from '../entities/index.js';
import { hashPassword } from '../passwords.js';
import { demoClinics, demoInsurers, demoUsers } from './demo-network.js';
import type { DemoCredentials } from './credentials.js';

export interface SeedResult {
  created: boolean;
  credentials: DemoCredentials;
}

function newPassword(): string {
  // 18 random bytes → 24 base64url characters; readable enough to type, far too long to guess.
  return randomBytes(18).toString('base64url');
}

export async function seedDemo(em: EntityManager, known?: DemoCredentials): Promise<SeedResult> {
  const existing = await em.count(User, {});
  if (existing > 0) {
    const emails = demoUsers.map((u) => u.email);
    const users = await em.find(User, { email: { $in: emails } });
    const credentials: DemoCredentials = { users: [], apiKeys: known?.apiKeys ?? [] };
    for (const user of users) {
      let password = known?.users.find((u) => u.email === user.email)?.password;
      if (!password) {
        // The credentials file was lost: issue a fresh password so the demo stays usable.
        password = newPassword();
        user.passwordHash = await hashPassword(password);
      }
      credentials.users.push({ email: user.email, password, role: user.role });
    }
    await em.flush();
    return { created: false, credentials };
  }

  const credentials: DemoCredentials = { users: [], apiKeys: [] };
  await em.transactional(async (tx) => {
    const insurers = new Map<string, Insurer>();
    for (const i of demoInsurers) {
      const { key, ...data } = i;
      insurers.set(key, tx.create(Insurer, data));
    }
    const clinics = new Map<string, Clinic>();
    const practitioners = new Map<string, Practitioner>();
    for (const c of demoClinics) {
      const clinic = tx.create(Clinic, {
        name: c.name,
        orgNumber: c.orgNumber,
        integrationActive: c.integrationActive,
        severalDepartmentsNotifiedAt: c.severalDepartments ? new Date() : null,
      });
      clinics.set(c.key, clinic);
      for (const d of c.departments) {
        tx.create(Department, {
          clinic,
          name: d.name,
          street: d.street,
          postcode: d.postcode,
          city: d.city,
          registeredWithNetworkAt: d.registered ? new Date() : null,
        });
      }
      for (const p of c.practitioners) {
        practitioners.set(p.key, tx.create(Practitioner, { clinic, name: p.name, profession: p.profession, hprNumber: p.hprNumber }));
      }
    }
    for (const u of demoUsers) {
      const password = known?.users.find((k) => k.email === u.email)?.password ?? newPassword();
      const user = tx.create(User, {
        email: u.email,
        name: u.name,
        role: u.role,
        passwordHash: await hashPassword(password),
        insurer: u.insurer ? insurers.get(u.insurer) ?? null : null,
        practitioner: u.practitioner ? practitioners.get(u.practitioner) ?? null : null,
        locale: 'nb',
      });
      for (const clinicKey of u.clinics ?? []) {
        const clinic = clinics.get(clinicKey);
        if (clinic) tx.create(UserClinic, { user, clinic });
      }
      credentials.users.push({ email: u.email, password, role: u.role });
    }
  });
  return { created: true, credentials };
}
