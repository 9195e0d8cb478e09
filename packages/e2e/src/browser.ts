// Real Chromium for the specs: one browser per file, a fresh context (cookies) per test.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { e2eEnv } from './env.js';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: e2eEnv.chromiumPath,
    headless: !e2eEnv.headed,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: inject('baseUrl'), locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

export function demoUser(role: string): { email: string; password: string } {
  const user = inject('credentials').users.find((u) => u.role === role);
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
