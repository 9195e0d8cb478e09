// The operator's work queue (issue 16): a membership application waits in «Arbeidskø» with a count in the menu; the
// operator rejects it with a reason (required, beside its field), the count goes down, and the clinic admin reads
// «Avslått» and the reason beside the practitioner. Once in Bokmål, once in English. The applicants are the spec's
// own osteopaths (no HPR number, N2), applied for again before each run, so reruns start from a pending application.
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';
import { openSection } from './configuration-helpers.js';
import { apiAs, call } from './network-api.js';
import { MAJORSTUEN } from './spec-practitioners.js';

const APPLICANTS = {
  nb: { id: 'e2e-work-queue-nb', name: 'Astrid Avslag' },
  en: { id: 'e2e-work-queue-en', name: 'Edvin Rejected' },
} as const;

test.beforeAll(async () => {
  const admin = await apiAs('clinic_admin');
  const clinics = await call<{ id: string; name: string }[]>(admin, 'query', 'clinics.list', undefined);
  const clinicId = clinics.find((c) => c.name === MAJORSTUEN)!.id;
  for (const p of Object.values(APPLICANTS)) {
    await call(admin, 'mutation', 'practitioners.upsert', { ...p, clinicId, profession: 'osteopath', hprNumber: null });
    await call(admin, 'mutation', 'memberships.applyFor', { practitionerId: p.id });
  }
  await admin.dispose();
});

/** The number the menu item shows (0 when it shows none). */
async function menuCount(page: Page, label: string): Promise<number> {
  const link = page
    .getByRole('navigation', { name: /Hovedmeny|Main menu/ })
    .getByRole('link', { name: new RegExp(`^${label}`) });
  await expect(link).toBeVisible();
  const count = link.locator('.nav-count [aria-hidden="true"]');
  return (await count.count()) === 0 ? 0 : Number(await count.textContent());
}

async function switchUser(page: Page, role: string): Promise<void> {
  await page.context().clearCookies();
  await signIn(page, 'admin', role);
}

test('the operator rejects an application with a reason; the count goes down; the clinic admin sees why', async ({
  page,
}) => {
  const { name } = APPLICANTS.nb;
  const reasonText = 'Osteopaten mangler dokumentert utdanning. Send vitnemålet og søk på nytt.';
  await signIn(page, 'admin', 'network_operator');
  // The count arrives a moment after the menu does.
  await expect.poll(() => menuCount(page, 'Arbeidskø')).toBeGreaterThanOrEqual(2);
  const before = await menuCount(page, 'Arbeidskø');
  const menuLink = page
    .getByRole('navigation', { name: 'Hovedmeny' })
    .getByRole('link', { name: `Arbeidskø ${before} venter` });
  await expect(menuLink).toBeVisible();
  await menuLink.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Arbeidskø' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Søknad om medlemskap');
  await row.getByRole('button', { name: `Avslå søknaden for ${name}` }).click();

  const dialog = page.getByRole('dialog');
  await expect(dialog).toHaveAccessibleName(`Avslå søknaden om medlemskap for ${name}`);
  const reason = dialog.getByLabel('Begrunnelse');
  await expect(reason).toBeFocused();
  await dialog.getByRole('button', { name: 'Avslå søknaden' }).click();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toHaveAccessibleDescription(/Skriv inn hvorfor søknaden avslås\. Klinikken ser begrunnelsen\./);
  await reason.fill('x'.repeat(501));
  await dialog.getByRole('button', { name: 'Avslå søknaden' }).click();
  await expect(reason).toHaveAccessibleDescription(/Høyst 500 tegn\./);
  await reason.fill(reasonText);
  await dialog.getByRole('button', { name: 'Avslå søknaden' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveCount(0);
  await expect.poll(() => menuCount(page, 'Arbeidskø')).toBe(before - 1);

  await switchUser(page, 'clinic_admin');
  await openSection(page, 'Behandlere');
  const own = page.getByRole('row').filter({ hasText: name });
  await expect(own).toContainText('Avslått');
  await expect(own).toContainText(`Avslått av nettverket: «${reasonText}»`);
  await expect(own.getByRole('button', { name: `Søk om medlemskap for ${name}` })).toBeVisible();
});

test('the same in English', async ({ page }) => {
  const { name } = APPLICANTS.en;
  const reasonText = 'The diploma is missing. Send it and apply again.';
  await signIn(page, 'admin', 'network_operator');
  await page.getByLabel('Språk').selectOption('en');
  await expect.poll(() => menuCount(page, 'Work queue')).toBeGreaterThanOrEqual(1);
  const before = await menuCount(page, 'Work queue');
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: `Work queue ${before} waiting` })
    .click();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Membership application');
  await row.getByRole('button', { name: `Reject the application for ${name}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Reject the application' }).click();
  const reason = dialog.getByLabel('Reason');
  await expect(reason).toHaveAccessibleDescription(
    /Enter why the application is rejected\. The clinic sees the reason\./,
  );
  await reason.fill(reasonText);
  await dialog.getByRole('button', { name: 'Reject the application' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveCount(0);
  await expect.poll(() => menuCount(page, 'Work queue')).toBe(before - 1);
  await page.getByLabel('Language').selectOption('nb');

  await switchUser(page, 'clinic_admin');
  await page.getByLabel('Språk').selectOption('en');
  await page
    .getByRole('navigation', { name: 'Clinic set-up' })
    .getByRole('link', { name: 'Practitioners', exact: true })
    .click();
  const own = page.getByRole('row').filter({ hasText: name });
  await expect(own).toContainText(`Rejected by the network: «${reasonText}»`);
  await page.getByLabel('Language').selectOption('nb');
});
