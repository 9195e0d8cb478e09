// Every configuration thing has «Slett» in its row: it asks first (Escape keeps the row), deletes what nothing uses,
// and when something still uses it says what, beside the row, in the UI language; the change log keeps what went.
// The spec makes its own practitioner, book, types, template, rule and department at Majorstuen through the API.
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';
import { openSection } from './configuration-helpers.js';
import { apiAs, call, uniqueTag } from './network-api.js';
import { MAJORSTUEN } from './spec-practitioners.js';

const tag = uniqueTag();
const ids = {
  practitioner: `e2e-del-${tag}`,
  book: `e2e-del-${tag}-book`,
  type: `e2e-del-${tag}-type`,
  placeType: `e2e-del-${tag}-place-type`,
  template: `e2e-del-${tag}-week`,
  rule: `e2e-del-${tag}-rule`,
  department: `e2e-del-${tag}-dep`,
};
const names = {
  practitioner: `Sletta Sletten ${tag}`,
  type: `Slettetime ${tag}`,
  placeType: `Avdelingstime ${tag}`,
  template: `Slettemal ${tag}`,
  department: `Slettavdeling ${tag}`,
};

test.beforeAll(async () => {
  const admin = await apiAs('clinic_admin');
  const clinics = await call<{ id: string; name: string }[]>(admin, 'query', 'clinics.list', undefined);
  const clinicId = clinics.find((c) => c.name === MAJORSTUEN)!.id;
  const tariffs = await call<{ id: string; code: string }[]>(admin, 'query', 'tariffs.list', undefined);
  await call(admin, 'mutation', 'practitioners.upsert', {
    id: ids.practitioner,
    clinicId,
    name: names.practitioner,
    profession: 'physiotherapist',
    hprNumber: String(Math.floor(60_000_000 + Math.random() * 30_000_000)),
  });
  await call(admin, 'mutation', 'books.upsert', {
    id: ids.book,
    clinicId,
    name: names.practitioner,
    ownerKind: 'practitioner',
    ownerPractitionerId: ids.practitioner,
  });
  await call(admin, 'mutation', 'types.upsert', { id: ids.type, clinicId, name: names.type, durationMinutes: 30 });
  await call(admin, 'mutation', 'rules.upsert', {
    id: ids.rule,
    typeId: ids.type,
    bookId: ids.book,
    patientList: 'all_patients',
    tariffIds: [tariffs.find((t) => t.code === 'B1010')!.id],
  });
  await call(admin, 'mutation', 'templates.upsert', {
    id: ids.template,
    bookId: ids.book,
    name: names.template,
    windows: [{ weekday: 1, start: '08:00', end: '12:00', typeIds: [ids.type] }],
    breaks: [],
  });
  await call(admin, 'mutation', 'departments.upsert', {
    id: ids.department,
    clinicId,
    name: names.department,
    street: `Slettegata ${Math.floor(Math.random() * 900) + 10}`,
    postcode: '0190',
    city: 'Oslo',
  });
  await call(admin, 'mutation', 'types.upsert', {
    id: ids.placeType,
    clinicId,
    name: names.placeType,
    durationMinutes: 30,
    departmentId: ids.department,
  });
  await admin.dispose();
});

/** Presses «Slett <name>» and answers the question; returns the row's (or card's) place for the refusal. */
async function deleteRow(page: Page, name: string, answer: 'Slett' | 'Escape' = 'Slett') {
  await page.getByRole('button', { name: `Slett ${name}`, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toHaveAccessibleName(`Slette «${name}»?`);
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  if (answer === 'Escape') await page.keyboard.press('Escape');
  else await dialog.getByRole('button', { name: 'Slett', exact: true }).click();
  await expect(dialog).toBeHidden();
}

const refusalBeside = (page: Page, name: string, verb = 'Slett') =>
  page
    .getByRole('button', { name: `${verb} ${name}`, exact: true })
    .locator('xpath=..')
    .getByRole('alert');

test('delete is refused with what uses the thing, and goes once nothing does', async ({ page }) => {
  await signIn(page, 'admin', 'clinic_admin');
  await expect(page.getByRole('heading', { level: 1, name: MAJORSTUEN })).toBeVisible();

  // A practitioner who owns a book: Escape keeps it, «Slett» is refused with the book's name.
  await openSection(page, 'Behandlere');
  await deleteRow(page, names.practitioner, 'Escape');
  await expect(page.getByRole('button', { name: `Slett ${names.practitioner}`, exact: true })).toBeFocused();
  await deleteRow(page, names.practitioner);
  await expect(refusalBeside(page, names.practitioner)).toHaveText(
    `${names.practitioner} kan ikke slettes. Behandleren eier timeboken «${names.practitioner}».`,
  );
  await page.getByLabel('Språk').selectOption('en');
  await expect(refusalBeside(page, names.practitioner, 'Delete')).toHaveText(
    new RegExp(`^${names.practitioner} cannot be deleted\\.`),
  );
  await page.getByLabel('Language').selectOption('nb');

  // A type a week template places; a department that is a type's address.
  await openSection(page, 'Timetyper');
  await deleteRow(page, names.type);
  await expect(refusalBeside(page, names.type)).toHaveText(
    `Timetypen «${names.type}» ligger i ukemalen «${names.template}» og kan ikke slettes.`,
  );
  await openSection(page, 'Avdelinger');
  await deleteRow(page, names.department);
  await expect(refusalBeside(page, names.department)).toHaveText(
    `Avdelingen er besøksadresse for «${names.placeType}» og kan ikke slettes.`,
  );

  // Once nothing uses them they go: the template, the rule, the types, the department, the book, the practitioner.
  await openSection(page, 'Ukemaler og arbeidsplan');
  await page.getByLabel('Timebok', { exact: true }).selectOption({ label: names.practitioner });
  await deleteRow(page, names.template);
  await expect(page.getByRole('status').filter({ hasText: `«${names.template}» er slettet.` })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: names.template })).toHaveCount(0);

  await openSection(page, 'Timetyper');
  await page.getByRole('button', { name: `Endre ${names.type}`, exact: true }).click();
  await deleteRow(page, `regelen for ${names.practitioner}`);
  await expect(
    page.getByRole('status').filter({ hasText: `«regelen for ${names.practitioner}» er slettet.` }),
  ).toBeVisible();
  for (const type of [names.type, names.placeType]) {
    await deleteRow(page, type);
    await expect(page.getByRole('status').filter({ hasText: `«${type}» er slettet.` })).toBeVisible();
    await expect(page.getByRole('button', { name: `Slett ${type}`, exact: true })).toHaveCount(0);
  }

  await openSection(page, 'Avdelinger');
  await deleteRow(page, names.department);
  await expect(page.getByRole('status').filter({ hasText: `«${names.department}» er slettet.` })).toBeVisible();
  await expect(page.getByRole('heading', { name: names.department })).toHaveCount(0);

  await openSection(page, 'Timebøker');
  await deleteRow(page, names.practitioner);
  await expect(page.getByRole('status').filter({ hasText: `«${names.practitioner}» er slettet.` })).toBeVisible();
  await openSection(page, 'Behandlere');
  await deleteRow(page, names.practitioner);
  await expect(page.getByRole('status').filter({ hasText: `«${names.practitioner}» er slettet.` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Slett ${names.practitioner}`, exact: true })).toHaveCount(0);

  // The change log keeps what was deleted.
  await openSection(page, 'Endringslogg');
  await expect(page.getByText(`slettet behandleren «${names.practitioner}»`)).toBeVisible();
});
