// The Timebok readable (issue 15): the demo clinic's week fits 1280 and 1024 px without sideways scrolling (one book's
// seven days, the book chosen beside it), an appointment block too small for its text shows all of it when the
// keyboard reaches it, a «now» line lies on today's column at the time the clock shows and moves with it, and in the
// appointment dialog the filled primary button is «Flytt», never «Avbestill». In Bokmål, and once in English.
import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';
import { openSection } from './configuration-helpers.js';
import {
  bookAsAgent,
  minutes,
  oslo,
  osloDisplayDate,
  osloIsoDate,
  syntheticNationalId,
  uniqueTag,
} from './network-api.js';
import { SPEC_PRACTITIONERS, seedPractitioner } from './spec-practitioners.js';

const practitioner = SPEC_PRACTITIONERS.timebokWeek;
test.beforeAll(() => seedPractitioner(practitioner));

const REMARK = 'Vondt i venstre kne etter fotballkamp i helgen, verst i trapper og ved knebøy, ønsker øvelser hjemme';

/** Whether the page or the calendar's own scroll area can be scrolled sideways. */
async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const grid = document.querySelector<HTMLElement>('.cal-scroll')!;
    return root.scrollWidth > root.clientWidth || grid.scrollWidth > grid.clientWidth;
  });
}

/** The lines of an appointment block that are cut (wider than the block, or below its bottom edge). */
async function cutLines(block: Locator): Promise<string[]> {
  return block.evaluate((button) => {
    const box = button.getBoundingClientRect();
    const lines: HTMLElement[] = Array.from(button.querySelectorAll<HTMLElement>('.cal-appt-line'));
    return lines
      .filter((line) => line.scrollWidth > line.clientWidth + 1 || line.getBoundingClientRect().bottom > box.bottom + 1)
      .map((line) => line.textContent ?? '');
  });
}

/** The filled colour of a primary button, and the error colour a destructive one is outlined in. */
async function colours(page: Page): Promise<{ primary: string; error: string }> {
  return page.evaluate(() => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const read = (v: string) => {
      probe.style.color = `var(${v})`;
      return getComputedStyle(probe).color;
    };
    const out = { primary: read('--primary'), error: read('--error') };
    probe.remove();
    return out;
  });
}

async function expectPrimary(button: Locator, primary: string) {
  await expect(button).toHaveCSS('background-color', primary);
}

async function expectDanger(button: Locator, c: { primary: string; error: string }) {
  await expect(button).toHaveCSS('color', c.error);
  await expect(button).not.toHaveCSS('background-color', c.primary);
}

