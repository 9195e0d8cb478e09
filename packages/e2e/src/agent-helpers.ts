// Steps the agent app's specs share: the search they start from and a field's message.
import type { Locator, Page } from '@playwright/test';
import { expect, signIn } from './fixtures.js';
import { TEST_DEPARTMENT, type SpecPractitioner } from './spec-practitioners.js';

/** Signs in as Storebrand's agent and searches the spec practitioner's B1010 times at Lysaker; its search hit. */
export async function searchPractitioner(page: Page, practitioner: SpecPractitioner): Promise<Locator> {
  await signIn(page, 'agent', 'insurer_agent');
  await expect(page.getByRole('heading', { name: 'Finn behandler', level: 1 })).toBeVisible();
  await page.getByLabel('Takst').selectOption({ label: 'Fysioterapi konsultasjon (B1010)' });
  await page.getByLabel('Sted').fill(TEST_DEPARTMENT.city);
  await page.getByLabel('Behandlerens navn').fill(practitioner.name);
  await page.getByRole('button', { name: 'Søk', exact: true }).click();
  await expect(page).toHaveURL(/takst=B1010/);
  const hit = page.getByRole('article').filter({ hasText: practitioner.name });
  await expect(hit).toBeVisible();
  return hit;
}

/** The field's message under it (tied by aria-describedby), or that it is not marked invalid when `message` is null. */
export async function expectFieldError(page: Page, label: string, message: string | null): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  if (message === null) {
    await expect(input).not.toHaveAttribute('aria-invalid', 'true');
    return;
  }
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAttribute('aria-describedby', /-error\b/);
  await expect(page.locator(`#${await input.getAttribute('id')}-error`)).toHaveText(message);
}

/**
 * «Bekreft booking» in the summary. A time within the book's cancellation deadline (the first free times often are)
 * needs the agent's acknowledgement first: it is ticked when the summary asks for it, once the hold is there.
 */
export async function confirmSummary(page: Page, how: 'click' | 'dblclick' = 'click'): Promise<void> {
  const summary = page.getByRole('region', { name: 'Oppsummering' });
  const button = summary.getByRole('button', { name: 'Bekreft booking' });
  await expect(button).toBeEnabled();
  const acknowledge = summary.getByRole('checkbox', { name: UNCHANGEABLE_ACK });
  if (await acknowledge.count()) await acknowledge.check();
  await button[how]();
}

export const UNCHANGEABLE_ACK = 'Pasienten vet at timen ikke kan endres eller avbestilles på nett';
