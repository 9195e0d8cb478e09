// A reload in the middle of a booking (issue 14): the hold goes on and the patient form keeps what the agent typed —
// all but the national id, which is never kept in the browser's storage and is typed again.
import { expect, test } from './fixtures.js';
import { searchPractitioner } from './agent-helpers.js';
import { SPEC_PRACTITIONERS, seedPractitioner } from './spec-practitioners.js';

const practitioner = SPEC_PRACTITIONERS.agentDesk;
test.beforeAll(() => seedPractitioner(practitioner));

test('a reload mid-booking keeps the hold and the patient form, but not the national id', async ({ page }) => {
  const hit = await searchPractitioner(page, practitioner);
  await hit
    .getByRole('link', { name: /^Bestill / })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Bestill time', level: 1 })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/^0[0-5]:[0-5]\d$/);
  await page.getByLabel('Fødselsnummer eller D-nummer').fill('01819012365');
  await page.getByLabel('Pasientens navn').fill('Rita Reload');
  await page.getByLabel('Mobilnummer').fill('912 34 567');
  await page.getByLabel('SakID (valgfritt)').fill('DEMO1');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Bestill time', level: 1 })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/^0[0-5]:[0-5]\d$/);
  await expect(page.getByLabel('Pasientens navn')).toHaveValue('Rita Reload');
  await expect(page.getByLabel('Mobilnummer')).toHaveValue('912 34 567');
  await expect(page.getByLabel('SakID (valgfritt)')).toHaveValue('DEMO1');
  await expect(page.getByLabel('Fødselsnummer eller D-nummer')).toHaveValue('');
  const stored = await page.evaluate(() => JSON.stringify([{ ...window.sessionStorage }, { ...window.localStorage }]));
  expect(stored).toContain('Rita Reload');
  expect(stored).not.toContain('01819012365');

  // Leaving gives the time back, as before.
  await page
    .getByRole('button', { name: /Avbryt/ })
    .first()
    .click();
});
