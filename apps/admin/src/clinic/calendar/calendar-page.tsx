// «Timebok»: the clinic's appointment books as a calendar. Day view: the chosen books side by side, one column each.
// Week view: Monday to Sunday, and inside each day the chosen books side by side — a receptionist compares the
// practitioners on one day and still reads one practitioner's week across. What is shown lives in the address.
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { isoWeekday, WEEKDAY_LABELS } from '@bn/domain';
import {
  CheckboxField,
  CheckboxGroup,
  ErrorState,
  LoadingState,
  QueryView,
  TextField,
  usePageTitle,
  useLocale,
  useTRPC,
} from '@bn/ui';
import type { BookAppointment, ClinicConfigView } from '../../api/types.js';
import { useClinicConfig, useClinicId } from '../../api/use-clinic.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { useToday } from '../../use-today.js';
import { SavedNotice } from '../section-parts.js';
import { AppointmentDialog } from './appointment-dialog.js';
import { BookDialog } from './book-dialog.js';
import { CalendarGrid } from './calendar-grid.js';
import {
  calendarColumns,
  columnKey,
  displayDate,
  parseDisplayDate,
  stepDate,
  visibleDates,
  weekNumber,
} from './calendar-params.js';
import { freeBandsByColumn } from './free-bands.js';
import { hourWindow } from './time-axis.js';
import { useCalendarState } from './use-calendar-state.js';
import './calendar.css';

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

const FORM_FIELDS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

