// The practitioner's own calendar on «Min side»: its own books only, day or week, with each booking's time, patient,
// type, remark and note (K2). The server refuses any other book (appointments.forBooks), and every patient shown is
// logged as read there. Read-only: the clinic's admins book, move and cancel.
import { useEffect, useRef, useState } from 'react';
import { formatDate, formatTime, isoWeekday, osloDate, WEEKDAY_LABELS } from '@bn/domain';
import { FactsList, useLocale } from '@bn/ui';
import type { BookAppointment } from '../api/types.js';
import { useAdminT } from '../i18n/use-admin-t.js';
import { BookCalendar, useBookCalendar } from '../clinic/calendar/book-calendar.js';

interface Props {
  clinicId: string;
  books: readonly { id: string; name: string }[];
}

export function MyCalendar({ clinicId, books }: Props) {
  const t = useAdminT();
  const data = useBookCalendar(clinicId, books);
  const [open, setOpen] = useState<BookAppointment | null>(null);
  return (
    <section aria-labelledby="my-calendar-heading">
      <h2 id="my-calendar-heading">{t('myCalendar.heading')}</h2>
      <BookCalendar data={data} books={books} onOpen={setOpen} />
      {open && <BookingDetails key={open.id} appointment={open} onClose={() => setOpen(null)} />}
    </section>
  );
}

/** One of the practitioner's bookings: time, patient, type, remark and note. */
function BookingDetails({ appointment: a, onClose }: { appointment: BookAppointment; onClose: () => void }) {
  const t = useAdminT();
  const { locale } = useLocale();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const none = t('details.none');
  const heading = t('details.heading', {
    from: formatTime(a.startAt),
    to: formatTime(a.endAt),
    weekday: WEEKDAY_LABELS[locale][isoWeekday(osloDate(a.startAt)) - 1] ?? '',
    date: formatDate(a.startAt),
  });
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="my-booking-heading" onClose={onClose}>
      <div className="dialog-head">
        <h2 id="my-booking-heading">{heading}</h2>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          {t('details.close')}
        </button>
      </div>
      <FactsList
        facts={[
          { label: t('details.patient'), value: a.patient?.name ?? none },
          { label: t('details.type'), value: a.type?.name ?? none },
          { label: t('details.remark'), value: a.patientRemark ?? none },
          { label: t('details.note'), value: a.note ?? none },
        ]}
      />
    </dialog>
  );
}
