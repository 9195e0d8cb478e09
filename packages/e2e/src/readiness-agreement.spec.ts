// The network operator approves a pending agreement, and the readiness check shows that insurer able to book.
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';
import { insurerLine, openClinic, openMenu, openReadiness } from './configuration-helpers.js';
import { MAJORSTUEN } from './spec-practitioners.js';

const INSURER = 'If Skadeforsikring';

async function kariReadiness(page: Page) {
  await openClinic(page, MAJORSTUEN);
  return openReadiness(page, 'Kari Nordmann', 'Fysioterapi 30 min');
}

test.describe('approving an agreement', () => {
  test('turns the readiness for that insurer green', async ({ page }) => {
    await signIn(page, 'admin', 'network_operator');

    // The demo's pending agreement (Vertikal Helse) starts in the future, so approving it would not make it valid
    // today: the operator records a pending agreement from today for an insurer Majorstuen has none with.
    await openMenu(page, 'Avtaler');
    await page.getByRole('button', { name: 'Ny avtale' }).click();
    await page.getByLabel('Forsikringsselskap').selectOption({ label: INSURER });
    await page.getByRole('group', { name: 'Avtalen gjelder' }).getByLabel('Hele klinikken').check();
    await page.getByLabel('Klinikk', { exact: true }).selectOption({ label: MAJORSTUEN });
    await page.getByLabel('Status').selectOption({ label: 'Venter på godkjenning' });
    await page.getByRole('button', { name: 'Lagre avtale' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Avtalen er lagret.' })).toBeVisible();

    let details = await kariReadiness(page);
    await expect(insurerLine(details, INSURER)).toContainText('Kan ikke booke');
    await expect(insurerLine(details, INSURER)).toContainText(`Ingen gyldig avtale mellom ${INSURER} og klinikken.`);

    await openMenu(page, 'Avtaler');
    await page.getByRole('button', { name: `Godkjenn avtalen ${INSURER} – ${MAJORSTUEN}` }).click();
    await expect(
      page
        .getByRole('row')
        .filter({ hasText: INSURER })
        .filter({ hasText: MAJORSTUEN })
        .getByText('Godkjent', { exact: true }),
    ).toBeVisible();

    details = await kariReadiness(page);
    await expect(insurerLine(details, INSURER)).toContainText('Kan booke');
    await expect(
      details.getByRole('list', { name: 'Kontroller' }).getByRole('listitem').filter({ hasText: 'N3' }),
    ).toContainText(INSURER);
  });
});
