// The specs' `test` and `expect`: Playwright's, with the address of the server the global setup started, and the
// demo sign-ins that server wrote.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { runtime } from './env.js';

export { expect };

export const test = base.extend({
  // Known only once the global setup has started the server, so a fixture rather than a value in the config.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  baseURL: async ({}, use) => use(runtime().baseUrl),
});

interface DemoCredentials {
  users: { email: string; password: string; role: string; totpSecret?: string }[];
}

let credentials: DemoCredentials | undefined;

/** The code an authenticator app shows now for a base32 TOTP secret (RFC 6238: SHA-1, 6 digits, 30 s). */
export function totpCode(secret: string): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate();
}

/**
 * The demo user with `role`, as `auth.signIn` takes it: the roles that read patient data come enrolled with a second
 * factor (its secret is in demo-credentials.json), so `code` is its current TOTP code.
 */
export function demoUser(role: string): { email: string; password: string; code?: string } {
  credentials ??= JSON.parse(
    readFileSync(path.join(runtime().dataDir, 'demo-credentials.json'), 'utf8'),
  ) as DemoCredentials;
  const user = credentials.users.find((u) => u.role === role);
  if (!user) throw new Error(`no demo user with role ${role}`);
  return {
    email: user.email,
    password: user.password,
    ...(user.totpSecret ? { code: totpCode(user.totpSecret) } : {}),
  };
}

/** Signs in through the form, with the second step (the code from the app) where the account has one. */
export async function signIn(page: Page, app: 'admin' | 'agent', role: string): Promise<void> {
  credentials ??= JSON.parse(
    readFileSync(path.join(runtime().dataDir, 'demo-credentials.json'), 'utf8'),
  ) as DemoCredentials;
  const user = credentials.users.find((u) => u.role === role);
  if (!user) throw new Error(`no demo user with role ${role}`);
  await signInWith(page, app, user);
}

/** Signs in as any account (a spec's own too), the second factor's code computed when the form asks for it. */
export async function signInWith(
  page: Page,
  app: 'admin' | 'agent',
  account: { email: string; password: string; totpSecret?: string },
): Promise<void> {
  await page.goto(`/${app}/`);
  await page.getByLabel('E-post').fill(account.email);
  await page.getByLabel('Passord').fill(account.password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  if (account.totpSecret) await enterCode(page, totpCode(account.totpSecret));
  // Signed in once the form is gone: a spec that navigates next must not cut the sign-in off.
  else await expect(page.getByLabel('Passord')).toBeHidden();
}

/** The sign-in's second step: the six digits from the authenticator app. */
export async function enterCode(page: Page, code: string): Promise<void> {
  const field = page.getByLabel('Kode fra autentiseringsappen');
  await field.fill(code);
  await page.getByRole('button', { name: 'Bekreft' }).click();
  // Signed in once the step is gone: a spec that navigates next must not cut the sign-in off.
  await expect(field).toBeHidden();
}