function Calendar({ config }: { config: ClinicConfigView }) {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const clinicId = useClinicId();
  const today = useToday();
  const [state, update] = useCalendarState(
    today,
    config.books.map((b) => b.id),
  );
  const [openId, setOpenId] = useState<string | null>(null);
  const [booking, setBooking] = useState<{ bookId: string; start: Date; end: Date } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const dates = visibleDates(state.view, state.date);
  const input = { clinicId, bookIds: state.bookIds, from: dates[0]!, to: dates[dates.length - 1]! };
  const appointments = useQuery(trpc.appointments.forBooks.queryOptions(input));
  const free = useQuery(trpc.appointments.freeTime.queryOptions(input));

  const books = config.books.filter((b) => state.bookIds.includes(b.id));
  const owner = (practitionerId: string | null) => config.practitioners.find((p) => p.id === practitionerId)?.name;
  const weekday = (date: string) => WEEKDAY_LABELS[locale][isoWeekday(date) - 1] ?? '';
  const caption =
    state.view === 'day'
      ? t('calendar.caption.day', { weekday: weekday(state.date), date: displayDate(state.date) })
      : t('calendar.caption.week', {
          week: weekNumber(state.date),
          from: displayDate(dates[0]!),
          to: displayDate(dates[6]!),
        });
  const shown = (appointments.data ?? []).filter((a) => state.showCancelled || a.status !== 'cancelled');
  const open = appointments.data?.find((a) => a.id === openId) ?? null;

  const step = (direction: -1 | 1) => update({ date: stepDate(state.view, state.date, direction) });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    // Form fields keep their keys; the scroll area keeps its arrows for scrolling.
    if (
      event.altKey ||
      event.ctrlKey ||
      event.metaKey ||
      FORM_FIELDS.has(target.tagName) ||
      target.classList.contains('cal-scroll')
    )
      return;
    const key = event.key.toLowerCase();
    if (event.key === 'ArrowLeft') step(-1);
    else if (event.key === 'ArrowRight') step(1);
    else if (key === 't') update({ date: today });
    else if (key === 'd') update({ view: 'day' });
    else if (key === 'u' || key === 'w') update({ view: 'week' });
    else return;
    event.preventDefault();
  };

  return (
    <>
      <SavedNotice text={notice} />
      <div className="cal-controls">
        <CheckboxGroup
          id="calendar-books"
          legend={t('calendar.books')}
          hint={t('calendar.books.hint')}
          inline
          choices={config.books.map((b) => ({
            value: b.id,
            label: b.name,
            detail:
              owner(b.ownerPractitionerId) && owner(b.ownerPractitionerId) !== b.name
                ? owner(b.ownerPractitionerId)
                : undefined,
          }))}
          values={state.bookIds}
          // At least one book stays chosen: an empty calendar would only look like a day without appointments.
          onChange={(ids) => ids.length > 0 && update({ bookIds: ids })}
        />
        <CheckboxField
          id="calendar-cancelled"
          label={t('calendar.showCancelled')}
          checked={state.showCancelled}
          onChange={(on) => update({ showCancelled: on })}
        />
      </div>
      <div
        className="cal"
        role="group"
        aria-label={caption}
        aria-keyshortcuts="ArrowLeft ArrowRight T D U"
        onKeyDown={onKeyDown}
      >
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
          <button type="button" className="button button-secondary" onClick={() => step(-1)}>
            ← {t(state.view === 'day' ? 'calendar.previous.day' : 'calendar.previous.week')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => update({ date: today })}>
            {t('calendar.today')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => step(1)}>
            {t(state.view === 'day' ? 'calendar.next.day' : 'calendar.next.week')} →
          </button>
          <p className="cal-caption" aria-live="polite">
            {caption}
          </p>
        </div>
        <GoToDate key={state.date} date={state.date} onGo={(date) => update({ date })} />
        <p className="muted cal-keys">{t('calendar.keys')}</p>
        <Legend />
        {free.isError && (
          <p className="warning" role="alert">
            {t('calendar.freeError')}
          </p>
        )}
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
              onOpen={(a: BookAppointment) => {
                setNotice(null);
                setOpenId(a.id);
              }}
              onFree={(bookId, band) => {
                setNotice(null);
                setBooking({ bookId, ...band });
              }}
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
      {open && (
        <AppointmentDialog
          key={open.id}
          appointment={open}
          bookName={config.books.find((b) => b.id === open.bookId)?.name ?? ''}
          onClose={() => setOpenId(null)}
          onDone={setNotice}
        />
      )}
      {booking && (
        <BookDialog
          key={`${booking.bookId}@${booking.start.toISOString()}`}
          bookId={booking.bookId}
          bookName={config.books.find((b) => b.id === booking.bookId)?.name ?? ''}
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

/** A typed date, dd.mm.yyyy whatever the browser's language (a native date field shows the browser's format). */
function GoToDate({ date, onGo }: { date: string; onGo: (date: string) => void }) {
  const t = useAdminT();
  const [text, setText] = useState(displayDate(date));
  const [error, setError] = useState<string | undefined>(undefined);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const iso = parseDisplayDate(text);
    setError(iso ? undefined : t('calendar.goTo.invalid'));
    if (iso) onGo(iso);
  };
  return (
    <form className="cal-goto" onSubmit={submit} noValidate>
      <TextField
        id="calendar-date"
        label={`${t('calendar.goTo')} (${t('calendar.goTo.hint')})`}
        value={text}
        onChange={setText}
        error={error}
        size="short"
        autoComplete="off"
      />
      <button type="submit" className="button button-secondary">
        {t('calendar.goTo.submit')}
      </button>
    </form>
  );
}

function Legend() {
  const t = useAdminT();
  return (
    <ul className="cal-legend" aria-label={t('calendar.legend')}>
      <li>
        <span className="cal-swatch cal-appt-network" aria-hidden="true" />{' '}
        <span className="cal-tag">{t('appointment.network')}</span> {t('calendar.legend.network')}
      </li>
      <li>
        <span className="cal-swatch" aria-hidden="true" /> {t('calendar.legend.clinic')}
      </li>
      <li>
        <span className="cal-swatch cal-swatch-free" aria-hidden="true" /> {t('calendar.legend.free')}
      </li>
    </ul>
  );
}
