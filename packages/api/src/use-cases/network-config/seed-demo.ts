import { randomBytes } from 'node:crypto';
import type { DemoCredentials, EntityManager } from '@bn/db';
import { User, demoNetworkDocument, hashPassword } from '@bn/db';
import { secondFactorRequired, type NetworkConfigInput } from '@bn/domain';
import { newTotpSecret } from '../accounts/second-factor.js';
import { importNetworkConfig } from './import-network-config.js';
import { planFromThisWeek } from './demo-work-plans.js';
import { seedDemoCases } from './demo-cases.js';
import { seedDemoBilling } from './demo-billing.js';
import { demoApiKeys } from '../api-keys/demo-api-keys.js';

export interface SeedDemoOptions {
  em: EntityManager;
  /** The sign-ins written last time (`.data/demo-credentials.json`): kept, so a restart does not change passwords. */
  known?: DemoCredentials;
  now?: Date;
}

export interface SeedResult {
  created: boolean;
  credentials: DemoCredentials;
}

function newPassword(): string {
  // 18 random bytes → 24 base64url characters; readable enough to type, far too long to guess.
  return randomBytes(18).toString('base64url');
}

/**
 * Seeds the demo network (packages/db/src/seed/demo-network.json) into an empty database through the same import as
 * `pnpm network:import`, adds the claims demo (demo-cases.ts: patient cards and registered insurer cases) and the billing demo
 * (demo-billing.ts: seller and buyer details, price lists, agreement B-prices), then gives
 * each demo user a password (and the roles that read patient data a TOTP second factor) and each demo insurer an API
 * key (the document holds no secrets). On a database that
 * already has users it changes nothing, except issuing new passwords and keys when the credentials file was lost.
 */
export async function seedDemo({ em, known, now = new Date() }: SeedDemoOptions): Promise<SeedResult> {
  const document = structuredClone(demoNetworkDocument) as NetworkConfigInput;
  const emails = (document.users ?? []).map((u) => u.email.toLowerCase());
  const created = (await em.count(User, {})) === 0;
  if (created) {
    await importNetworkConfig({ em, document: planFromThisWeek(document, now), now });
    seedDemoCases(em, now);
    await seedDemoBilling(em, now);
  }

  const credentials: DemoCredentials = { users: [], apiKeys: [] };
  const users = await em.find(User, { email: { $in: emails } }, { orderBy: { email: 'asc' } });
  for (const user of users) {
    const knownUser = known?.users.find((u) => u.email === user.email);
    let password = knownUser?.password;
    // A new database, or the credentials file was lost: issue a fresh password so the demo stays usable.
    if (created || !password) {
      password ??= newPassword();
      user.passwordHash = await hashPassword(password);
    }
    // The roles that read patient data come enrolled with a second factor (docs/accounts.md), kept like the password.
    let totpSecret = knownUser?.totpSecret ?? user.totpSecret ?? undefined;
    if (secondFactorRequired(user.role)) {
      totpSecret ??= newTotpSecret();
      if (user.totpSecret !== totpSecret) {
        user.totpSecret = totpSecret;
        user.totpEnabledAt ??= now;
      }
    }
    credentials.users.push({ email: user.email, password, role: user.role, ...(totpSecret ? { totpSecret } : {}) });
  }
  await em.flush();
  const names = (document.insurers ?? []).map((i) => i.name);
  credentials.apiKeys = await demoApiKeys(em, { names, known: known?.apiKeys ?? [], now });
  return { created, credentials };
}
