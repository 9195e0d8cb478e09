// A reload in the middle of a booking (issue 14): the hold goes on and the patient form keeps what the agent typed —
// all but the national id, which is never kept in the browser's storage and is typed again.
import { expect, test } from './fixtures.js';
import { confirmSummary, searchPractitioner } from './agent-helpers.js';
import { syntheticNationalId } from './network-api.js';
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

test('«Mine bookinger» at 390 px: bookings as cards, no sideways scrolling, the actions on screen', async ({
  page,
}) => {
  const hit = await searchPractitioner(page, practitioner);
  await hit
    .getByRole('link', { name: /^Bestill / })
    .first()
    .click();
  await expect(page.getByRole('timer')).toHaveText(/^0[0-5]:[0-5]\d$/);
  await page.getByLabel('Fødselsnummer eller D-nummer').fill(syntheticNationalId());
  await page.getByLabel('Pasientens navn').fill('Mona Mobil');
  await page.getByLabel('Mobilnummer').fill('912 34 567');
  await page.getByRole('button', { name: 'Gå videre' }).click();
  await confirmSummary(page);
  await expect(page.getByRole('heading', { name: 'Timen er bestilt', level: 1 })).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/agent/mine-bookinger');
  const row = page.getByRole('row').filter({ hasText: 'Mona Mobil' }).first();
  await expect(row).toBeVisible();
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    tables: Array.from(document.querySelectorAll<HTMLElement>('.table-wrap'), (el) => el.scrollWidth - el.clientWidth),
  }));
  expect(widths.page).toBeLessThanOrEqual(390);
  for (const overflow of widths.tables) expect(overflow).toBeLessThanOrEqual(0);
  // The actions (or why there are none: this time is inside its cancellation deadline already) fit on screen.
  const actions = row.locator('td[data-label="Handlinger"]');
  await actions.scrollIntoViewIfNeeded();
  await expect(actions).toBeInViewport();
  const box = (await actions.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  // Each fact under its column's name.
  await expect(row.locator('td[data-label="Pasient"]')).toContainText('Mona Mobil');
});
