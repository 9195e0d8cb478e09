// The schedule editors without friction: a day copied to other days in one action, a warning before unsaved changes
// are lost (another section, another book, a reload), «Antall uker» bounded beside its field; and a membership that
// went back to pending says why. The spec's own practitioner, book and type at Majorstuen, made through the API.
import type { APIRequestContext } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';
import { openSection } from './configuration-helpers.js';
import { apiAs, call, uniqueTag } from './network-api.js';
import { MAJORSTUEN } from './spec-practitioners.js';

const tag = uniqueTag();
const practitioner = { id: `e2e-sched-${tag}`, name: `Vera Ukemal ${tag}` };
const book = `e2e-sched-${tag}-book`;
const type = { id: `e2e-sched-${tag}-type`, name: `Ukemaltime ${tag}` };
const hpr = () => String(Math.floor(60_000_000 + Math.random() * 30_000_000));
let clinicId = '';

async function asAdmin<T>(work: (admin: APIRequestContext) => Promise<T>): Promise<T> {
  const admin = await apiAs('clinic_admin');
  try {
    return await work(admin);
  } finally {
    await admin.dispose();
  }
}

test.beforeAll(async () => {
  await asAdmin(async (admin) => {
    const clinics = await call<{ id: string; name: string }[]>(admin, 'query', 'clinics.list', undefined);
    clinicId = clinics.find((c) => c.name === MAJORSTUEN)!.id;
    await call(admin, 'mutation', 'practitioners.upsert', {
      id: practitioner.id,
      clinicId,
      name: practitioner.name,
      profession: 'physiotherapist',
      hprNumber: hpr(),
    });
    await call(admin, 'mutation', 'books.upsert', {
      id: book,
      clinicId,
      name: practitioner.name,
      ownerKind: 'practitioner',
      ownerPractitionerId: practitioner.id,
    });
    await call(admin, 'mutation', 'types.upsert', { id: type.id, clinicId, name: type.name, durationMinutes: 30 });
  });
});

test.describe.configure({ mode: 'serial' });

test('Monday’s windows, types and break copied to Tuesday–Friday in one action', async ({ page }) => {
  await signIn(page, 'admin', 'clinic_admin');
  await openSection(page, 'Ukemaler og arbeidsplan');
  await page.getByLabel('Timebok', { exact: true }).selectOption({ label: practitioner.name });
  const name = `Kopiuke ${tag}`;
  await page.getByRole('button', { name: 'Ny ukemal' }).click();
  await page.getByLabel('Navn på ukemalen').fill(name);
  await page.getByRole('button', { name: 'Legg til tidsvindu' }).click();
  const first = page.getByRole('group', { name: 'Tidsvindu 1' });
  await first.getByLabel('Ukedag').selectOption({ label: 'Mandag' });
  await first.getByLabel('Fra').fill('08:00');
  await first.getByLabel('Til').fill('15:00');
  await first.getByRole('checkbox', { name: `${type.name} (30 min)`, exact: true }).check();
  await page.getByRole('button', { name: 'Legg til pause' }).click();
  const pause = page.getByRole('group', { name: 'Pause 1' });
  await pause.getByLabel('Ukedag').selectOption({ label: 'Mandag' });
  await pause.getByLabel('Fra').fill('11:30');
  await pause.getByLabel('Til').fill('12:00');

  const copy = page.getByRole('group', { name: 'Kopier en dag' });
  await expect(copy.getByLabel('Kopier fra')).toHaveValue('1');
  for (const day of ['Tirsdag', 'Onsdag', 'Torsdag', 'Fredag'])
    await expect(copy.getByRole('checkbox', { name: day })).toBeChecked();
  await expect(copy.getByRole('checkbox', { name: 'Lørdag' })).not.toBeChecked();
  await copy.getByRole('button', { name: 'Kopier mandag' }).click();
  await expect(copy.getByRole('status')).toHaveText(
    'Mandag er kopiert til tirsdag, onsdag, torsdag og fredag. Lagre ukemalen for å beholde det.',
  );
  for (const [i, day] of ['1', '2', '3', '4', '5'].entries()) {
    const row = page.getByRole('group', { name: `Tidsvindu ${i + 1}`, exact: true });
    await expect(row.getByLabel('Ukedag')).toHaveValue(day);
    await expect(row.getByLabel('Fra')).toHaveValue('08:00');
    await expect(row.getByLabel('Til')).toHaveValue('15:00');
    await expect(row.getByRole('checkbox', { name: `${type.name} (30 min)`, exact: true })).toBeChecked();
    await expect(page.getByRole('group', { name: `Pause ${i + 1}`, exact: true }).getByLabel('Ukedag')).toHaveValue(
      day,
    );
  }
  await page.getByRole('button', { name: 'Lagre ukemal' }).click();
  await expect(page.getByRole('status').filter({ hasText: `«${name}» er lagret.` })).toBeVisible();
  // Saved and closed: nothing is unsaved, so closing the form asked nothing.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText(
    'mandag, tirsdag, onsdag, torsdag, fredag',
  );

  const saved = await asAdmin((admin) =>
    call<{
      templates: { name: string; windows: { weekday: number; typeIds: string[] }[]; breaks: { weekday: number }[] }[];
    }>(admin, 'query', 'clinicConfig.get', { clinicId }),
  );
  const template = saved.templates.find((x) => x.name === name)!;
  expect(template.windows.map((w) => [w.weekday, w.typeIds])).toEqual([1, 2, 3, 4, 5].map((d) => [d, [type.id]]));
  expect(template.breaks.map((b) => b.weekday)).toEqual([1, 2, 3, 4, 5]);
});

