// Steps the configuration and readiness specs share: reaching a clinic section and reading the readiness check.
import type { Locator, Page } from 'playwright-core';

export const MAJORSTUEN = 'Majorstuen Fysioterapi og Kiropraktikk';

/** A short random tag, so names made by a test never meet those of an earlier run against the same server. */
export function uniqueTag(): string {
  return Math.random().toString(36).slice(2, 7);
}

/** Opens a section of the clinic page from its sub-menu («Behandlere», «Timebøker» …). */
export async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Klinikkens oppsett' }).getByRole('link', { name, exact: true }).click();
}

/** Follows an item of the main menu («Avtaler», «Medlemskap» …). */
export async function openMenu(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name, exact: true }).click();
}

/** Staff reach a clinic through «Klinikker»; a clinic admin with one clinic starts on it. */
export async function openClinic(page: Page, clinicName: string): Promise<void> {
  await openMenu(page, 'Klinikker');
  await page.getByRole('link', { name: clinicName }).click();
  await page.getByRole('heading', { level: 1, name: clinicName }).waitFor();
}

/** Opens one book × type of the readiness matrix and returns its details panel. */
export async function openReadiness(page: Page, book: string, type: string): Promise<Locator> {
  await openSection(page, 'Klar for online booking');
  // The cell's name is «book, type: state»; a longer type name that starts the same is told apart by the colon.
  const cell = page.getByRole('button', { name: `${book}, ${type}:`, exact: false });
  const details = page.getByRole('region', { name: `${book} · ${type}` });
  await cell.waitFor();
  if (!(await details.isVisible())) await cell.click();
  await details.waitFor();
  return details;
}

/** The checks of an open readiness panel that must be fixed, as their text. */
export async function failingChecks(details: Locator): Promise<string[]> {
  return details
    .getByRole('list', { name: 'Kontroller' })
    .getByRole('listitem')
    .filter({ hasText: 'Må rettes' })
    .allInnerTexts();
}

/** The line of one insurer in an open readiness panel (its reasons are nested inside it). */
export function insurerLine(details: Locator, insurer: string): Locator {
  return details
    .getByRole('list', { name: 'Forsikringsselskaper som kan booke' })
    .getByRole('listitem')
    .filter({ hasText: insurer })
    .first();
}

/** Waits until a locator's text contains `text` (the data behind it refreshes after a save). */
export async function waitForText(locator: Locator, text: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if ((await locator.innerText().catch(() => '')).includes(text)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for «${text}»; got «${await locator.innerText().catch(() => '(none)')}»`);
}

/** The message tied to a field by aria-describedby (its error text, when it has one). */
export async function descriptionOf(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim(),
  );
}
