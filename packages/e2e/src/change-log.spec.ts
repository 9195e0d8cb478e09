// Logs you can use (issue 15): the clinic's change log filtered by kind of thing, who and dates (dd.mm.åååå), the
// filters kept in the URL, each change one line with its field diff opened from the keyboard; the notification log
// naming the booking (time, practitioner) and masking the recipient. In Bokmål, and once in English.
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';
import { openSection } from './configuration-helpers.js';
import {
  addDays,
  apiAs,
  bookAsAgent,
  call,
  displayOf,
  osloDisplayDate,
  osloIsoDate,
  osloTime,
  syntheticNationalId,
  uniqueTag,
  type Hit,
} from './network-api.js';
import { MAJORSTUEN, SPEC_PRACTITIONERS, seedPractitioner } from './spec-practitioners.js';

const practitioner = SPEC_PRACTITIONERS.changeLog;
const tag = uniqueTag();
const typeName = `Loggtime ${tag}`;
const renamed = `${typeName} ny`;
const patientEmail = `logg.${tag}@example.no`;
let adminName: string;
let booked: Hit;

test.beforeAll(async () => {
  await seedPractitioner(practitioner);
  const admin = await apiAs('clinic_admin');
  adminName = (await call<{ name: string }>(admin, 'query', 'auth.me', undefined)).name;
  const clinics = await call<{ id: string; name: string }[]>(admin, 'query', 'clinics.list', undefined);
  const clinicId = clinics.find((c) => c.name === MAJORSTUEN)!.id;
  // A type created and renamed today by the clinic admin: two entries of kind «Timetyper».
  const type = { id: `e2e-change-log-${tag}`, clinicId, name: typeName, durationMinutes: 45 };
  await call(admin, 'mutation', 'types.upsert', type);
  await call(admin, 'mutation', 'types.upsert', { ...type, name: renamed });
  await admin.dispose();
  const agent = await apiAs('insurer_agent');
  booked = await bookAsAgent(
    agent,
    practitioner,
    { nationalId: syntheticNationalId(), name: `Logg ${tag}`, email: patientEmail },
    null,
  );
  await agent.dispose();
});

const today = () => osloIsoDate(new Date().toISOString());
const changeLog = (page: Page) => page.getByRole('region', { name: /^(Endringslogg|Change log)$/ });

test('the change log filtered by thing, user and date, kept in the URL, a diff opened with the keyboard', async ({
  page,
}) => {
  await signIn(page, 'admin', 'clinic_admin');
  await openSection(page, 'Endringslogg');
  const log = changeLog(page);
  const entries = log.getByRole('listitem');
  await expect(entries.first()).toBeVisible();

  // By thing: only appointment types.
  await log.getByLabel('Hva', { exact: true }).selectOption({ label: 'Timetyper' });
  await expect(page).toHaveURL(/[?&]hva=type(&|$)/);
  const renamedEntry = entries.filter({ hasText: `endret timetypen «${renamed}»` });
  await expect(renamedEntry).toHaveCount(1);
  await expect(entries.filter({ hasText: `opprettet timetypen «${renamed}»` })).toHaveCount(1);
  // Waited for: the list follows the filter a moment after the address does.
  await expect(entries.filter({ hasNotText: 'timetypen' })).toHaveCount(0);

  // By who: the clinic admin.
  await log.getByLabel('Endret av').selectOption({ label: adminName });
  await expect(page).toHaveURL(/[?&]av=/);
  await expect(renamedEntry).toHaveCount(1);
  await expect(entries.filter({ hasNotText: adminName })).toHaveCount(0);

  // By date: today is in, from tomorrow nothing is.
  const from = log.getByRole('textbox', { name: 'Fra dato' });
  const to = log.getByRole('textbox', { name: 'Til dato' });
  await from.fill(displayOf(today()));
  await to.fill(displayOf(today()));
  await to.press('Tab');
  await expect(page).toHaveURL(new RegExp(`fra=${today()}.*til=${today()}|til=${today()}.*fra=${today()}`));
  await expect(renamedEntry).toHaveCount(1);
  await from.fill(displayOf(addDays(today(), 1)));
  await from.press('Tab');
  await expect(to).toHaveAccessibleDescription(/Til dato kan ikke være før fra dato\./);
  await to.fill('');
  await to.press('Tab');
  await expect(log.getByText('Ingen endringer passer filtrene.')).toBeVisible();
  await expect(entries).toHaveCount(0);

  // The link keeps the filters.
  await from.fill(displayOf(today()));
  await from.press('Tab');
  await expect(renamedEntry).toHaveCount(1);
  await page.reload();
  await expect(log.getByLabel('Hva', { exact: true })).toHaveValue('type');
  await expect(from).toHaveValue(displayOf(today()));
  await expect(log.getByLabel('Endret av').locator('option:checked')).toHaveText(adminName);

  // One line each; the diff opens from the keyboard.
  const nameRow = renamedEntry.getByRole('row', { name: /^Navn/ });
  await expect(nameRow).toBeHidden();
  const line = renamedEntry.locator('summary');
  await expect(line).toHaveText(
    new RegExp(`^\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2} · ${adminName} · endret timetypen «${renamed}» \\(1 felt\\)$`),
  );
  await line.focus();
  await page.keyboard.press('Enter');
  await expect(nameRow).toBeVisible();
  await expect(nameRow).toHaveText(new RegExp(`Navn\\s*${typeName}\\s*${renamed}`));
  await page.keyboard.press('Enter');
  await expect(nameRow).toBeHidden();

  await log.getByRole('button', { name: 'Fjern filtrene' }).click();
  await expect(page).not.toHaveURL(/hva=|av=|fra=|til=/);
});

