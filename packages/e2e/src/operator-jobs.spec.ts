// The network operator's «Faste jobber»: the recurring jobs with their last run and next run, in real Chromium against
// the built server (whose start-up tick has run today's jobs on the demo network).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, newPage, signIn } from './browser.js';
import { openMenu } from './configuration-helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the recurring jobs, as the network operator sees them', () => {
  it('shows each job with its last run, result and next run', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin', 'network_operator');
    await openMenu(page, 'Faste jobber');
    await page.getByRole('heading', { name: 'Faste jobber', level: 1 }).waitFor();
    const horizon = page.getByRole('article', { name: 'Ledig tid og avtaler for en ny dag' });
    await horizon.getByText('Kjøres hver dag kl. 00:00').waitFor();
    await horizon.getByText(/Neste kjøring: \d{2}\.\d{2}\.\d{4} 00:00/).waitFor();
    // Today's run was started at start-up and has finished for every demo clinic.
    await horizon.getByText('Fullført').first().waitFor({ timeout: 30_000 });
    await horizon.getByRole('table', { name: /Siste kjøringer/ }).waitFor();
    const retention = page.getByRole('article', { name: 'Sletting av gamle data' });
    await retention.getByText('Kjøres hver dag kl. 03:00').waitFor();
    expect(await page.getByText('Noe gikk galt').count()).toBe(0);
    await context.close();
  });

  it("is the operator's alone: a clinic admin is not shown it", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin', 'clinic_admin');
    await page.getByText('Majorstuen Fysioterapi og Kiropraktikk').first().waitFor();
    expect(await page.getByRole('link', { name: 'Faste jobber' }).count()).toBe(0);
    await context.close();
  });
});
