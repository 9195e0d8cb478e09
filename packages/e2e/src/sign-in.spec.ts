import { demoUser, expect, signIn, test } from './fixtures.js';

test.describe('signing in and out', () => {
  test('a wrong password is refused with a clear Norwegian message', async ({ page }) => {
    await page.goto('/admin/');
    await page.getByLabel('E-post').fill(demoUser('clinic_admin').email);
    await page.getByLabel('Passord').fill('definitely-wrong');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Feil e-postadresse eller passord.' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Logg ut' })).toHaveCount(0);
  });

  for (const role of ['network_operator', 'support', 'clinic_admin', 'practitioner'] as const) {
    test(`${role} signs in to the admin app, stays signed in on reload, and signs out`, async ({ page, context }) => {
      await signIn(page, 'admin', role);
      const signOut = page.getByRole('button', { name: 'Logg ut' });
      await expect(signOut).toBeVisible();
      await page.reload();
      await expect(signOut).toBeVisible();
      const cookies = await context.cookies();
      expect(cookies.find((c) => c.name === 'bn_session')?.httpOnly).toBe(true);
      await signOut.click();
      await expect(page.getByLabel('E-post')).toBeVisible();
      await page.reload();
      await expect(page.getByLabel('E-post')).toBeVisible();
    });
  }

  test('the insurer agent signs in to the agent app, sees its insurer, and signs out', async ({ page }) => {
    await signIn(page, 'agent', 'insurer_agent');
    await expect(page.getByText('Storebrand').first()).toBeVisible();
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await expect(page.getByLabel('E-post')).toBeVisible();
  });
});
