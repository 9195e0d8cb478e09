// Support registers a department's address with the network (D2), and the type offered there becomes bookable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, newPage, signIn } from './browser.js';
import {
  MAJORSTUEN,
  failingChecks,
  openClinic,
  openMenu,
  openReadiness,
  waitForText,
} from './configuration-helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('registering departments with the network', () => {
  it('support registers the Bislett department of Majorstuen, and the Bislett type turns green', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin', 'support');
    await openMenu(page, 'Avdelinger å registrere');
    const clinic = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: MAJORSTUEN }) });
    const bislett = clinic.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Bislett' }) });
    await bislett.getByText('Thereses gate 12').waitFor();
    await bislett.getByText('Ikke registrert i nettverket').waitFor();

    await openClinic(page, MAJORSTUEN);
    let details = await openReadiness(page, 'Kari Nordmann', 'Fysioterapi 30 min (Bislett)');
    const before = await failingChecks(details);
    expect(before.join('\n')).toContain('Adressen (Bislett) er ikke registrert hos nettverket ennå.');

    await openMenu(page, 'Avdelinger å registrere');
    await bislett.getByRole('button', { name: 'Registrer i nettverket: Bislett' }).click();
    await bislett.getByText(/^Registrert i nettverket \d{2}\.\d{2}\.\d{4}$/).waitFor();

    // The address also shows as registered on the clinic's own contact cards.
    await openClinic(page, MAJORSTUEN);
    await page
      .getByRole('navigation', { name: 'Klinikkens oppsett' })
      .getByRole('link', { name: 'Avdelinger' })
      .click();
    await page
      .getByRole('list', { name: 'Kontaktkort' })
      .getByRole('listitem')
      .filter({ hasText: 'Bislett' })
      .getByText(/^Registrert i nettverket/)
      .waitFor();

    details = await openReadiness(page, 'Kari Nordmann', 'Fysioterapi 30 min (Bislett)');
    await waitForText(details, 'Alle kontrollene er i orden.');
    await context.close();
  });
});
