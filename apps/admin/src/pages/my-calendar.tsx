// The practitioner's own calendar on «Min side»: its own books only, day or week, with each booking's time, patient,
// type, remark and note (K2). The server refuses any other book (appointments.forBooks), and every patient shown is
// logged as read there. Read-only: the clinic's admins book, move and cancel.
import { useState } from 'react';
import { FactsList } from '@bn/ui';
import type { BookAppointment } from '../api/types.js';
import { useAdminT } from '../i18n/use-admin-t.js';
import { AppointmentFrame } from '../clinic/calendar/appointment-frame.js';
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
  const none = t('details.none');
  return (
    <AppointmentFrame appointment={a} headingId="my-booking-heading" onClose={onClose}>
      <FactsList
        facts={[
          { label: t('details.patient'), value: a.patient?.name ?? none },
          { label: t('details.type'), value: a.type?.name ?? none },
          { label: t('details.remark'), value: a.patientRemark ?? none },
          { label: t('details.note'), value: a.note ?? none },
        ]}
      />
    </AppointmentFrame>
  );
}
