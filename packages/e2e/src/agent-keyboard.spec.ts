// Issue 14's keyboard speed: the agent books a patient from the search to «Mine bookinger» without the mouse — every
// step below is a key press or typed text — using the shortcuts the «?» overview lists.
import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';
import { UNCHANGEABLE_ACK } from './agent-helpers.js';
import { SPEC_PRACTITIONERS, seedPractitioner, TEST_DEPARTMENT } from './spec-practitioners.js';

const practitioner = SPEC_PRACTITIONERS.agentKeyboard;
test.beforeAll(() => seedPractitioner(practitioner));

/** Tabs forward until `target` has the keyboard, as a keyboard user would; fails if it is not reachable in `max`. */
async function tabTo(page: Page, target: Locator, max = 25): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('the agent books a patient with the keyboard alone, with the shortcuts the «?» overview lists', async ({
  page,
}) => {
  await signIn(page, 'agent', 'insurer_agent');
  await expect(page.getByRole('heading', { name: 'Finn behandler', level: 1 })).toBeVisible();

  // «?» opens the overview of the keys; Esc closes it.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Hurtigtaster' });
  await expect(help).toBeVisible();
  for (const text of ['Gå til søket (første felt)', 'Første ledige tid på siden', 'Mine bookinger']) {
    await expect(help.getByText(text)).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // A week shortcut where there is no week says so, instead of doing nothing.
  await page.keyboard.press('n');
  await expect(page.getByRole('status').filter({ hasText: 'Neste og forrige uke finnes' })).toBeVisible();

  // «/» goes to the search's first field; the place and the name are typed, Enter searches.
  await page.keyboard.press('/');
  await expect(page.getByLabel('Takst')).toBeFocused();
  await tabTo(page, page.getByLabel('Sted'));
  await page.keyboard.type(TEST_DEPARTMENT.city);
  await tabTo(page, page.getByLabel('Behandlerens navn'));
  await page.keyboard.type(practitioner.name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article').filter({ hasText: practitioner.name })).toBeVisible();

  // Esc leaves the field, «t» goes to the first free time, Enter opens it (and holds it).
  await page.keyboard.press('Escape');
  await page.keyboard.press('t');
  const first = page.locator('main [data-hit]').first();
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('aria-label', new RegExp(`^Bestill .* hos ${practitioner.name}, `));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Bestill time', level: 1 })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/^0[0-5]:[0-5]\d$/);

  // The patient, field by field; Enter in the last one goes on to the summary.
  await tabTo(page, page.getByLabel('Fødselsnummer eller D-nummer'));
  await page.keyboard.type('24037710055');
  await tabTo(page, page.getByLabel('Pasientens navn'));
  await page.keyboard.type('Kari Tastesen');
  await tabTo(page, page.getByLabel('Mobilnummer'));
  await page.keyboard.type('41234567');
  await page.keyboard.press('Enter');
  const summary = page.getByRole('region', { name: 'Oppsummering' });
  await expect(summary.getByText('Kari Tastesen')).toBeVisible();

  const confirm = summary.getByRole('button', { name: 'Bekreft booking' });
  // A time within the book's cancellation deadline asks first that the patient knows: Space ticks the box.
  await expect(confirm).toBeEnabled();
  const acknowledge = summary.getByRole('checkbox', { name: UNCHANGEABLE_ACK });
  if (await acknowledge.count()) {
    await tabTo(page, acknowledge);
    await page.keyboard.press('Space');
    await expect(acknowledge).toBeChecked();
  }
  await tabTo(page, confirm);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Timen er bestilt', level: 1 })).toBeVisible();

  // «b» opens «Mine bookinger», where the booking is.
  await page.keyboard.press('b');
  await expect(page.getByRole('heading', { name: 'Mine bookinger', level: 1 })).toBeVisible();
  await expect(page.getByText('Kari Tastesen').first()).toBeVisible();
});

test('in a practitioner’s week, «n» and «f» change the week and «t» finds its first free time', async ({ page }) => {
  await signIn(page, 'agent', 'insurer_agent');
  await page.goto(`/agent/behandler/${practitioner.id}`);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(practitioner.name) })).toBeVisible();
  const caption = page.locator('.week-caption');
  const thisWeek = await caption.textContent();
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/uke=/);
  await expect(caption).not.toHaveText(thisWeek!);
  await page.keyboard.press('f');
  await expect(caption).toHaveText(thisWeek!);
  // The spec's practitioner works every weekday (seedPractitioner): next week has free times.
  await page.keyboard.press('n');
  await page.keyboard.press('t');
  await expect(page.locator('main .week-time-at').first()).toBeFocused();
});
