// Support registers a department's address with the network (D2), and the type offered there becomes bookable.
// Registering Bislett gives every type of Majorstuen without a department of its own a second address; the specs
// that book use a practitioner and a type of their own at another department (spec-practitioners.ts), and the search
// spec picks Kari Nordmann at Majorstuen by its address, so neither depends on when this spec runs.
import { expect, signIn, test } from './fixtures.js';
import { failingChecks, openClinic, openMenu, openReadiness } from './configuration-helpers.js';
import { MAJORSTUEN } from './spec-practitioners.js';

test.describe('registering departments with the network', () => {
  test('support registers the Bislett department of Majorstuen, and the Bislett type turns green', async ({ page }) => {
    await signIn(page, 'admin', 'support');
    await openMenu(page, 'Avdelinger å registrere');
    const clinic = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: MAJORSTUEN }) });
    const bislett = clinic.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Bislett' }) });
    await expect(bislett.getByText('Thereses gate 12')).toBeVisible();
    await expect(bislett.getByText('Ikke registrert i nettverket')).toBeVisible();

    await openClinic(page, MAJORSTUEN);
    let details = await openReadiness(page, 'Kari Nordmann', 'Fysioterapi 30 min (Bislett)');
    await expect(failingChecks(details)).toContainText(['Adressen (Bislett) er ikke registrert hos nettverket ennå.']);

    await openMenu(page, 'Avdelinger å registrere');
    await bislett.getByRole('button', { name: 'Registrer i nettverket: Bislett' }).click();
    await expect(bislett.getByText(/^Registrert i nettverket \d{2}\.\d{2}\.\d{4}$/)).toBeVisible();

    // The address also shows as registered on the clinic's own contact cards.
    await openClinic(page, MAJORSTUEN);
    await page
      .getByRole('navigation', { name: 'Klinikkens oppsett' })
      .getByRole('link', { name: 'Avdelinger' })
      .click();
    await expect(
      page
        .getByRole('list', { name: 'Kontaktkort' })
        .getByRole('listitem')
        .filter({ hasText: 'Bislett' })
        .getByText(/^Registrert i nettverket/),
    ).toBeVisible();

    details = await openReadiness(page, 'Kari Nordmann', 'Fysioterapi 30 min (Bislett)');
    await expect(details).toContainText('Alle kontrollene er i orden.');
  });
});
