// The practitioner's calendar (issue 15): Kari signs in and «Min side» shows her own book with its bookings — time,
// patient, type, remark and note — and nothing of a colleague's book; the server refuses the colleague's book too.
import { expect, signIn, test } from './fixtures.js';
import {
  addDays,
  apiAs,
  call,
  minutes,
  oslo,
  osloDisplayDate,
  osloIsoDate,
  osloTime,
  syntheticNationalId,
  uniqueTag,
} from './network-api.js';
import { MAJORSTUEN } from './spec-practitioners.js';

const KARI_BOOK = { id: 'book-kari', name: 'Kari Nordmann' };
const COLLEAGUE_BOOK = { id: 'book-ola', name: 'Ola Hansen' };

interface Free {
  bookId: string;
  typeId: string;
  startAt: string;
  endAt: string;
}

test('the practitioner sees only its own calendar', async ({ page }) => {
  const admin = await apiAs('clinic_admin');
  const clinics = await call<{ id: string; name: string }[]>(admin, 'query', 'clinics.list', undefined);
  const clinicId = clinics.find((c) => c.name === MAJORSTUEN)!.id;
  const tag = uniqueTag();
  const today = osloIsoDate(new Date().toISOString());
  // A late afternoon time four weeks ahead: out of the way of the specs that book the demo's first free times.
  const late = async (bookId: string) => {
    const free = await call<Free[]>(admin, 'query', 'appointments.freeTime', {
      clinicId,
      bookIds: [bookId],
      from: addDays(today, 26),
      to: addDays(today, 33),
    });
    const slot = free.find((s) => minutes(osloTime(s.startAt)) >= 14 * 60);
    expect(slot, `a free afternoon time in ${bookId}`).toBeDefined();
    return slot!;
  };
  const book = async (bookId: string, name: string, note: string) => {
    const { patientId } = await call<{ patientId: string }>(admin, 'mutation', 'patients.create', {
      clinicId,
      nationalId: syntheticNationalId(),
      name,
      phone: null,
      email: null,
    });
    const slot = await late(bookId);
    const booked = await call<{ appointmentId: string }>(admin, 'mutation', 'booking.bookByClinic', {
      clinicId,
      bookId,
      typeId: slot.typeId,
      startAt: slot.startAt,
      patientId,
      patientRemark: 'Stiv i korsryggen',
      note,
    });
    return { ...booked, slot };
  };
  const own = await book(KARI_BOOK.id, `Karis Pasient ${tag}`, `Karis notat ${tag}`);
  const colleague = await book(COLLEAGUE_BOOK.id, `Olas Pasient ${tag}`, `Olas notat ${tag}`);
  try {
    await signIn(page, 'admin', 'practitioner');
    await expect(page.getByRole('heading', { name: 'Min side', level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Min kalender' })).toBeVisible();
    const day = osloIsoDate(own.slot.startAt);
    await page.goto(`/admin/min-side?visning=dag&dato=${day}`);
    const column = page.getByRole('region', {
      name: `${KARI_BOOK.name}, ${oslo(own.slot.startAt, { weekday: 'long' })} ${osloDisplayDate(own.slot.startAt)}`,
      exact: true,
    });
    const booking = column.getByRole('button', { name: new RegExp(`Karis Pasient ${tag}`) });
    await expect(booking).toContainText(`${osloTime(own.slot.startAt)}–${osloTime(own.slot.endAt)}`);
    await expect(booking).toContainText('Stiv i korsryggen');
    await expect(booking).toContainText(`Karis notat ${tag}`);
    await booking.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText(`Karis Pasient ${tag}`)).toBeVisible();
    await expect(dialog.getByText('Timetype')).toBeVisible();
    await dialog.getByRole('button', { name: 'Lukk' }).click();

    // Nothing of the colleague's book, not even on its own day and week.
    await page.goto(`/admin/min-side?visning=uke&dato=${osloIsoDate(colleague.slot.startAt)}`);
    await expect(page.locator('.cal-col').first()).toBeVisible();
    await expect(page.getByText(COLLEAGUE_BOOK.name)).toHaveCount(0);
    await expect(page.getByText(`Olas Pasient ${tag}`)).toHaveCount(0);
    // The server refuses the colleague's book to the practitioner.
    const kari = await apiAs('practitioner');
    const refused = await call(kari, 'query', 'appointments.forBooks', {
      clinicId,
      bookIds: [COLLEAGUE_BOOK.id],
      from: today,
      to: addDays(today, 40),
    }).catch((e: { appCode?: string }) => e.appCode);
    expect(refused).toBe('FORBIDDEN');
    await kari.dispose();
  } finally {
    for (const { appointmentId } of [own, colleague])
      await call(admin, 'mutation', 'booking.cancel', {
        appointmentId,
        reason: 'Testen er ferdig',
        onBehalfOf: 'clinic',
      });
    await admin.dispose();
  }
});
