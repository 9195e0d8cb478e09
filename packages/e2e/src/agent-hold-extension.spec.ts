// One extension of a hold (issue 14): the agent whose patient needs a moment more gets five minutes more, once; the
// countdown says so, and the button is gone after it.
import { expect, test } from './fixtures.js';
import { confirmSummary, searchPractitioner } from './agent-helpers.js';
import { SPEC_PRACTITIONERS, seedPractitioner } from './spec-practitioners.js';

const practitioner = SPEC_PRACTITIONERS.holdTime;
test.beforeAll(() => seedPractitioner(practitioner));

test('the hold is extended once from the countdown, by five minutes', async ({ page }) => {
  const hit = await searchPractitioner(page, practitioner);
  await hit
    .getByRole('link', { name: /^Bestill / })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Bestill time', level: 1 })).toBeVisible();
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText(/^0[0-4]:[0-5]\d$/);
  const extend = page.getByRole('button', { name: 'Forleng med 5 minutter' });
  await extend.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Reservasjonen er forlenget. Den kan bare forlenges én gang.')).toBeVisible();
  // Nearly five minutes left before, so more than nine after: the extension adds to the hold's end.
  await expect(timer).toHaveText(/^(09:[0-5]\d|10:00)$/);
  await expect(extend).toHaveCount(0);

  // The extended hold books as any other.
  await page.getByLabel('Fødselsnummer eller D-nummer').fill('01819012365');
  await page.getByLabel('Pasientens navn').fill('Frank Forlenget');
  await page.getByLabel('Mobilnummer').fill('912 34 567');
  await page.getByRole('button', { name: 'Gå videre' }).click();
  await confirmSummary(page);
  await expect(page.getByRole('heading', { name: 'Timen er bestilt', level: 1 })).toBeVisible();
});
