// Steps the configuration and readiness specs share: reaching a clinic section and reading the readiness check.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.js';

/** Opens a section of the clinic page from its sub-menu («Behandlere», «Timebøker» …). */
export async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Klinikkens oppsett' }).getByRole('link', { name, exact: true }).click();
}

/** Follows an item of the main menu («Avtaler», «Medlemskap» …). */
export async function openMenu(page: Page, name: string): Promise<void> {
  // An item may carry how many things wait behind it («Avdelinger å registrere 1 venter»).
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page
    .getByRole('navigation', { name: 'Hovedmeny' })
    .getByRole('link', { name: new RegExp(`^${escaped}(\\s*\\d+ venter)?$`) })
    .click();
}

/** Staff reach a clinic through «Klinikker»; a clinic admin with one clinic starts on it. */
export async function openClinic(page: Page, clinicName: string): Promise<void> {
  await openMenu(page, 'Klinikker');
  await page.getByRole('link', { name: clinicName }).click();
  await expect(page.getByRole('heading', { level: 1, name: clinicName })).toBeVisible();
}

/** Opens one book × type of the readiness matrix and returns its details panel. */
export async function openReadiness(page: Page, book: string, type: string): Promise<Locator> {
  await openSection(page, 'Klar for online booking');
  // The cell's name is «book, type: state»; a longer type name that starts the same is told apart by the colon.
  const cell = page.getByRole('button', { name: `${book}, ${type}:`, exact: false });
  const details = page.getByRole('region', { name: `${book} · ${type}` });
  await expect(cell).toBeVisible();
  // The cell opens and closes its panel: press it only when the panel is not open already.
  if (!(await details.isVisible())) await cell.click();
  await expect(details).toBeVisible();
  return details;
}

/** The checks of an open readiness panel that must be fixed. */
export function failingChecks(details: Locator): Locator {
  return details.getByRole('list', { name: 'Kontroller' }).getByRole('listitem').filter({ hasText: 'Må rettes' });
}

/** The line of one insurer in an open readiness panel (its reasons are nested inside it). */
export function insurerLine(details: Locator, insurer: string): Locator {
  return details
    .getByRole('list', { name: 'Forsikringsselskaper som kan booke' })
    .getByRole('listitem')
    .filter({ hasText: insurer })
    .first();
}

/** Opens a change log entry's collapsed field diff (its line is the disclosure's summary). */
export async function openChange(entry: Locator): Promise<void> {
  await entry.locator('summary').click();
  await expect(entry.locator('details')).toHaveAttribute('open', '');
}
