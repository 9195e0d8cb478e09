// The Timebok's calendar, one component for the clinic's «Timebok» and the practitioner's «Min side»: which books,
// day or week, the grid with its free time and «now» line, and the loading, empty and error states. The day view
// puts the chosen books side by side; the week view shows one book's seven days, chosen beside it, as Cliniko,
// Timely and PatientSky do — seven columns that fit a 1024 px screen rather than seven per book cut to a few letters.
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { CheckboxGroup, ErrorState, LoadingState, RadioGroup, useTRPC } from '@bn/ui';
import type { BookAppointment } from '../../api/types.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { useNow } from '../../use-now.js';
import { useToday } from '../../use-today.js';
import { CalendarGrid } from './calendar-grid.js';
import { CalendarNav, useCalendarCaption, useCalendarKeys } from './calendar-nav.js';
import { calendarColumns, columnKey, shownBookIds, visibleDates } from './calendar-params.js';
import { freeBandsByColumn, type Interval } from './free-bands.js';
import { hourWindow } from './time-axis.js';
import { useCalendarState } from './use-calendar-state.js';
import './calendar.css';

interface Book {
  id: string;
  name: string;
  /** Shown after the name, e.g. the owner when the book is named otherwise. */
  detail?: string;
}

/** What is shown (in the address) and the appointments and free time of the books and dates on screen. */
export function useBookCalendar(clinicId: string, books: readonly Book[]) {
  const trpc = useTRPC();
  const today = useToday();
  const [state, update] = useCalendarState(
    today,
    books.map((b) => b.id),
  );
  const dates = visibleDates(state.view, state.date);
  // Only the books on screen are read: the week view of one book logs no other book's patients as seen.
  const input = { clinicId, bookIds: shownBookIds(state), from: dates[0]!, to: dates[dates.length - 1]! };
  const appointments = useQuery(trpc.appointments.forBooks.queryOptions(input));
  const free = useQuery(trpc.appointments.freeTime.queryOptions(input));
  return { today, state, update, dates, appointments, free };
}

export type BookCalendarData = ReturnType<typeof useBookCalendar>;

interface Props {
  data: BookCalendarData;
  books: readonly Book[];
  /** More switches beside the books (the clinic's «Vis avbestilte timer»). */
  controls?: ReactNode;
  onOpen: (appointment: BookAppointment) => void;
  /** Opens the clinic's booking dialog on a free band; without it the bands are only shown. */
  onFree?: (bookId: string, band: Interval) => void;
}

export function BookCalendar({ data, books, controls, onOpen, onFree }: Props) {
  const t = useAdminT();
  const now = useNow();
  const { today, state, update, dates, appointments, free } = data;
  const caption = useCalendarCaption({ state, dates });
  const onKeyDown = useCalendarKeys({ state, update, today });
  const shownIds = shownBookIds(state);
  const shown = (appointments.data ?? []).filter((a) => state.showCancelled || a.status !== 'cancelled');
  const weekBook = books.find((b) => b.id === state.weekBookId);
  const choices = books.map((b) => ({ value: b.id, label: b.name, detail: b.detail }));

  return (
    <>
      <div className="cal-controls">
        {books.length > 1 &&
          (state.view === 'day' ? (
            <CheckboxGroup
              id="calendar-books"
              legend={t('calendar.books')}
              hint={t('calendar.books.hint')}
              inline
              choices={choices}
              values={state.bookIds}
              // At least one book stays chosen: an empty calendar would only look like a day without appointments.
              onChange={(ids) => ids.length > 0 && update({ bookIds: ids })}
            />
          ) : (
            <RadioGroup
              id="calendar-week-book"
              legend={t('calendar.weekBook')}
              hint={t('calendar.weekBook.hint')}
              inline
              choices={choices}
              value={state.weekBookId}
              onChange={(id) => update({ weekBookId: id })}
            />
          ))}
        {controls}
      </div>
      <div
        className="cal"
        role="group"
        aria-label={caption}
        aria-keyshortcuts="ArrowLeft ArrowRight T D U"
        onKeyDown={onKeyDown}
      >
        <CalendarNav state={state} update={update} today={today} caption={caption} />
        {free.isError && (
          <p className="warning" role="alert">
            {t('calendar.freeError')}
          </p>
        )}
        {appointments.data ? (
          <>
            <p className="muted" role="status">
              {state.view === 'week' && weekBook && <strong>{weekBook.name}: </strong>}
              {shown.length === 0
                ? t('calendar.empty')
                : shown.length === 1
                  ? t('calendar.count.one')
                  : t('calendar.count', { count: shown.length })}
            </p>
            <CalendarGrid
              label={t('calendar.grid', { caption })}
              columns={calendarColumns(state.view, state.date, shownIds)}
              dates={dates}
              books={books}
              window={hourWindow(
                [
                  ...shown.map((a) => ({ start: a.startAt, end: a.endAt })),
                  ...(free.data ?? []).map((s) => ({ start: s.startAt, end: s.endAt })),
                  // Today on screen: the hours widen to the «now» line, also early and late in the day.
                  { start: now, end: new Date(now.getTime() + 60_000) },
                ],
                dates,
              )}
              appointments={shown}
              freeBands={freeBandsByColumn(free.data ?? [], columnKey)}
              now={now}
              onOpen={onOpen}
              onFree={onFree}
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
    </>
  );
}
