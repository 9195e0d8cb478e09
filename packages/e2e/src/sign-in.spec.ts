import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, newPage, signIn, demoUser } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('signing in and out', () => {
  it('a wrong password is refused with a clear Norwegian message', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/admin/');
    await page.getByLabel('E-post').fill(demoUser('clinic_admin').email);
    await page.getByLabel('Passord').fill('definitely-wrong');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByRole('alert').filter({ hasText: 'Feil e-postadresse eller passord.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Logg ut' }).count()).toBe(0);
    await context.close();
  });

  for (const role of ['network_operator', 'support', 'clinic_admin', 'practitioner'] as const) {
    it(`${role} signs in to the admin app, stays signed in on reload, and signs out`, async () => {
      const { context, page } = await newPage(browser);
      await signIn(page, 'admin', role);
      const signOut = page.getByRole('button', { name: 'Logg ut' });
      await signOut.waitFor();
      await page.reload();
      await signOut.waitFor();
      const cookies = await context.cookies();
      expect(cookies.find((c) => c.name === 'bn_session')?.httpOnly).toBe(true);
      await signOut.click();
      await page.getByLabel('E-post').waitFor();
      await page.reload();
      await page.getByLabel('E-post').waitFor();
      await context.close();
    });
  }

  it('the insurer agent signs in to the agent app, sees its insurer, and signs out', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'agent', 'insurer_agent');
    await page.getByText('Storebrand').first().waitFor();
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.getByLabel('E-post').waitFor();
    await context.close();
  });
});
