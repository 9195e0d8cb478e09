// The access matrix's account entries (access-matrix.ts): invitations, links, the second factor and the users list.
// Links are made here with known tokens (one per caller, each is good once); every network user gets a pending TOTP
// secret, so `auth.confirmTotp` can be answered with its current code.
import { randomBytes, randomUUID } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { AccountToken, Clinic, User, type EntityManager, type MikroORM } from '@bn/db';
import { createUser, TEST_PASSWORD, type TestNetwork, type TestUser } from '@bn/db/testing';
import { ROLES, type AccountLinkPurpose, type Role } from '@bn/domain';
import { hashSessionToken } from '../use-cases/auth/session-token.js';
import type { Access, MatrixWorld, Who } from './access-matrix.js';

export interface AccountMatrixFixtures {
  /** A support user nobody enrols: `auth.signIn`'s caller. */
  signInUser: TestUser;
  /** Per caller, an unused invitation and reset link. */
  invitations: Record<Who, string>;
  resets: Record<Who, string>;
  /** A link only looked at. */
  peekToken: string;
  /** Each network user's pending TOTP secret. */
  secrets: Record<Role, string>;
  /** An invited clinic admin of clinic A; clinic C's admin. */
  pendingAdminA: TestUser;
  adminC: TestUser;
}

/** The code an authenticator app shows now for `secret` (RFC 6238, SHA-1, 6 digits, 30 s). */
export function totpNow(secret: string, now = new Date()): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: now.getTime() });
}

/** A link with a known token, written directly (the e-mail is the use case's business, tested elsewhere). */
export async function createLink(
  em: EntityManager,
  user: User,
  purpose: AccountLinkPurpose,
  o: { expiresAt?: Date } = {},
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  em.create(AccountToken, {
    user,
    purpose,
    tokenHash: hashSessionToken(token),
    expiresAt: o.expiresAt ?? new Date(Date.now() + 3_600_000),
  });
  await em.flush();
  return token;
}

export async function createAccountMatrixFixtures(
  orm: MikroORM,
  network: TestNetwork,
  clinicCId: string,
): Promise<AccountMatrixFixtures> {
  const em = orm.em.fork();
  const signInUser = await createUser(em, { role: 'support' });
  const linkPerCaller = async (purpose: AccountLinkPurpose) => {
    const tokens = {} as Record<Who, string>;
    for (const who of ['anonymous', ...ROLES] as Who[]) {
      const invited = await createUser(em, { role: 'support' });
      tokens[who] = await createLink(em, invited.user, purpose);
    }
    return tokens;
  };
  const invitations = await linkPerCaller('invitation');
  const resets = await linkPerCaller('password_reset');
  const peekToken = await createLink(em, (await createUser(em, { role: 'support' })).user, 'invitation');
  const secrets = {} as Record<Role, string>;
  for (const role of ROLES) {
    const user = await em.findOneOrFail(User, { id: network.users[role].user.id });
    user.totpPendingSecret = secrets[role] = new Secret({ size: 20 }).base32;
  }
  await em.flush();
  const pendingAdminA = await createUser(em, { role: 'clinic_admin', clinics: [network.clinicA] });
  const adminC = await createUser(em, { role: 'clinic_admin', clinics: [await em.findOneOrFail(Clinic, clinicCId)] });
  return { signInUser, invitations, resets, peekToken, secrets, pendingAdminA, adminC };
}

const ACCOUNT_ADMINS: readonly Who[] = ['network_operator', 'clinic_admin'];
const EVERYONE: readonly Who[] = ['anonymous', ...ROLES];
const code = (w: MatrixWorld, who: Who) => ({
  code: who === 'anonymous' ? '000000' : totpNow(w.accounts.secrets[who]),
});

export const ACCOUNT_MATRIX: Record<string, Access> = {
  'auth.signIn': {
    allowed: EVERYONE,
    input: (w) => ({ email: w.accounts.signInUser.email, password: TEST_PASSWORD }),
  },
  'auth.linkInfo': { allowed: EVERYONE, input: (w) => ({ token: w.accounts.peekToken }) },
  'auth.acceptInvitation': {
    allowed: EVERYONE,
    input: (w, who) => ({ token: w.accounts.invitations[who], password: 'Et-langt-nytt-passord-1' }),
  },
  'auth.resetPassword': {
    allowed: EVERYONE,
    input: (w, who) => ({ token: w.accounts.resets[who], password: 'Et-langt-nytt-passord-2' }),
  },
  // Unknown addresses, one per caller: the answer is the same, and the throttle is per address.
  'auth.requestPasswordReset': { allowed: EVERYONE, input: (_w, who) => ({ email: `${who}-glemt@bn.test` }) },
  // Runs before confirmTotp (the matrix goes in path order): it hands out the pending secret the fixture set.
  'auth.beginTotp': { allowed: ROLES },
  'auth.confirmTotp': { allowed: ROLES, input: code },
  // After confirmTotp: the operator and support have a second factor to switch off; the others may not.
  'auth.disableTotp': { allowed: ['network_operator', 'support'], input: code },
  'users.list': {
    allowed: ['network_operator', 'support', 'clinic_admin'],
    input: (w) => ({ clinicId: w.network.clinicA.id }),
    foreign: { input: (w) => ({ clinicId: w.foreign.clinic.id }), refusal: 'FORBIDDEN' },
  },
  'users.invite': {
    allowed: ACCOUNT_ADMINS,
    input: (w) => ({
      email: `ny-${randomUUID()}@bn.test`,
      name: 'Ny Administrator',
      role: 'clinic_admin',
      clinicId: w.network.clinicA.id,
    }),
    foreign: {
      input: (w) => ({
        email: `ny-${randomUUID()}@bn.test`,
        name: 'Ny i C',
        role: 'clinic_admin',
        clinicId: w.foreign.clinic.id,
      }),
      refusal: 'FORBIDDEN',
    },
  },
  'users.resendInvitation': {
    allowed: ACCOUNT_ADMINS,
    input: (w) => ({ userId: w.accounts.pendingAdminA.user.id }),
    foreign: { input: (w) => ({ userId: w.accounts.adminC.user.id }), refusal: 'FORBIDDEN' },
  },
  'users.setActive': {
    allowed: ACCOUNT_ADMINS,
    input: (w) => ({ userId: w.accounts.pendingAdminA.user.id, active: true }),
    foreign: { input: (w) => ({ userId: w.accounts.adminC.user.id, active: false }), refusal: 'FORBIDDEN' },
  },
  'users.changeRole': {
    allowed: ['network_operator'],
    input: (w) => ({ userId: w.accounts.pendingAdminA.user.id, role: 'clinic_admin', clinicId: w.network.clinicA.id }),
  },
};