test('unsaved changes of a template or the work plan are not lost without a question', async ({ page }) => {
  await signIn(page, 'admin', 'clinic_admin');
  await openSection(page, 'Ukemaler og arbeidsplan');
  await page.getByLabel('Timebok', { exact: true }).selectOption({ label: practitioner.name });
  const name = `Kopiuke ${tag}`;
  await page.getByRole('button', { name: `Endre ${name}`, exact: true }).click();
  await page.getByLabel('Navn på ukemalen').fill(`${name} endret`);

  // Another section: asked first; «Bli her» keeps what was typed.
  await openSection(page, 'Timebøker');
  const dialog = page.getByRole('dialog', { name: 'Du har endringer som ikke er lagret' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Bli her' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Bli her' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Navn på ukemalen')).toHaveValue(`${name} endret`);
  // A reload or closing the tab: the browser asks (the page cancels its beforeunload).
  expect(
    await page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    }),
  ).toBe(true);
  await openSection(page, 'Timebøker');
  await dialog.getByRole('button', { name: 'Gå videre uten å lagre' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Timebøker' })).toBeVisible();

  // The work plan: «Antall uker» bounded beside the field; weeks put on but not saved hold the book choice.
  await openSection(page, 'Ukemaler og arbeidsplan');
  await page.getByLabel('Timebok', { exact: true }).selectOption({ label: practitioner.name });
  await expect(page.getByRole('rowheader', { name })).toBeVisible();
  const count = page.getByLabel('Antall uker');
  const apply = page.getByRole('button', { name: 'Sett ukemalen på ukene' });
  for (const [typed, message] of [
    ['-3', 'Må være minst 1.'],
    ['9999', 'Kan være høyst 106.'],
    ['2.5', 'Skriv et helt tall.'],
  ] as const) {
    await count.fill(typed);
    await apply.click();
    await expect(count).toHaveAttribute('aria-invalid', 'true');
    await expect(count).toHaveAccessibleDescription(message);
    await expect(count).toBeFocused();
  }
  await page.getByLabel('Språk').selectOption('en');
  await page.getByLabel('Number of weeks').fill('0');
  await page.getByRole('button', { name: 'Put the template on the weeks' }).click();
  await expect(page.getByLabel('Number of weeks')).toHaveAccessibleDescription('Must be at least 1.');
  await page.getByLabel('Language').selectOption('nb');
  // The page was left with nothing unsaved: no question so far. Now two weeks are put on, not saved.
  await count.fill('2');
  await apply.click();
  await expect(count).not.toHaveAttribute('aria-invalid');
  await expect(page.getByText('Ukemalen er satt på 2 uker. Husk å lagre arbeidsplanen.')).toBeVisible();
  await page.getByLabel('Timebok', { exact: true }).selectOption({ label: 'Kari Nordmann' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: `Arbeidsplan for ${practitioner.name}` })).toBeVisible();
  await page.getByRole('button', { name: 'Lagre arbeidsplan' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Arbeidsplanen for ${practitioner.name} er lagret.` }),
  ).toBeVisible();
  // Saved: leaving asks nothing.
  await openSection(page, 'Timebøker');
  await expect(page.getByRole('heading', { level: 2, name: 'Timebøker' })).toBeVisible();
  await expect(dialog).toHaveCount(0);
});

test('a membership back to pending after a changed HPR number says why', async ({ page }) => {
  const operator = await apiAs('network_operator');
  await asAdmin(async (admin) => {
    await call(admin, 'mutation', 'memberships.applyFor', { practitionerId: practitioner.id });
    await call(operator, 'mutation', 'memberships.decide', { practitionerId: practitioner.id, status: 'approved' });
    await call(admin, 'mutation', 'practitioners.upsert', {
      id: practitioner.id,
      clinicId,
      name: practitioner.name,
      profession: 'physiotherapist',
      hprNumber: hpr(),
    });
  });
  await operator.dispose();
  await signIn(page, 'admin', 'clinic_admin');
  await openSection(page, 'Behandlere');
  const row = page.getByRole('row', { name: new RegExp(practitioner.name) });
  await expect(row).toContainText('Venter på godkjenning');
  await expect(row).toContainText(
    'Godkjenningen gjelder ikke lenger fordi HPR-nummeret ble endret. Nettverket må godkjenne på nytt.',
  );
  await page.getByLabel('Språk').selectOption('en');
  await expect(row).toContainText(
    'The approval no longer holds because the HPR number was changed. The network must approve again.',
  );
});
