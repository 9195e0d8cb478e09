// The practitioner's own calendar on «Min side»: its own books only, day or week, with each booking's time, patient,
// type, remark and note (K2). The server refuses any other book (appointments.forBooks), and every patient shown is
// logged as read there. Read-only: the clinic's admins book, move and cancel.
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { formatDate, formatTime, isoWeekday, osloDate, WEEKDAY_LABELS } from '@bn/domain';
import { ErrorState, FactsList, LoadingState, useLocale, useTRPC } from '@bn/ui';
import type { BookAppointment } from '../api/types.js';
import { useAdminT } from '../i18n/use-admin-t.js';
import { useToday } from '../use-today.js';
import { CalendarGrid } from '../clinic/calendar/calendar-grid.js';
import {
  calendarColumns,
  columnKey,
  displayDate,
  stepDate,
  visibleDates,
  weekNumber,
} from '../clinic/calendar/calendar-params.js';
import { freeBandsByColumn } from '../clinic/calendar/free-bands.js';
import { hourWindow } from '../clinic/calendar/time-axis.js';
import { useCalendarState } from '../clinic/calendar/use-calendar-state.js';
import '../clinic/calendar/calendar.css';

interface Props {
  clinicId: string;
  books: readonly { id: string; name: string }[];
}

export function MyCalendar({ clinicId, books }: Props) {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const today = useToday();
  const [state, update] = useCalendarState(
    today,
    books.map((b) => b.id),
  );
  const [open, setOpen] = useState<BookAppointment | null>(null);
  const dates = visibleDates(state.view, state.date);
  const input = { clinicId, bookIds: state.bookIds, from: dates[0]!, to: dates[dates.length - 1]! };
  const appointments = useQuery(trpc.appointments.forBooks.queryOptions(input));
  const free = useQuery(trpc.appointments.freeTime.queryOptions(input));
  const weekday = (date: string) => WEEKDAY_LABELS[locale][isoWeekday(date) - 1] ?? '';
  const caption =
    state.view === 'day'
      ? t('calendar.caption.day', { weekday: weekday(state.date), date: displayDate(state.date) })
      : t('calendar.caption.week', {
          week: weekNumber(state.date),
          from: displayDate(dates[0]!),
          to: displayDate(dates[6]!),
        });
  const shown = (appointments.data ?? []).filter((a) => a.status !== 'cancelled');

  return (
    <section aria-labelledby="my-calendar-heading">
      <h2 id="my-calendar-heading">{t('myCalendar.heading')}</h2>
      <div className="cal" role="group" aria-label={caption}>
        <div className="cal-nav">
          <div className="cal-views" role="group" aria-label={t('calendar.view')}>
            {(['day', 'week'] as const).map((view) => (
              <button
                key={view}
                type="button"
                className="button button-secondary button-small"
                aria-pressed={state.view === view}
                onClick={() => update({ view })}
              >
                {t(`calendar.view.${view}`)}
              </button>
            ))}
          </div>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => update({ date: stepDate(state.view, state.date, -1) })}
          >
            ← {t(state.view === 'day' ? 'calendar.previous.day' : 'calendar.previous.week')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => update({ date: today })}>
            {t('calendar.today')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => update({ date: stepDate(state.view, state.date, 1) })}
          >
            {t(state.view === 'day' ? 'calendar.next.day' : 'calendar.next.week')} →
          </button>
          <p className="cal-caption" aria-live="polite">
            {caption}
          </p>
        </div>
        {appointments.data ? (
          <>
            <p className="muted" role="status">
              {shown.length === 0
                ? t('calendar.empty')
                : shown.length === 1
                  ? t('calendar.count.one')
                  : t('calendar.count', { count: shown.length })}
            </p>
            <CalendarGrid
              label={t('calendar.grid', { caption })}
              columns={calendarColumns(state.view, state.date, state.bookIds)}
              dates={dates}
              books={books}
              window={hourWindow(
                [
                  ...shown.map((a) => ({ start: a.startAt, end: a.endAt })),
                  ...(free.data ?? []).map((s) => ({ start: s.startAt, end: s.endAt })),
                ],
                dates,
              )}
              appointments={shown}
              freeBands={freeBandsByColumn(free.data ?? [], columnKey)}
              onOpen={setOpen}
            />
          </>
        ) : appointments.isError ? (
          <ErrorState
            error={appointments.error}
            onRetry={() => void appointments.refetch()}
            retrying={appointments.isFetching}
          />
        ) : (
          <LoadingState label={t('calendar.loading')} />
        )}
      </div>
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
