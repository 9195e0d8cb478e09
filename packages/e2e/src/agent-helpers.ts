// Steps the agent app's specs share: the search they start from and reading a field's message.
import type { Page } from 'playwright-core';
import { signIn } from './browser.js';

/** Signs in as Storebrand's agent and searches Kari Nordmann's B1010 times in Oslo; her search hit. */
export async function searchKari(page: Page) {
  await signIn(page, 'agent', 'insurer_agent');
  await page.getByRole('heading', { name: 'Finn behandler', level: 1 }).waitFor();
  await page.getByLabel('Takst').selectOption({ label: 'Fysioterapi konsultasjon (B1010)' });
  await page.getByLabel('Sted').fill('Oslo');
  await page.getByRole('button', { name: 'Søk', exact: true }).click();
  await page.waitForURL(/takst=B1010/);
  const kari = page.getByRole('article').filter({ hasText: 'Kari Nordmann' });
  await kari.waitFor();
  return kari;
}

/** The message under a form field (tied by aria-describedby), or null when the field is not marked invalid. */
export async function fieldError(page: Page, label: string): Promise<string | null> {
  const input = page.getByLabel(label, { exact: true });
  if ((await input.getAttribute('aria-invalid')) !== 'true') return null;
  const ids = (await input.getAttribute('aria-describedby'))?.split(' ') ?? [];
  const errorId = ids.find((id) => id.endsWith('-error'));
  return errorId ? page.locator(`#${errorId}`).textContent() : null;
}
