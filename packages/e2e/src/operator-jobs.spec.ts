// The network operator's «Faste jobber»: the recurring jobs with their last run and next run, in real Chromium against
// the built server (whose start-up tick has run today's jobs on the demo network).
import { expect, signIn, test } from './fixtures.js';
import { openMenu } from './configuration-helpers.js';

test.describe('the recurring jobs, as the network operator sees them', () => {
  test('shows each job with its last run, result and next run', async ({ page }) => {
    await signIn(page, 'admin', 'network_operator');
    await openMenu(page, 'Faste jobber');
    await expect(page.getByRole('heading', { name: 'Faste jobber', level: 1 })).toBeVisible();
    const horizon = page.getByRole('article', { name: 'Ledig tid og avtaler for en ny dag' });
    await expect(horizon.getByText('Kjøres hver dag kl. 00:00')).toBeVisible();
    await expect(horizon.getByText(/Neste kjøring: \d{2}\.\d{2}\.\d{4} 00:00/)).toBeVisible();
    // Today's run was started at start-up and has finished for every demo clinic.
    await expect(horizon.getByText('Fullført').first()).toBeVisible({ timeout: 30_000 });
    await expect(horizon.getByRole('table', { name: /Siste kjøringer/ })).toBeVisible();
    const retention = page.getByRole('article', { name: 'Sletting av gamle data' });
    await expect(retention.getByText('Kjøres hver dag kl. 03:00')).toBeVisible();
    await expect(page.getByText('Noe gikk galt')).toHaveCount(0);
  });

  test("is the operator's alone: a clinic admin is not shown it", async ({ page }) => {
    await signIn(page, 'admin', 'clinic_admin');
    await expect(page.getByText('Majorstuen Fysioterapi og Kiropraktikk').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Faste jobber' })).toHaveCount(0);
  });
});
