// A warning before confirming a time that can no longer be changed or cancelled (issue 14): the practitioner's book
// closes cancelling 120 days before each appointment, so every time it offers is past its deadline when booked. The
// booking page says so with the deadline before the form and before «Bekreft booking», and books only once the agent
// has ticked that the patient knows; «Mine bookinger» then names the same deadline.
import { osloInstant } from '@bn/domain';
import { expect, test } from './fixtures.js';
import { searchPractitioner, UNCHANGEABLE_ACK } from './agent-helpers.js';
import { isoOf, osloDisplayDate, osloTime, syntheticNationalId, uniqueTag } from './network-api.js';
import { SPEC_PRACTITIONERS, seedPractitioner } from './spec-practitioners.js';

const practitioner = SPEC_PRACTITIONERS.unchangeable;
const DEADLINE_HOURS = 120 * 24;
test.beforeAll(() => seedPractitioner(practitioner, { cancellationDeadlineHours: DEADLINE_HOURS }));

test('warns with the deadline before the form and the confirm button, and books only once acknowledged', async ({
  page,
}) => {
  const name = `Una Uendret ${uniqueTag()}`;
  const hit = await searchPractitioner(page, practitioner);
  const time = hit.getByRole('link', { name: /^Bestill / }).first();
  const [, hhmm, date] = /^Bestill (\d{2}:\d{2}) (\S+)/.exec((await time.getAttribute('aria-label'))!)!;
  // 2,880 hours before the appointment, on Oslo's clock (across a change of summer time, it is not the same hour).
  const deadlineAt = new Date(osloInstant(isoOf(date!), hhmm!).getTime() - DEADLINE_HOURS * 3_600_000).toISOString();
  const deadline = `${osloDisplayDate(deadlineAt)} ${osloTime(deadlineAt)}`;
  const closed = `Fristen for å endre eller avbestille denne timen på nett var ${deadline}.`;
  await time.click();
  await expect(page.getByRole('heading', { name: 'Bestill time', level: 1 })).toBeVisible();

  // Before the patient's details are taken.
  const early = page.locator('.unchangeable-notice');
  await expect(early).toContainText('Timen kan ikke endres eller avbestilles');
  await expect(early).toContainText(closed);
  await page.getByLabel('Fødselsnummer eller D-nummer').fill(syntheticNationalId());
  await page.getByLabel('Pasientens navn').fill(name);
  await page.getByLabel('Mobilnummer').fill('912 34 567');
  await page.getByRole('button', { name: 'Gå videre' }).click();

  // In the summary, before the button; confirming without the box is refused beside it, and the keyboard goes there.
  const summary = page.getByRole('region', { name: 'Oppsummering' });
  await expect(summary.locator('.unchangeable-notice')).toContainText(closed);
  const acknowledge = summary.getByRole('checkbox', { name: UNCHANGEABLE_ACK });
  await expect(acknowledge).not.toBeChecked();
  const confirm = summary.getByRole('button', { name: 'Bekreft booking' });
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(acknowledge).toBeFocused();
  await expect(acknowledge).toHaveAttribute('aria-invalid', 'true');
  await expect(summary.getByText('Kryss av for at pasienten vet dette før du bekrefter.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Timen er bestilt', level: 1 })).toHaveCount(0);

  await page.keyboard.press('Space');
  await expect(acknowledge).toBeChecked();
  await expect(summary.getByText('Kryss av for at pasienten vet dette før du bekrefter.')).toHaveCount(0);
  await confirm.click();
  await expect(page.getByRole('heading', { name: 'Timen er bestilt', level: 1 })).toBeVisible();

  await page.getByRole('link', { name: 'Mine bookinger' }).first().click();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText(`Kan ikke endres etter ${deadline}`);
  await expect(row.getByRole('button', { name: /^Avbestill / })).toHaveCount(0);
});
