import { expect, signIn, test } from './fixtures.js';

test.describe('each demo user sees only its own scope', () => {
  test('the network operator sees every clinic', async ({ page }) => {
    await signIn(page, 'admin', 'network_operator');
    await page
      .getByRole('link', { name: /Klinikker/ })
      .first()
      .click();
    for (const name of [
      'Majorstuen Fysioterapi og Kiropraktikk',
      'Bergen Helse og Bevegelse',
      'Trondheim Psykologsenter',
    ]) {
      await expect(page.getByText(name).first()).toBeVisible();
    }
  });

  test('the clinic admin sees its own clinic and not the others', async ({ page }) => {
    await signIn(page, 'admin', 'clinic_admin');
    await expect(page.getByText('Majorstuen Fysioterapi og Kiropraktikk').first()).toBeVisible();
    await expect(page.getByText('Kari Nordmann').first()).toBeVisible();
    await expect(page.getByText('Bergen Helse og Bevegelse')).toHaveCount(0);
    await expect(page.getByText('Trondheim Psykologsenter')).toHaveCount(0);
  });

  test('the insurer agent is refused in the admin app', async ({ page }) => {
    await signIn(page, 'admin', 'insurer_agent');
    await expect(page.getByRole('link', { name: /forsikring|agent/i }).first()).toBeVisible();
    await expect(page.getByText('Majorstuen Fysioterapi og Kiropraktikk')).toHaveCount(0);
  });
});
