// The clinic's phone number (issue 14): the clinic's admin sets it in «Kontaktinformasjon» (refused in words when it is
// not a Norwegian number); the agent sees it in «Mine bookinger», and once a booking can
// no longer be changed online, «Ring klinikken på …». The practitioner's book closes changes 120 days ahead, so the
// booked time is past its deadline at once.
import { expect, signIn, test } from './fixtures.js';
import { confirmSummary, searchPractitioner } from './agent-helpers.js';
import { openSection } from './configuration-helpers.js';
import { syntheticNationalId, uniqueTag } from './network-api.js';
import { SPEC_PRACTITIONERS, seedPractitioner } from './spec-practitioners.js';

const practitioner = SPEC_PRACTITIONERS.clinicPhone;
test.beforeAll(() => seedPractitioner(practitioner, { cancellationDeadlineHours: 120 * 24 }));

test('set by the clinic, shown to the agent with the booking, to ring once it cannot be changed', async ({
  browser,
}) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin', 'clinic_admin');
  await openSection(admin, 'Kontaktinformasjon');
  await expect(admin.getByRole('heading', { name: 'Kontaktinformasjon', level: 2 })).toBeVisible();
  const form = admin.getByRole('form', { name: 'Kontaktinformasjon' });
  const phone = form.getByLabel('Telefonnummer');
  await phone.fill('12 34 56 78');
  await form.getByRole('button', { name: 'Lagre telefonnummer' }).click();
  await expect(
    form.getByText('Ugyldig telefonnummer. Skriv et norsk nummer med 8 siffer, gjerne med +47 foran.').first(),
  ).toBeVisible();
  await expect(phone).toBeFocused();
  await phone.fill('+47 22123456');
  await form.getByRole('button', { name: 'Lagre telefonnummer' }).click();
  await expect(admin.getByText('Telefonnummeret er lagret.')).toBeVisible();
  // Written back as Norwegians write it, and still there after a reload.
  await expect(phone).toHaveValue('22 12 34 56');
  await admin.reload();
  await expect(admin.getByRole('form', { name: 'Kontaktinformasjon' }).getByLabel('Telefonnummer')).toHaveValue(
    '22 12 34 56',
  );
  await admin.close();

  const page = await (await browser.newContext()).newPage();
  const hit = await searchPractitioner(page, practitioner);

  const name = `Tine Telefon ${uniqueTag()}`;
  await hit
    .getByRole('link', { name: /^Bestill / })
    .first()
    .click();
  await page.getByLabel('Fødselsnummer eller D-nummer').fill(syntheticNationalId());
  await page.getByLabel('Pasientens navn').fill(name);
  await page.getByLabel('Mobilnummer').fill('912 34 567');
  await page.getByRole('button', { name: 'Gå videre' }).click();
  await confirmSummary(page);
  await expect(page.getByRole('heading', { name: 'Timen er bestilt', level: 1 })).toBeVisible();

  await page.getByRole('link', { name: 'Mine bookinger' }).first().click();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Telefon 22 12 34 56');
  await expect(row).toContainText(/Kan ikke endres etter \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/);
  await expect(row.getByText('Ring klinikken på 22 12 34 56.')).toBeVisible();
});
