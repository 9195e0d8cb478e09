// The specs' `test` and `expect`: Playwright's, with the address of the server the global setup started, and the
// demo sign-ins that server wrote.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { runtime } from './env.js';

export { expect };

export const test = base.extend({
  // Known only once the global setup has started the server, so a fixture rather than a value in the config.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  baseURL: async ({}, use) => use(runtime().baseUrl),
});

interface DemoCredentials {
  users: { email: string; password: string; role: string }[];
}

let credentials: DemoCredentials | undefined;

export function demoUser(role: string): { email: string; password: string } {
  credentials ??= JSON.parse(
    readFileSync(path.join(runtime().dataDir, 'demo-credentials.json'), 'utf8'),
  ) as DemoCredentials;
  const user = credentials.users.find((u) => u.role === role);
  if (!user) throw new Error(`no demo user with role ${role}`);
  return user;
}

export async function signIn(page: Page, app: 'admin' | 'agent', role: string): Promise<void> {
  const { email, password } = demoUser(role);
  await page.goto(`/${app}/`);
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
}
