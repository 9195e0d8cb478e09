// «Timebok»: the clinic's appointment books as a calendar (book-calendar.tsx). Day view: the chosen books side by
// side, one column each. Week view: one book's Monday to Sunday, the book chosen beside it. What is shown lives in the
// address. An appointment opens its details and the clinic's actions; a free band opens «Bestill time».
import { useState } from 'react';
import { CheckboxField, QueryView, usePageTitle } from '@bn/ui';
import type { BookAppointment, ClinicConfigView } from '../../api/types.js';
import { useClinicConfig, useClinicId } from '../../api/use-clinic.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { SavedNotice } from '../section-parts.js';
import { AppointmentDialog } from './appointment-dialog.js';
import { BookCalendar, useBookCalendar } from './book-calendar.js';
import { BookDialog } from './book-dialog.js';

export function CalendarPage() {
  const t = useAdminT();
  const config = useClinicConfig();
  usePageTitle(t('clinic.tab.calendar'));
  return (
    <section aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('clinic.tab.calendar')}</h2>
      <p className="muted">{t('calendar.intro')}</p>
      <QueryView
        query={config}
        loadingLabel={t('calendar.loading')}
        isEmpty={(c) => c.books.length === 0}
        empty={t('calendar.noBooks')}
      >
        {(c) => <Calendar config={c} />}
      </QueryView>
    </section>
  );
}

function Calendar({ config }: { config: ClinicConfigView }) {
  const t = useAdminT();
  const clinicId = useClinicId();
  const owner = (practitionerId: string | null) => config.practitioners.find((p) => p.id === practitionerId)?.name;
  const books = config.books.map((b) => {
    const name = owner(b.ownerPractitionerId);
    return { id: b.id, name: b.name, detail: name && name !== b.name ? name : undefined };
  });
  const data = useBookCalendar(clinicId, books);
  const { state, update, appointments, free } = data;
  const [openId, setOpenId] = useState<string | null>(null);
  const [booking, setBooking] = useState<{ bookId: string; start: Date; end: Date } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const open = appointments.data?.find((a) => a.id === openId) ?? null;
  const bookName = (id: string) => config.books.find((b) => b.id === id)?.name ?? '';

  return (
    <>
      <SavedNotice text={notice} />
      <BookCalendar
        data={data}
        books={books}
        controls={
          <CheckboxField
            id="calendar-cancelled"
            label={t('calendar.showCancelled')}
            checked={state.showCancelled}
            onChange={(on) => update({ showCancelled: on })}
          />
        }
        onOpen={(a: BookAppointment) => {
          setNotice(null);
          setOpenId(a.id);
        }}
        onFree={(bookId, band) => {
          setNotice(null);
          setBooking({ bookId, ...band });
        }}
      />
      {open && (
        <AppointmentDialog
          key={open.id}
          appointment={open}
          bookName={bookName(open.bookId)}
          onClose={() => setOpenId(null)}
          onDone={setNotice}
        />
      )}
      {booking && (
        <BookDialog
          key={`${booking.bookId}@${booking.start.toISOString()}`}
          bookId={booking.bookId}
          bookName={bookName(booking.bookId)}
          slots={(free.data ?? []).filter(
            (s) => s.bookId === booking.bookId && s.startAt >= booking.start && s.endAt <= booking.end,
          )}
          typeName={(id) => config.types.find((ty) => ty.id === id)?.name ?? ''}
          onClose={() => setBooking(null)}
          onDone={setNotice}
        />
      )}
    </>
  );
}
