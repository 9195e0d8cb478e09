// The agent's desk as a new user tried it (issue 14): a place typed loosely still finds the clinic at 0366 Oslo, a
// name in any order finds the practitioner, a range too long is said with its limit (once, not «Ugyldige data»),
// «Vis flere» keeps the keyboard where the new times are, and an empty result links to why, over the same range.
import { expect, signIn, test } from './fixtures.js';
import { addDays, osloIsoDate } from './network-api.js';

const today = () => osloIsoDate(new Date().toISOString());

test.describe('the agent’s desk', () => {
  test('finds Kari Nordmann at Majorstuen by a loosely typed place or her name backwards', async ({ page }) => {
    await signIn(page, 'agent', 'insurer_agent');
    await expect(page.getByRole('heading', { name: 'Finn behandler', level: 1 })).toBeVisible();
    const kari = page.getByRole('article').filter({ hasText: 'Kari Nordmann' }).first();
    for (const place of ['03', '036', 'osl', 'OSLO', 'Olso', 'majorstuen']) {
      await page.getByLabel('Sted').fill(place);
      await page.getByRole('button', { name: 'Søk', exact: true }).click();
      await expect(page).toHaveURL((url) => url.searchParams.get('sted') === place);
      await expect(kari.getByText('0366 Oslo'), place).toBeVisible();
    }
    await page.getByLabel('Sted').fill('');
    await page.getByLabel('Behandlerens navn').fill('nordmann kari');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await expect(page).toHaveURL(/navn=nordmann/);
    await expect(kari).toBeVisible();
    await expect(page.getByRole('article').filter({ hasNotText: 'Kari Nordmann' })).toHaveCount(0);
  });

  test('a range over three months says its limit once, in words, and nothing else', async ({ page }) => {
    await signIn(page, 'agent', 'insurer_agent');
    await expect(page.getByRole('heading', { name: 'Finn behandler', level: 1 })).toBeVisible();
    await page.goto(`/agent/?fra=${today()}&til=${addDays(today(), 120)}`);
    await expect(page.getByText('Velg høyst 92 dager om gangen.')).toHaveCount(1);
    await expect(page.getByText(/Ugyldige data|Noe gikk galt/)).toHaveCount(0);
    await page.goto(`/agent/?fra=${today()}&til=${addDays(today(), -3)}`);
    await expect(page.getByText('Til dato kan ikke være før fra dato.')).toHaveCount(1);
    await expect(page.getByText(/Til-dato må være/)).toHaveCount(0);
  });

  test('«Vis flere» moves the keyboard to the first new time', async ({ page }) => {
    await signIn(page, 'agent', 'insurer_agent');
    const more = page.getByRole('button', { name: 'Vis flere' });
    await expect(more).toBeVisible();
    const links = page.locator('.result-list a.time-chip');
    const before = await links.count();
    await more.click();
    await expect(links.nth(before)).toBeAttached();
    const focused = page.locator('a.time-chip:focus');
    await expect(focused).toHaveCount(1);
    await expect(focused).toHaveAccessibleName(/^Bestill \d{2}:\d{2} /);
  });

  test('an empty result links to «Hvorfor ingen ledige timer?» over the searched range', async ({ page }) => {
    await signIn(page, 'agent', 'insurer_agent');
    await expect(page.getByRole('heading', { name: 'Finn behandler', level: 1 })).toBeVisible();
    await page.getByLabel('Sted').fill('Narvik');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    const why = page.getByRole('link', { name: /^Hvorfor ingen ledige timer\? Se for en behandler/ });
    await expect(why).toBeVisible();
    const from = new URL(page.url()).searchParams.get('fra') ?? today();
    await why.click();
    await expect(page.getByRole('heading', { name: 'Hvorfor ingen ledige timer?', level: 1 })).toBeVisible();
    expect(new URL(page.url()).searchParams.get('fra')).toBe(from);
    expect(new URL(page.url()).searchParams.get('til')).toBeTruthy();
  });
});
