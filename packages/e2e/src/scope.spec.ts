import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, newPage, signIn } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('each demo user sees only its own scope', () => {
  it('the network operator sees every clinic', async () => {
    const { context, page } = await newPage(browser);
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
      await page.getByText(name).first().waitFor();
    }
    await context.close();
  });

  it('the clinic admin sees its own clinic and not the others', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin', 'clinic_admin');
    await page.getByText('Majorstuen Fysioterapi og Kiropraktikk').first().waitFor();
    await page.getByText('Kari Nordmann').first().waitFor();
    expect(await page.getByText('Bergen Helse og Bevegelse').count()).toBe(0);
    expect(await page.getByText('Trondheim Psykologsenter').count()).toBe(0);
    await context.close();
  });

  it('the insurer agent is refused in the admin app', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin', 'insurer_agent');
    await page
      .getByRole('link', { name: /forsikring|agent/i })
      .first()
      .waitFor();
    expect(await page.getByText('Majorstuen Fysioterapi og Kiropraktikk').count()).toBe(0);
    await context.close();
  });
});