test('a week fits the screen, cut text shows in full on keyboard focus, and «Avbestill» is never the primary button', async ({
  page,
  request,
}) => {
  const tag = uniqueTag();
  const name = `Ukevisning Pasient ${tag}`;
  const hit = await bookAsAgent(request, practitioner, { nationalId: syntheticNationalId(), name }, `U${tag}`, REMARK);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'admin', 'clinic_admin');
  await openSection(page, 'Timebok');
  await page.getByRole('button', { name: 'Uke', exact: true }).click();
  await page.getByRole('group', { name: 'Timebok i ukevisningen' }).getByLabel(practitioner.name).check();
  await page.getByLabel('Gå til dato').fill(osloDisplayDate(hit.startAt));
  await page.getByLabel('Gå til dato').press('Enter');
  await expect(page).toHaveURL(new RegExp(`dato=${osloIsoDate(hit.startAt)}`));

  // Seven columns, the book's days, and nothing to scroll sideways at 1280 and at 1024 px.
  const columns = page.getByRole('region', { name: new RegExp(`^${practitioner.name}, `) });
  await expect(columns).toHaveCount(7);
  await expect(page.locator('.cal-col')).toHaveCount(7);
  // «Vilde Ukevisning, mandag 07.12.2026» (the weekday in the page's language).
  const column = page.getByRole('region', {
    name: new RegExp(`^${practitioner.name}, \\S+ ${osloDisplayDate(hit.startAt).replaceAll('.', '\\.')}$`),
  });
  const booking = column.getByRole('button', { name: new RegExp(name) });
  await expect(booking).toBeVisible();
  expect(await scrollsSideways(page), 'sideways scrolling at 1280 px').toBe(false);
  await page.setViewportSize({ width: 1024, height: 800 });
  expect(await scrollsSideways(page), 'sideways scrolling at 1024 px').toBe(false);
  await page.setViewportSize({ width: 1280, height: 900 });

  // A 30-minute block in a seventh of the width cannot hold all it carries; its name does, for a screen reader.
  await expect(booking).toHaveAccessibleName(new RegExp(REMARK));
  await booking.scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  expect(await cutLines(booking), 'the block is too small for its text').not.toEqual([]);
  // Reached with Tab from the calendar's scroll area, it shows every line in full.
  await page.getByRole('region', { name: /^Timer Uke / }).focus();
  for (let i = 0; i < 150 && !(await booking.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(booking).toBeFocused();
  expect(await cutLines(booking), 'cut while focused').toEqual([]);
  await expect(booking).toContainText(REMARK);
  // Every other block of the week, too: cut only where focus shows all of it.
  for (const block of await page.locator('.cal-appt').all()) {
    await block.focus();
    expect(await cutLines(block), `cut while focused: ${await block.textContent()}`).toEqual([]);
  }

  // The dialog: «Flytt» is the filled primary button; «Avbestill» and «Marker som ikke møtt» are outlined in red.
  const c = await colours(page);
  await booking.click();
  const dialog = page.getByRole('dialog');
  const actions = dialog.getByRole('group', { name: 'Handlinger' });
  await expectPrimary(actions.getByRole('button', { name: 'Flytt', exact: true }), c.primary);
  await expectDanger(actions.getByRole('button', { name: 'Avbestill', exact: true }), c);
  await expectDanger(actions.getByRole('button', { name: 'Marker som ikke møtt', exact: true }), c);
  // Cancelling asks first: keeping the appointment is the primary choice and brings the details back.
  await actions.getByRole('button', { name: 'Avbestill', exact: true }).click();
  await expectPrimary(dialog.getByRole('button', { name: 'Behold timen' }), c.primary);
  await expectDanger(dialog.getByRole('button', { name: 'Avbestill timen' }), c);
  await dialog.getByRole('button', { name: 'Behold timen' }).click();
  // So does a no-show: «Nei, gå tilbake» is the primary choice.
  await actions.getByRole('button', { name: 'Marker som ikke møtt', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: 'Markere timen som ikke møtt?' })).toBeVisible();
  await expect(
    dialog.getByRole('button', { name: 'Nei, gå tilbake' }),
    'the keyboard on the safe choice',
  ).toBeFocused();
  await expectPrimary(dialog.getByRole('button', { name: 'Nei, gå tilbake' }), c.primary);
  await expectDanger(dialog.getByRole('button', { name: 'Ja, marker som ikke møtt' }), c);
  await dialog.getByRole('button', { name: 'Nei, gå tilbake' }).click();
  await dialog.getByRole('button', { name: 'Lukk' }).click();
  await expect(booking, 'still booked').toBeVisible();

  // In English: the same buttons, the same order of importance.
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('group', { name: 'Appointment book in the week view' })).toBeVisible();
  await booking.click();
  const en = page.getByRole('dialog').getByRole('group', { name: 'Actions' });
  await expectPrimary(en.getByRole('button', { name: 'Move', exact: true }), c.primary);
  await expectDanger(en.getByRole('button', { name: 'Cancel', exact: true }), c);
  await en.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expectPrimary(page.getByRole('dialog').getByRole('button', { name: 'Keep the appointment' }), c.primary);
  await expectDanger(page.getByRole('dialog').getByRole('button', { name: 'Cancel the appointment' }), c);
});

