// The network operator approves a pending agreement, and the readiness check shows that insurer able to book.
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, newPage, signIn } from './browser.js';
import { MAJORSTUEN, openMenu, insurerLine, openClinic, openReadiness, waitForText } from './configuration-helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const INSURER = 'If Skadeforsikring';

async function kariReadiness(page: Page) {
  await openClinic(page, MAJORSTUEN);
  return openReadiness(page, 'Kari Nordmann', 'Fysioterapi 30 min');
}

describe('approving an agreement', () => {
  it('turns the readiness for that insurer green', async () => {
    const { context, page } = await newPage(browser);
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
    await page.getByRole('status').filter({ hasText: 'Avtalen er lagret.' }).waitFor();

    let details = await kariReadiness(page);
    await waitForText(insurerLine(details, INSURER), 'Kan ikke booke');
    await waitForText(insurerLine(details, INSURER), `Ingen gyldig avtale mellom ${INSURER} og klinikken.`);

    await openMenu(page, 'Avtaler');
    await page.getByRole('button', { name: `Godkjenn avtalen ${INSURER} – ${MAJORSTUEN}` }).click();
    await page
      .getByRole('row')
      .filter({ hasText: INSURER })
      .filter({ hasText: MAJORSTUEN })
      .getByText('Godkjent', { exact: true })
      .waitFor();

    details = await kariReadiness(page);
    await waitForText(insurerLine(details, INSURER), 'Kan booke');
    await waitForText(
      details.getByRole('list', { name: 'Kontroller' }).getByRole('listitem').filter({ hasText: 'N3' }),
      INSURER,
    );
    await context.close();
  });
});