test('the notification log names the booking and masks the recipient', async ({ page }) => {
  await signIn(page, 'admin', 'clinic_admin');
  await openSection(page, 'Varslinger');
  const log = page.getByRole('region', { name: 'Varslinger', exact: true }).first();
  const masked = `l***@example.no`;
  const when = `${osloDisplayDate(booked.startAt)} ${osloTime(booked.startAt)}`;
  const row = log.getByRole('row').filter({ hasText: `${when} hos ${practitioner.name}` });
  await expect(row.first()).toBeVisible();
  await expect(row.filter({ hasText: masked }).filter({ hasText: 'Bekreftelse fra nettverket' })).toHaveCount(1);
  await expect(log.getByRole('columnheader', { name: 'Gjelder timen' })).toBeVisible();
  // The patient's app and portal notice (the type has notifications on) names the same booking.
  await expect(row.filter({ has: page.getByRole('cell', { name: 'Pasientportal og app', exact: true }) })).toHaveCount(
    1,
  );
  await expect(log).not.toContainText(patientEmail);
});

test('both logs in English', async ({ page }) => {
  await signIn(page, 'admin', 'clinic_admin');
  await openSection(page, 'Endringslogg');
  await page.getByLabel('Språk').selectOption('en');
  const log = changeLog(page);
  await log.getByLabel('What', { exact: true }).selectOption({ label: 'Appointment types' });
  await log.getByLabel('Changed by').selectOption({ label: adminName });
  const entry = log.getByRole('listitem').filter({ hasText: `changed the type «${renamed}»` });
  await expect(entry.locator('summary')).toContainText('(1 field)');
  await entry.locator('summary').press('Enter');
  await expect(entry.getByRole('row', { name: /^Name/ })).toBeVisible();
  await log.getByRole('textbox', { name: 'From date' }).fill(displayOf(addDays(today(), 1)));
  await log.getByRole('textbox', { name: 'From date' }).press('Tab');
  await expect(log.getByText('No changes match the filters.')).toBeVisible();

  await page.goto(page.url().replace(/\/endringslogg.*$/, '/varslinger'));
  const notifications = page.getByRole('region', { name: 'Notifications', exact: true }).first();
  const when = `${osloDisplayDate(booked.startAt)} ${osloTime(booked.startAt)}`;
  await expect(notifications.getByRole('columnheader', { name: 'Booking' })).toBeVisible();
  await expect(
    notifications
      .getByRole('row')
      .filter({ hasText: `${when} with ${practitioner.name}` })
      .filter({ has: page.getByRole('cell', { name: 'The patient portal and app', exact: true }) }),
  ).toHaveCount(1);
  await expect(
    notifications
      .getByRole('row')
      .filter({ hasText: `${when} with ${practitioner.name}` })
      .filter({ hasText: 'l***@example.no' })
      .first(),
  ).toBeVisible();
});