/** Today in Oslo at a wall-clock time, as an instant (the offset read from Oslo's own clock that day). */
function osloToday(hhmm: string): Date {
  const today = osloIsoDate(new Date().toISOString());
  const noonUtc = new Date(`${today}T12:00:00Z`);
  const offsetHours = Number(oslo(noonUtc.toISOString(), { hour: '2-digit', hourCycle: 'h23' })) - 12;
  return new Date(Date.parse(`${today}T${hhmm}:00Z`) - offsetHours * 3_600_000);
}

test('the «now» line lies on today’s column at the clock’s time, moves with it, and is not on other weeks', async ({
  page,
}) => {
  await page.clock.install({ time: osloToday('10:00') });
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'admin', 'clinic_admin');
  await openSection(page, 'Timebok');
  await page.getByRole('button', { name: 'Uke', exact: true }).click();
  await expect(page.locator('.cal-col')).toHaveCount(7);

  const line = page.getByRole('img', { name: /^Nå \d{2}:\d{2}$/ });
  await expect(line, 'one line, on one column').toHaveCount(1);
  const today = osloIsoDate(new Date().toISOString());
  const todayColumn = page.getByRole('region', {
    name: new RegExp(`, ${oslo(`${today}T12:00:00Z`, { weekday: 'long' })} ${osloDisplayDate(`${today}T12:00:00Z`)}$`),
  });
  await expect(todayColumn.getByRole('img', { name: /^Nå / })).toHaveCount(1);

  /** Pixels from the 10:00 mark of the time axis to the line, and the time the line is named for. */
  const place = async () => {
    const name = (await line.getAttribute('aria-label'))!;
    const tick = await page.locator('.cal-gutter .cal-tick', { hasText: /^10:00$/ }).boundingBox();
    const box = await line.boundingBox();
    return { time: name.slice(-5), fromTen: box!.y - tick!.y };
  };
  // 30 minutes are 60 pixels; the tick's label sits a little above its line.
  const first = await place();
  expect(minutes(first.time) - 600).toBeLessThan(5);
  expect(Math.abs(first.fromTen - (minutes(first.time) - 600) * 2)).toBeLessThan(6);

  // An hour later the line has moved down an hour, without reloading the page.
  await page.clock.fastForward('01:00:00');
  await expect(line).toHaveAccessibleName(/^Nå 11:0\d$/);
  const later = await place();
  expect(Math.abs(later.fromTen - (minutes(later.time) - 600) * 2)).toBeLessThan(6);
  expect(later.fromTen - first.fromTen).toBeGreaterThan(110);

  // Not on next week's days; back on this week's with «I dag».
  const caption = page.locator('.cal-caption');
  const thisWeek = (await caption.textContent())!;
  await page.getByRole('button', { name: /Neste uke/ }).click();
  await expect(caption).not.toHaveText(thisWeek);
  await expect(page.locator('.cal-col')).toHaveCount(7);
  await expect(page.getByRole('img', { name: /^Nå / })).toHaveCount(0);
  await page.getByRole('button', { name: 'I dag', exact: true }).click();
  await expect(line).toHaveCount(1);

  // In English.
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('img', { name: /^Now 11:0\d$/ })).toHaveCount(1);
});

test('late in the day the week opens scrolled to the «now» line', async ({ page }) => {
  await page.clock.install({ time: osloToday('17:45') });
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'admin', 'clinic_admin');
  await openSection(page, 'Timebok');
  await page.getByRole('button', { name: 'Uke', exact: true }).click();
  const line = page.getByRole('img', { name: /^Nå 17:4\d$/ });
  await expect(line).toHaveCount(1);
  // Ten hours below 07:00 (1,200 px) lie below the calendar's first screenful; the line is inside its visible part.
  const inSight = () =>
    line.evaluate((el) => {
      const area = el.closest('.cal-scroll')!.getBoundingClientRect();
      const at = el.getBoundingClientRect().top;
      return at > area.top && at < area.bottom;
    });
  await expect.poll(inSight).toBe(true);
});
